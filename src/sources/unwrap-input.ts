import { appendPath } from '../errors/report.js'
import { base64Bytes, byteChunks, isByteInput, ReadStop } from '../read/bytes.js'
import type { Inflate } from '../read/bytes.js'
import { textOfBytes, textOfString } from '../read/layers.js'
import type { InputText } from '../read/layers.js'
import { CloudWatchLogsSubscriptionEvent } from './cloudwatch-logs.js'
import { streamEntry } from './entry.js'
import type { RecordRun, SingleEntry, SourceEntry, StreamEntry } from './entry.js'
import { unwrapValue } from './list.js'
import type { SourceKind } from './list.js'
import { TextUnwrapper } from './text-unwrapper.js'

/**
 * The default of the `maxBytes` option of `parseRecordsAsync` and
 * `streamRecords`: 512 MiB of JSON text after decompression. CloudTrail log
 * files are at most 50 MB compressed; a gzip bomb stops here with a `limit`
 * issue instead of exhausting memory.
 *
 * @example
 * ```ts
 * const { records } = await parseRecordsAsync(body, { maxBytes: 4 * DEFAULT_MAX_BYTES })
 * ```
 */
export const DEFAULT_MAX_BYTES = 512 * 1024 * 1024

/**
 * The most characters of one value read whole: a record, or a wrapper other
 * than a log file or an array (an EventBridge event, a LookupEvents page, a
 * CloudWatch Logs payload). Records are at most 256 KB (1 MB in CloudTrail
 * Lake); a longer value is a `limit` issue, scanned past, not kept.
 */
export const MAX_VALUE_CHARS = 64 * 1024 * 1024

/** What the async readers need to know. */
export interface ReadOptions {
  /** The input's kind, or `auto`. */
  readonly source: SourceKind
  /** The most bytes of JSON text to read after decompression. */
  readonly maxBytes: number
  /** The caller's gzip inflater; the platform's `DecompressionStream` when absent. */
  readonly inflate?: Inflate | undefined
}

/**
 * Entries in input order, handed on a chunk at a time so that each record
 * costs no promise of its own; the records of a log file come as runs.
 */
export type EntryBatch = ReadonlyArray<StreamEntry>

/** A CloudWatch Logs subscription event found in the text: its `data` still to decode. */
interface CompressedPayload {
  readonly kind: 'compressed'
  readonly data: string
  readonly location: string
}

function isCompressedLogs(value: unknown, source: SourceKind): value is CloudWatchLogsSubscriptionEvent {
  return (source === 'auto' || source === 'cloudWatchLogs') && CloudWatchLogsSubscriptionEvent.is(value)
}

function issueOf(error: unknown, location?: string): SingleEntry {
  if (error instanceof ReadStop) {
    const draft = error.draft
    return { kind: 'issue', perRecord: false, issue: location === undefined || draft.location !== undefined ? draft : { ...draft, location } }
  }
  const message = (error instanceof Error ? error.message : String(error)).slice(0, 200)
  return {
    kind: 'issue',
    perRecord: false,
    issue: {
      kind: 'input',
      problems: [{ path: '$', expected: 'a readable input', found: message }],
      detail: `reading the input failed: ${message}`,
      ...(location === undefined ? {} : { location }),
    },
  }
}

/**
 * Reads records from any input, asynchronously, and never throws: bytes
 * (gzip or not, base64 of gzip or not), streams of bytes, text, or an
 * already-parsed value. Gzip is recognised by its magic bytes and inflated
 * with the platform's `DecompressionStream`; text is decoded as UTF-8 with a
 * fatal decoder. Log files, arrays, NDJSON and concatenated objects are
 * streamed: each record is yielded as soon as its text is complete, so memory
 * is bounded by the largest record. A CloudWatch Logs subscription event
 * (`{"awslogs":{"data":...}}`) is decoded too.
 *
 * @param input - the input
 * @param options - the source kind and the size limit
 * @returns the entries in batches, in input order; a failure that stops the read is the last entry
 */
export async function* unwrapInput(input: unknown, options: ReadOptions): AsyncGenerator<EntryBatch> {
  try {
    if (typeof input === 'string') yield* entriesOfText(await textOfString(input, options.maxBytes, options.inflate), options)
    else if (isByteInput(input)) yield* entriesOfText(await textOfBytes(byteChunks(input), options.maxBytes, options.inflate), options)
    else if (isCompressedLogs(input, options.source)) yield* entriesOfPayload(input.awslogs.data, '$.awslogs.data', options, 0)
    else yield Array.from(unwrapValue(input, options.source), streamEntry)
  } catch (error) {
    yield [issueOf(error)]
  }
}

/** Base64 of gzip (a CloudWatch Logs `awslogs.data`); a failure here costs this payload only. */
async function* entriesOfPayload(data: string, location: string, options: ReadOptions, layers: number): AsyncGenerator<EntryBatch> {
  try {
    yield* entriesOfText(await textOfBytes([base64Bytes(data, location)], options.maxBytes, options.inflate, layers + 1), options)
  } catch (error) {
    if (!(error instanceof ReadStop)) throw error
    yield [issueOf(error, location)]
  }
}

/**
 * Splits JSON text into values and unwraps them, batch by batch; a
 * CloudWatch Logs subscription event found in it is decoded and read in
 * turn. A failure that stops the text keeps what was complete before it.
 */
async function* entriesOfText(text: InputText, options: ReadOptions): AsyncGenerator<EntryBatch> {
  const unwrapper = new TextUnwrapper<CompressedPayload>(
    options.source,
    (value, location) =>
      isCompressedLogs(value, options.source)
        ? [{ kind: 'compressed', data: value.awslogs.data, location: appendPath(appendPath(location, 'awslogs'), 'data') }]
        : unwrapValue(value, options.source, location),
    MAX_VALUE_CHARS,
  )
  const emit = async function* (items: Array<SourceEntry | RecordRun | CompressedPayload>): AsyncGenerator<EntryBatch> {
    if (!items.some((item) => item.kind === 'compressed' || item.kind === 'records')) {
      if (items.length > 0) yield items as StreamEntry[]
      return
    }
    let batch: StreamEntry[] = []
    for (const item of items) {
      if (item.kind !== 'compressed') batch.push(streamEntry(item))
      else {
        if (batch.length > 0) yield batch
        batch = []
        yield* entriesOfPayload(item.data, item.location, options, text.layers)
      }
    }
    if (batch.length > 0) yield batch
  }
  try {
    for await (const chunk of text.chunks) yield* emit(unwrapper.push(chunk))
    yield* emit(unwrapper.end())
  } catch (error) {
    if (error instanceof ReadStop) yield* emit(unwrapper.abort())
    throw error
  }
}
