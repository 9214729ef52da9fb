import { makeIssue } from '../errors/make-issue.js'
import { appendPath } from '../errors/report.js'
import type { ParseIssue } from '../errors/issue.js'
import type { CloudTrailRecord } from '../record/record.js'
import type { SingleEntry, SourceEntry } from '../sources/entry.js'
import { unwrapText, unwrapValue } from '../sources/unwrap.js'
import type { SourceKind } from '../sources/unwrap.js'
import type { OperationMismatchPolicy } from '../services/mismatch-policy.js'
import type { AnyService } from '../services/service.js'
import { decodeRecord, decodesAsIs, operationCheck } from './decode-record.js'

/**
 * Options of {@link parseRecords} and the other entry points.
 *
 * @example
 * ```ts
 * const options: ParseOptions = { source: 'logFile', only: { eventSources: ['support.amazonaws.com'] } }
 * ```
 */
export interface ParseOptions {
  /** The input's kind; `auto` (the default) recognises it by its shape. */
  readonly source?: SourceKind
  /**
   * The services whose operations are checked while parsing (each imported
   * from its entry, `cloudtrail-codecs/aws/<name>`): a record of one of their
   * operations must match the operation's codec (see `onOperationMismatch`).
   * Records of other services are generic records, never an issue for their
   * payloads. None by default.
   */
  readonly services?: ReadonlyArray<AnyService>
  /** What to do with a checked operation whose payload does not match its codec; default `'issue'`. */
  readonly onOperationMismatch?: OperationMismatchPolicy
  /**
   * Decode only records of these event sources and/or event names. Other
   * records are not validated: they are returned untouched in `skipped`.
   * Records with no `eventSource` (Insights events) are skipped by an
   * `eventSources` filter.
   */
  readonly only?: {
    readonly eventSources?: ReadonlyArray<string>
    readonly eventNames?: ReadonlyArray<string>
  }
}

/**
 * What {@link parseRecords} returns. Every record of the input is accounted for
 * exactly once: in `records`, in `issues` (with its index and raw value), or in
 * `skipped` (when the `only` filter left it out).
 *
 * @example
 * ```ts
 * const { records, issues, skipped }: ParseResult = parseRecords(text)
 * ```
 */
export interface ParseResult {
  /** The records that decoded, in input order; each is the very object that was parsed. */
  readonly records: CloudTrailRecord[]
  /** Everything that did not decode, in input order. */
  readonly issues: ParseIssue[]
  /** Records the `only` filter left out, untouched and undecoded. */
  readonly skipped: unknown[]
}

/** Compiles the `only` option into a cheap predicate over raw records. */
export function recordFilter(only: ParseOptions['only']): ((raw: unknown) => boolean) | undefined {
  if (only === undefined) return undefined
  const sources = only.eventSources === undefined ? undefined : new Set(only.eventSources)
  const names = only.eventNames === undefined ? undefined : new Set(only.eventNames)
  return (raw) => {
    if (typeof raw !== 'object' || raw === null) return true
    const { eventSource, eventName } = raw as { eventSource?: unknown; eventName?: unknown }
    return (
      (sources === undefined || (typeof eventSource === 'string' && sources.has(eventSource))) &&
      (names === undefined || (typeof eventName === 'string' && names.has(eventName)))
    )
  }
}

/**
 * One source entry after decoding: a record with its index, an issue, or a
 * record the `only` filter left out. This is what `streamRecords` yields.
 *
 * @example
 * ```ts
 * for await (const entry of streamRecords(body)) {
 *   if (entry.kind === 'record') console.log(entry.index, entry.record.eventTime)
 *   else if (entry.kind === 'issue') console.warn(entry.issue.message)
 * }
 * ```
 */
export type DecodedEntry =
  | { readonly kind: 'record'; readonly record: CloudTrailRecord; readonly index: number }
  | { readonly kind: 'issue'; readonly issue: ParseIssue }
  | { readonly kind: 'skipped'; readonly value: unknown; readonly index: number }

