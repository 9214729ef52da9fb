import * as t from 'io-ts'
import { defineOperation } from '../operation.js'
import { TRUSTED_ADVISOR_EVENT_SOURCE } from './shared.js'

/**
 * The `requestParameters` of the Trusted Advisor console action `DescribeRisk`: the action has no public API
 * model and no published CloudTrail record shows its parameters, so any JSON value (or `null`) decodes and is
 * kept as it came; the type is `unknown`, for the caller to narrow.
 *
 * @example
 * ```ts
 * DescribeRiskRequest.is([1, 'two', null])   // true: any JSON value, typed `unknown`
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const DescribeRiskRequest = t.unknown
/** The `requestParameters` of a `DescribeRisk` record; see the codec of the same name. */
export type DescribeRiskRequest = t.TypeOf<typeof DescribeRiskRequest>

/**
 * The `responseElements` of the Trusted Advisor console action `DescribeRisk`: shape unknown (no public API
 * model, no published sample), so any JSON value (or `null`) decodes and is kept as it came; the type is
 * `unknown`.
 *
 * @example
 * ```ts
 * DescribeRiskResponse.is([1, 'two', null])   // true: any JSON value, typed `unknown`
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const DescribeRiskResponse = t.unknown
/** The `responseElements` of a `DescribeRisk` record; see the codec of the same name. */
export type DescribeRiskResponse = t.TypeOf<typeof DescribeRiskResponse>

/**
 * The `DescribeRisk` operation, a Trusted Advisor console action (`trustedadvisor.amazonaws.com`, no public
 * API model), readOnly `true` (inferred from IAM access level / verb): views one Trusted Advisor Priority
 * risk. Its request and response shapes are unknown: both decode as any JSON value, typed `unknown`, and the
 * record still narrows by `eventName`.
 *
 * @example
 * ```ts
 * DescribeRisk.readOnly   // true
 * findOperation('trustedadvisor.amazonaws.com', 'DescribeRisk') === DescribeRisk   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const DescribeRisk = defineOperation({
  eventSource: TRUSTED_ADVISOR_EVENT_SOURCE,
  eventName: 'DescribeRisk',
  readOnly: true,
  request: DescribeRiskRequest,
  response: DescribeRiskResponse,
})

/**
 * The codec of a CloudTrail record of `DescribeRisk`: the generic record with `eventSource`
 * `trustedadvisor.amazonaws.com`, `eventName` `DescribeRisk`, and typed `requestParameters` and
 * `responseElements`, each of which may be `null` or absent (failed calls, calls CloudTrail records without
 * payload).
 *
 * @example
 * ```ts
 * DescribeRiskEvent.is({
 *   eventVersion: '1.08',
 *   userIdentity: {
 *     type: 'IAMUser', principalId: 'AIDACKCEVSQ6C2EXAMPLE',
 *     arn: 'arn:aws:iam::111122223333:user/janedoe', accountId: '111122223333',
 *     accessKeyId: 'ASIAIOSFODNN7EXAMPLE', userName: 'janedoe',
 *   },
 *   eventTime: '2024-03-05T10:10:11Z', eventSource: 'trustedadvisor.amazonaws.com', eventName: 'DescribeRisk',
 *   awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.24',
 *   userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0',
 *   requestParameters: null, responseElements: null, requestID: '46625718-f5f6-587f-a407-4ae1c0fca017',
 *   eventID: 'e06c6051-e065-5819-80a5-ec924b137b0e', readOnly: true, eventType: 'AwsApiCall', managementEvent: true,
 *   recipientAccountId: '111122223333', eventCategory: 'Management', sessionCredentialFromConsole: 'true',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const DescribeRiskEvent = DescribeRisk.event
/** A CloudTrail record of `DescribeRisk`; see the codec of the same name. */
export type DescribeRiskEvent = t.TypeOf<typeof DescribeRiskEvent>

/**
 * A sound guard for `DescribeRisk` records: the literal `eventSource` and `eventName` and every payload
 * member are checked by the codec, so a record it accepts really has the typed shape. A failed call
 * (`errorCode` set, payloads `null` or absent) is accepted too.
 *
 * @param u - a record, or any value
 * @returns `true` when `u` is a record of `DescribeRisk` that satisfies {@link DescribeRiskEvent}
 *
 * @example
 * ```ts
 * for (const event of parseRecords(text).records) {
 *   if (isDescribeRiskEvent(event)) console.log(event.requestParameters)
 * }
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export function isDescribeRiskEvent(u: unknown): u is DescribeRiskEvent {
  return DescribeRiskEvent.is(u)
}
