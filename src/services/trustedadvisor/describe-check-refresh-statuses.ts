import * as t from 'io-ts'
import { defineOperation } from '../operation.js'
import { TRUSTED_ADVISOR_EVENT_SOURCE } from './shared.js'

/**
 * The `requestParameters` of the Trusted Advisor console action `DescribeCheckRefreshStatuses`: the action
 * has no public API model and no published CloudTrail record shows its parameters, so any JSON value (or
 * `null`) decodes and is kept as it came; the type is `unknown`, for the caller to narrow.
 *
 * @example
 * ```ts
 * DescribeCheckRefreshStatusesRequest.is([1, 'two', null])   // true: any JSON value, typed `unknown`
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const DescribeCheckRefreshStatusesRequest = t.unknown
/** The `requestParameters` of a `DescribeCheckRefreshStatuses` record; see the codec of the same name. */
export type DescribeCheckRefreshStatusesRequest = t.TypeOf<typeof DescribeCheckRefreshStatusesRequest>

/**
 * The `responseElements` of the Trusted Advisor console action `DescribeCheckRefreshStatuses`: shape unknown
 * (no public API model, no published sample), so any JSON value (or `null`) decodes and is kept as it came;
 * the type is `unknown`.
 *
 * @example
 * ```ts
 * DescribeCheckRefreshStatusesResponse.is([1, 'two', null])   // true: any JSON value, typed `unknown`
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const DescribeCheckRefreshStatusesResponse = t.unknown
/** The `responseElements` of a `DescribeCheckRefreshStatuses` record; see the codec of the same name. */
export type DescribeCheckRefreshStatusesResponse = t.TypeOf<typeof DescribeCheckRefreshStatusesResponse>

/**
 * The `DescribeCheckRefreshStatuses` operation, a Trusted Advisor console action
 * (`trustedadvisor.amazonaws.com`, no public API model), readOnly `true` (inferred from IAM access level /
 * verb): views the refresh status of checks. Its request and response shapes are unknown: both decode as any
 * JSON value, typed `unknown`, and the record still narrows by `eventName`.
 *
 * @example
 * ```ts
 * DescribeCheckRefreshStatuses.readOnly   // true
 * findOperation('trustedadvisor.amazonaws.com', 'DescribeCheckRefreshStatuses') ===
 *   DescribeCheckRefreshStatuses   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const DescribeCheckRefreshStatuses = defineOperation({
  eventSource: TRUSTED_ADVISOR_EVENT_SOURCE,
  eventName: 'DescribeCheckRefreshStatuses',
  readOnly: true,
  request: DescribeCheckRefreshStatusesRequest,
  response: DescribeCheckRefreshStatusesResponse,
})

/**
 * The codec of a CloudTrail record of `DescribeCheckRefreshStatuses`: the generic record with `eventSource`
 * `trustedadvisor.amazonaws.com`, `eventName` `DescribeCheckRefreshStatuses`, and typed `requestParameters`
 * and `responseElements`, each of which may be `null` or absent (failed calls, calls CloudTrail records
 * without payload).
 *
 * @example
 * ```ts
 * DescribeCheckRefreshStatusesEvent.is({
 *   eventVersion: '1.08',
 *   userIdentity: {
 *     type: 'IAMUser', principalId: 'AIDACKCEVSQ6C2EXAMPLE',
 *     arn: 'arn:aws:iam::111122223333:user/janedoe', accountId: '111122223333',
 *     accessKeyId: 'ASIAIOSFODNN7EXAMPLE', userName: 'janedoe',
 *   },
 *   eventTime: '2024-03-05T10:04:11Z', eventSource: 'trustedadvisor.amazonaws.com',
 *   eventName: 'DescribeCheckRefreshStatuses', awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.24',
 *   userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0',
 *   requestParameters: null, responseElements: null, requestID: '1041942d-5da2-5da7-925d-23756915e739',
 *   eventID: 'abaa7478-9552-59dd-982d-85a3f86504dd', readOnly: true, eventType: 'AwsApiCall', managementEvent: true,
 *   recipientAccountId: '111122223333', eventCategory: 'Management', sessionCredentialFromConsole: 'true',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const DescribeCheckRefreshStatusesEvent = DescribeCheckRefreshStatuses.event
/** A CloudTrail record of `DescribeCheckRefreshStatuses`; see the codec of the same name. */
export type DescribeCheckRefreshStatusesEvent = t.TypeOf<typeof DescribeCheckRefreshStatusesEvent>

/**
 * A sound guard for `DescribeCheckRefreshStatuses` records: the literal `eventSource` and `eventName` and
 * every payload member are checked by the codec, so a record it accepts really has the typed shape. A failed
 * call (`errorCode` set, payloads `null` or absent) is accepted too.
 *
 * @param u - a record, or any value
 * @returns `true` when `u` is a record of `DescribeCheckRefreshStatuses` that satisfies
 * {@link DescribeCheckRefreshStatusesEvent}
 *
 * @example
 * ```ts
 * for (const event of parseRecords(text).records) {
 *   if (isDescribeCheckRefreshStatusesEvent(event)) console.log(event.requestParameters)
 * }
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export function isDescribeCheckRefreshStatusesEvent(u: unknown): u is DescribeCheckRefreshStatusesEvent {
  return DescribeCheckRefreshStatusesEvent.is(u)
}
