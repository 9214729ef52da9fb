import type { DecodedEntry } from '../parse/index.js'

/**
 * What turns one file's entries into values, in the thread that reads the
 * file, with a state of its own for that file: it may send a value for each
 * entry, and a last one once the file is read to its end (a summary of the
 * file, say), so that only what the calling thread needs crosses threads.
 * What it returns is copied by the structured clone, as for a
 * `TransformFunction`.
 *
 * @typeParam T - what it sends
 *
 * @example
 * ```ts
 * import type { FileTransform } from './file-transform.js'
 *
 * let records = 0
 * const count: FileTransform<number> = { entry: (entry) => void (entry.kind === 'record' && records++), end: () => records }
 * ```
 */
export interface FileTransform<T = unknown> {
  /**
   * Takes the file's next entry.
   *
   * @param entry - what `streamRecords` yielded
   * @returns what to send of it now (`undefined`: nothing), or a promise of that, awaited before the next entry
   */
  entry(entry: DecodedEntry): T | undefined | Promise<T | undefined>
  /**
   * The file was read to its end.
   *
   * @returns what to send last (`undefined`: nothing)
   */
  end(): T | undefined
}

/**
 * Makes the {@link FileTransform} of a file: called once per file, in the
 * thread that reads it, with the file's name (its path, or the name of a
 * stream) and the data given with it.
 *
 * @typeParam T - what the transform sends
 * @typeParam D - the data
 *
 * @example
 * ```ts
 * import type { FileTransformMaker } from './file-transform.js'
 *
 * export const countRecords: FileTransformMaker<string> = (file) => {
 *   let records = 0
 *   return { entry: (entry) => void (entry.kind === 'record' && records++), end: () => `${file}: ${records}` }
 * }
 * ```
 */
export type FileTransformMaker<T = unknown, D = unknown> = (file: string, data: D) => FileTransform<T>

/**
 * Where a {@link FileTransformMaker} is: worker threads cannot receive
 * functions, so each one imports the module and calls its export, as for an
 * `EntryTransform`.
 *
 * @example
 * ```ts
 * import type { FileTransformModule } from './file-transform.js'
 *
 * const transform: FileTransformModule = { module: new URL('./count-records.js', import.meta.url), name: 'countRecords' }
 * ```
 */
export interface FileTransformModule {
  /** The module: a `URL`, a `file:` URL or a file path (relative to the working directory). */
  readonly module: string | URL
  /** The name of the export. */
  readonly name: string
  /** Data given to the maker as its second argument, copied to each worker by the structured clone (default `undefined`). */
  readonly data?: unknown
  /** The same maker, for what this thread reads itself (as `EntryTransform.here`). */
  readonly here?: FileTransformMaker<unknown, never>
}

/** The transform that sends each entry as it is: what `readFiles` reads with. */
export const keepEntries: FileTransform<DecodedEntry> = { entry: (entry) => entry, end: () => undefined }
