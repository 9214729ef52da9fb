import type * as t from 'io-ts'
import { makeIssue } from '../errors/make-issue.js'
import type { ParseIssue, Problem } from '../errors/issue.js'
import { formatProblems, problemsOf } from '../errors/report.js'
import { CloudTrailRecord, isInsightRecord } from '../record/record.js'
import type { AnyCloudTrailRecord, EventRecord } from '../record/record.js'
import { StoredRecord } from '../record/stored.js'
import type { RecordForm } from '../record/stored.js'
import { operationFinder } from '../services/mismatch-policy.js'
import type { OperationMismatchPolicy } from '../services/mismatch-policy.js'
import { payloadsCodec } from '../services/operation.js'
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
export type RecordOutcome<R = CloudTrailRecord> =
  | { readonly ok: true; readonly record: R }
  | { readonly ok: false; readonly issue: ParseIssue }

/** The record codec of a form. */
function codecOf(form: RecordForm): t.Decoder<unknown, AnyCloudTrailRecord> & { readonly is: t.Is<AnyCloudTrailRecord> } {
  return form === 'stored' ? StoredRecord : CloudTrailRecord
}

/**
 * Whether a raw record decodes as it is, with no issue: the codec's `is`, then
 * for a checked operation its payload guard. No allocation; {@link decodeRecord}
 * gives the same answer with an outcome.
 *
 * @param raw - the record as parsed
 * @param find - the operation check ({@link operationCheck})
 * @param form - the form records are read in (`'cloudtrail'` by default)
 * @returns `true` when `raw` is a record that decodes without an issue
 */
export function decodesAsIs(raw: unknown, find: FindOperation): raw is CloudTrailRecord
export function decodesAsIs(raw: unknown, find: FindOperation, form: RecordForm): raw is AnyCloudTrailRecord
export function decodesAsIs(raw: unknown, find: FindOperation, form: RecordForm = 'cloudtrail'): raw is AnyCloudTrailRecord {
  if (!codecOf(form).is(raw)) return false
  if (find === undefined || isInsightRecord(raw)) return true
  const operation = find(raw.eventSource, raw.eventName)
  // The payload guard reads only requestParameters and responseElements, which both forms share.
  return operation === undefined || operation.payloadIs(raw as EventRecord)
}

/**
 * The sentence added to a record issue of CloudTrail's form when some of its
 * values are in the form data lakes and SIEMs store records in: the problems
 * that reading the record with `form: 'stored'` would not have, if one of them
 * is a value (not a missing key), or if the record decodes in that form.
 */
function storedFormHint(raw: unknown, problems: ReadonlyArray<Problem>): string | undefined {
  const stored = StoredRecord.decode(raw)
  const remaining = stored._tag === 'Right' ? new Set<string>() : new Set(problemsOf(stored.left).map((p) => `${p.path}\u0000${p.found}`))
  const storedOnly = problems.filter((p) => !remaining.has(`${p.path}\u0000${p.found}`))
  if (storedOnly.length === 0) return undefined
  if (stored._tag === 'Left' && storedOnly.every((p) => p.found === 'nothing (missing)')) return undefined
  const paths = storedOnly.map((p) => p.path).join(', ')
  return `likely a record that a data lake or SIEM stored in its own form, which CloudTrail never writes (${paths}): Athena or Glue exports, Panther and Splunk write eventTime with a space and no zone, drop eventVersion and write booleans as strings; if the records come from such a store, parse them with { form: 'stored' }`
}

/**
 * The payload problems of a record of a checked operation: only
 * `requestParameters`, `responseElements` and, where the operation types it,
 * `additionalEventData`, so that they read the same in either form.
 */
function payloadProblems(operation: AnyOperation, raw: unknown): Problem[] {
  const result = payloadsCodec(operation).decode(raw)
  return result._tag === 'Left' ? problemsOf(result.left) : []
}

/**
 * Decodes one raw record: the fast path is the codec's `is` (no allocation);
 * only a record that fails is decoded again to collect its problems. A record
 * of CloudTrail's form whose values are in a stored form (an `eventTime` with
 * a space and no zone, `readOnly` as a string) stays an issue, whose message
 * names the likely cause and the `form: 'stored'` option.
 *
 * @param raw - the record as parsed
 * @param index - its index in the input
 * @param location - where it sits in the input
 * @param find - the operation check ({@link operationCheck})
 * @param form - the form records are read in (`'cloudtrail'` by default)
 * @returns the record, or an issue that keeps `raw`
 */
export function decodeRecord(raw: unknown, index: number | undefined, location: string | undefined, find: FindOperation): RecordOutcome
export function decodeRecord(
  raw: unknown,
  index: number | undefined,
  location: string | undefined,
  find: FindOperation,
  form: RecordForm,
): RecordOutcome<AnyCloudTrailRecord>
export function decodeRecord(
  raw: unknown,
  index: number | undefined,
  location: string | undefined,
  find: FindOperation,
  form: RecordForm = 'cloudtrail',
): RecordOutcome<AnyCloudTrailRecord> {
  const codec = codecOf(form)
  if (!codec.is(raw)) {
    const result = codec.decode(raw)
    if (result._tag === 'Right') return { ok: true, record: result.right }
    const problems = problemsOf(result.left)
    const hint = form === 'cloudtrail' ? storedFormHint(raw, problems) : undefined
    const draft = {
      kind: 'record' as const,
      problems,
      raw,
      ...(hint === undefined ? {} : { detail: `${formatProblems(problems)} (${hint})` }),
    }
    return { ok: false, issue: makeIssue(location === undefined ? draft : { ...draft, location }, index) }
  }
  if (find !== undefined && !isInsightRecord(raw)) {
    const operation = find(raw.eventSource, raw.eventName)
    if (operation !== undefined && !operation.payloadIs(raw as EventRecord)) {
      const problems = payloadProblems(operation, raw)
      if (problems.length > 0) {
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
