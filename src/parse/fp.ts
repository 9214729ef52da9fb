// fp-ts's modules one by one, not its root: the root's declarations pull in all of fp-ts, which a consumer's
// compiler would then check.
import * as either from 'fp-ts/lib/Either.js'
import * as readonlyArray from 'fp-ts/lib/ReadonlyArray.js'
import type * as readonlyNonEmptyArray from 'fp-ts/lib/ReadonlyNonEmptyArray.js'
import * as these from 'fp-ts/lib/These.js'
import type { ParseIssue } from '../errors/issue.js'
import type { CloudTrailRecord } from '../record/record.js'
import { decodeRecord, operationCheck } from './decode-record.js'
import { parseRecords } from './parse-records.js'
import type { ParseOptions } from './parse-records.js'

/**
 * Decodes one record (an already-parsed value) as an fp-ts `Either`.
 *
 * @param value - the record
 * @param options - the services whose operations are checked, and the mismatch policy
 * @returns `Right` with the record (the very object given), or `Left` with its issue
 *
 * @example
 * ```ts
 * import { either } from 'fp-ts'
 * const result = parseRecord(JSON.parse(line))
 * if (either.isRight(result)) console.log(result.right.eventTime)
 * ```
 */
export function parseRecord(
  value: unknown,
  options: Pick<ParseOptions, 'services' | 'onOperationMismatch'> = {},
): either.Either<ParseIssue, CloudTrailRecord> {
  const outcome = decodeRecord(value, undefined, undefined, operationCheck(options))
  return outcome.ok ? either.right(outcome.record) : either.left(outcome.issue)
}

/**
 * {@link parseRecords} as an fp-ts `These`: `Right` when every record decoded,
 * `Left` when none did and there were issues, `Both` otherwise. Records that
 * the `only` filter skipped are in neither side.
 *
 * @param input - JSON text, or a parsed value
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
export function parseRecordsThese(
  input: unknown,
  options: ParseOptions = {},
): these.These<readonlyNonEmptyArray.ReadonlyNonEmptyArray<ParseIssue>, ReadonlyArray<CloudTrailRecord>> {
  const { records, issues } = parseRecords(input, options)
  if (!readonlyArray.isNonEmpty(issues)) return these.right(records)
  return records.length === 0 ? these.left(issues) : these.both(issues, records)
}
