import { makeIssue } from '../errors/make-issue.js'
import type { ParseIssue } from '../errors/issue.js'
import { formatProblems, problemsOf } from '../errors/report.js'
import { CloudTrailRecord, isInsightRecord } from '../record/record.js'
import { findOperation } from '../services/registry.js'

/**
 * What to do with a record of a typed operation whose `requestParameters` or
 * `responseElements` do not match the operation's codec (AWS changed the
 * shape): `'issue'` (the default) reports an `operation` issue that keeps the
 * raw record; `'generic'` keeps the record as a generic `EventRecord`
 * (operation guards then answer `false` for it).
 *
 * @example
 * ```ts
 * const { records } = parseRecords(text, { onOperationMismatch: 'generic' })
 * ```
 */
export type OperationMismatchPolicy = 'issue' | 'generic'

/** The outcome of decoding one raw record. */
export type RecordOutcome =
  | { readonly ok: true; readonly record: CloudTrailRecord }
  | { readonly ok: false; readonly issue: ParseIssue }

/**
 * Whether a raw record decodes as it is, with no issue: the codec's `is`, then
 * for a typed operation (under the `'issue'` policy) its payload guard. No
 * allocation; {@link decodeRecord} gives the same answer with an outcome.
 *
 * @param raw - the record as parsed
 * @param onOperationMismatch - the policy for typed operations whose payload does not match
 * @returns `true` when `raw` is a record that decodes without an issue
 */
export function decodesAsIs(raw: unknown, onOperationMismatch: OperationMismatchPolicy): raw is CloudTrailRecord {
  if (!CloudTrailRecord.is(raw)) return false
  if (onOperationMismatch !== 'issue' || isInsightRecord(raw)) return true
  const operation = findOperation(raw.eventSource, raw.eventName)
  return operation === undefined || operation.payloadIs(raw)
}

/**
 * Decodes one raw record: the fast path is the codec's `is` (no allocation);
 * only a record that fails is decoded again to collect its problems.
 *
 * @param raw - the record as parsed
 * @param index - its index in the input
 * @param location - where it sits in the input
 * @param onOperationMismatch - the policy for typed operations whose payload does not match
 * @returns the record, or an issue that keeps `raw`
 */
export function decodeRecord(
  raw: unknown,
  index: number | undefined,
  location: string | undefined,
  onOperationMismatch: OperationMismatchPolicy,
): RecordOutcome {
  if (!CloudTrailRecord.is(raw)) {
    const result = CloudTrailRecord.decode(raw)
    if (result._tag === 'Right') return { ok: true, record: result.right }
    const draft = { kind: 'record' as const, problems: problemsOf(result.left), raw }
    return { ok: false, issue: makeIssue(location === undefined ? draft : { ...draft, location }, index) }
  }
  if (onOperationMismatch === 'issue' && !isInsightRecord(raw)) {
    const operation = findOperation(raw.eventSource, raw.eventName)
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
