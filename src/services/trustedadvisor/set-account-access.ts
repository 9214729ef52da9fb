import * as t from 'io-ts'
import { defineOperation } from '../operation.js'
import { TRUSTED_ADVISOR_EVENT_SOURCE } from './shared.js'

/**
 * The `requestParameters` of the Trusted Advisor console action `SetAccountAccess`: the action has no public
 * API model and no published CloudTrail record shows its parameters, so any JSON value (or `null`) decodes
 * and is kept as it came; the type is `unknown`, for the caller to narrow.
 *
 * @example
 * ```ts
 * SetAccountAccessRequest.is([1, 'two', null])   // true: any JSON value, typed `unknown`
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const SetAccountAccessRequest = t.unknown
/** The `requestParameters` of a `SetAccountAccess` record; see the codec of the same name. */
export type SetAccountAccessRequest = t.TypeOf<typeof SetAccountAccessRequest>

/**
 * The `responseElements` of the Trusted Advisor console action `SetAccountAccess`: shape unknown (no public
 * API model, no published sample), so any JSON value (or `null`) decodes and is kept as it came; the type is
 * `unknown`.
 *
 * @example
 * ```ts
 * SetAccountAccessResponse.is([1, 'two', null])   // true: any JSON value, typed `unknown`
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const SetAccountAccessResponse = t.unknown
/** The `responseElements` of a `SetAccountAccess` record; see the codec of the same name. */
export type SetAccountAccessResponse = t.TypeOf<typeof SetAccountAccessResponse>

/**
 * The `SetAccountAccess` operation, a Trusted Advisor console action (`trustedadvisor.amazonaws.com`, no
 * public API model), readOnly `false` (inferred from IAM access level / verb): enables or disables Trusted
 * Advisor for the account. Its request and response shapes are unknown: both decode as any JSON value, typed
 * `unknown`, and the record still narrows by `eventName`.
 *
 * @example
 * ```ts
 * SetAccountAccess.readOnly   // false
 * findOperation('trustedadvisor.amazonaws.com', 'SetAccountAccess') === SetAccountAccess   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const SetAccountAccess = defineOperation({
  eventSource: TRUSTED_ADVISOR_EVENT_SOURCE,
  eventName: 'SetAccountAccess',
  readOnly: false,
  request: SetAccountAccessRequest,
  response: SetAccountAccessResponse,
})

/**
 * The codec of a CloudTrail record of `SetAccountAccess`: the generic record with `eventSource`
 * `trustedadvisor.amazonaws.com`, `eventName` `SetAccountAccess`, and typed `requestParameters` and
 * `responseElements`, each of which may be `null` or absent (failed calls, calls CloudTrail records without
 * payload).
 *
 * @example
 * ```ts
 * SetAccountAccessEvent.is({
 *   eventVersion: '1.08',
 *   userIdentity: {
 *     type: 'IAMUser', principalId: 'AIDACKCEVSQ6C2EXAMPLE',
 *     arn: 'arn:aws:iam::111122223333:user/janedoe', accountId: '111122223333',
 *     accessKeyId: 'ASIAIOSFODNN7EXAMPLE', userName: 'janedoe',
 *   },
 *   eventTime: '2024-03-05T10:22:11Z', eventSource: 'trustedadvisor.amazonaws.com', eventName: 'SetAccountAccess',
 *   awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.24',
 *   userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0',
 *   requestParameters: null, responseElements: null, requestID: '0d6b4a83-1dee-5c86-b430-2ee068f3f7cd',
 *   eventID: '09409bdf-e630-51f7-87c7-dfec2ed72a68', readOnly: false, eventType: 'AwsApiCall', managementEvent: true,
 *   recipientAccountId: '111122223333', eventCategory: 'Management', sessionCredentialFromConsole: 'true',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const SetAccountAccessEvent = SetAccountAccess.event
/** A CloudTrail record of `SetAccountAccess`; see the codec of the same name. */
export type SetAccountAccessEvent = t.TypeOf<typeof SetAccountAccessEvent>

/**
 * A sound guard for `SetAccountAccess` records: the literal `eventSource` and `eventName` and every payload
 * member are checked by the codec, so a record it accepts really has the typed shape. A failed call
 * (`errorCode` set, payloads `null` or absent) is accepted too.
 *
 * @param u - a record, or any value
 * @returns `true` when `u` is a record of `SetAccountAccess` that satisfies {@link SetAccountAccessEvent}
 *
 * @example
 * ```ts
 * for (const event of parseRecords(text).records) {
 *   if (isSetAccountAccessEvent(event)) console.log(event.requestParameters)
 * }
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export function isSetAccountAccessEvent(u: unknown): u is SetAccountAccessEvent {
  return SetAccountAccessEvent.is(u)
}
