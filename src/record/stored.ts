import * as t from 'io-ts'
import { withFastGuard } from '../codec/fast-guard.js'
import { eventTimeAsDate, isIsoTimestamp } from '../codec/timestamp.js'
import type { IsoTimestamp } from '../codec/timestamp.js'
import { nullableMembers } from '../identity/session-context.js'
import { EventVersion } from './event-version.js'
import { IdentityField, isInsightShaped, NoApiFields, payloadMembers, recordFieldMembers } from './fields.js'
import { InsightDetails } from './insight-details.js'

/**
 * The form records are read in, the `form` option of `parseRecords`:
 *
 * - `'cloudtrail'` (the default): as CloudTrail writes them (trail files,
 *   EventBridge, CloudWatch Logs, LookupEvents, CloudTrail Lake's
 *   `eventjson`). A value CloudTrail never writes is an issue.
 * - `'stored'`: as data lakes and SIEMs store them after normalising
 *   (Athena or Glue exports, Panther, Splunk, CloudTrail Lake's own columns):
 *   `eventTime` with a space and no zone, no `eventVersion`, `readOnly` and
 *   `managementEvent` as `"true"`/`"false"` strings. Records decode as
 *   {@link StoredRecord}, every value kept exactly as it came.
 *
 * @example
 * ```ts
 * const form: RecordForm = 'stored'
 * const { records } = parseRecords(text, { form })   // StoredRecord[]
 * ```
 */
export type RecordForm = 'cloudtrail' | 'stored'

/**
 * Brand of {@link StoredTimestamp}: only a string the codec checked is one.
 *
 * @example
 * ```ts
 * const { records } = parseRecords(text, { form: 'stored' })
 * const at: t.Branded<string, StoredTimestampBrand> | undefined = records[0]?.eventTime
 * ```
 */
export interface StoredTimestampBrand {
  // `symbol`, not a `unique symbol`: the ESM and CommonJS declarations of the package (and a
  // service's, which CommonJS reads from the ESM ones) then give one and the same brand.
  readonly StoredTimestamp: symbol
}

/** `YYYY-MM-DD HH:MM:SS` is the shortest stored form: 19 characters. */
const SHORTEST = 19

/**
 * The CloudTrail form (`YYYY-MM-DDTHH:MM:SS[.f]Z`) of a timestamp in one of
 * the stored forms, or `undefined` when it is in none. Read without a regular
 * expression: the separator, the zone, then the CloudTrail check of what is
 * between.
 */
function isoFormOf(s: string): string | undefined {
  if (isIsoTimestamp(s)) return s
  if (s.length < SHORTEST) return undefined
  const separator = s.charCodeAt(10)
  if (separator !== 32 && separator !== 84) return undefined // ' ' or 'T'
  let end = s.length
  if (s.endsWith(' UTC')) end -= 4
  else if (s.endsWith('Z')) end -= 1
  const iso = `${s.slice(0, 10)}T${s.slice(11, end)}Z`
  return isIsoTimestamp(iso) ? iso : undefined
}

/**
 * Tells whether a string is an `eventTime` in one of the forms data lakes and
 * SIEMs store it in, all of them UTC:
 *
 * - CloudTrail's own, `2022-09-27T17:09:18Z`;
 * - a space for the `T` and no zone, `2022-09-27 17:09:18` (Panther,
 *   CloudTrail Lake, Athena and Glue `timestamp` columns, Splunk);
 * - no zone, `2022-09-27T17:09:18` (Spark and Glue JSON exports);
 * - ` UTC` for the zone, `2022-09-27 17:09:18.000 UTC` (Athena's
 *   `timestamp with time zone`); `Z` after a space form, `2022-09-27 17:09:18Z`.
 *
 * Each may have a fraction of a second of 1 to 9 digits, and must be a real
 * calendar date and time of day, as in CloudTrail's form. Other zones and
 * offsets, epoch numbers and dates alone are not accepted.
 *
 * @param s - the string to check
 * @returns `true` for a timestamp in a stored form
 *
 * @example
 * ```ts
 * isStoredTimestamp('2022-09-27 17:09:18')             // true: Panther, Athena
 * isStoredTimestamp('2023-06-07 23:59:12.000')         // true: CloudTrail Lake
 * isStoredTimestamp('2022-09-27T17:09:18Z')            // true: CloudTrail's own
 * isStoredTimestamp('2022-09-27 17:09:18+02:00')       // false
 * ```
 */
