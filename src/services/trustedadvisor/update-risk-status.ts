import * as t from 'io-ts'
import { defineOperation } from '../operation.js'
import { TRUSTED_ADVISOR_EVENT_SOURCE } from './shared.js'

/**
 * The `requestParameters` of the Trusted Advisor console action `UpdateRiskStatus`: the action has no public
 * API model and no published CloudTrail record shows its parameters, so any JSON value (or `null`) decodes
 * and is kept as it came; the type is `unknown`, for the caller to narrow.
 *
 * @example
 * ```ts
 * UpdateRiskStatusRequest.is([1, 'two', null])   // true: any JSON value, typed `unknown`
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const UpdateRiskStatusRequest = t.unknown
/** The `requestParameters` of a `UpdateRiskStatus` record; see the codec of the same name. */
export type UpdateRiskStatusRequest = t.TypeOf<typeof UpdateRiskStatusRequest>

/**
 * The `responseElements` of the Trusted Advisor console action `UpdateRiskStatus`: shape unknown (no public
 * API model, no published sample), so any JSON value (or `null`) decodes and is kept as it came; the type is
 * `unknown`.
 *
 * @example
 * ```ts
 * UpdateRiskStatusResponse.is([1, 'two', null])   // true: any JSON value, typed `unknown`
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const UpdateRiskStatusResponse = t.unknown
/** The `responseElements` of a `UpdateRiskStatus` record; see the codec of the same name. */
export type UpdateRiskStatusResponse = t.TypeOf<typeof UpdateRiskStatusResponse>

/**
 * The `UpdateRiskStatus` operation, a Trusted Advisor console action (`trustedadvisor.amazonaws.com`, no
 * public API model), readOnly `false` (inferred from IAM access level / verb): updates the status of a
 * Trusted Advisor Priority risk. Its request and response shapes are unknown: both decode as any JSON value,
 * typed `unknown`, and the record still narrows by `eventName`.
 *
 * @example
 * ```ts
 * UpdateRiskStatus.readOnly   // false
 * findOperation('trustedadvisor.amazonaws.com', 'UpdateRiskStatus') === UpdateRiskStatus   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const UpdateRiskStatus = defineOperation({
  eventSource: TRUSTED_ADVISOR_EVENT_SOURCE,
  eventName: 'UpdateRiskStatus',
  readOnly: false,
  request: UpdateRiskStatusRequest,
  response: UpdateRiskStatusResponse,
})

/**
 * The codec of a CloudTrail record of `UpdateRiskStatus`: the generic record with `eventSource`
 * `trustedadvisor.amazonaws.com`, `eventName` `UpdateRiskStatus`, and typed `requestParameters` and
 * `responseElements`, each of which may be `null` or absent (failed calls, calls CloudTrail records without
 * payload).
 *
 * @example
 * ```ts
 * UpdateRiskStatusEvent.is({
 *   eventVersion: '1.08',
 *   userIdentity: {
 *     type: 'IAMUser', principalId: 'AIDACKCEVSQ6C2EXAMPLE',
 *     arn: 'arn:aws:iam::111122223333:user/janedoe', accountId: '111122223333',
 *     accessKeyId: 'ASIAIOSFODNN7EXAMPLE', userName: 'janedoe',
 *   },
 *   eventTime: '2024-03-05T10:25:11Z', eventSource: 'trustedadvisor.amazonaws.com', eventName: 'UpdateRiskStatus',
 *   awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.24',
 *   userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0',
 *   requestParameters: null, responseElements: null, requestID: '37df18c9-2e0a-5a42-a121-863fdd351d49',
 *   eventID: '182d3b00-63a7-5aa7-9199-6d3f57b53289', readOnly: false, eventType: 'AwsApiCall', managementEvent: true,
 *   recipientAccountId: '111122223333', eventCategory: 'Management', sessionCredentialFromConsole: 'true',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const UpdateRiskStatusEvent = UpdateRiskStatus.event
/** A CloudTrail record of `UpdateRiskStatus`; see the codec of the same name. */
export type UpdateRiskStatusEvent = t.TypeOf<typeof UpdateRiskStatusEvent>

/**
 * A sound guard for `UpdateRiskStatus` records: the literal `eventSource` and `eventName` and every payload
 * member are checked by the codec, so a record it accepts really has the typed shape. A failed call
 * (`errorCode` set, payloads `null` or absent) is accepted too.
 *
 * @param u - a record, or any value
 * @returns `true` when `u` is a record of `UpdateRiskStatus` that satisfies {@link UpdateRiskStatusEvent}
 *
 * @example
 * ```ts
 * for (const event of parseRecords(text).records) {
 *   if (isUpdateRiskStatusEvent(event)) console.log(event.requestParameters)
 * }
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export function isUpdateRiskStatusEvent(u: unknown): u is UpdateRiskStatusEvent {
  return UpdateRiskStatusEvent.is(u)
}
