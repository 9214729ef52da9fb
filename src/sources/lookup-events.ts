import * as t from 'io-ts'

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
export const SdkDate = new t.Type<Date, Date, unknown>(
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
export const LookupEvent = t.intersection(
  [
    t.type({ CloudTrailEvent: t.string }),
    t.partial({
      EventId: t.string,
      EventName: t.string,
      ReadOnly: t.string,
      AccessKeyId: t.string,
      EventTime: t.union([t.number, t.string, SdkDate]),
      EventSource: t.string,
      Username: t.string,
      Resources: t.array(t.partial({ ResourceType: t.string, ResourceName: t.string })),
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
export const LookupEventsResponse = t.intersection(
  [t.type({ Events: t.array(t.unknown) }), t.partial({ NextToken: t.string })],
  'LookupEventsResponse',
)
/** A response of the LookupEvents API. */
export type LookupEventsResponse = t.TypeOf<typeof LookupEventsResponse>
