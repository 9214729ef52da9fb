import * as t from 'io-ts'
import { openEnum } from '../../codec/open-enum.js'
import { defineOperation } from '../operation.js'
import { TRUSTED_ADVISOR_EVENT_SOURCE } from './shared.js'

/**
 * Which alternate contact a Trusted Advisor notification preference is for: `billing`, `operational`,
 * `security` (the values of the documented sample). Open: any other string still decodes.
 *
 * @example
 * ```ts
 * NotificationPreferenceContactId.is('billing')   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const NotificationPreferenceContactId = openEnum('NotificationPreferenceContactId', [
  'billing',
  'operational',
  'security',
] as const)
/** Which alternate contact a notification preference is for; see the codec of the same name. */
export type NotificationPreferenceContactId = t.TypeOf<typeof NotificationPreferenceContactId>

/**
 * Narrows a contact id to one of the documented values.
 *
 * @param value - a decoded value
 * @returns `true` for `billing`, `operational` or `security`
 *
 * @example
 * ```ts
 * isKnownNotificationPreferenceContactId('security')   // true
 * ```
 */
export function isKnownNotificationPreferenceContactId(
  value: string,
): value is (typeof NotificationPreferenceContactId.values)[number] {
  return NotificationPreferenceContactId.isKnown(value)
}

/**
 * The channel of a Trusted Advisor notification contact: `email` (the value of the documented sample). Open:
 * any other string still decodes.
 *
 * @example
 * ```ts
 * NotificationPreferenceContactType.is('email')   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const NotificationPreferenceContactType = openEnum('NotificationPreferenceContactType', ['email'] as const)
/** The channel of a notification contact; see the codec of the same name. */
export type NotificationPreferenceContactType = t.TypeOf<typeof NotificationPreferenceContactType>

/**
 * One contact of an `UpdateNotificationPreferences` call: its `id` (a
 * {@link NotificationPreferenceContactId}), the channel `type` (a {@link NotificationPreferenceContactType})
 * and whether notifications to it are `active`.
 *
 * @example
 * ```ts
 * NotificationPreferenceContact.is({ id: 'billing', type: 'email', active: false })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const NotificationPreferenceContact = t.partial(
  { id: NotificationPreferenceContactId, type: NotificationPreferenceContactType, active: t.boolean },
  'NotificationPreferenceContact',
)
/** One contact of an UpdateNotificationPreferences call; see the codec of the same name. */
export type NotificationPreferenceContact = t.TypeOf<typeof NotificationPreferenceContact>

/**
 * The `requestParameters` of the console action `UpdateNotificationPreferences`: the `contacts` to notify and
 * the `language` of the notifications. No public API model exists: the shape comes from the documented
 * CloudTrail sample.
 *
 * Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
 * keys not named here pass through untouched.
 *
 * @example
 * ```ts
 * UpdateNotificationPreferencesRequest.is({
 *   contacts: [{ id: 'operational', type: 'email', active: true }],
 *   language: 'en',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const UpdateNotificationPreferencesRequest = t.partial(
  { contacts: t.array(NotificationPreferenceContact), language: t.string },
  'UpdateNotificationPreferencesRequest',
)
/** The `requestParameters` of a `UpdateNotificationPreferences` record; see the codec of the same name. */
export type UpdateNotificationPreferencesRequest = t.TypeOf<typeof UpdateNotificationPreferencesRequest>

/**
 * The `responseElements` of the console action `UpdateNotificationPreferences`: the documented sample records
 * `null`, and no other shape is known, so any JSON value decodes and is kept as it came (type `unknown`).
 *
 * @example
 * ```ts
 * UpdateNotificationPreferencesResponse.is([1, 'two', null])   // true: any JSON value, typed `unknown`
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const UpdateNotificationPreferencesResponse = t.unknown
/** The `responseElements` of a `UpdateNotificationPreferences` record; see the codec of the same name. */
export type UpdateNotificationPreferencesResponse = t.TypeOf<typeof UpdateNotificationPreferencesResponse>

/**
 * The `UpdateNotificationPreferences` operation, a Trusted Advisor console action
 * (`trustedadvisor.amazonaws.com`, no public API model), readOnly `false` (inferred from IAM access level /
 * verb): updates the notification preferences of the account.
 *
 * @example
 * ```ts
 * UpdateNotificationPreferences.readOnly   // false
 * findOperation('trustedadvisor.amazonaws.com', 'UpdateNotificationPreferences') ===
 *   UpdateNotificationPreferences   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const UpdateNotificationPreferences = defineOperation({
  eventSource: TRUSTED_ADVISOR_EVENT_SOURCE,
  eventName: 'UpdateNotificationPreferences',
  readOnly: false,
  request: UpdateNotificationPreferencesRequest,
  response: UpdateNotificationPreferencesResponse,
})

/**
 * The codec of a CloudTrail record of `UpdateNotificationPreferences`: the generic record with `eventSource`
 * `trustedadvisor.amazonaws.com`, `eventName` `UpdateNotificationPreferences`, and typed `requestParameters`
 * and `responseElements`, each of which may be `null` or absent (failed calls, calls CloudTrail records
 * without payload).
 *
 * @example
 * ```ts
 * UpdateNotificationPreferencesEvent.is({
 *   eventVersion: '1.08',
 *   userIdentity: {
 *     type: 'IAMUser', principalId: 'AIDACKCEVSQ6C2EXAMPLE',
 *     arn: 'arn:aws:iam::111122223333:user/janedoe', accountId: '111122223333',
 *     accessKeyId: 'ASIAIOSFODNN7EXAMPLE', userName: 'janedoe',
 *   },
 *   eventTime: '2024-03-05T10:24:11Z', eventSource: 'trustedadvisor.amazonaws.com',
 *   eventName: 'UpdateNotificationPreferences', awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.24',
 *   userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0',
 *   requestParameters: {
 *     contacts: [
 *       { id: 'billing', type: 'email', active: false },
 *       { id: 'operational', type: 'email', active: true },
 *       { id: 'security', type: 'email', active: true },
 *     ],
 *     language: 'en',
 *   },
 *   responseElements: null, requestID: '8e5b285d-6509-5d7f-92c4-4e290376688e',
 *   eventID: '8438aa6c-c3d1-5e23-96f5-df2ffbfbb24f', readOnly: false, eventType: 'AwsApiCall', managementEvent: true,
 *   recipientAccountId: '111122223333', eventCategory: 'Management', sessionCredentialFromConsole: 'true',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const UpdateNotificationPreferencesEvent = UpdateNotificationPreferences.event
/** A CloudTrail record of `UpdateNotificationPreferences`; see the codec of the same name. */
export type UpdateNotificationPreferencesEvent = t.TypeOf<typeof UpdateNotificationPreferencesEvent>

/**
 * A sound guard for `UpdateNotificationPreferences` records: the literal `eventSource` and `eventName` and
 * every payload member are checked by the codec, so a record it accepts really has the typed shape. A failed
 * call (`errorCode` set, payloads `null` or absent) is accepted too.
 *
 * @param u - a record, or any value
 * @returns `true` when `u` is a record of `UpdateNotificationPreferences` that satisfies
 * {@link UpdateNotificationPreferencesEvent}
 *
 * @example
 * ```ts
 * for (const event of parseRecords(text).records) {
 *   if (isUpdateNotificationPreferencesEvent(event)) console.log(event.requestParameters?.contacts?.[0]?.id)
 * }
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export function isUpdateNotificationPreferencesEvent(u: unknown): u is UpdateNotificationPreferencesEvent {
  return UpdateNotificationPreferencesEvent.is(u)
}
