import * as t from 'io-ts'
import { defineOperation } from '../operation.js'
import { TrustedAdvisorCheckRefreshStatus, SUPPORT_EVENT_SOURCE } from './shared.js'

/**
 * The `requestParameters` of a `DescribeTrustedAdvisorCheckRefreshStatuses` record: the check IDs.
 *
 * Every member is optional: CloudTrail may leave inputs out (it drops
 * free-text inputs), and a failed call may record only some of them.
 *
 * @example
 * ```ts
 * DescribeTrustedAdvisorCheckRefreshStatusesRequest.is({ checkIds: ['Pfx0RwqBli', 'Qch7DwouX1'] })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeTrustedAdvisorCheckRefreshStatuses.html
 */
export const DescribeTrustedAdvisorCheckRefreshStatusesRequest = t.partial(
  {
    checkIds: t.array(t.string),
  },
  'DescribeTrustedAdvisorCheckRefreshStatusesRequest',
)
/** The `requestParameters` of a `DescribeTrustedAdvisorCheckRefreshStatuses` record; see the codec of the same name. */
export type DescribeTrustedAdvisorCheckRefreshStatusesRequest = t.TypeOf<typeof DescribeTrustedAdvisorCheckRefreshStatusesRequest>

/**
 * The `responseElements` of a `DescribeTrustedAdvisorCheckRefreshStatuses` record: the refresh
 * status of each check ({@link TrustedAdvisorCheckRefreshStatus}).
 *
 * @example
 * ```ts
 * DescribeTrustedAdvisorCheckRefreshStatusesResponse.is({
 *   statuses: [
 *     { checkId: 'Pfx0RwqBli', status: 'processing', millisUntilNextRefreshable: 3412508 },
 *     { checkId: 'Qch7DwouX1', status: 'success', millisUntilNextRefreshable: 0 },
 *   ],
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeTrustedAdvisorCheckRefreshStatuses.html
 */
export const DescribeTrustedAdvisorCheckRefreshStatusesResponse = t.partial(
  {
    statuses: t.array(TrustedAdvisorCheckRefreshStatus),
  },
  'DescribeTrustedAdvisorCheckRefreshStatusesResponse',
)
/** The `responseElements` of a `DescribeTrustedAdvisorCheckRefreshStatuses` record; see the codec of the same name. */
export type DescribeTrustedAdvisorCheckRefreshStatusesResponse = t.TypeOf<typeof DescribeTrustedAdvisorCheckRefreshStatusesResponse>

/**
 * The `DescribeTrustedAdvisorCheckRefreshStatuses` operation of the AWS Support API (`support.amazonaws.com`,
 * readOnly `true`): returns the refresh status of Trusted Advisor checks.
 *
 * @example
 * ```ts
 * DescribeTrustedAdvisorCheckRefreshStatuses.readOnly       // true
 * DescribeTrustedAdvisorCheckRefreshStatuses.event.is(record)   // true for a DescribeTrustedAdvisorCheckRefreshStatuses record whose payloads match
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeTrustedAdvisorCheckRefreshStatuses.html
 */
export const DescribeTrustedAdvisorCheckRefreshStatuses = defineOperation({
  eventSource: SUPPORT_EVENT_SOURCE,
  eventName: 'DescribeTrustedAdvisorCheckRefreshStatuses',
  readOnly: true,
  request: DescribeTrustedAdvisorCheckRefreshStatusesRequest,
  response: DescribeTrustedAdvisorCheckRefreshStatusesResponse,
})

/**
 * The codec of a CloudTrail record of `DescribeTrustedAdvisorCheckRefreshStatuses`: the generic record with
 * `eventSource` `support.amazonaws.com`, `eventName` `DescribeTrustedAdvisorCheckRefreshStatuses`, and typed
 * `requestParameters` and `responseElements`, each of which may be `null` or
 * absent (failed calls, calls CloudTrail records without payload).
 *
 * @example
 * ```ts
 * DescribeTrustedAdvisorCheckRefreshStatusesEvent.is({
 *   eventVersion: '1.09',
 *   userIdentity: {
 *     type: 'IAMUser', principalId: 'AIDACKCEVSQ6C2EXAMPLE', arn: 'arn:aws:iam::111122223333:user/janedoe',
 *     accountId: '111122223333', accessKeyId: 'AKIAIOSFODNN7EXAMPLE', userName: 'janedoe',
 *   },
 *   eventTime: '2024-05-14T18:02:11Z', eventSource: 'support.amazonaws.com',
 *   eventName: 'DescribeTrustedAdvisorCheckRefreshStatuses', awsRegion: 'us-east-1',
 *   sourceIPAddress: '198.51.100.15',
 *   userAgent: 'Boto3/1.34.103 md/Botocore#1.34.103 ua/2.0 os/linux#6.1.84 lang/python#3.12.3 Botocore/1.34.103',
 *   requestParameters: { checkIds: ['Pfx0RwqBli', 'Qch7DwouX1'] },
 *   responseElements: {
 *     statuses: [
 *       { checkId: 'Pfx0RwqBli', status: 'processing', millisUntilNextRefreshable: 3412508 },
 *       { checkId: 'Qch7DwouX1', status: 'success', millisUntilNextRefreshable: 0 },
 *     ],
 *   },
 *   requestID: '58c257ef-01a2-41e6-be2a-01c0310600a1', eventID: '5aa34bfc-ad5b-4fb1-8a55-2277c86e00a1',
 *   readOnly: true, eventType: 'AwsApiCall', managementEvent: true, recipientAccountId: '111122223333',
 *   eventCategory: 'Management',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeTrustedAdvisorCheckRefreshStatuses.html
 */
export const DescribeTrustedAdvisorCheckRefreshStatusesEvent = DescribeTrustedAdvisorCheckRefreshStatuses.event
/** A CloudTrail record of `DescribeTrustedAdvisorCheckRefreshStatuses`; see the codec of the same name. */
export type DescribeTrustedAdvisorCheckRefreshStatusesEvent = t.TypeOf<typeof DescribeTrustedAdvisorCheckRefreshStatusesEvent>

/**
 * A sound guard for `DescribeTrustedAdvisorCheckRefreshStatuses` records: the literal `eventSource` and
 * `eventName` and every payload member are checked by the codec, so a record
 * it accepts really has the typed shape. A failed call (`errorCode` set,
 * payloads `null`) is accepted too.
 *
 * @param u - a record, or any value
 * @returns `true` when `u` is a `DescribeTrustedAdvisorCheckRefreshStatuses` record that satisfies {@link DescribeTrustedAdvisorCheckRefreshStatusesEvent}
 *
 * @example
 * ```ts
 * for (const event of parseRecords(text).records) {
 *   if (isDescribeTrustedAdvisorCheckRefreshStatusesEvent(event)) console.log(event.requestParameters?.checkIds)
 * }
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeTrustedAdvisorCheckRefreshStatuses.html
 */
export function isDescribeTrustedAdvisorCheckRefreshStatusesEvent(u: unknown): u is DescribeTrustedAdvisorCheckRefreshStatusesEvent {
  return DescribeTrustedAdvisorCheckRefreshStatusesEvent.is(u)
}
