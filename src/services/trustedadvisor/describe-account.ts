import * as t from 'io-ts'
import { defineOperation } from '../operation.js'
import { TRUSTED_ADVISOR_EVENT_SOURCE } from './shared.js'

/**
 * The `requestParameters` of the Trusted Advisor console action `DescribeAccount`: the action has no public
 * API model and no published CloudTrail record shows its parameters, so any JSON value (or `null`) decodes
 * and is kept as it came; the type is `unknown`, for the caller to narrow.
 *
 * @example
 * ```ts
 * DescribeAccountRequest.is([1, 'two', null])   // true: any JSON value, typed `unknown`
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const DescribeAccountRequest = t.unknown
/** The `requestParameters` of a `DescribeAccount` record; see the codec of the same name. */
export type DescribeAccountRequest = t.TypeOf<typeof DescribeAccountRequest>

/**
 * The `responseElements` of the Trusted Advisor console action `DescribeAccount`: shape unknown (no public
 * API model, no published sample), so any JSON value (or `null`) decodes and is kept as it came; the type is
 * `unknown`.
 *
 * @example
 * ```ts
 * DescribeAccountResponse.is([1, 'two', null])   // true: any JSON value, typed `unknown`
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const DescribeAccountResponse = t.unknown
/** The `responseElements` of a `DescribeAccount` record; see the codec of the same name. */
export type DescribeAccountResponse = t.TypeOf<typeof DescribeAccountResponse>

/**
 * The `DescribeAccount` operation, a Trusted Advisor console action (`trustedadvisor.amazonaws.com`, no
 * public API model), readOnly `true` (inferred from IAM access level / verb): views the support plan and the
 * Trusted Advisor preferences of the account. Its request and response shapes are unknown: both decode as any
 * JSON value, typed `unknown`, and the record still narrows by `eventName`.
 *
 * @example
 * ```ts
 * DescribeAccount.readOnly   // true
 * findOperation('trustedadvisor.amazonaws.com', 'DescribeAccount') === DescribeAccount   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const DescribeAccount = defineOperation({
  eventSource: TRUSTED_ADVISOR_EVENT_SOURCE,
  eventName: 'DescribeAccount',
  readOnly: true,
  request: DescribeAccountRequest,
  response: DescribeAccountResponse,
})

/**
 * The codec of a CloudTrail record of `DescribeAccount`: the generic record with `eventSource`
 * `trustedadvisor.amazonaws.com`, `eventName` `DescribeAccount`, and typed `requestParameters` and
 * `responseElements`, each of which may be `null` or absent (failed calls, calls CloudTrail records without
 * payload).
 *
 * @example
 * ```ts
 * DescribeAccountEvent.is({
 *   eventVersion: '1.08',
 *   userIdentity: {
 *     type: 'IAMUser', principalId: 'AIDACKCEVSQ6C2EXAMPLE',
 *     arn: 'arn:aws:iam::111122223333:user/janedoe', accountId: '111122223333',
 *     accessKeyId: 'ASIAIOSFODNN7EXAMPLE', userName: 'janedoe',
 *   },
 *   eventTime: '2024-03-05T10:00:11Z', eventSource: 'trustedadvisor.amazonaws.com', eventName: 'DescribeAccount',
 *   awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.24',
 *   userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0',
 *   requestParameters: null, responseElements: null, requestID: '75d98683-99a5-5326-bd0a-9b59854b47b5',
 *   eventID: '79e902bf-a5a2-5b8f-8126-55344958a5c1', readOnly: true, eventType: 'AwsApiCall', managementEvent: true,
 *   recipientAccountId: '111122223333', eventCategory: 'Management', sessionCredentialFromConsole: 'true',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const DescribeAccountEvent = DescribeAccount.event
/** A CloudTrail record of `DescribeAccount`; see the codec of the same name. */
export type DescribeAccountEvent = t.TypeOf<typeof DescribeAccountEvent>

/**
 * A sound guard for `DescribeAccount` records: the literal `eventSource` and `eventName` and every payload
 * member are checked by the codec, so a record it accepts really has the typed shape. A failed call
 * (`errorCode` set, payloads `null` or absent) is accepted too.
 *
 * @param u - a record, or any value
 * @returns `true` when `u` is a record of `DescribeAccount` that satisfies {@link DescribeAccountEvent}
 *
 * @example
 * ```ts
 * for (const event of parseRecords(text).records) {
 *   if (isDescribeAccountEvent(event)) console.log(event.requestParameters)
 * }
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export function isDescribeAccountEvent(u: unknown): u is DescribeAccountEvent {
  return DescribeAccountEvent.is(u)
}
