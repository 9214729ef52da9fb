import * as t from 'io-ts'
import { defineOperation } from '../operation.js'
import { TRUSTED_ADVISOR_EVENT_SOURCE } from './shared.js'

/**
 * The `requestParameters` of the Trusted Advisor console action `DescribeCheckItems`: the action has no
 * public API model and no published CloudTrail record shows its parameters, so any JSON value (or `null`)
 * decodes and is kept as it came; the type is `unknown`, for the caller to narrow.
 *
 * @example
 * ```ts
 * DescribeCheckItemsRequest.is([1, 'two', null])   // true: any JSON value, typed `unknown`
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const DescribeCheckItemsRequest = t.unknown
/** The `requestParameters` of a `DescribeCheckItems` record; see the codec of the same name. */
export type DescribeCheckItemsRequest = t.TypeOf<typeof DescribeCheckItemsRequest>

/**
 * The `responseElements` of the Trusted Advisor console action `DescribeCheckItems`: shape unknown (no public
 * API model, no published sample), so any JSON value (or `null`) decodes and is kept as it came; the type is
 * `unknown`.
 *
 * @example
 * ```ts
 * DescribeCheckItemsResponse.is([1, 'two', null])   // true: any JSON value, typed `unknown`
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const DescribeCheckItemsResponse = t.unknown
/** The `responseElements` of a `DescribeCheckItems` record; see the codec of the same name. */
export type DescribeCheckItemsResponse = t.TypeOf<typeof DescribeCheckItemsResponse>

/**
 * The `DescribeCheckItems` operation, a Trusted Advisor console action (`trustedadvisor.amazonaws.com`, no
 * public API model), readOnly `true` (inferred from IAM access level / verb): views the details of the items
 * of a check. Its request and response shapes are unknown: both decode as any JSON value, typed `unknown`,
 * and the record still narrows by `eventName`.
 *
 * @example
 * ```ts
 * DescribeCheckItems.readOnly   // true
 * findOperation('trustedadvisor.amazonaws.com', 'DescribeCheckItems') === DescribeCheckItems   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const DescribeCheckItems = defineOperation({
  eventSource: TRUSTED_ADVISOR_EVENT_SOURCE,
  eventName: 'DescribeCheckItems',
  readOnly: true,
  request: DescribeCheckItemsRequest,
  response: DescribeCheckItemsResponse,
})

/**
 * The codec of a CloudTrail record of `DescribeCheckItems`: the generic record with `eventSource`
 * `trustedadvisor.amazonaws.com`, `eventName` `DescribeCheckItems`, and typed `requestParameters` and
 * `responseElements`, each of which may be `null` or absent (failed calls, calls CloudTrail records without
 * payload).
 *
 * @example
 * ```ts
 * DescribeCheckItemsEvent.is({
 *   eventVersion: '1.08',
 *   userIdentity: {
 *     type: 'IAMUser', principalId: 'AIDACKCEVSQ6C2EXAMPLE',
 *     arn: 'arn:aws:iam::111122223333:user/janedoe', accountId: '111122223333',
 *     accessKeyId: 'ASIAIOSFODNN7EXAMPLE', userName: 'janedoe',
 *   },
 *   eventTime: '2024-03-05T10:03:11Z', eventSource: 'trustedadvisor.amazonaws.com', eventName: 'DescribeCheckItems',
 *   awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.24',
 *   userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0',
 *   requestParameters: null, responseElements: null, requestID: 'fe2d12d8-9f8d-5038-aa22-3f1a486e210b',
 *   eventID: '2d0e758e-9239-5968-8f6e-47d596805530', readOnly: true, eventType: 'AwsApiCall', managementEvent: true,
 *   recipientAccountId: '111122223333', eventCategory: 'Management', sessionCredentialFromConsole: 'true',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const DescribeCheckItemsEvent = DescribeCheckItems.event
/** A CloudTrail record of `DescribeCheckItems`; see the codec of the same name. */
export type DescribeCheckItemsEvent = t.TypeOf<typeof DescribeCheckItemsEvent>

/**
 * A sound guard for `DescribeCheckItems` records: the literal `eventSource` and `eventName` and every payload
 * member are checked by the codec, so a record it accepts really has the typed shape. A failed call
 * (`errorCode` set, payloads `null` or absent) is accepted too.
 *
 * @param u - a record, or any value
 * @returns `true` when `u` is a record of `DescribeCheckItems` that satisfies {@link DescribeCheckItemsEvent}
 *
 * @example
 * ```ts
 * for (const event of parseRecords(text).records) {
 *   if (isDescribeCheckItemsEvent(event)) console.log(event.requestParameters)
 * }
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export function isDescribeCheckItemsEvent(u: unknown): u is DescribeCheckItemsEvent {
  return DescribeCheckItemsEvent.is(u)
}
