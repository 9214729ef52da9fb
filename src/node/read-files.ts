import { availableParallelism } from 'node:os'
import { makeIssue } from '../errors/make-issue.js'
import type { ParseIssue } from '../errors/index.js'
import type { AsyncParseOptions, DecodedEntry, Inflate } from '../parse/index.js'
import type { AnyService } from '../services/index.js'
import { runPool } from './pool.js'
import type { PoolTask } from './pool.js'
import type { WireParseOptions, WorkerSetup } from './protocol.js'
import { keepEntries } from './file-transform.js'
import { inflateGzip } from './inflate-gzip.js'
import type { FileTransformMaker, FileTransformModule } from './file-transform.js'
import { batchesOf } from './read-file.js'
import { moduleUrl } from './module-url.js'
import { parseOptionsOf, serviceNames } from './services.js'
import { loadTransform, wireTransform } from './transform.js'
import type { EntryTransform, TransformFunction, WireTransform } from './transform.js'

/**
 * Options of {@link readFiles}: those of `streamRecords`, and how many
 * threads read. Services are sent to the worker threads by name, so
 * `services` takes the values of `cloudtrail-codecs/aws/<name>` (or their
 * names); a service of your own (`defineService`) goes in `serviceModules`.
 * `inflate` takes `inflateGzip` (the workers use their own), or nothing.
 *
 * @example
 * ```ts
 * import { support } from 'cloudtrail-codecs/aws/support'
 * import type { ReadFilesOptions } from 'cloudtrail-codecs/node'
 *
 * const options: ReadFilesOptions = { jobs: 4, services: [support], maxBytes: Number.POSITIVE_INFINITY }
 * ```
 */
export interface ReadFilesOptions extends Omit<AsyncParseOptions, 'services'> {
  /**
   * How many worker threads read files at once (default: the number of
   * cores, `os.availableParallelism()`). `1` reads in the calling thread,
   * with no worker.
   */
  readonly jobs?: number | undefined
  /**
   * The services whose operations are checked: values exported by
   * `cloudtrail-codecs/aws/<name>` (or `awsServices` itself), or their names
   * (`'support'`). Each must be one of `awsServices`: a worker receives the
   * name and takes the service from its own copy of the library.
   */
  readonly services?: ReadonlyArray<AnyService | string> | undefined
  /**
   * Modules whose exported services are checked too: `URL`s, `file:` URLs
   * or file paths (relative to the working directory). Each worker imports
   * them; this is how a service of your own (`defineService`) reaches the
   * workers.
   */
  readonly serviceModules?: ReadonlyArray<string | URL> | undefined
  /**
   * How many entries (values, for `mapFiles`) a worker may send ahead of the
   * loop before it pauses: the memory bound. A worker reading a file behind
   * the one the loop is at works only that far ahead, so the larger the
   * files, the more of them it takes to keep every core busy. Default 8,192
   * for `readFiles` (whole records), 262,144 for `mapFiles`.
   */
  readonly ahead?: number | undefined
}

/**
 * An input of {@link readFiles} and {@link mapFiles}: a file's path (read by a
 * worker thread), or bytes that only this thread can read, such as standard
 * input (read here when their turn comes, the workers reading the next files
 * meanwhile). `name` is what the entries' `file` says.
 *
 * @example
 * ```ts
 * import type { FileInput } from 'cloudtrail-codecs/node'
 *
 * const inputs: FileInput[] = ['logs/a.json.gz', { name: '-', bytes: process.stdin }]
 * ```
 */
export type FileInput = string | { readonly name: string; readonly bytes: AsyncIterable<Uint8Array> }

/**
 * What {@link readFiles} yields, file after file in the order given: `start`,
 * the file's entries (what `streamRecords` yields for it: records, issues and
 * skipped records, each with its `index` in the file), then `end` with the
 * bytes read. Every entry names its `file` (the path as given).
 *
 * @example
 * ```ts
 * import { readFiles } from 'cloudtrail-codecs/node'
 * import type { FileEntry } from 'cloudtrail-codecs/node'
 *
 * const entries: FileEntry[] = []
 * for await (const entry of readFiles(['a.json.gz', 'b.json.gz'])) if (entry.kind !== 'record') entries.push(entry)
 * ```
 */
export type FileEntry =
  | { readonly kind: 'start'; readonly file: string }
  | (DecodedEntry & { readonly file: string })
  | { readonly kind: 'end'; readonly file: string; readonly bytes: number }

