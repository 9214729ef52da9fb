// fp-ts's modules one by one, not its root: the root's declarations pull in all of fp-ts, which a consumer's
// compiler would then check.
import * as either from 'fp-ts/lib/Either.js'
import * as readonlyArray from 'fp-ts/lib/ReadonlyArray.js'
import type * as readonlyNonEmptyArray from 'fp-ts/lib/ReadonlyNonEmptyArray.js'
import * as these from 'fp-ts/lib/These.js'
import type { ParseIssue } from '../errors/issue.js'
import type { AnyCloudTrailRecord } from '../record/record.js'
import { decodeRecord, operationCheck } from './decode-record.js'
import { parseRecords } from './parse-records.js'
import type { FormOption, ParsedInput, ParseOptions, RecordOf } from './parse-records.js'

/**
 * Decodes one record (an already-parsed value) as an fp-ts `Either`.
 *
 * @param value - the record
 * @param options - the services whose operations are checked, the mismatch policy, and the form (`form: 'stored'` gives a `StoredRecord`)
 * @returns `Right` with the record (the very object given), or `Left` with its issue
 *
 * @example
 * ```ts
 * import { either } from 'fp-ts'
 * const result = parseRecord(JSON.parse(line))
 * if (either.isRight(result)) console.log(result.right.eventTime)
 * ```
 */
export function parseRecord<const O extends Pick<ParseOptions, 'services' | 'onOperationMismatch'> & FormOption = ParseOptions>(
  value: unknown,
  options: O = {} as O,
): either.Either<ParseIssue, RecordOf<O>> {
  const outcome = decodeRecord(value, undefined, undefined, operationCheck(options), options.form ?? 'cloudtrail')
  return outcome.ok ? either.right(outcome.record as RecordOf<O>) : either.left(outcome.issue)
}

/**
 * {@link parseRecords} as an fp-ts `These`: `Right` when every record decoded,
 * `Left` when none did and there were issues, `Both` otherwise. Records that
 * the `only` filter skipped are in neither side.
 *
 * @param input - what {@link parseRecords} takes: JSON text, UTF-8 bytes of it, or a parsed value
 * @param options - as for parseRecords
 * @returns the issues and/or the records
 *
 * @example
 * ```ts
 * import { these } from 'fp-ts'
 * const result = parseRecordsThese(text)
 * if (these.isBoth(result)) console.warn(`${result.left.length} issues`)
 * ```
 */
export function parseRecordsThese<V, const O extends ParseOptions & FormOption = ParseOptions>(
  input: ParsedInput<V>,
  options: O = {} as O,
): these.These<readonlyNonEmptyArray.ReadonlyNonEmptyArray<ParseIssue>, ReadonlyArray<RecordOf<O>>> {
  const { records, issues } = parseRecords(input as unknown, options as ParseOptions & FormOption)
  const decoded = records as ReadonlyArray<AnyCloudTrailRecord> as ReadonlyArray<RecordOf<O>>
  if (!readonlyArray.isNonEmpty(issues)) return these.right(decoded)
  return decoded.length === 0 ? these.left(issues) : these.both(issues, decoded)
}
