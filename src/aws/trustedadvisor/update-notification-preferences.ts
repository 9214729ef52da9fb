import * as t from 'io-ts'
import { openEnum } from '../../codec/open-enum.js'

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
export const NotificationPreferenceContactId = /*#__PURE__*/ openEnum('NotificationPreferenceContactId', [
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
export const NotificationPreferenceContactType = /*#__PURE__*/ openEnum('NotificationPreferenceContactType', ['email'] as const)
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
export const NotificationPreferenceContact = /*#__PURE__*/ t.partial(
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
export const UpdateNotificationPreferencesRequest = /*#__PURE__*/ t.partial(
  { contacts: /*#__PURE__*/ t.array(NotificationPreferenceContact), language: t.string },
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
