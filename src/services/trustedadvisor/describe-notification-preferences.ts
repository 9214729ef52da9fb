import * as t from 'io-ts'
import { defineOperation } from '../operation.js'
import { TRUSTED_ADVISOR_EVENT_SOURCE } from './shared.js'

/**
 * The `requestParameters` of the Trusted Advisor console action `DescribeNotificationPreferences`: the action
 * has no public API model and no published CloudTrail record shows its parameters, so any JSON value (or
 * `null`) decodes and is kept as it came; the type is `unknown`, for the caller to narrow.
 *
 * @example
 * ```ts
 * DescribeNotificationPreferencesRequest.is([1, 'two', null])   // true: any JSON value, typed `unknown`
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const DescribeNotificationPreferencesRequest = t.unknown
/** The `requestParameters` of a `DescribeNotificationPreferences` record; see the codec of the same name. */
export type DescribeNotificationPreferencesRequest = t.TypeOf<typeof DescribeNotificationPreferencesRequest>

/**
 * The `responseElements` of the Trusted Advisor console action `DescribeNotificationPreferences`: shape
 * unknown (no public API model, no published sample), so any JSON value (or `null`) decodes and is kept as it
 * came; the type is `unknown`.
 *
 * @example
 * ```ts
 * DescribeNotificationPreferencesResponse.is([1, 'two', null])   // true: any JSON value, typed `unknown`
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const DescribeNotificationPreferencesResponse = t.unknown
/** The `responseElements` of a `DescribeNotificationPreferences` record; see the codec of the same name. */
export type DescribeNotificationPreferencesResponse = t.TypeOf<typeof DescribeNotificationPreferencesResponse>

/**
 * The `DescribeNotificationPreferences` operation, a Trusted Advisor console action
 * (`trustedadvisor.amazonaws.com`, no public API model), readOnly `true` (inferred from IAM access level /
 * verb): views the notification preferences of the account. Its request and response shapes are unknown: both
 * decode as any JSON value, typed `unknown`, and the record still narrows by `eventName`.
 *
 * @example
 * ```ts
 * DescribeNotificationPreferences.readOnly   // true
 * findOperation('trustedadvisor.amazonaws.com', 'DescribeNotificationPreferences') ===
 *   DescribeNotificationPreferences   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const DescribeNotificationPreferences = defineOperation({
  eventSource: TRUSTED_ADVISOR_EVENT_SOURCE,
  eventName: 'DescribeNotificationPreferences',
  readOnly: true,
  request: DescribeNotificationPreferencesRequest,
  response: DescribeNotificationPreferencesResponse,
})

/**
 * The codec of a CloudTrail record of `DescribeNotificationPreferences`: the generic record with
 * `eventSource` `trustedadvisor.amazonaws.com`, `eventName` `DescribeNotificationPreferences`, and typed
 * `requestParameters` and `responseElements`, each of which may be `null` or absent (failed calls, calls
 * CloudTrail records without payload).
 *
 * @example
 * ```ts
 * DescribeNotificationPreferencesEvent.is({
 *   eventVersion: '1.08',
 *   userIdentity: {
 *     type: 'IAMUser', principalId: 'AIDACKCEVSQ6C2EXAMPLE',
 *     arn: 'arn:aws:iam::111122223333:user/janedoe', accountId: '111122223333',
 *     accessKeyId: 'ASIAIOSFODNN7EXAMPLE', userName: 'janedoe',
 *   },
 *   eventTime: '2024-03-05T10:06:11Z', eventSource: 'trustedadvisor.amazonaws.com',
 *   eventName: 'DescribeNotificationPreferences', awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.24',
 *   userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0',
 *   requestParameters: null, responseElements: null, requestID: '7d043c8f-42dc-551e-ac8c-ec38d49de2c5',
 *   eventID: '749a8a0c-3a27-5b26-80a6-6725e3589808', readOnly: true, eventType: 'AwsApiCall', managementEvent: true,
 *   recipientAccountId: '111122223333', eventCategory: 'Management', sessionCredentialFromConsole: 'true',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const DescribeNotificationPreferencesEvent = DescribeNotificationPreferences.event
/** A CloudTrail record of `DescribeNotificationPreferences`; see the codec of the same name. */
export type DescribeNotificationPreferencesEvent = t.TypeOf<typeof DescribeNotificationPreferencesEvent>

/**
 * A sound guard for `DescribeNotificationPreferences` records: the literal `eventSource` and `eventName` and
 * every payload member are checked by the codec, so a record it accepts really has the typed shape. A failed
 * call (`errorCode` set, payloads `null` or absent) is accepted too.
 *
 * @param u - a record, or any value
 * @returns `true` when `u` is a record of `DescribeNotificationPreferences` that satisfies
 * {@link DescribeNotificationPreferencesEvent}
 *
 * @example
 * ```ts
 * for (const event of parseRecords(text).records) {
 *   if (isDescribeNotificationPreferencesEvent(event)) console.log(event.requestParameters)
 * }
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export function isDescribeNotificationPreferencesEvent(u: unknown): u is DescribeNotificationPreferencesEvent {
  return DescribeNotificationPreferencesEvent.is(u)
}
