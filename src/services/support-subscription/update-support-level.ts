import * as t from 'io-ts'
import { defineOperation } from '../operation.js'
import { SUPPORT_SUBSCRIPTION_EVENT_SOURCE } from './shared.js'

/**
 * The `requestParameters` of the legacy `UpdateSupportLevel`: the new `supportLevel` (the documented sample
 * shows `new_developer`; no list of values is published, so any string decodes).
 *
 * Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
 * keys not named here pass through untouched.
 *
 * @example
 * ```ts
 * UpdateSupportLevelRequest.is({ supportLevel: 'new_developer' })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-support-plans.html
 */
export const UpdateSupportLevelRequest = t.partial({ supportLevel: t.string }, 'UpdateSupportLevelRequest')
/** The `requestParameters` of a `UpdateSupportLevel` record; see the codec of the same name. */
export type UpdateSupportLevelRequest = t.TypeOf<typeof UpdateSupportLevelRequest>

/**
 * The `responseElements` of the legacy `UpdateSupportLevel`: the `supportLevel` now in force and `aispl`, a
 * boolean (AISPL is the AWS seller in India; the sample shows `false` and no more is documented). Shape from
 * the documented CloudTrail sample.
 *
 * Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
 * keys not named here pass through untouched.
 *
 * @example
 * ```ts
 * UpdateSupportLevelResponse.is({ aispl: false, supportLevel: 'new_developer' })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-support-plans.html
 */
export const UpdateSupportLevelResponse = t.partial(
  { aispl: t.boolean, supportLevel: t.string },
  'UpdateSupportLevelResponse',
)
/** The `responseElements` of a `UpdateSupportLevel` record; see the codec of the same name. */
export type UpdateSupportLevelResponse = t.TypeOf<typeof UpdateSupportLevelResponse>

/**
 * The `UpdateSupportLevel` operation, a legacy AWS Support Plans console action
 * (`support-subscription.amazonaws.com`; no longer logged since 2022-08-03, still found in older archives),
 * readOnly `false` (observed in CloudTrail sample): changed the support level of the account in the Support
 * Plans console.
 *
 * @example
 * ```ts
 * UpdateSupportLevel.readOnly   // false
 * findOperation('support-subscription.amazonaws.com', 'UpdateSupportLevel') === UpdateSupportLevel   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-support-plans.html
 */
export const UpdateSupportLevel = defineOperation({
  eventSource: SUPPORT_SUBSCRIPTION_EVENT_SOURCE,
  eventName: 'UpdateSupportLevel',
  readOnly: false,
  request: UpdateSupportLevelRequest,
  response: UpdateSupportLevelResponse,
})

/**
 * The codec of a CloudTrail record of `UpdateSupportLevel`: the generic record with `eventSource`
 * `support-subscription.amazonaws.com`, `eventName` `UpdateSupportLevel`, and typed `requestParameters` and
 * `responseElements`, each of which may be `null` or absent (failed calls, calls CloudTrail records without
 * payload).
 *
 * @example
 * ```ts
 * UpdateSupportLevelEvent.is({
 *   eventVersion: '1.08',
 *   userIdentity: {
 *     type: 'Root', principalId: '111122223333', arn: 'arn:aws:iam::111122223333:root',
 *     accountId: '111122223333', accessKeyId: 'ASIAIOSFODNN7EXAMPLE',
 *   },
 *   eventTime: '2021-01-07T22:23:07Z', eventSource: 'support-subscription.amazonaws.com',
 *   eventName: 'UpdateSupportLevel', awsRegion: 'us-east-1', sourceIPAddress: '100.127.8.67',
 *   userAgent: 'AWS-SupportPlansConsole, aws-internal/3', requestParameters: { supportLevel: 'new_business' },
 *   responseElements: { aispl: false, supportLevel: 'new_business' },
 *   requestID: '9177c974-046b-5adc-af84-18cf9825a89d', eventID: '4db4db29-6ee3-5f88-9d27-d69a8ea388de',
 *   readOnly: false, eventType: 'AwsApiCall', managementEvent: true, recipientAccountId: '111122223333',
 *   eventCategory: 'Management',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-support-plans.html
 */
export const UpdateSupportLevelEvent = UpdateSupportLevel.event
/** A CloudTrail record of `UpdateSupportLevel`; see the codec of the same name. */
export type UpdateSupportLevelEvent = t.TypeOf<typeof UpdateSupportLevelEvent>

/**
 * A sound guard for `UpdateSupportLevel` records: the literal `eventSource` and `eventName` and every payload
 * member are checked by the codec, so a record it accepts really has the typed shape. A failed call
 * (`errorCode` set, payloads `null` or absent) is accepted too.
 *
 * @param u - a record, or any value
 * @returns `true` when `u` is a record of `UpdateSupportLevel` that satisfies {@link UpdateSupportLevelEvent}
 *
 * @example
 * ```ts
 * for (const event of parseRecords(text).records) {
 *   if (isUpdateSupportLevelEvent(event)) console.log(event.responseElements?.supportLevel)
 * }
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-support-plans.html
 */
export function isUpdateSupportLevelEvent(u: unknown): u is UpdateSupportLevelEvent {
  return UpdateSupportLevelEvent.is(u)
}
