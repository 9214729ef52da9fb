import * as t from 'io-ts'
import { defineOperation } from '../operation.js'
import { TRUSTED_ADVISOR_EVENT_SOURCE } from './shared.js'

/**
 * The `requestParameters` of the Trusted Advisor console action `DownloadRisk`: the action has no public API
 * model and no published CloudTrail record shows its parameters, so any JSON value (or `null`) decodes and is
 * kept as it came; the type is `unknown`, for the caller to narrow.
 *
 * @example
 * ```ts
 * DownloadRiskRequest.is([1, 'two', null])   // true: any JSON value, typed `unknown`
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const DownloadRiskRequest = t.unknown
/** The `requestParameters` of a `DownloadRisk` record; see the codec of the same name. */
export type DownloadRiskRequest = t.TypeOf<typeof DownloadRiskRequest>

/**
 * The `responseElements` of the Trusted Advisor console action `DownloadRisk`: shape unknown (no public API
 * model, no published sample), so any JSON value (or `null`) decodes and is kept as it came; the type is
 * `unknown`.
 *
 * @example
 * ```ts
 * DownloadRiskResponse.is([1, 'two', null])   // true: any JSON value, typed `unknown`
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const DownloadRiskResponse = t.unknown
/** The `responseElements` of a `DownloadRisk` record; see the codec of the same name. */
export type DownloadRiskResponse = t.TypeOf<typeof DownloadRiskResponse>

/**
 * The `DownloadRisk` operation, a Trusted Advisor console action (`trustedadvisor.amazonaws.com`, no public
 * API model), readOnly `true` (inferred from IAM access level / verb): downloads the file of a Trusted
 * Advisor Priority risk. Its request and response shapes are unknown: both decode as any JSON value, typed
 * `unknown`, and the record still narrows by `eventName`.
 *
 * @example
 * ```ts
 * DownloadRisk.readOnly   // true
 * findOperation('trustedadvisor.amazonaws.com', 'DownloadRisk') === DownloadRisk   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const DownloadRisk = defineOperation({
  eventSource: TRUSTED_ADVISOR_EVENT_SOURCE,
  eventName: 'DownloadRisk',
  readOnly: true,
  request: DownloadRiskRequest,
  response: DownloadRiskResponse,
})

/**
 * The codec of a CloudTrail record of `DownloadRisk`: the generic record with `eventSource`
 * `trustedadvisor.amazonaws.com`, `eventName` `DownloadRisk`, and typed `requestParameters` and
 * `responseElements`, each of which may be `null` or absent (failed calls, calls CloudTrail records without
 * payload).
 *
 * @example
 * ```ts
 * DownloadRiskEvent.is({
 *   eventVersion: '1.08',
 *   userIdentity: {
 *     type: 'IAMUser', principalId: 'AIDACKCEVSQ6C2EXAMPLE',
 *     arn: 'arn:aws:iam::111122223333:user/janedoe', accountId: '111122223333',
 *     accessKeyId: 'ASIAIOSFODNN7EXAMPLE', userName: 'janedoe',
 *   },
 *   eventTime: '2024-03-05T10:14:11Z', eventSource: 'trustedadvisor.amazonaws.com', eventName: 'DownloadRisk',
 *   awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.24',
 *   userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0',
 *   requestParameters: null, responseElements: null, requestID: 'f5f941a8-53c7-5470-8211-84c31a2622ec',
 *   eventID: '0ac09ffc-0505-568f-b013-7ce99a71cca7', readOnly: true, eventType: 'AwsApiCall', managementEvent: true,
 *   recipientAccountId: '111122223333', eventCategory: 'Management', sessionCredentialFromConsole: 'true',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const DownloadRiskEvent = DownloadRisk.event
/** A CloudTrail record of `DownloadRisk`; see the codec of the same name. */
export type DownloadRiskEvent = t.TypeOf<typeof DownloadRiskEvent>

/**
 * A sound guard for `DownloadRisk` records: the literal `eventSource` and `eventName` and every payload
 * member are checked by the codec, so a record it accepts really has the typed shape. A failed call
 * (`errorCode` set, payloads `null` or absent) is accepted too.
 *
 * @param u - a record, or any value
 * @returns `true` when `u` is a record of `DownloadRisk` that satisfies {@link DownloadRiskEvent}
 *
 * @example
 * ```ts
 * for (const event of parseRecords(text).records) {
 *   if (isDownloadRiskEvent(event)) console.log(event.requestParameters)
 * }
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export function isDownloadRiskEvent(u: unknown): u is DownloadRiskEvent {
  return DownloadRiskEvent.is(u)
}
