import * as t from 'io-ts'
import { withFastGuard } from '../codec/fast-guard.js'
import { IsoTimestamp } from '../codec/timestamp.js'
import { EventVersion } from './event-version.js'
import { IdentityField, isInsightShaped, NoApiFields, RecordFields } from './fields.js'
import type { InsightShape } from './fields.js'
import { InsightDetails } from './insight-details.js'
import type { StoredRecord } from './stored.js'

/**
 * A CloudTrail record of an activity: an API call, a console action or
 * sign-in, a service event or a network activity event, of any eventVersion
 * (1.0 to 1.11 and later).
 *
 * Required: `eventVersion`, `eventTime` (ISO-8601 UTC), `eventSource` and
 * `eventName`. Every other field is optional and may be `null` (as data lakes
 * and SIEMs write an absent member; `null` stays `null`), and keys this codec
 * does not name pass through untouched: decoding returns the very object it
 * was given. For records a data lake or SIEM stored in its own form
 * (`eventTime` with a space and no zone, no `eventVersion`, booleans as
 * strings), see `StoredEventRecord`.
 *
 * @example
 * ```ts
 * const record = {
 *   eventVersion: '1.05', eventTime: '2020-10-21T16:34:13Z',
 *   userIdentity: { type: 'IAMUser', principalId: 'AIDACKCEVSQ6C2EXAMPLE', arn: 'arn:aws:iam::111122223333:user/Admin',
 *     accountId: '111122223333', accessKeyId: 'AKIAIOSFODNN7EXAMPLE', userName: 'Admin' },
 *   eventSource: 'support.amazonaws.com', eventName: 'RefreshTrustedAdvisorCheck', awsRegion: 'us-east-1',
 *   sourceIPAddress: '72.21.198.67', userAgent: 'signin.amazonaws.com', requestParameters: { checkId: 'Pfx0RwqBli' },
 *   responseElements: null, requestID: '4c4d5fc8-c403-4f82-9544-41f820e0fa01',
 *   eventID: '2f4630ac-5c27-4f0d-b93f-63742d6fc85e', eventType: 'AwsApiCall', recipientAccountId: '111122223333',
 * }
 * EventRecord.is(record)   // true
 * ```
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-record-contents.html
 */
export const EventRecord = /*#__PURE__*/ withFastGuard(
  /*#__PURE__*/ t.intersection(
    [
      /*#__PURE__*/ t.type({ eventVersion: EventVersion, eventTime: IsoTimestamp, eventSource: t.string, eventName: t.string }),
      IdentityField,
      RecordFields,
    ],
    'EventRecord',
  ),
)
/** A CloudTrail record of an activity; see the codec of the same name. */
export type EventRecord = t.TypeOf<typeof EventRecord>

/**
 * A CloudTrail Insights event (`eventType: "AwsCloudTrailInsight"`): no
 * top-level `userIdentity`, `eventSource` or `eventName` (absent, or `null` as
 * data lakes write an absent member); the API it is about is in
 * `insightDetails`.
 *
 * @example
 * ```ts
 * InsightRecord.is({
 *   eventVersion: '1.08', eventTime: '2023-07-10T01:42:00Z', awsRegion: 'us-east-1',
 *   eventID: '00000000-0000-4000-8000-000000000006', eventType: 'AwsCloudTrailInsight',
 *   recipientAccountId: '111122223333', sharedEventID: '00000000-0000-4000-8000-000000000007',
 *   insightDetails: { state: 'Start', eventSource: 'ec2.amazonaws.com', eventName: 'DescribeRegions',
 *     insightType: 'ApiCallRateInsight' },
 *   eventCategory: 'Insight',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/logging-insights-events-with-cloudtrail.html
 */