export function isStoredTimestamp(s: string): boolean {
  return isoFormOf(s) !== undefined
}

/**
 * An `eventTime` in any of the forms {@link isStoredTimestamp} accepts,
 * validated and kept as the string it was (branded, never converted). Read it
 * with {@link storedEventTimeAsDate}, or convert it with
 * {@link storedTimestampAsIso}; it is not an `IsoTimestamp`, so code written
 * for CloudTrail's form (`eventTimeAsDate`) does not take it by mistake.
 *
 * @example
 * ```ts
 * StoredTimestamp.is('2022-09-27 17:09:18')   // true
 * StoredTimestamp.is('yesterday')             // false
 * ```
 */
export const StoredTimestamp = /*#__PURE__*/ t.brand(
  t.string,
  (s): s is t.Branded<string, StoredTimestampBrand> => isStoredTimestamp(s),
  'StoredTimestamp',
)
/** An `eventTime` in a stored form or in CloudTrail's; see the codec of the same name. */
export type StoredTimestamp = t.TypeOf<typeof StoredTimestamp>

/**
 * A stored timestamp in CloudTrail's form, `YYYY-MM-DDTHH:MM:SSZ` (with the
 * fraction it had): a new string, the record is left untouched.
 *
 * @param value - a decoded stored timestamp
 * @returns the same instant in CloudTrail's form
 *
 * @example
 * ```ts
 * const { records } = parseRecords(text, { form: 'stored' })
 * for (const stored of records) console.log(storedTimestampAsIso(stored.eventTime))   // '2022-09-27T17:09:18Z' for '2022-09-27 17:09:18'
 * ```
 */
export function storedTimestampAsIso(value: StoredTimestamp): IsoTimestamp {
  // A value forged past the codec gives a string eventTimeAsDate reads as an invalid Date.
  return (isoFormOf(value) ?? value) as IsoTimestamp
}

/**
 * Turns a stored record's `eventTime` into a `Date` (every stored form is
 * UTC), leaving the record untouched; as `eventTimeAsDate` does for
 * CloudTrail's form.
 *
 * @param record - any value with a decoded stored `eventTime`
 * @returns the instant the request completed
 *
 * @example
 * ```ts
 * storedEventTimeAsDate({ eventTime: '2022-09-27 17:09:18' as StoredTimestamp }).toISOString()
 * // '2022-09-27T17:09:18.000Z'
 * ```
 */
export function storedEventTimeAsDate(record: { readonly eventTime: StoredTimestamp }): Date {
  return eventTimeAsDate({ eventTime: storedTimestampAsIso(record.eventTime) })
}

/**
 * A boolean as stores write it: a JSON boolean, or the string `"true"` or
 * `"false"`. Read it with {@link booleanOf}.
 *
 * @example
 * ```ts
 * StoredBoolean.is('false')   // true
 * StoredBoolean.is(false)     // true
 * StoredBoolean.is('False')   // false
 * ```
 */
export const StoredBoolean = /*#__PURE__*/ t.union(
  [t.boolean, /*#__PURE__*/ t.literal('true'), /*#__PURE__*/ t.literal('false')],
  'StoredBoolean',
)
/** `true`, `false`, `"true"` or `"false"`. */
export type StoredBoolean = t.TypeOf<typeof StoredBoolean>

/**
 * The boolean a stored boolean stands for.
 *
 * @param value - a boolean, `"true"` or `"false"`, or nothing
 * @returns `true` or `false`; `undefined` for `null` or nothing
 *
 * @example
 * ```ts
 * booleanOf(record.readOnly)   // the same answer for false and "false"
 * ```
 */
export function booleanOf(value: StoredBoolean | null | undefined): boolean | undefined {
  if (value === true || value === 'true') return true
  if (value === false || value === 'false') return false
  return undefined
}

/**
 * The optional keys of a stored record: those of `RecordFields` (each may be
 * `null`), with `eventVersion` optional and `readOnly` and `managementEvent`
 * wider.
 */
const StoredRecordFields = /*#__PURE__*/ t.partial(
  {
    .../*#__PURE__*/ nullableMembers({
      ...recordFieldMembers,
      eventVersion: EventVersion,
      readOnly: StoredBoolean,
      managementEvent: StoredBoolean,
    }),
    ...payloadMembers,
  },
  'StoredRecordFields',
)

