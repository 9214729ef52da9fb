import * as t from 'io-ts'
import { defineOperation } from '../operation.js'
import { TrustedAdvisorCheckRefreshStatus, SUPPORT_EVENT_SOURCE } from './shared.js'

/**
 * The `requestParameters` of a `RefreshTrustedAdvisorCheck` record: the check ID, such as
 * `Pfx0RwqBli`.
 *
 * Every member is optional: CloudTrail may leave inputs out (it drops
 * free-text inputs), and a failed call may record only some of them.
 *
 * @example
 * ```ts
 * RefreshTrustedAdvisorCheckRequest.is({ checkId: 'Pfx0RwqBli' })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_RefreshTrustedAdvisorCheck.html
 */
export const RefreshTrustedAdvisorCheckRequest = t.partial({ checkId: t.string }, 'RefreshTrustedAdvisorCheckRequest')
/** The `requestParameters` of a `RefreshTrustedAdvisorCheck` record; see the codec of the same name. */
export type RefreshTrustedAdvisorCheckRequest = t.TypeOf<typeof RefreshTrustedAdvisorCheckRequest>

/**
 * The `responseElements` of a `RefreshTrustedAdvisorCheck` record: the check's refresh status. The
 * API returns it, but the records AWS documents have `responseElements: null`.
 *
 * @example
 * ```ts
 * RefreshTrustedAdvisorCheckResponse.is({ status: { checkId: 'Pfx0RwqBli', status: 'enqueued', millisUntilNextRefreshable: 3599993 } })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_RefreshTrustedAdvisorCheck.html
 */
export const RefreshTrustedAdvisorCheckResponse = t.partial(
  {
    status: TrustedAdvisorCheckRefreshStatus,
  },
  'RefreshTrustedAdvisorCheckResponse',
)
/** The `responseElements` of a `RefreshTrustedAdvisorCheck` record; see the codec of the same name. */
export type RefreshTrustedAdvisorCheckResponse = t.TypeOf<typeof RefreshTrustedAdvisorCheckResponse>

/**
 * The `RefreshTrustedAdvisorCheck` operation of the AWS Support API (`support.amazonaws.com`,
 * readOnly `false`): asks Trusted Advisor to refresh a check. Checks refreshed automatically
 * answer `InvalidParameterValue`.
 *
 * @example
 * ```ts
 * RefreshTrustedAdvisorCheck.readOnly       // false
 * RefreshTrustedAdvisorCheck.event.is(record)   // true for a RefreshTrustedAdvisorCheck record whose payloads match
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_RefreshTrustedAdvisorCheck.html
 */
export const RefreshTrustedAdvisorCheck = defineOperation({
  eventSource: SUPPORT_EVENT_SOURCE,
  eventName: 'RefreshTrustedAdvisorCheck',
  readOnly: false,
  request: RefreshTrustedAdvisorCheckRequest,
  response: RefreshTrustedAdvisorCheckResponse,
})

/**
 * The codec of a CloudTrail record of `RefreshTrustedAdvisorCheck`: the generic record with
 * `eventSource` `support.amazonaws.com`, `eventName` `RefreshTrustedAdvisorCheck`, and typed
 * `requestParameters` and `responseElements`, each of which may be `null` or
 * absent (failed calls, calls CloudTrail records without payload).
 * The example is the record AWS documents: `responseElements` is `null`.
 *
 * @example
 * ```ts
 * RefreshTrustedAdvisorCheckEvent.is({
 *   eventVersion: '1.05',
 *   userIdentity: {
 *     type: 'IAMUser', principalId: 'AIDACKCEVSQ6C2EXAMPLE', arn: 'arn:aws:iam::111122223333:user/Admin',
 *     accountId: '111122223333', accessKeyId: 'AKIAIOSFODNN7EXAMPLE', userName: 'Admin',
 *   },
 *   eventTime: '2020-10-21T16:34:13Z', eventSource: 'support.amazonaws.com',
 *   eventName: 'RefreshTrustedAdvisorCheck', awsRegion: 'us-east-1', sourceIPAddress: '72.21.198.67',
 *   userAgent: 'signin.amazonaws.com', requestParameters: { checkId: 'Pfx0RwqBli' }, responseElements: null,
 *   requestID: '4c4d5fc8-c403-4f82-9544-41f820e0fa01', eventID: '2f4630ac-5c27-4f0d-b93f-63742d6fc85e',
 *   eventType: 'AwsApiCall', recipientAccountId: '111122223333',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_RefreshTrustedAdvisorCheck.html
 */
export const RefreshTrustedAdvisorCheckEvent = RefreshTrustedAdvisorCheck.event
/** A CloudTrail record of `RefreshTrustedAdvisorCheck`; see the codec of the same name. */
export type RefreshTrustedAdvisorCheckEvent = t.TypeOf<typeof RefreshTrustedAdvisorCheckEvent>

/**
 * A sound guard for `RefreshTrustedAdvisorCheck` records: the literal `eventSource` and
 * `eventName` and every payload member are checked by the codec, so a record
 * it accepts really has the typed shape. A failed call (`errorCode` set,
 * payloads `null`) is accepted too.
 *
 * @param u - a record, or any value
 * @returns `true` when `u` is a `RefreshTrustedAdvisorCheck` record that satisfies {@link RefreshTrustedAdvisorCheckEvent}
 *
 * @example
 * ```ts
 * for (const event of parseRecords(text).records) {
 *   if (isRefreshTrustedAdvisorCheckEvent(event)) console.log(event.requestParameters?.checkId)
 * }
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_RefreshTrustedAdvisorCheck.html
 */
export function isRefreshTrustedAdvisorCheckEvent(u: unknown): u is RefreshTrustedAdvisorCheckEvent {
  return RefreshTrustedAdvisorCheckEvent.is(u)
}