/**
 * What {@link mapFiles} yields, file after file in the order given: `start`,
 * what the transform returned for the file's entries, in order, `failed` if
 * the thread reading the file died (the values before are kept), and `end`
 * with the bytes read.
 *
 * @typeParam T - what the transform returns
 *
 * @example
 * ```ts
 * import type { FileValue } from 'cloudtrail-codecs/node'
 *
 * const seen: Array<FileValue<string>> = []
 * ```
 */
export type FileValue<T> =
  | { readonly kind: 'start'; readonly file: string }
  | { readonly kind: 'value'; readonly file: string; readonly value: T }
  | { readonly kind: 'failed'; readonly file: string; readonly message: string }
  | { readonly kind: 'end'; readonly file: string; readonly bytes: number }

/** Items per message from a worker. */
export const BATCH_ITEMS = 256
/** How many entries a worker of `readFiles` reads ahead of the loop, by default: whole records weigh. */
export const ENTRIES_AHEAD = 8192
/** How many values a worker of `mapFiles` sends ahead of the loop, by default: what a transform returns is small. */
export const VALUES_AHEAD = 262_144

/**
 * The number of jobs asked for, checked: a whole number of at least 1, or
 * the number of cores by default.
 *
 * @param jobs - the `jobs` option
 * @returns the number of jobs
 * @throws RangeError when it is not a whole number of at least 1
 */
export function jobsOf(jobs: number | undefined): number {
  const value = jobs ?? availableParallelism()
  if (!Number.isInteger(value) || value < 1) throw new RangeError(`jobs must be a whole number of at least 1, got ${String(jobs)}`)
  return value
}

/**
 * A count option (`ahead`, `batch`), checked.
 *
 * @param name - the option's name, for the message
 * @param value - the option
 * @param fallback - its default
 * @returns the count
 * @throws RangeError when it is not a whole number of at least 1
 */
export function countOption(name: string, value: number | undefined, fallback: number): number {
  const count = value ?? fallback
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`${name} must be a whole number of at least 1, got ${String(value)}`)
  return count
}

/**
 * The `inflate` option as the workers receive it: a function cannot cross
 * threads, so only `inflateGzip` (which every worker has) is taken.
 *
 * @param inflate - the option
 * @returns its name
 * @throws TypeError for another inflater
 */
function inflaterName(inflate: Inflate): 'zlib' {
  if (inflate === inflateGzip) return 'zlib'
  throw new TypeError('inflate: worker threads cannot receive a function; pass inflateGzip of cloudtrail-codecs/node, or no inflate')
}

/**
 * The parse options as plain data for the workers.
 *
 * @param options - the options given
 * @returns the wire options
 */
export function wireOptions(options: ReadFilesOptions): WireParseOptions {
  return {
    ...(options.source === undefined ? {} : { source: options.source }),
    ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }),
    ...(options.onOperationMismatch === undefined ? {} : { onOperationMismatch: options.onOperationMismatch }),
    ...(options.only === undefined ? {} : { only: options.only }),
    ...(options.inflate === undefined ? {} : { inflate: inflaterName(options.inflate) }),
    services: serviceNames(options.services),
    serviceModules: (options.serviceModules ?? []).map(moduleUrl),
  }
}

/** What the reader yields for each input, in order. */
type InputEvent =
  | { readonly kind: 'start'; readonly file: string }
  | { readonly kind: 'items'; readonly file: string; readonly items: ReadonlyArray<unknown> }
  | { readonly kind: 'failed'; readonly file: string; readonly message: string }
  | { readonly kind: 'end'; readonly file: string; readonly bytes: number }

/** How {@link readInputs} reads. */
interface ReadConfig {
  /** Threads. */
  readonly jobs: number
  /** The parse options, as plain data. */
  readonly parse: WireParseOptions
  /** The transform; without it, the entries themselves are the items. */
  readonly transform: WireTransform | undefined
  /** The transform's function itself, for what this thread reads. */
  readonly here: TransformFunction<unknown, never> | FileTransformMaker<unknown, never> | undefined
  /** Items a worker may send ahead of the loop, per file. */
  readonly ahead: number
  /** Items per message from a worker. */
  readonly batch: number
}

/**
 * Reads inputs on `jobs` threads (files on workers, streams here; every
 * input here with one job) and yields, input after input, the items made of
 * their entries: the entries, or what the transform sends.
 */
