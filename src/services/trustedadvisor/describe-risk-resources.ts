import * as t from 'io-ts'
import { defineOperation } from '../operation.js'
import { TRUSTED_ADVISOR_EVENT_SOURCE } from './shared.js'

/**
 * The `requestParameters` of the Trusted Advisor console action `DescribeRiskResources`: the action has no
 * public API model and no published CloudTrail record shows its parameters, so any JSON value (or `null`)
 * decodes and is kept as it came; the type is `unknown`, for the caller to narrow.
 *
 * @example
 * ```ts
 * DescribeRiskResourcesRequest.is([1, 'two', null])   // true: any JSON value, typed `unknown`
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const DescribeRiskResourcesRequest = t.unknown
/** The `requestParameters` of a `DescribeRiskResources` record; see the codec of the same name. */
export type DescribeRiskResourcesRequest = t.TypeOf<typeof DescribeRiskResourcesRequest>

/**
 * The `responseElements` of the Trusted Advisor console action `DescribeRiskResources`: shape unknown (no
 * public API model, no published sample), so any JSON value (or `null`) decodes and is kept as it came; the
 * type is `unknown`.
 *
 * @example
 * ```ts
 * DescribeRiskResourcesResponse.is([1, 'two', null])   // true: any JSON value, typed `unknown`
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const DescribeRiskResourcesResponse = t.unknown
/** The `responseElements` of a `DescribeRiskResources` record; see the codec of the same name. */
export type DescribeRiskResourcesResponse = t.TypeOf<typeof DescribeRiskResourcesResponse>

/**
 * The `DescribeRiskResources` operation, a Trusted Advisor console action (`trustedadvisor.amazonaws.com`, no
 * public API model), readOnly `true` (inferred from IAM access level / verb): lists the resources affected by
 * a Trusted Advisor Priority risk. Its request and response shapes are unknown: both decode as any JSON
 * value, typed `unknown`, and the record still narrows by `eventName`.
 *
 * @example
 * ```ts
 * DescribeRiskResources.readOnly   // true
 * findOperation('trustedadvisor.amazonaws.com', 'DescribeRiskResources') === DescribeRiskResources   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const DescribeRiskResources = defineOperation({
  eventSource: TRUSTED_ADVISOR_EVENT_SOURCE,
  eventName: 'DescribeRiskResources',
  readOnly: true,
  request: DescribeRiskResourcesRequest,
  response: DescribeRiskResourcesResponse,
})

/**
 * The codec of a CloudTrail record of `DescribeRiskResources`: the generic record with `eventSource`
 * `trustedadvisor.amazonaws.com`, `eventName` `DescribeRiskResources`, and typed `requestParameters` and
 * `responseElements`, each of which may be `null` or absent (failed calls, calls CloudTrail records without
 * payload).
 *
 * @example
 * ```ts
 * DescribeRiskResourcesEvent.is({
 *   eventVersion: '1.08',
 *   userIdentity: {
 *     type: 'IAMUser', principalId: 'AIDACKCEVSQ6C2EXAMPLE',
 *     arn: 'arn:aws:iam::111122223333:user/janedoe', accountId: '111122223333',
 *     accessKeyId: 'ASIAIOSFODNN7EXAMPLE', userName: 'janedoe',
 *   },
 *   eventTime: '2024-03-05T10:12:11Z', eventSource: 'trustedadvisor.amazonaws.com',
 *   eventName: 'DescribeRiskResources', awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.24',
 *   userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0',
 *   requestParameters: null, responseElements: null, requestID: '90d49a2a-a743-5e90-aa02-b5dd73394e08',
 *   eventID: '707d9cfa-b885-525b-b29a-4a510d5b3b9a', readOnly: true, eventType: 'AwsApiCall', managementEvent: true,
 *   recipientAccountId: '111122223333', eventCategory: 'Management', sessionCredentialFromConsole: 'true',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const DescribeRiskResourcesEvent = DescribeRiskResources.event
/** A CloudTrail record of `DescribeRiskResources`; see the codec of the same name. */
export type DescribeRiskResourcesEvent = t.TypeOf<typeof DescribeRiskResourcesEvent>

/**
 * A sound guard for `DescribeRiskResources` records: the literal `eventSource` and `eventName` and every
 * payload member are checked by the codec, so a record it accepts really has the typed shape. A failed call
 * (`errorCode` set, payloads `null` or absent) is accepted too.
 *
 * @param u - a record, or any value
 * @returns `true` when `u` is a record of `DescribeRiskResources` that satisfies
 * {@link DescribeRiskResourcesEvent}
 *
 * @example
 * ```ts
 * for (const event of parseRecords(text).records) {
 *   if (isDescribeRiskResourcesEvent(event)) console.log(event.requestParameters)
 * }
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export function isDescribeRiskResourcesEvent(u: unknown): u is DescribeRiskResourcesEvent {
  return DescribeRiskResourcesEvent.is(u)
}
