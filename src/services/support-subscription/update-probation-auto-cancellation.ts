import * as t from 'io-ts'
import { defineOperation } from '../operation.js'
import { SUPPORT_SUBSCRIPTION_EVENT_SOURCE } from './shared.js'

/**
 * The `requestParameters` of the legacy `UpdateProbationAutoCancellation`: the console `lang` (such as `en`).
 * Shape from the documented CloudTrail sample.
 *
 * Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
 * keys not named here pass through untouched.
 *
 * @example
 * ```ts
 * UpdateProbationAutoCancellationRequest.is({ lang: 'en' })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-support-plans.html
 */
export const UpdateProbationAutoCancellationRequest = t.partial(
  { lang: t.string },
  'UpdateProbationAutoCancellationRequest',
)
/** The `requestParameters` of a `UpdateProbationAutoCancellation` record; see the codec of the same name. */
export type UpdateProbationAutoCancellationRequest = t.TypeOf<typeof UpdateProbationAutoCancellationRequest>

/**
 * The `responseElements` of the legacy `UpdateProbationAutoCancellation`: the documented sample records
 * `null` and no other shape is known, so any JSON value decodes and is kept as it came (type `unknown`).
 *
 * @example
 * ```ts
 * UpdateProbationAutoCancellationResponse.is([1, 'two', null])   // true: any JSON value, typed `unknown`
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-support-plans.html
 */
export const UpdateProbationAutoCancellationResponse = t.unknown
/** The `responseElements` of a `UpdateProbationAutoCancellation` record; see the codec of the same name. */
export type UpdateProbationAutoCancellationResponse = t.TypeOf<typeof UpdateProbationAutoCancellationResponse>

/**
 * The `UpdateProbationAutoCancellation` operation, a legacy AWS Support Plans console action
 * (`support-subscription.amazonaws.com`; no longer logged since 2022-08-03, still found in older archives),
 * readOnly `false` (observed in CloudTrail sample): changed the automatic cancellation of a support plan on
 * probation.
 *
 * @example
 * ```ts
 * UpdateProbationAutoCancellation.readOnly   // false
 * findOperation('support-subscription.amazonaws.com', 'UpdateProbationAutoCancellation') ===
 *   UpdateProbationAutoCancellation   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-support-plans.html
 */
export const UpdateProbationAutoCancellation = defineOperation({
  eventSource: SUPPORT_SUBSCRIPTION_EVENT_SOURCE,
  eventName: 'UpdateProbationAutoCancellation',
  readOnly: false,
  request: UpdateProbationAutoCancellationRequest,
  response: UpdateProbationAutoCancellationResponse,
})

/**
 * The codec of a CloudTrail record of `UpdateProbationAutoCancellation`: the generic record with
 * `eventSource` `support-subscription.amazonaws.com`, `eventName` `UpdateProbationAutoCancellation`, and
 * typed `requestParameters` and `responseElements`, each of which may be `null` or absent (failed calls,
 * calls CloudTrail records without payload).
 *
 * @example
 * ```ts
 * UpdateProbationAutoCancellationEvent.is({
 *   eventVersion: '1.08',
 *   userIdentity: {
 *     type: 'Root', principalId: '111122223333', arn: 'arn:aws:iam::111122223333:root',
 *     accountId: '111122223333', accessKeyId: 'ASIAIOSFODNN7EXAMPLE',
 *   },
 *   eventTime: '2021-01-07T22:22:07Z', eventSource: 'support-subscription.amazonaws.com',
 *   eventName: 'UpdateProbationAutoCancellation', awsRegion: 'us-east-1', sourceIPAddress: '100.127.8.67',
 *   userAgent: 'AWS-SupportPlansConsole, aws-internal/3', requestParameters: { lang: 'en' }, responseElements: null,
 *   requestID: '29db105d-135c-5f4c-a02b-2eb0e8b5acb1', eventID: 'c63a92c5-5d1b-5903-a5c0-98c204ae8805',
 *   readOnly: false, eventType: 'AwsApiCall', managementEvent: true, recipientAccountId: '111122223333',
 *   eventCategory: 'Management',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-support-plans.html
 */
export const UpdateProbationAutoCancellationEvent = UpdateProbationAutoCancellation.event
/** A CloudTrail record of `UpdateProbationAutoCancellation`; see the codec of the same name. */
export type UpdateProbationAutoCancellationEvent = t.TypeOf<typeof UpdateProbationAutoCancellationEvent>

/**
 * A sound guard for `UpdateProbationAutoCancellation` records: the literal `eventSource` and `eventName` and
 * every payload member are checked by the codec, so a record it accepts really has the typed shape. A failed
 * call (`errorCode` set, payloads `null` or absent) is accepted too.
 *
 * @param u - a record, or any value
 * @returns `true` when `u` is a record of `UpdateProbationAutoCancellation` that satisfies
 * {@link UpdateProbationAutoCancellationEvent}
 *
 * @example
 * ```ts
 * for (const event of parseRecords(text).records) {
 *   if (isUpdateProbationAutoCancellationEvent(event)) console.log(event.requestParameters?.lang)
 * }
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-support-plans.html
 */
export function isUpdateProbationAutoCancellationEvent(u: unknown): u is UpdateProbationAutoCancellationEvent {
  return UpdateProbationAutoCancellationEvent.is(u)
}