/**
 * Makes the step that decodes source entries one at a time, numbering
 * records in input order; used by the streaming reader ({@link collect} does
 * the same without an object per entry).
 *
 * @param options - the parse options
 * @returns a function that decodes the next entry
 */
export function entryDecoder(options: ParseOptions = {}): (entry: SingleEntry) => DecodedEntry {
  const keep = recordFilter(options.only)
  const find = operationCheck(options)
  let index = 0
  return (entry) => {
    if (entry.kind === 'issue') return { kind: 'issue', issue: makeIssue(entry.issue, entry.perRecord ? index++ : undefined) }
    const at = index++
    if (keep !== undefined && !keep(entry.value)) return { kind: 'skipped', value: entry.value, index: at }
    const outcome = decodeRecord(entry.value, at, entry.location, find)
    return outcome.ok ? { kind: 'record', record: outcome.record, index: at } : { kind: 'issue', issue: outcome.issue }
  }
}

/**
 * Decodes a sequence of source entries into a result; shared by every entry
 * point but the streaming reader. What {@link entryDecoder} does, without an
 * object per record: the elements of a `records` entry are checked in a
 * plain loop, and a record's path is made only for an issue.
 *
 * @param entries - what `sources/` yielded
 * @param options - the parse options
 * @returns records, issues and skipped records
 */
export function collect(entries: Iterable<SourceEntry>, options: ParseOptions = {}): ParseResult {
  const records: CloudTrailRecord[] = []
  const issues: ParseIssue[] = []
  const skipped: unknown[] = []
  const keep = recordFilter(options.only)
  const find = operationCheck(options)
  let index = 0
  /** Decodes one record; `element` is its index in the array at `location`, if it is in one. */
  const take = (raw: unknown, location: string, element: number | undefined): void => {
    const at = index++
    if (keep !== undefined && !keep(raw)) skipped.push(raw)
    else if (decodesAsIs(raw, find)) records.push(raw)
    else {
      const outcome = decodeRecord(raw, at, element === undefined ? location : appendPath(location, element), find)
      if (outcome.ok) records.push(outcome.record)
      else issues.push(outcome.issue)
    }
  }
  for (const entry of entries) {
    if (entry.kind === 'issue') issues.push(makeIssue(entry.issue, entry.perRecord ? index++ : undefined))
    else if (entry.kind === 'record') take(entry.value, entry.location, undefined)
    else for (let i = 0; i < entry.values.length; i++) take(entry.values[i], entry.location, i)
  }
  return { records, issues, skipped }
}

/**
 * Reads CloudTrail records from JSON text or an already-parsed value, and never
 * throws.
 *
 * Accepts a log file `{"Records": [...]}`, one record, an array of records,
 * NDJSON text, an EventBridge event (also inside an SNS notification), a
 * LookupEvents response or event, a decoded CloudWatch Logs subscription
 * payload, and CloudTrail Lake query results. A UTF-8 BOM is skipped.
 *
 * Returns every record that decoded and an issue for everything else: each
 * issue names the record index, the JSON path, what was expected and what was
 * found, and keeps the raw record. One bad record never costs the others.
 * Records are returned as the very objects that were parsed: nothing is copied,
 * added or dropped.
 *
 * @param input - JSON text, or a parsed value
 * @param options - the source kind, the operation mismatch policy, a filter
 * @returns the records, the issues and the records the filter skipped
 *
 * @example
 * ```ts
 * import { parseRecords } from 'cloudtrail-codecs'
 * import { support } from 'cloudtrail-codecs/aws/support'
 *
 * const { records, issues } = parseRecords(text, { services: [support] })
 * for (const issue of issues) console.warn(issue.message)
 * for (const event of records) {
 *   if (support.is(event) && event.eventName === 'CreateCase') {
 *     console.log(event.requestParameters?.severityCode, event.responseElements?.caseId)
 *   }
 * }
 * ```
 */
export function parseRecords(input: unknown, options: ParseOptions = {}): ParseResult {
  const source = options.source ?? 'auto'
  return collect(typeof input === 'string' ? unwrapText(input, source) : unwrapValue(input, source), options)
}