async function* readInputs(inputs: Iterable<FileInput> | AsyncIterable<FileInput>, config: ReadConfig): AsyncGenerator<InputEvent, void, undefined> {
  const { jobs, parse, transform, batch } = config
  const options = await parseOptionsOf(parse)
  const here = transform === undefined ? undefined : await loadTransform(transform, config.here)
  const names = new Map<number, string>()
  async function* tasks(): AsyncGenerator<PoolTask, void, undefined> {
    let index = 0
    for await (const input of inputs) {
      const name = typeof input === 'string' ? input : input.name
      names.set(index++, name)
      if (typeof input === 'string' && jobs > 1) yield { kind: 'file', path: input }
      else {
        const bytes = typeof input === 'string' ? input : input.bytes
        yield { kind: 'local', read: () => batchesOf(bytes, options, here === undefined ? keepEntries : here(name), batch) }
      }
    }
  }
  const setup: WorkerSetup = { parse, transform, batch, credits: Math.max(1, Math.ceil(config.ahead / batch)) }
  /** The bytes read of the current input. */
  let bytes = 0
  for await (const event of runPool(tasks(), { jobs, window: 2 * jobs, setup })) {
    const file = names.get(event.task) ?? ''
    if (event.kind === 'items') {
      bytes += event.bytes
      yield { kind: 'items', file, items: event.items }
    } else if (event.kind === 'start') {
      bytes = 0
      yield { kind: 'start', file }
    } else if (event.kind === 'failed') yield { kind: 'failed', file, message: event.message }
    else {
      names.delete(event.task)
      yield { kind: 'end', file, bytes: bytes + event.bytes }
    }
  }
}

/**
 * An issue for a file whose worker thread died (out of memory, killed).
 *
 * @param file - the file
 * @param message - what happened
 * @returns an `input` issue entry
 */
export function failedRead(file: string, message: string): { readonly kind: 'issue'; readonly file: string; readonly issue: ParseIssue } {
  return { kind: 'issue', file, issue: makeIssue({ kind: 'input', problems: [], detail: `reading ${file} failed: ${message}` }) }
}

/**
 * Reads CloudTrail files on every core: each file is read by a worker
 * thread with `streamRecords`, and its entries are yielded here in the order
 * the files were given, exactly as reading them one after the other would
 * (the same records, issues and skipped records, with the same indexes).
 * Never throws for a file: a file that cannot be read is an `input` issue.
 *
 * Order and memory: files go to the workers in order, at most two files per
 * job at once; each worker sends its file's entries back in batches and
 * pauses while `ahead` of them (8,192 by default) wait to be consumed. So
 * memory stays bounded whatever the files' sizes, and a slow loop slows the
 * readers down instead of piling records up. Leaving the loop early stops
 * the workers.
 *
 * Each record crosses from its worker to this thread by the structured
 * clone, which costs about as much as `JSON.parse`: when this thread only
 * needs part of each record, {@link mapFiles} does that part in the workers
 * and scales further. Node.js only.
 *
 * @param inputs - files (gzip or not), and streams of bytes, in the order their entries are wanted
 * @param options - the options of `streamRecords`, `jobs`, and services by name
 * @returns the entries, file after file
 * @throws RangeError for a `jobs` that is not a whole number of at least 1, and TypeError for a service not in `awsServices` or an `inflate` other than `inflateGzip`, when called
 *
 * @example
 * ```ts
 * import { readFiles } from 'cloudtrail-codecs/node'
 * import { support } from 'cloudtrail-codecs/aws/support'
 *
 * const paths = ['logs/a.json.gz', 'logs/b.json.gz']
 * for await (const entry of readFiles(paths, { jobs: 2, services: [support] })) {
 *   if (entry.kind === 'record') console.log(entry.file, entry.index, entry.record.eventTime)
 *   else if (entry.kind === 'issue') console.warn(entry.file, entry.issue.message)
 * }
 * ```
 */
export function readFiles(inputs: Iterable<FileInput> | AsyncIterable<FileInput>, options: ReadFilesOptions = {}): AsyncGenerator<FileEntry, void, undefined> {
  const config: ReadConfig = {
    jobs: jobsOf(options.jobs),
    parse: wireOptions(options),
    transform: undefined,
    here: undefined,
    ahead: countOption('ahead', options.ahead, ENTRIES_AHEAD),
    batch: BATCH_ITEMS,
  }
  return entriesOf(readInputs(inputs, config))
}

