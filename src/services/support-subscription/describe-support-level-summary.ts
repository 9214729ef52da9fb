import * as t from 'io-ts'
import { defineOperation } from '../operation.js'
import { SUPPORT_SUBSCRIPTION_EVENT_SOURCE } from './shared.js'

/**
 * The `requestParameters` of the legacy `DescribeSupportLevelSummary`: the console `lang` (such as `en`).
 * Shape from the documented CloudTrail sample.
 *
 * Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
 * keys not named here pass through untouched.
 *
 * @example
 * ```ts
 * DescribeSupportLevelSummaryRequest.is({ lang: 'en' })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-support-plans.html
 */
export const DescribeSupportLevelSummaryRequest = t.partial({ lang: t.string }, 'DescribeSupportLevelSummaryRequest')
/** The `requestParameters` of a `DescribeSupportLevelSummary` record; see the codec of the same name. */
export type DescribeSupportLevelSummaryRequest = t.TypeOf<typeof DescribeSupportLevelSummaryRequest>

/**
 * The `responseElements` of the legacy `DescribeSupportLevelSummary`: the documented sample records `null`
 * and no other shape is known, so any JSON value decodes and is kept as it came (type `unknown`).
 *
 * @example
 * ```ts
 * DescribeSupportLevelSummaryResponse.is([1, 'two', null])   // true: any JSON value, typed `unknown`
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-support-plans.html
 */
export const DescribeSupportLevelSummaryResponse = t.unknown
/** The `responseElements` of a `DescribeSupportLevelSummary` record; see the codec of the same name. */
export type DescribeSupportLevelSummaryResponse = t.TypeOf<typeof DescribeSupportLevelSummaryResponse>

/**
 * The `DescribeSupportLevelSummary` operation, a legacy AWS Support Plans console action
 * (`support-subscription.amazonaws.com`; no longer logged since 2022-08-03, still found in older archives),
 * readOnly `true` (observed in CloudTrail sample): viewed the support level of the account in the Support
 * Plans console.
 *
 * @example
 * ```ts
 * DescribeSupportLevelSummary.readOnly   // true
 * findOperation('support-subscription.amazonaws.com', 'DescribeSupportLevelSummary') ===
 *   DescribeSupportLevelSummary   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-support-plans.html
 */
export const DescribeSupportLevelSummary = defineOperation({
  eventSource: SUPPORT_SUBSCRIPTION_EVENT_SOURCE,
  eventName: 'DescribeSupportLevelSummary',
  readOnly: true,
  request: DescribeSupportLevelSummaryRequest,
  response: DescribeSupportLevelSummaryResponse,
})

/**
 * The codec of a CloudTrail record of `DescribeSupportLevelSummary`: the generic record with `eventSource`
 * `support-subscription.amazonaws.com`, `eventName` `DescribeSupportLevelSummary`, and typed
 * `requestParameters` and `responseElements`, each of which may be `null` or absent (failed calls, calls
 * CloudTrail records without payload).
 *
 * @example
 * ```ts
 * DescribeSupportLevelSummaryEvent.is({
 *   eventVersion: '1.08',
 *   userIdentity: {
 *     type: 'Root', principalId: '111122223333', arn: 'arn:aws:iam::111122223333:root',
 *     accountId: '111122223333', accessKeyId: 'ASIAIOSFODNN7EXAMPLE',
 *   },
 *   eventTime: '2021-01-07T22:21:07Z', eventSource: 'support-subscription.amazonaws.com',
 *   eventName: 'DescribeSupportLevelSummary', awsRegion: 'us-east-1', sourceIPAddress: '100.127.8.67',
 *   userAgent: 'AWS-SupportPlansConsole, aws-internal/3', requestParameters: { lang: 'en' }, responseElements: null,
 *   requestID: '348a19f7-429a-5209-b4ec-b8cea39fce68', eventID: '3d1ce4e8-3384-5978-a110-268eb37d8473',
 *   readOnly: true, eventType: 'AwsApiCall', managementEvent: true, recipientAccountId: '111122223333',
 *   eventCategory: 'Management',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-support-plans.html
 */
export const DescribeSupportLevelSummaryEvent = DescribeSupportLevelSummary.event
/** A CloudTrail record of `DescribeSupportLevelSummary`; see the codec of the same name. */
export type DescribeSupportLevelSummaryEvent = t.TypeOf<typeof DescribeSupportLevelSummaryEvent>

/**
 * A sound guard for `DescribeSupportLevelSummary` records: the literal `eventSource` and `eventName` and
 * every payload member are checked by the codec, so a record it accepts really has the typed shape. A failed
 * call (`errorCode` set, payloads `null` or absent) is accepted too.
 *
 * @param u - a record, or any value
 * @returns `true` when `u` is a record of `DescribeSupportLevelSummary` that satisfies
 * {@link DescribeSupportLevelSummaryEvent}
 *
 * @example
 * ```ts
 * for (const event of parseRecords(text).records) {
 *   if (isDescribeSupportLevelSummaryEvent(event)) console.log(event.requestParameters?.lang)
 * }
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-support-plans.html
 */
export function isDescribeSupportLevelSummaryEvent(u: unknown): u is DescribeSupportLevelSummaryEvent {
  return DescribeSupportLevelSummaryEvent.is(u)
}
