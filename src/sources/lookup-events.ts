import * as t from 'io-ts'
import { appendPath, problemsOf } from '../errors/report.js'
import { hasOwn, mismatch } from './source.js'
import type { JsonObject, Source } from './source.js'

/**
 * A JavaScript `Date`, as the AWS SDK for JavaScript gives the timestamps of
 * API responses. It validates and never converts.
 *
 * @example
 * ```ts
 * SdkDate.is(new Date('2019-10-24T22:33:26Z'))   // true
 * SdkDate.is('2019-10-24T22:33:26Z')             // false
 * ```
 */
export const SdkDate = /*#__PURE__*/ new t.Type<Date, Date, unknown>(
  'Date',
  (u): u is Date => u instanceof Date,
  (u, context) => (u instanceof Date ? t.success(u) : t.failure(u, context)),
  t.identity,
)
/** A JavaScript `Date`. */
export type SdkDate = t.TypeOf<typeof SdkDate>

/**
 * One event of the CloudTrail `LookupEvents` API (Event history). The record
 * is the JSON string `CloudTrailEvent`; `EventTime` is epoch seconds on the
 * wire, a `Date` from the AWS SDK for JavaScript and an ISO string from the
 * AWS CLI; `ReadOnly` is a string.
 *
 * @example
 * ```ts
 * LookupEvent.is({ EventId: 'f2545ee3-170f-4340-8af4-a983c669ce37', EventName: 'AcceptInvitation',
 *   EventTime: 1571956406.0, EventSource: 'detective.amazonaws.com', Username: 'JaneRoe', Resources: [],
 *   CloudTrailEvent: '{"eventVersion":"1.05", ...}' })   // true
 * ```
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_Event.html
 */
export const LookupEvent = /*#__PURE__*/ t.intersection(
  [
    /*#__PURE__*/ t.type({ CloudTrailEvent: t.string }),
    /*#__PURE__*/ t.partial({
      EventId: t.string,
      EventName: t.string,
      ReadOnly: t.string,
      AccessKeyId: t.string,
      EventTime: /*#__PURE__*/ t.union([t.number, t.string, SdkDate]),
      EventSource: t.string,
      Username: t.string,
      Resources: /*#__PURE__*/ t.array(/*#__PURE__*/ t.partial({ ResourceType: t.string, ResourceName: t.string })),
    }),
  ],
  'LookupEvent',
)
/** One event of a LookupEvents response. */
export type LookupEvent = t.TypeOf<typeof LookupEvent>

/**
 * A response of the CloudTrail `LookupEvents` API: `{ Events: [...], NextToken? }`.
 *
 * @example
 * ```ts
 * LookupEventsResponse.is({ Events: [] })   // true
 * ```
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_LookupEvents.html
 */
export const LookupEventsResponse = /*#__PURE__*/ t.intersection(
  [/*#__PURE__*/ t.type({ Events: /*#__PURE__*/ t.array(t.unknown) }), /*#__PURE__*/ t.partial({ NextToken: t.string })],
  'LookupEventsResponse',
)
/** A response of the LookupEvents API. */
export type LookupEventsResponse = t.TypeOf<typeof LookupEventsResponse>

/**
 * A page of the CloudTrail `LookupEvents` API (Event history), as the AWS
 * SDK or `aws cloudtrail lookup-events` returns it, or one of its events on
 * its own: each event's record is the JSON text `CloudTrailEvent`, unwrapped
 * at `$.Events[i].CloudTrailEvent`. Recognised by an `Events` array or a
 * string `CloudTrailEvent`; its codecs are {@link LookupEventsResponse} and
 * {@link LookupEvent}. An event that does not match its codec is an issue
 * for that one record, with the event in `raw`.
 *
 * @example
 * ```ts
 * const page = {
 *   Events: [{
 *     EventId: 'f2545ee3-170f-4340-8af4-a983c669ce37', EventName: 'AcceptInvitation', ReadOnly: 'false',
 *     EventTime: new Date('2019-10-24T22:33:26Z'), EventSource: 'detective.amazonaws.com', Username: 'JaneRoe', Resources: [],
 *     CloudTrailEvent: JSON.stringify({
 *       eventVersion: '1.05', userIdentity: { type: 'IAMUser', principalId: 'AIDAJ45Q7YFFAREXAMPLE',
 *         arn: 'arn:aws:iam::111122223333:user/JaneRoe', accountId: '111122223333', userName: 'JaneRoe' },
 *       eventTime: '2019-10-24T22:33:26Z', eventSource: 'detective.amazonaws.com', eventName: 'AcceptInvitation',
 *       awsRegion: 'us-east-2', sourceIPAddress: '192.0.2.123', userAgent: 'aws-cli/1.16.214 Python/3.7.4',
 *       requestParameters: { graphArn: 'arn:aws:detective:us-east-2:111122223333:graph:3b5d2a4e0f5e4e2f8e8e0f1a2b3c4d5e' },
 *       responseElements: null, requestID: 'c6a7EXAMPLE', eventID: 'f2545ee3-170f-4340-8af4-a983c669ce37',
 *       eventType: 'AwsApiCall', recipientAccountId: '111122223333',
 *     }),
 *   }],
 *   NextToken: 'kbOt5LlZe++mErCebpy2TgaMgmDvF1kYGFcH64JSjIbZFjsuvrSqg66b5YGssKutDYIyII4lrP4IDbeQdiObkp9YAlju3oXd12juy3CIZW8=',
 * }
 * parseRecords(page, { source: 'lookupEvents' }).records.length   // 1, from $.Events[0].CloudTrailEvent
 * ```
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_LookupEvents.html
 */
export const lookupEvents: Source<'lookupEvents'> = {
  name: 'lookupEvents',
  detect: (o) => Array.isArray(o['Events']) || typeof o['CloudTrailEvent'] === 'string',
  *unwrap(o, location, nested) {
    if (!hasOwn(o, 'Events')) {
      const problem = mismatch(LookupEvent, o, location)
      if (problem !== undefined) yield problem
      else yield* nested.text(o['CloudTrailEvent'] as string, appendPath(location, 'CloudTrailEvent'))
      return
    }
    const problem = mismatch(LookupEventsResponse, o, location)
    if (problem !== undefined) {
      yield problem
      return
    }
    const events = o['Events'] as unknown[]
    for (let i = 0; i < events.length; i++) {
      const at = appendPath(appendPath(location, 'Events'), i)
      const event = events[i]
      const bad = LookupEvent.decode(event)
      if (bad._tag === 'Left') {
        const problems = problemsOf(bad.left)
        yield { kind: 'issue', perRecord: true, issue: { kind: 'input', problems, location: at, raw: event } }
      } else yield* nested.text((event as JsonObject)['CloudTrailEvent'] as string, appendPath(at, 'CloudTrailEvent'))
    }
  },
}
