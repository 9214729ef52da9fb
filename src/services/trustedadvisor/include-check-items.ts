import * as t from 'io-ts'
import { defineOperation } from '../operation.js'
import { TRUSTED_ADVISOR_EVENT_SOURCE } from './shared.js'

/**
 * The `requestParameters` of the Trusted Advisor console action `IncludeCheckItems`: the action has no public
 * API model and no published CloudTrail record shows its parameters, so any JSON value (or `null`) decodes
 * and is kept as it came; the type is `unknown`, for the caller to narrow.
 *
 * @example
 * ```ts
 * IncludeCheckItemsRequest.is([1, 'two', null])   // true: any JSON value, typed `unknown`
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const IncludeCheckItemsRequest = t.unknown
/** The `requestParameters` of a `IncludeCheckItems` record; see the codec of the same name. */
export type IncludeCheckItemsRequest = t.TypeOf<typeof IncludeCheckItemsRequest>

/**
 * The `responseElements` of the Trusted Advisor console action `IncludeCheckItems`: shape unknown (no public
 * API model, no published sample), so any JSON value (or `null`) decodes and is kept as it came; the type is
 * `unknown`.
 *
 * @example
 * ```ts
 * IncludeCheckItemsResponse.is([1, 'two', null])   // true: any JSON value, typed `unknown`
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const IncludeCheckItemsResponse = t.unknown
/** The `responseElements` of a `IncludeCheckItems` record; see the codec of the same name. */
export type IncludeCheckItemsResponse = t.TypeOf<typeof IncludeCheckItemsResponse>

/**
 * The `IncludeCheckItems` operation, a Trusted Advisor console action (`trustedadvisor.amazonaws.com`, no
 * public API model), readOnly `false` (inferred from IAM access level / verb): includes excluded items of a
 * check again. Its request and response shapes are unknown: both decode as any JSON value, typed `unknown`,
 * and the record still narrows by `eventName`.
 *
 * @example
 * ```ts
 * IncludeCheckItems.readOnly   // false
 * findOperation('trustedadvisor.amazonaws.com', 'IncludeCheckItems') === IncludeCheckItems   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const IncludeCheckItems = defineOperation({
  eventSource: TRUSTED_ADVISOR_EVENT_SOURCE,
  eventName: 'IncludeCheckItems',
  readOnly: false,
  request: IncludeCheckItemsRequest,
  response: IncludeCheckItemsResponse,
})

/**
 * The codec of a CloudTrail record of `IncludeCheckItems`: the generic record with `eventSource`
 * `trustedadvisor.amazonaws.com`, `eventName` `IncludeCheckItems`, and typed `requestParameters` and
 * `responseElements`, each of which may be `null` or absent (failed calls, calls CloudTrail records without
 * payload).
 *
 * @example
 * ```ts
 * IncludeCheckItemsEvent.is({
 *   eventVersion: '1.08',
 *   userIdentity: {
 *     type: 'IAMUser', principalId: 'AIDACKCEVSQ6C2EXAMPLE',
 *     arn: 'arn:aws:iam::111122223333:user/janedoe', accountId: '111122223333',
 *     accessKeyId: 'ASIAIOSFODNN7EXAMPLE', userName: 'janedoe',
 *   },
 *   eventTime: '2024-03-05T10:17:11Z', eventSource: 'trustedadvisor.amazonaws.com', eventName: 'IncludeCheckItems',
 *   awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.24',
 *   userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0',
 *   requestParameters: null, responseElements: null, requestID: '2cac22bf-19d1-5f87-abdd-605f7d854167',
 *   eventID: '84ccd850-e785-526c-b9b4-36908e349d90', readOnly: false, eventType: 'AwsApiCall', managementEvent: true,
 *   recipientAccountId: '111122223333', eventCategory: 'Management', sessionCredentialFromConsole: 'true',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const IncludeCheckItemsEvent = IncludeCheckItems.event
/** A CloudTrail record of `IncludeCheckItems`; see the codec of the same name. */
export type IncludeCheckItemsEvent = t.TypeOf<typeof IncludeCheckItemsEvent>

/**
 * A sound guard for `IncludeCheckItems` records: the literal `eventSource` and `eventName` and every payload
 * member are checked by the codec, so a record it accepts really has the typed shape. A failed call
 * (`errorCode` set, payloads `null` or absent) is accepted too.
 *
 * @param u - a record, or any value
 * @returns `true` when `u` is a record of `IncludeCheckItems` that satisfies {@link IncludeCheckItemsEvent}
 *
 * @example
 * ```ts
 * for (const event of parseRecords(text).records) {
 *   if (isIncludeCheckItemsEvent(event)) console.log(event.requestParameters)
 * }
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export function isIncludeCheckItemsEvent(u: unknown): u is IncludeCheckItemsEvent {
  return IncludeCheckItemsEvent.is(u)
}
