import { makeIssue } from '../errors/make-issue.js'
import { appendPath } from '../errors/report.js'
import { unwrapInput } from '../sources/unwrap-input.js'
import { decodeRecord, decodesAsIs, operationCheck } from './decode-record.js'
import type { FindOperation } from './decode-record.js'
import { readOptions } from './parse-async.js'
import type { AsyncParseOptions } from './parse-async.js'
import { recordFilter } from './parse-records.js'
import type { DecodedEntry } from './parse-records.js'

/**
 * Decodes one raw record numbered `index`, found at `path` or, when
 * `element` is given, at `path[element]`: that path is made only for an issue.
 */
function decoded(
  raw: unknown,
  index: number,
  path: string,
  element: number | undefined,
  keep: ((raw: unknown) => boolean) | undefined,
  find: FindOperation,
): DecodedEntry {
  if (keep !== undefined && !keep(raw)) return { kind: 'skipped', value: raw, index }
  if (decodesAsIs(raw, find)) return { kind: 'record', record: raw, index }
  const outcome = decodeRecord(raw, index, element === undefined ? path : appendPath(path, element), find)
  return outcome.ok ? { kind: 'record', record: outcome.record, index } : { kind: 'issue', issue: outcome.issue }
}

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
  const keep = recordFilter(options.only)
  const find = operationCheck(options)
  let index = 0
  for await (const batch of unwrapInput(input, readOptions(options))) {
    for (const entry of batch) {
      if (entry.kind === 'run') {
        const { values, path, first } = entry
        for (let i = 0; i < values.length; i++) yield decoded(values[i], index++, path, first + i, keep, find)
      } else if (entry.kind === 'record') yield decoded(entry.value, index++, entry.location, undefined, keep, find)
      else yield { kind: 'issue', issue: makeIssue(entry.issue, entry.perRecord ? index++ : undefined) }
    }
  }
}
