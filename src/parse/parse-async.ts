import type { Inflate } from '../read/bytes.js'
import { singleEntries } from '../sources/entry.js'
import type { SourceEntry } from '../sources/entry.js'
import { DEFAULT_MAX_BYTES, unwrapInput } from '../sources/unwrap-input.js'
import type { ReadOptions } from '../sources/unwrap-input.js'
import { collect } from './parse-records.js'
import type { ParseOptions, ParseResult } from './parse-records.js'

/**
 * Options of {@link parseRecordsAsync} and `streamRecords`: those of
 * `parseRecords`, and a size limit.
 *
 * @example
 * ```ts
 * const options: AsyncParseOptions = { only: { eventSources: ['support.amazonaws.com'] }, maxBytes: 64 * 1024 * 1024 }
 * const { records, skipped } = await parseRecordsAsync(body, options)
 * ```
 */
export interface AsyncParseOptions extends ParseOptions {
  /**
   * The most bytes of JSON text to read, after decompression (default
   * {@link DEFAULT_MAX_BYTES}, 512 MiB). Past it, reading stops with a
   * `limit` issue and the records read so far are kept: a gzip bomb ends
   * there instead of exhausting memory. Use `Infinity` with `streamRecords`
   * for exports of any size. Text given as a string is already in memory and
   * is not counted.
   */
  readonly maxBytes?: number
  /**
   * How gzip is inflated (default: the platform's `DecompressionStream`,
   * in every current browser and Node). In Node, pass `inflateGzip` from
   * `cloudtrail-codecs/node`: `node:zlib` spends less CPU than Node's
   * `DecompressionStream`, most of all on small files. A failure of the
   * inflater is an `encoding` issue, as with the default.
   */
  readonly inflate?: Inflate
}

/**
 * The reader's options from the parse options.
 *
 * @param options - the parse options
 * @returns the source kind, the size limit and the inflater
 */
export function readOptions(options: AsyncParseOptions): ReadOptions {
  return { source: options.source ?? 'auto', maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES, inflate: options.inflate }
}

/**
 * Reads CloudTrail records from bytes, a stream, text or a parsed value, and
 * never throws (the promise always resolves).
 *
 * Takes a `Uint8Array` (a Node `Buffer`), an `ArrayBuffer`, a `Blob`, a web
 * `ReadableStream<Uint8Array>`, a Node `Readable` or any
 * `AsyncIterable<Uint8Array>`, a string, or a parsed value. Gzip is
 * recognised by its magic bytes (`1f 8b`) and inflated with the platform's
 * `DecompressionStream`, so an S3 object body (`.json.gz`) can be passed as
 * it comes. Base64 text of gzip (`H4sI...`, as Kinesis and Firehose carry)
 * and a CloudWatch Logs subscription event `{"awslogs":{"data":...}}` are
 * decoded too. Every shape `parseRecords` reads is read here, and also
 * NDJSON and objects written back to back (`}{`).
 *
 * Bytes that are not UTF-8 are an `encoding` issue (never a silent U+FFFD), a
 * gzip stream cut short is an `encoding` issue, and more than `maxBytes` of
 * text is a `limit` issue; the records read before such a failure are kept.
 * For inputs too large to hold all their records in memory, use
 * `streamRecords`.
 *
 * @param input - bytes, a stream of bytes, text, or a parsed value
 * @param options - the options of `parseRecords`, and `maxBytes`
 * @returns the records, the issues and the records the filter skipped
 *
 * @example
 * ```ts
 * import { parseRecordsAsync } from 'cloudtrail-codecs'
 *
 * // A log object's body: an S3 GetObject Body, a fetch() body, a Node stream, bytes...
 * const response = await fetch('https://example.com/AWSLogs/111122223333/CloudTrail/us-east-1/2026/01/15/log.json.gz')
 * const { records, issues } = await parseRecordsAsync(response.body)   // gzip is inflated
 * ```
 */
export async function parseRecordsAsync(input: unknown, options: AsyncParseOptions = {}): Promise<ParseResult> {
  const entries: SourceEntry[] = []
  // The runs of a log file's records that follow each other from its first element grow one `records` entry.
  let growing: unknown[] | undefined
  let growingPath = ''
  for await (const batch of unwrapInput(input, readOptions(options))) {
    for (const entry of batch) {
      if (entry.kind !== 'run') {
        growing = undefined
        entries.push(entry)
      } else if (growing !== undefined && entry.path === growingPath && entry.first === growing.length) {
        for (const value of entry.values) growing.push(value)
      } else if (entry.first === 0) {
        growing = entry.values.slice()
        growingPath = entry.path
        entries.push({ kind: 'records', values: growing, location: entry.path })
      } else {
        growing = undefined
        for (const single of singleEntries(entry)) entries.push(single)
      }
    }
  }
  return collect(entries, options)
}
