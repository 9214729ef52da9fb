import type { DecodedEntry } from '../parse/index.js'
import type { FileTransform, FileTransformMaker, FileTransformModule } from './file-transform.js'
import { moduleUrl } from './module-url.js'

/**
 * A function that runs where a file is read (in a worker thread) on each of
 * its decoded entries, and returns what should reach the calling thread:
 * `undefined` sends nothing for that entry. What it returns is copied to
 * the calling thread by the structured clone (plain data: objects, arrays,
 * strings, numbers, `Map`, `Date`...; no functions, no class instances).
 *
 * @typeParam T - what it returns for the entries it keeps
 * @typeParam D - the data it is given (see {@link EntryTransform.data})
 *
 * @example
 * ```ts
 * import type { TransformFunction } from 'cloudtrail-codecs/node'
 *
 * // In its own module (count-names.ts): keep only each record's eventName.
 * export const eventName: TransformFunction<string> = (entry) => (entry.kind === 'record' ? (entry.record.eventName ?? undefined) : undefined)
 * ```
 */
export type TransformFunction<T = unknown, D = unknown> = (entry: DecodedEntry, file: string, data: D) => T | undefined

/**
 * Where a {@link TransformFunction} is: worker threads cannot receive
 * functions, so each one imports the module and calls its export.
 *
 * @example
 * ```ts
 * import type { EntryTransform } from 'cloudtrail-codecs/node'
 *
 * const transform: EntryTransform = { module: new URL('./count-names.js', import.meta.url), name: 'eventName' }
 * ```
 */
export interface EntryTransform {
  /** The module: a `URL` (`new URL('./x.js', import.meta.url)`), a `file:` URL or a file path (relative to the working directory). */
  readonly module: string | URL
  /** The name of the export (default `default`). */
  readonly name?: string
  /** Data given to the function as its third argument, copied to each worker by the structured clone (default `undefined`). */
  readonly data?: unknown
  /**
   * The same function, for what this thread reads itself (everything with
   * `jobs: 1`, and streams); without it, this thread imports the module too.
   * Give it when the module is the program itself (`module: import.meta.url`,
   * the program running only `if (isMainThread)`): a module cannot import
   * itself while it runs.
   */
  readonly here?: TransformFunction<unknown, never>
}

/** An {@link EntryTransform} or a `FileTransformModule` as a worker receives it (`here` stays in this thread). */
export interface WireTransform {
  readonly url: string
  readonly name: string
  readonly data: unknown
  /** Whether the export is a `FileTransformMaker` (else a {@link TransformFunction}). */
  readonly perFile: boolean
}

/**
 * The transform as plain data.
 *
 * @param transform - the transform given: of each entry, or made per file
 * @param perFile - whether it is a `FileTransformModule`
 * @returns its wire form
 */
export function wireTransform(transform: EntryTransform | FileTransformModule, perFile: boolean): WireTransform {
  return { url: moduleUrl(transform.module), name: transform.name ?? 'default', data: transform.data, perFile }
}

/**
 * Imports a transform's module and returns what makes the transform of
 * each file, bound to its data (or binds the function given, without
 * importing anything). A {@link TransformFunction} is the transform of every
 * file, with nothing to send at a file's end.
 *
 * @param transform - the wire transform
 * @param here - the function itself, when the caller gave it
 * @returns what makes a file's transform, given the file's name
 * @throws TypeError when the module's export is not a function
 */
export async function loadTransform(
  transform: WireTransform,
  here?: TransformFunction<unknown, never> | FileTransformMaker<unknown, never>,
): Promise<(file: string) => FileTransform> {
  const fn = here ?? ((await import(transform.url)) as Record<string, unknown>)[transform.name]
  if (typeof fn !== 'function') throw new TypeError(`the transform ${transform.url} has no function named ${transform.name}`)
  const { data } = transform
  if (transform.perFile) return (file) => (fn as FileTransformMaker)(file, data)
  return (file) => ({ entry: (entry: DecodedEntry): unknown => (fn as TransformFunction)(entry, file, data), end: () => undefined })
}
