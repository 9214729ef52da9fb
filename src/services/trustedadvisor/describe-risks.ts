import * as t from 'io-ts'
import { defineOperation } from '../operation.js'
import { TRUSTED_ADVISOR_EVENT_SOURCE } from './shared.js'

/**
 * The `requestParameters` of the Trusted Advisor console action `DescribeRisks`: the action has no public API
 * model and no published CloudTrail record shows its parameters, so any JSON value (or `null`) decodes and is
 * kept as it came; the type is `unknown`, for the caller to narrow.
 *
 * @example
 * ```ts
 * DescribeRisksRequest.is([1, 'two', null])   // true: any JSON value, typed `unknown`
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const DescribeRisksRequest = t.unknown
/** The `requestParameters` of a `DescribeRisks` record; see the codec of the same name. */
export type DescribeRisksRequest = t.TypeOf<typeof DescribeRisksRequest>

/**
 * The `responseElements` of the Trusted Advisor console action `DescribeRisks`: shape unknown (no public API
 * model, no published sample), so any JSON value (or `null`) decodes and is kept as it came; the type is
 * `unknown`.
 *
 * @example
 * ```ts
 * DescribeRisksResponse.is([1, 'two', null])   // true: any JSON value, typed `unknown`
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const DescribeRisksResponse = t.unknown
/** The `responseElements` of a `DescribeRisks` record; see the codec of the same name. */
export type DescribeRisksResponse = t.TypeOf<typeof DescribeRisksResponse>

/**
 * The `DescribeRisks` operation, a Trusted Advisor console action (`trustedadvisor.amazonaws.com`, no public
 * API model), readOnly `true` (inferred from IAM access level / verb): lists the Trusted Advisor Priority
 * risks. Its request and response shapes are unknown: both decode as any JSON value, typed `unknown`, and the
 * record still narrows by `eventName`.
 *
 * @example
 * ```ts
 * DescribeRisks.readOnly   // true
 * findOperation('trustedadvisor.amazonaws.com', 'DescribeRisks') === DescribeRisks   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const DescribeRisks = defineOperation({
  eventSource: TRUSTED_ADVISOR_EVENT_SOURCE,
  eventName: 'DescribeRisks',
  readOnly: true,
  request: DescribeRisksRequest,
  response: DescribeRisksResponse,
})

/**
 * The codec of a CloudTrail record of `DescribeRisks`: the generic record with `eventSource`
 * `trustedadvisor.amazonaws.com`, `eventName` `DescribeRisks`, and typed `requestParameters` and
 * `responseElements`, each of which may be `null` or absent (failed calls, calls CloudTrail records without
 * payload).
 *
 * @example
 * ```ts
 * DescribeRisksEvent.is({
 *   eventVersion: '1.08',
 *   userIdentity: {
 *     type: 'IAMUser', principalId: 'AIDACKCEVSQ6C2EXAMPLE',
 *     arn: 'arn:aws:iam::111122223333:user/janedoe', accountId: '111122223333',
 *     accessKeyId: 'ASIAIOSFODNN7EXAMPLE', userName: 'janedoe',
 *   },
 *   eventTime: '2024-03-05T10:11:11Z', eventSource: 'trustedadvisor.amazonaws.com', eventName: 'DescribeRisks',
 *   awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.24',
 *   userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0',
 *   requestParameters: null, responseElements: null, requestID: '9d8f55d9-c7d7-5b32-9462-84d7422dfd42',
 *   eventID: '07d5f2ef-ad19-56c9-8e26-00c01944d255', readOnly: true, eventType: 'AwsApiCall', managementEvent: true,
 *   recipientAccountId: '111122223333', eventCategory: 'Management', sessionCredentialFromConsole: 'true',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const DescribeRisksEvent = DescribeRisks.event
/** A CloudTrail record of `DescribeRisks`; see the codec of the same name. */
export type DescribeRisksEvent = t.TypeOf<typeof DescribeRisksEvent>

/**
 * A sound guard for `DescribeRisks` records: the literal `eventSource` and `eventName` and every payload
 * member are checked by the codec, so a record it accepts really has the typed shape. A failed call
 * (`errorCode` set, payloads `null` or absent) is accepted too.
 *
 * @param u - a record, or any value
 * @returns `true` when `u` is a record of `DescribeRisks` that satisfies {@link DescribeRisksEvent}
 *
 * @example
 * ```ts
 * for (const event of parseRecords(text).records) {
 *   if (isDescribeRisksEvent(event)) console.log(event.requestParameters)
 * }
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export function isDescribeRisksEvent(u: unknown): u is DescribeRisksEvent {
  return DescribeRisksEvent.is(u)
}