/**
 * A record of an activity as data lakes and SIEMs store it (the
 * `form: 'stored'` option of `parseRecords`): the fields of an `EventRecord`,
 * with wider values where stores normalise them.
 *
 * - `eventTime` is a {@link StoredTimestamp}: CloudTrail's form or a stored
 *   one, such as `2022-09-27 17:09:18`.
 * - `eventVersion` may be absent or `null` (stores drop it).
 * - `readOnly` and `managementEvent` are {@link StoredBoolean}s: a boolean or
 *   `"true"`/`"false"`.
 * - Every optional member may be `null`, as in CloudTrail's form.
 *
 * Required: `eventTime`, `eventSource` and `eventName`. Nothing is converted:
 * decoding returns the very object it was given, and the types say what each
 * field may hold, so code that reads them handles both forms.
 *
 * @example
 * ```ts
 * StoredEventRecord.is({
 *   eventTime: '2024-12-12 16:04:32.000000000', eventSource: 'sts.amazonaws.com', eventName: 'AssumeRole',
 *   readOnly: 'false', managementEvent: 'true', awsRegion: 'us-east-1', errorCode: null,
 * })   // true
 * ```
 */
export const StoredEventRecord = /*#__PURE__*/ withFastGuard(
  /*#__PURE__*/ t.intersection(
    [
      /*#__PURE__*/ t.type({ eventTime: StoredTimestamp, eventSource: t.string, eventName: t.string }),
      IdentityField,
      StoredRecordFields,
    ],
    'StoredEventRecord',
  ),
)
/** A stored record of an activity; see the codec of the same name. */
export type StoredEventRecord = t.TypeOf<typeof StoredEventRecord>

/**
 * An Insights event as data lakes and SIEMs store it: an `InsightRecord`
 * with the wider values of {@link StoredEventRecord}.
 *
 * @example
 * ```ts
 * StoredInsightRecord.is({
 *   eventTime: '2023-07-10 01:42:00', eventType: 'AwsCloudTrailInsight', eventSource: null, eventName: null,
 *   insightDetails: { state: 'Start', eventSource: 'ec2.amazonaws.com', eventName: 'DescribeRegions' },
 * })   // true
 * ```
 */
export const StoredInsightRecord = /*#__PURE__*/ withFastGuard(
  /*#__PURE__*/ t.intersection(
    [
      /*#__PURE__*/ t.type({
        eventTime: StoredTimestamp,
        eventType: /*#__PURE__*/ t.literal('AwsCloudTrailInsight'),
        insightDetails: InsightDetails,
      }),
      NoApiFields,
      IdentityField,
      StoredRecordFields,
    ],
    'StoredInsightRecord',
  ),
)
/** A stored Insights event; see the codec of the same name. */
export type StoredInsightRecord = t.TypeOf<typeof StoredInsightRecord>

/**
 * Any record as data lakes and SIEMs store it: what `parseRecords(input, {
 * form: 'stored' })` returns. Narrow with `isEventRecord` and
 * `isInsightRecord`, as for a `CloudTrailRecord`.
 *
 * @example
 * ```ts
 * const { records } = parseRecords(text, { form: 'stored' })
 * for (const record of records) if (isEventRecord(record)) console.log(storedEventTimeAsDate(record), record.eventName)
 * ```
 */
export type StoredRecord = StoredEventRecord | StoredInsightRecord

/**
 * Any stored record: a {@link StoredEventRecord}, or a
 * {@link StoredInsightRecord} when `eventType` is `AwsCloudTrailInsight` and
 * there is no top-level `eventName` or `eventSource`, picked before
 * validating as `CloudTrailRecord` does.
 *
 * @example
 * ```ts
 * StoredRecord.is({ eventTime: '2022-09-27 17:09:18', eventSource: 'ssm.amazonaws.com', eventName: 'StartSession' })   // true
 * ```
 */
export const StoredRecord: t.Type<StoredRecord, StoredRecord, unknown> = /*#__PURE__*/ new t.Type<StoredRecord, StoredRecord, unknown>(
  'StoredRecord',
  (u): u is StoredRecord => (isInsightShaped(u) ? StoredInsightRecord.is(u) : StoredEventRecord.is(u)),
  (u, c) => (isInsightShaped(u) ? StoredInsightRecord.validate(u, c) : StoredEventRecord.validate(u, c)),
  t.identity,
)
