import * as t from 'io-ts'
import { defineOperation } from '../operation.js'
import { TRUSTED_ADVISOR_EVENT_SOURCE } from './shared.js'

/**
 * The `requestParameters` of the Trusted Advisor console action `DescribeAccountAccess`: the action has no
 * public API model and no published CloudTrail record shows its parameters, so any JSON value (or `null`)
 * decodes and is kept as it came; the type is `unknown`, for the caller to narrow.
 *
 * @example
 * ```ts
 * DescribeAccountAccessRequest.is([1, 'two', null])   // true: any JSON value, typed `unknown`
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const DescribeAccountAccessRequest = t.unknown
/** The `requestParameters` of a `DescribeAccountAccess` record; see the codec of the same name. */
export type DescribeAccountAccessRequest = t.TypeOf<typeof DescribeAccountAccessRequest>

/**
 * The `responseElements` of the Trusted Advisor console action `DescribeAccountAccess`: shape unknown (no
 * public API model, no published sample), so any JSON value (or `null`) decodes and is kept as it came; the
 * type is `unknown`.
 *
 * @example
 * ```ts
 * DescribeAccountAccessResponse.is([1, 'two', null])   // true: any JSON value, typed `unknown`
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const DescribeAccountAccessResponse = t.unknown
/** The `responseElements` of a `DescribeAccountAccess` record; see the codec of the same name. */
export type DescribeAccountAccessResponse = t.TypeOf<typeof DescribeAccountAccessResponse>

/**
 * The `DescribeAccountAccess` operation, a Trusted Advisor console action (`trustedadvisor.amazonaws.com`, no
 * public API model), readOnly `true` (inferred from IAM access level / verb): tells whether Trusted Advisor
 * is enabled for the account. Its request and response shapes are unknown: both decode as any JSON value,
 * typed `unknown`, and the record still narrows by `eventName`.
 *
 * @example
 * ```ts
 * DescribeAccountAccess.readOnly   // true
 * findOperation('trustedadvisor.amazonaws.com', 'DescribeAccountAccess') === DescribeAccountAccess   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const DescribeAccountAccess = defineOperation({
  eventSource: TRUSTED_ADVISOR_EVENT_SOURCE,
  eventName: 'DescribeAccountAccess',
  readOnly: true,
  request: DescribeAccountAccessRequest,
  response: DescribeAccountAccessResponse,
})

/**
 * The codec of a CloudTrail record of `DescribeAccountAccess`: the generic record with `eventSource`
 * `trustedadvisor.amazonaws.com`, `eventName` `DescribeAccountAccess`, and typed `requestParameters` and
 * `responseElements`, each of which may be `null` or absent (failed calls, calls CloudTrail records without
 * payload).
 *
 * @example
 * ```ts
 * DescribeAccountAccessEvent.is({
 *   eventVersion: '1.08',
 *   userIdentity: {
 *     type: 'IAMUser', principalId: 'AIDACKCEVSQ6C2EXAMPLE',
 *     arn: 'arn:aws:iam::111122223333:user/janedoe', accountId: '111122223333',
 *     accessKeyId: 'ASIAIOSFODNN7EXAMPLE', userName: 'janedoe',
 *   },
 *   eventTime: '2024-03-05T10:01:11Z', eventSource: 'trustedadvisor.amazonaws.com',
 *   eventName: 'DescribeAccountAccess', awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.24',
 *   userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0',
 *   requestParameters: null, responseElements: null, requestID: '51258cab-10dc-5c5e-911e-b70881e52649',
 *   eventID: '7d032dec-f0b9-55d9-885b-86ef499fd804', readOnly: true, eventType: 'AwsApiCall', managementEvent: true,
 *   recipientAccountId: '111122223333', eventCategory: 'Management', sessionCredentialFromConsole: 'true',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const DescribeAccountAccessEvent = DescribeAccountAccess.event
/** A CloudTrail record of `DescribeAccountAccess`; see the codec of the same name. */
export type DescribeAccountAccessEvent = t.TypeOf<typeof DescribeAccountAccessEvent>

/**
 * A sound guard for `DescribeAccountAccess` records: the literal `eventSource` and `eventName` and every
 * payload member are checked by the codec, so a record it accepts really has the typed shape. A failed call
 * (`errorCode` set, payloads `null` or absent) is accepted too.
 *
 * @param u - a record, or any value
 * @returns `true` when `u` is a record of `DescribeAccountAccess` that satisfies
 * {@link DescribeAccountAccessEvent}
 *
 * @example
 * ```ts
 * for (const event of parseRecords(text).records) {
 *   if (isDescribeAccountAccessEvent(event)) console.log(event.requestParameters)
 * }
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export function isDescribeAccountAccessEvent(u: unknown): u is DescribeAccountAccessEvent {
  return DescribeAccountAccessEvent.is(u)
}
