import { makeIssue } from '../errors/make-issue.js'
import type { ParseIssue } from '../errors/issue.js'
import { formatProblems, problemsOf } from '../errors/report.js'
import { CloudTrailRecord, isInsightRecord } from '../record/record.js'
import { operationFinder } from '../services/mismatch-policy.js'
import type { OperationMismatchPolicy } from '../services/mismatch-policy.js'
import type { AnyOperation } from '../services/operation.js'
import type { AnyService } from '../services/service.js'

/**
 * Finds the operation whose codec checks a record, by `(eventSource, eventName)`:
 * made by `operationFinder` from the `services` option. `undefined` checks no
 * operation (no services given, or the `'generic'` mismatch policy).
 */
export type FindOperation = ((eventSource: string, eventName: string) => AnyOperation | undefined) | undefined

/**
 * The operation check of the parse options: the lookup over the given
 * services under the `'issue'` policy, none otherwise.
 *
 * @param options - the `services` and `onOperationMismatch` options
 * @returns the lookup, or `undefined` when no payload is checked
 */
export function operationCheck(options: {
  readonly services?: ReadonlyArray<AnyService>
  readonly onOperationMismatch?: OperationMismatchPolicy
}): FindOperation {
  return (options.onOperationMismatch ?? 'issue') === 'issue' ? operationFinder(options.services) : undefined
}

/** The outcome of decoding one raw record. */
export type RecordOutcome =
  | { readonly ok: true; readonly record: CloudTrailRecord }
  | { readonly ok: false; readonly issue: ParseIssue }

/**
 * Whether a raw record decodes as it is, with no issue: the codec's `is`, then
 * for a checked operation its payload guard. No allocation; {@link decodeRecord}
 * gives the same answer with an outcome.
 *
 * @param raw - the record as parsed
 * @param find - the operation check ({@link operationCheck})
 * @returns `true` when `raw` is a record that decodes without an issue
 */
export function decodesAsIs(raw: unknown, find: FindOperation): raw is CloudTrailRecord {
  if (!CloudTrailRecord.is(raw)) return false
  if (find === undefined || isInsightRecord(raw)) return true
  const operation = find(raw.eventSource, raw.eventName)
  return operation === undefined || operation.payloadIs(raw)
}

/**
 * Decodes one raw record: the fast path is the codec's `is` (no allocation);
 * only a record that fails is decoded again to collect its problems.
 *
 * @param raw - the record as parsed
 * @param index - its index in the input
 * @param location - where it sits in the input
 * @param find - the operation check ({@link operationCheck})
 * @returns the record, or an issue that keeps `raw`
 */
export function decodeRecord(
  raw: unknown,
  index: number | undefined,
  location: string | undefined,
  find: FindOperation,
): RecordOutcome {
  if (!CloudTrailRecord.is(raw)) {
    const result = CloudTrailRecord.decode(raw)
    if (result._tag === 'Right') return { ok: true, record: result.right }
    const draft = { kind: 'record' as const, problems: problemsOf(result.left), raw }
    return { ok: false, issue: makeIssue(location === undefined ? draft : { ...draft, location }, index) }
  }
  if (find !== undefined && !isInsightRecord(raw)) {
    const operation = find(raw.eventSource, raw.eventName)
    if (operation !== undefined && !operation.payloadIs(raw)) {
      const result = operation.event.decode(raw)
      if (result._tag === 'Left') {
        const problems = problemsOf(result.left)
        const draft = {
          kind: 'operation' as const,
          problems,
          raw,
          detail: `${raw.eventSource} ${raw.eventName} does not match its operation codec: ${formatProblems(problems)} (use onOperationMismatch: 'generic' to keep such records as generic records)`,
        }
        return { ok: false, issue: makeIssue(location === undefined ? draft : { ...draft, location }, index) }
      }
    }
  }
  return { ok: true, record: raw }
}
