import * as t from 'io-ts'
import { defineOperation } from '../operation.js'
import { TRUSTED_ADVISOR_EVENT_SOURCE } from './shared.js'

/**
 * The `requestParameters` of the Trusted Advisor console action `ListAccountsForParent`: the action has no
 * public API model and no published CloudTrail record shows its parameters, so any JSON value (or `null`)
 * decodes and is kept as it came; the type is `unknown`, for the caller to narrow.
 *
 * @example
 * ```ts
 * ListAccountsForParentRequest.is([1, 'two', null])   // true: any JSON value, typed `unknown`
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const ListAccountsForParentRequest = t.unknown
/** The `requestParameters` of a `ListAccountsForParent` record; see the codec of the same name. */
export type ListAccountsForParentRequest = t.TypeOf<typeof ListAccountsForParentRequest>

/**
 * The `responseElements` of the Trusted Advisor console action `ListAccountsForParent`: shape unknown (no
 * public API model, no published sample), so any JSON value (or `null`) decodes and is kept as it came; the
 * type is `unknown`.
 *
 * @example
 * ```ts
 * ListAccountsForParentResponse.is([1, 'two', null])   // true: any JSON value, typed `unknown`
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const ListAccountsForParentResponse = t.unknown
/** The `responseElements` of a `ListAccountsForParent` record; see the codec of the same name. */
export type ListAccountsForParentResponse = t.TypeOf<typeof ListAccountsForParentResponse>

/**
 * The `ListAccountsForParent` operation, a Trusted Advisor console action (`trustedadvisor.amazonaws.com`, no
 * public API model), readOnly `true` (inferred from IAM access level / verb): lists the accounts under an
 * organization root or OU. Its request and response shapes are unknown: both decode as any JSON value, typed
 * `unknown`, and the record still narrows by `eventName`.
 *
 * @example
 * ```ts
 * ListAccountsForParent.readOnly   // true
 * findOperation('trustedadvisor.amazonaws.com', 'ListAccountsForParent') === ListAccountsForParent   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const ListAccountsForParent = defineOperation({
  eventSource: TRUSTED_ADVISOR_EVENT_SOURCE,
  eventName: 'ListAccountsForParent',
  readOnly: true,
  request: ListAccountsForParentRequest,
  response: ListAccountsForParentResponse,
})

/**
 * The codec of a CloudTrail record of `ListAccountsForParent`: the generic record with `eventSource`
 * `trustedadvisor.amazonaws.com`, `eventName` `ListAccountsForParent`, and typed `requestParameters` and
 * `responseElements`, each of which may be `null` or absent (failed calls, calls CloudTrail records without
 * payload).
 *
 * @example
 * ```ts
 * ListAccountsForParentEvent.is({
 *   eventVersion: '1.08',
 *   userIdentity: {
 *     type: 'IAMUser', principalId: 'AIDACKCEVSQ6C2EXAMPLE',
 *     arn: 'arn:aws:iam::111122223333:user/janedoe', accountId: '111122223333',
 *     accessKeyId: 'ASIAIOSFODNN7EXAMPLE', userName: 'janedoe',
 *   },
 *   eventTime: '2024-03-05T10:18:11Z', eventSource: 'trustedadvisor.amazonaws.com',
 *   eventName: 'ListAccountsForParent', awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.24',
 *   userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0',
 *   requestParameters: null, responseElements: null, requestID: 'c1453872-9caf-5e1f-89ef-19e14353d9d4',
 *   eventID: '351b480d-00df-58e5-a0fe-43a1060c6e2d', readOnly: true, eventType: 'AwsApiCall', managementEvent: true,
 *   recipientAccountId: '111122223333', eventCategory: 'Management', sessionCredentialFromConsole: 'true',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const ListAccountsForParentEvent = ListAccountsForParent.event
/** A CloudTrail record of `ListAccountsForParent`; see the codec of the same name. */
export type ListAccountsForParentEvent = t.TypeOf<typeof ListAccountsForParentEvent>

/**
 * A sound guard for `ListAccountsForParent` records: the literal `eventSource` and `eventName` and every
 * payload member are checked by the codec, so a record it accepts really has the typed shape. A failed call
 * (`errorCode` set, payloads `null` or absent) is accepted too.
 *
 * @param u - a record, or any value
 * @returns `true` when `u` is a record of `ListAccountsForParent` that satisfies
 * {@link ListAccountsForParentEvent}
 *
 * @example
 * ```ts
 * for (const event of parseRecords(text).records) {
 *   if (isListAccountsForParentEvent(event)) console.log(event.requestParameters)
 * }
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export function isListAccountsForParentEvent(u: unknown): u is ListAccountsForParentEvent {
  return ListAccountsForParentEvent.is(u)
}