async function* entriesOf(events: AsyncIterable<InputEvent>): AsyncGenerator<FileEntry, void, undefined> {
  for await (const event of events) {
    if (event.kind === 'items') for (const item of event.items) yield { ...(item as DecodedEntry), file: event.file }
    else if (event.kind === 'failed') yield failedRead(event.file, event.message)
    else yield event
  }
}

/**
 * Reads CloudTrail files on every core, as {@link readFiles} does, and runs
 * a function of yours on each decoded entry in the thread that decoded it:
 * only what it returns crosses to this thread, in the order of the files and
 * of their entries. This is how the extra cores pay off fully: work per
 * record (a caller, a filter, a line of output) runs in parallel, and little
 * is copied between threads. Worker threads cannot receive functions, so the
 * function is named by its module and export ({@link EntryTransform}); each
 * worker imports it. With `jobs: 1`, and for streams, it runs in this thread.
 *
 * @typeParam T - what the transform returns (not checked: the type is yours to give)
 * @param inputs - files, and streams of bytes, in order
 * @param transform - the module and export of a {@link TransformFunction}, and its data
 * @param options - as for `readFiles`
 * @returns the values, file after file
 * @throws RangeError and TypeError as `readFiles` when called, and TypeError when the transform's export is not a function, on the first step (this thread imports the module to check it, unless `transform.here` is given)
 *
 * @example
 * ```ts
 * import { mapFiles } from 'cloudtrail-codecs/node'
 *
 * // event-name.js exports: (entry) => (entry.kind === 'record' ? entry.record.eventName : undefined)
 * const counts = new Map<string, number>()
 * for await (const item of mapFiles<string>(['logs/a.json.gz', 'logs/b.json.gz'], { module: new URL('./event-name.js', import.meta.url) })) {
 *   if (item.kind === 'value') counts.set(item.value, (counts.get(item.value) ?? 0) + 1)
 * }
 * ```
 */
export function mapFiles<T>(
  inputs: Iterable<FileInput> | AsyncIterable<FileInput>,
  transform: EntryTransform,
  options: ReadFilesOptions = {},
): AsyncGenerator<FileValue<T>, void, undefined> {
  const config: ReadConfig = {
    jobs: jobsOf(options.jobs),
    parse: wireOptions(options),
    transform: wireTransform(transform, false),
    here: transform.here,
    ahead: countOption('ahead', options.ahead, VALUES_AHEAD),
    batch: BATCH_ITEMS,
  }
  return valuesOf<T>(readInputs(inputs, config))
}

/**
 * {@link mapFiles} with a transform made per file (a `FileTransform`, with
 * a state of its own for the file): it sends what it wants of each entry and
 * a last value at the file's end, such as a summary of the file, so that
 * what crosses threads is a file's result instead of a value per entry.
 * The values come file after file in the order given, as for `mapFiles`; a
 * file whose thread dies has no end value. Not exported by the package.
 *
 * @typeParam T - what the transform sends
 * @param inputs - files, and streams of bytes, in order
 * @param transform - the module and export of a `FileTransformMaker`, and its data
 * @param options - as for `mapFiles`, and `batch`: values per message from a worker (default 256; 1 for large values)
 * @returns the values, file after file
 * @throws as `mapFiles`
 *
 * @example
 * ```ts
 * import { mapFileStates } from './read-files.js'
 *
 * const transform = { module: new URL('./count-records.js', import.meta.url), name: 'countRecords' }
 * for await (const event of mapFileStates<string>(['a.json.gz', 'b.json.gz'], transform, { jobs: 2 })) {
 *   if (event.kind === 'value') console.log(event.value)
 * }
 * ```
 */
export function mapFileStates<T>(
  inputs: Iterable<FileInput> | AsyncIterable<FileInput>,
  transform: FileTransformModule,
  options: ReadFilesOptions & { readonly batch?: number | undefined } = {},
): AsyncGenerator<FileValue<T>, void, undefined> {
  const config: ReadConfig = {
    jobs: jobsOf(options.jobs),
    parse: wireOptions(options),
    transform: wireTransform(transform, true),
    here: transform.here,
    ahead: countOption('ahead', options.ahead, VALUES_AHEAD),
    batch: countOption('batch', options.batch, BATCH_ITEMS),
  }
  return valuesOf<T>(readInputs(inputs, config))
}

async function* valuesOf<T>(events: AsyncIterable<InputEvent>): AsyncGenerator<FileValue<T>, void, undefined> {
  for await (const event of events) {
    if (event.kind === 'items') for (const value of event.items) yield { kind: 'value', file: event.file, value: value as T }
    else yield event
  }
}
