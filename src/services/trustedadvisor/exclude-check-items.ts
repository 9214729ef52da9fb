import * as t from 'io-ts'
import { defineOperation } from '../operation.js'
import { TRUSTED_ADVISOR_EVENT_SOURCE } from './shared.js'

/**
 * The `requestParameters` of the Trusted Advisor console action `ExcludeCheckItems`: the action has no public
 * API model and no published CloudTrail record shows its parameters, so any JSON value (or `null`) decodes
 * and is kept as it came; the type is `unknown`, for the caller to narrow.
 *
 * @example
 * ```ts
 * ExcludeCheckItemsRequest.is([1, 'two', null])   // true: any JSON value, typed `unknown`
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const ExcludeCheckItemsRequest = t.unknown
/** The `requestParameters` of a `ExcludeCheckItems` record; see the codec of the same name. */
export type ExcludeCheckItemsRequest = t.TypeOf<typeof ExcludeCheckItemsRequest>

/**
 * The `responseElements` of the Trusted Advisor console action `ExcludeCheckItems`: shape unknown (no public
 * API model, no published sample), so any JSON value (or `null`) decodes and is kept as it came; the type is
 * `unknown`.
 *
 * @example
 * ```ts
 * ExcludeCheckItemsResponse.is([1, 'two', null])   // true: any JSON value, typed `unknown`
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const ExcludeCheckItemsResponse = t.unknown
/** The `responseElements` of a `ExcludeCheckItems` record; see the codec of the same name. */
export type ExcludeCheckItemsResponse = t.TypeOf<typeof ExcludeCheckItemsResponse>

/**
 * The `ExcludeCheckItems` operation, a Trusted Advisor console action (`trustedadvisor.amazonaws.com`, no
 * public API model), readOnly `false` (inferred from IAM access level / verb): excludes recommendations
 * (items) of a check from its results. Its request and response shapes are unknown: both decode as any JSON
 * value, typed `unknown`, and the record still narrows by `eventName`.
 *
 * @example
 * ```ts
 * ExcludeCheckItems.readOnly   // false
 * findOperation('trustedadvisor.amazonaws.com', 'ExcludeCheckItems') === ExcludeCheckItems   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const ExcludeCheckItems = defineOperation({
  eventSource: TRUSTED_ADVISOR_EVENT_SOURCE,
  eventName: 'ExcludeCheckItems',
  readOnly: false,
  request: ExcludeCheckItemsRequest,
  response: ExcludeCheckItemsResponse,
})

/**
 * The codec of a CloudTrail record of `ExcludeCheckItems`: the generic record with `eventSource`
 * `trustedadvisor.amazonaws.com`, `eventName` `ExcludeCheckItems`, and typed `requestParameters` and
 * `responseElements`, each of which may be `null` or absent (failed calls, calls CloudTrail records without
 * payload).
 *
 * @example
 * ```ts
 * ExcludeCheckItemsEvent.is({
 *   eventVersion: '1.08',
 *   userIdentity: {
 *     type: 'IAMUser', principalId: 'AIDACKCEVSQ6C2EXAMPLE',
 *     arn: 'arn:aws:iam::111122223333:user/janedoe', accountId: '111122223333',
 *     accessKeyId: 'ASIAIOSFODNN7EXAMPLE', userName: 'janedoe',
 *   },
 *   eventTime: '2024-03-05T10:15:11Z', eventSource: 'trustedadvisor.amazonaws.com', eventName: 'ExcludeCheckItems',
 *   awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.24',
 *   userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0',
 *   requestParameters: null, responseElements: null, requestID: 'efddec5f-18a8-5756-84e8-788cdb857f03',
 *   eventID: 'a3a5ec32-c0cd-5b93-9b7c-a1d4dbb7a02e', readOnly: false, eventType: 'AwsApiCall', managementEvent: true,
 *   recipientAccountId: '111122223333', eventCategory: 'Management', sessionCredentialFromConsole: 'true',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const ExcludeCheckItemsEvent = ExcludeCheckItems.event
/** A CloudTrail record of `ExcludeCheckItems`; see the codec of the same name. */
export type ExcludeCheckItemsEvent = t.TypeOf<typeof ExcludeCheckItemsEvent>

/**
 * A sound guard for `ExcludeCheckItems` records: the literal `eventSource` and `eventName` and every payload
 * member are checked by the codec, so a record it accepts really has the typed shape. A failed call
 * (`errorCode` set, payloads `null` or absent) is accepted too.
 *
 * @param u - a record, or any value
 * @returns `true` when `u` is a record of `ExcludeCheckItems` that satisfies {@link ExcludeCheckItemsEvent}
 *
 * @example
 * ```ts
 * for (const event of parseRecords(text).records) {
 *   if (isExcludeCheckItemsEvent(event)) console.log(event.requestParameters)
 * }
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export function isExcludeCheckItemsEvent(u: unknown): u is ExcludeCheckItemsEvent {
  return ExcludeCheckItemsEvent.is(u)
}
