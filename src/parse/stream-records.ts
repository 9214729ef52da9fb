import { unwrapInput } from '../sources/unwrap-input.js'
import { readOptions } from './parse-async.js'
import type { AsyncParseOptions } from './parse-async.js'
import { entryDecoder } from './parse-records.js'
import type { DecodedEntry } from './parse-records.js'

/**
 * Reads CloudTrail records one at a time from an input of any size, and never
 * throws: yields each decoded record (`{ kind: 'record', record, index }`),
 * each issue (`{ kind: 'issue', issue }`) and each record the `only` filter
 * left out (`{ kind: 'skipped', value, index }`), in input order.
 *
 * Takes what {@link parseRecordsAsync} takes. A log file `{"Records":[...]}`,
 * a top-level array, NDJSON and objects written back to back are split into
 * records by a string-aware scanner that only finds record boundaries and
 * hands each record's text to `JSON.parse`; records are yielded as soon as
 * they are complete, so memory stays bounded by the largest record, not the
 * input, and chunk boundaries (inside strings, escapes or multi-byte
 * characters) do not matter. Other wrappers are small and read whole. The
 * input is read only as fast as the loop asks for records; leaving the loop
 * early cancels it.
 *
 * @param input - bytes, a stream of bytes, text, or a parsed value
 * @param options - the options of `parseRecords`, and `maxBytes` (pass `Infinity` for exports larger than 512 MiB)
 * @returns the decoded entries, one at a time
 *
 * @example
 * ```ts
 * import { createReadStream } from 'node:fs'
 * import { streamRecords } from 'cloudtrail-codecs'
 *
 * for await (const entry of streamRecords(createReadStream('export.json.gz'), { maxBytes: Infinity })) {
 *   if (entry.kind === 'record') console.log(entry.index, entry.record.eventTime)
 *   else if (entry.kind === 'issue') console.warn(entry.issue.message)
 * }
 * ```
 */
export async function* streamRecords(input: unknown, options: AsyncParseOptions = {}): AsyncGenerator<DecodedEntry, void, undefined> {
  const decode = entryDecoder(options)
  for await (const batch of unwrapInput(input, readOptions(options))) for (const entry of batch) yield decode(entry)
}
