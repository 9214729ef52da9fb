import { serialize } from 'node:v8'
import type { ParseOptions } from '../parse/index.js'
import { jsonText } from './json-text.js'
import type { WireTransform } from './transform.js'

/**
 * The parse options as a worker receives them: plain data. Services travel
 * as names (resolved in the worker among `awsServices`) and as the URLs of
 * modules that export services of the caller's own.
 */
export interface WireParseOptions {
  /** As `ParseOptions.source`. */
  readonly source?: NonNullable<ParseOptions['source']>
  /** As `AsyncParseOptions.maxBytes`. */
  readonly maxBytes?: number
  /** As `ParseOptions.onOperationMismatch`. */
  readonly onOperationMismatch?: NonNullable<ParseOptions['onOperationMismatch']>
  /** As `ParseOptions.only`. */
  readonly only?: NonNullable<ParseOptions['only']>
  /** `zlib`: gzip is inflated with `inflateGzip` (`node:zlib`); without it, with the default of `streamRecords`. */
  readonly inflate?: 'zlib'
  /** The names of the services of `awsServices` to check. */
  readonly services: ReadonlyArray<string>
  /** URLs of modules whose exported services are checked too. */
  readonly serviceModules: ReadonlyArray<string>
}

/** What a worker of a pool is told when it starts (its `workerData`). */
export interface WorkerSetup {
  /** The parse options. */
  readonly parse: WireParseOptions
  /** What to send of each entry; without it, the entry itself. */
  readonly transform: WireTransform | undefined
  /** Items per message. */
  readonly batch: number
  /** Messages of one file that may wait to be consumed; the worker stops reading past that. */
  readonly credits: number
}

/** A message to a worker: read a file as task `task`, or one more message of that task was consumed. */
export type ToWorker =
  | { readonly type: 'read'; readonly task: number; readonly path: string }
  | { readonly type: 'credit'; readonly task: number }

/** A message from a worker: a batch of a task's items (and the bytes read since the last message), or the task's end. */
export type FromWorker =
  | {
      readonly type: 'items'
      readonly task: number
      readonly items: ReadonlyArray<unknown>
      readonly bytes: number
      /** Positions of the items sent as their JSON text (see {@link cloneableItems}). */
      readonly texts?: ReadonlyArray<number>
    }
  | { readonly type: 'end'; readonly task: number; readonly bytes: number }

/**
 * Items as they can cross to another thread: each as it is, or, when the
 * structured clone cannot copy it (a record nested deeper than the call
 * stack), as its JSON text, its position listed in `texts`. Only called
 * after posting a batch as it is failed, so the common case pays nothing.
 *
 * @param items - JSON values and plain objects
 * @returns the items, those the clone cannot copy as JSON text, and their positions
 */
export function cloneableItems(items: ReadonlyArray<unknown>): { readonly items: unknown[]; readonly texts: number[] } {
  const texts: number[] = []
  const cloneable = items.map((item, position) => {
    try {
      serialize(item)
      return item
    } catch {
      texts.push(position)
      return jsonText(item)
    }
  })
  return { items: cloneable, texts }
}

/**
 * The items of a batch as they were before {@link cloneableItems}.
 *
 * @param items - the batch as it arrived
 * @param texts - the positions of the items sent as JSON text
 * @returns the items
 */
export function receivedItems(items: ReadonlyArray<unknown>, texts: ReadonlyArray<number> | undefined): ReadonlyArray<unknown> {
  if (texts === undefined) return items
  const restored = [...items]
  for (const position of texts) restored[position] = JSON.parse(restored[position] as string)
  return restored
}