export const InsightRecord = /*#__PURE__*/ withFastGuard(
  /*#__PURE__*/ t.intersection(
    [
      /*#__PURE__*/ t.type({
        eventVersion: EventVersion,
        eventTime: IsoTimestamp,
        eventType: /*#__PURE__*/ t.literal('AwsCloudTrailInsight'),
        insightDetails: InsightDetails,
      }),
      NoApiFields,
      IdentityField,
      RecordFields,
    ],
    'InsightRecord',
  ),
)
/** A CloudTrail Insights event; see the codec of the same name. */
export type InsightRecord = t.TypeOf<typeof InsightRecord>

/**
 * Any CloudTrail record: an activity record or an Insights event. Fields both
 * have can be read at once (`record.eventTime`, `record.eventID`);
 * `record.eventSource` and `record.eventName` are strings in an
 * {@link EventRecord} and absent in an {@link InsightRecord}, so narrow with
 * {@link isEventRecord} (or compare them with a string) before using them as
 * strings.
 *
 * @example
 * ```ts
 * const { records } = parseRecords(text)
 * for (const record of records) if (isEventRecord(record)) console.log(record.eventSource, record.eventName)
 * ```
 */
export type CloudTrailRecord = EventRecord | InsightRecord

/**
 * Any CloudTrail record: an {@link EventRecord}, or an {@link InsightRecord}
 * when `eventType` is `AwsCloudTrailInsight` and there is no top-level
 * `eventName` or `eventSource`. The kind is picked before validating, so
 * errors name the fields of that kind only.
 *
 * @example
 * ```ts
 * const result = CloudTrailRecord.decode(JSON.parse(text))
 * ```
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-record-contents.html
 */
export const CloudTrailRecord: t.Type<CloudTrailRecord, CloudTrailRecord, unknown> = /*#__PURE__*/ new t.Type<
  CloudTrailRecord,
  CloudTrailRecord,
  unknown
>(
  'CloudTrailRecord',
  (u): u is CloudTrailRecord => (isInsightShaped(u) ? InsightRecord.is(u) : EventRecord.is(u)),
  (u, c) => (isInsightShaped(u) ? InsightRecord.validate(u, c) : EventRecord.validate(u, c)),
  t.identity,
)

/**
 * A decoded record of either form: CloudTrail's ({@link CloudTrailRecord})
 * or the form data lakes and SIEMs store (`StoredRecord`). The guards
 * {@link isEventRecord} and {@link isInsightRecord} take either.
 *
 * @example
 * ```ts
 * const kinds = (records: ReadonlyArray<AnyCloudTrailRecord>) => records.map((r) => (isInsightRecord(r) ? 'insight' : 'event'))
 * ```
 */
export type AnyCloudTrailRecord = CloudTrailRecord | StoredRecord

/**
 * Tells an Insights event from an activity record: `true` for an Insights
 * event (`eventType: "AwsCloudTrailInsight"`, with `insightDetails` and no
 * `eventSource`, `eventName` or `userIdentity`). The opposite of
 * {@link isEventRecord}.
 *
 * @param record - a decoded record, of either form
 * @returns `true` for an Insights event
 *
 * @example
 * ```ts
 * const insights = records.filter(isInsightRecord)   // InsightRecord[]
 * ```
 */
export function isInsightRecord<R extends AnyCloudTrailRecord>(record: R): record is Extract<R, InsightShape> {
  return isInsightShaped(record)
}

/**
 * Tells an activity record (an API call, a console action or sign-in, a
 * service event, a network activity event) from an Insights event: after it,
 * `eventSource` and `eventName` are strings and `userIdentity` may be read.
 * The first guard to reach for on the records `parseRecords` returns; the
 * opposite of {@link isInsightRecord}.
 *
 * @param record - a decoded record, of either form
 * @returns `true` for an activity record, `false` for an Insights event
 *
 * @example
 * ```ts
 * const { records } = parseRecords(text)
 * for (const record of records) {
 *   if (!isEventRecord(record)) continue   // an Insights event
 *   console.log(record.eventTime, record.eventSource, record.eventName)
 * }
 * ```
 */
export function isEventRecord<R extends AnyCloudTrailRecord>(record: R): record is Exclude<R, InsightShape> {
  return !isInsightShaped(record)
}
