import * as t from 'io-ts'
import { defineOperation } from '../operation.js'
import { TrustedAdvisorCheckRefreshStatus } from '../support/shared.js'
import { TRUSTED_ADVISOR_EVENT_SOURCE } from './shared.js'

/**
 * The `requestParameters` of the console action `RefreshCheck`: the `checkId` of the check to refresh. No
 * public API model exists: the shape comes from the documented CloudTrail sample.
 *
 * Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
 * keys not named here pass through untouched.
 *
 * @example
 * ```ts
 * RefreshCheckRequest.is({ checkId: 'R365s2Qddf' })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const RefreshCheckRequest = t.partial({ checkId: t.string }, 'RefreshCheckRequest')
/** The `requestParameters` of a `RefreshCheck` record; see the codec of the same name. */
export type RefreshCheckRequest = t.TypeOf<typeof RefreshCheckRequest>

/**
 * The `responseElements` of the console action `RefreshCheck`: the refresh `status` of the check, the same
 * structure as the Support API's `TrustedAdvisorCheckRefreshStatus` (`checkId`, `status` such as `enqueued`,
 * `millisUntilNextRefreshable`). Unlike the Support API's `RefreshTrustedAdvisorCheck`, whose record has
 * `null` here, the console action logs it.
 *
 * Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
 * keys not named here pass through untouched.
 *
 * @example
 * ```ts
 * RefreshCheckResponse.is({
 *   status: {
 *     checkId: 'R365s2Qddf', status: 'enqueued', millisUntilNextRefreshable: 3599993,
 *   },
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const RefreshCheckResponse = t.partial({ status: TrustedAdvisorCheckRefreshStatus }, 'RefreshCheckResponse')
/** The `responseElements` of a `RefreshCheck` record; see the codec of the same name. */
export type RefreshCheckResponse = t.TypeOf<typeof RefreshCheckResponse>

/**
 * The `RefreshCheck` operation, a Trusted Advisor console action (`trustedadvisor.amazonaws.com`, no public
 * API model), readOnly `false` (inferred from IAM access level / verb): refreshes a Trusted Advisor check.
 *
 * @example
 * ```ts
 * RefreshCheck.readOnly   // false
 * findOperation('trustedadvisor.amazonaws.com', 'RefreshCheck') === RefreshCheck   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const RefreshCheck = defineOperation({
  eventSource: TRUSTED_ADVISOR_EVENT_SOURCE,
  eventName: 'RefreshCheck',
  readOnly: false,
  request: RefreshCheckRequest,
  response: RefreshCheckResponse,
})

/**
 * The codec of a CloudTrail record of `RefreshCheck`: the generic record with `eventSource`
 * `trustedadvisor.amazonaws.com`, `eventName` `RefreshCheck`, and typed `requestParameters` and
 * `responseElements`, each of which may be `null` or absent (failed calls, calls CloudTrail records without
 * payload).
 *
 * @example
 * ```ts
 * RefreshCheckEvent.is({
 *   eventVersion: '1.08',
 *   userIdentity: {
 *     type: 'IAMUser', principalId: 'AIDACKCEVSQ6C2EXAMPLE',
 *     arn: 'arn:aws:iam::111122223333:user/janedoe', accountId: '111122223333',
 *     accessKeyId: 'ASIAIOSFODNN7EXAMPLE', userName: 'janedoe',
 *   },
 *   eventTime: '2024-03-05T10:21:11Z', eventSource: 'trustedadvisor.amazonaws.com', eventName: 'RefreshCheck',
 *   awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.24',
 *   userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0',
 *   requestParameters: { checkId: 'Qch7DwouX1' },
 *   responseElements: { status: { checkId: 'Qch7DwouX1', status: 'enqueued', millisUntilNextRefreshable: 3599994 } },
 *   requestID: 'bcae769b-680e-51a4-83ab-6d7205a716e0', eventID: 'ea24ba8f-ac7f-58bb-aed2-4a319ca8d20b',
 *   readOnly: false, eventType: 'AwsApiCall', managementEvent: true, recipientAccountId: '111122223333',
 *   eventCategory: 'Management', sessionCredentialFromConsole: 'true',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const RefreshCheckEvent = RefreshCheck.event
/** A CloudTrail record of `RefreshCheck`; see the codec of the same name. */
export type RefreshCheckEvent = t.TypeOf<typeof RefreshCheckEvent>

/**
 * A sound guard for `RefreshCheck` records: the literal `eventSource` and `eventName` and every payload
 * member are checked by the codec, so a record it accepts really has the typed shape. A failed call
 * (`errorCode` set, payloads `null` or absent) is accepted too.
 *
 * @param u - a record, or any value
 * @returns `true` when `u` is a record of `RefreshCheck` that satisfies {@link RefreshCheckEvent}
 *
 * @example
 * ```ts
 * for (const event of parseRecords(text).records) {
 *   if (isRefreshCheckEvent(event)) console.log(event.responseElements?.status?.millisUntilNextRefreshable)
 * }
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export function isRefreshCheckEvent(u: unknown): u is RefreshCheckEvent {
  return RefreshCheckEvent.is(u)
}
