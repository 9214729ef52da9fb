import * as t from 'io-ts'
import { SigninResult } from './shared.js'

/**
 * The `requestParameters` of `PasswordUpdated`: the event has no input and CloudTrail records `null`; an object, should
 * one appear, decodes with its keys kept.
 *
 * @example
 * ```ts
 * PasswordUpdatedRequest.is({})   // true: any object; CloudTrail records `null`
 * ```
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_change-root.html
 */
export const PasswordUpdatedRequest = t.UnknownRecord
/** The `requestParameters` of a `PasswordUpdated` record; see the codec of the same name. */
export type PasswordUpdatedRequest = t.TypeOf<typeof PasswordUpdatedRequest>

/**
 * The `responseElements` of `PasswordUpdated`: the result of a user (typically root) changing their console password, under the event's own name:
 * `{ "PasswordUpdated": "Success" }`. Keys not named here are kept.
 *
 * @example
 * ```ts
 * PasswordUpdatedResponse.is({ PasswordUpdated: 'Success' })   // true
 * ```
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_change-root.html
 */
export const PasswordUpdatedResponse = /*#__PURE__*/ t.partial({ PasswordUpdated: SigninResult }, 'PasswordUpdatedResponse')
/** The `responseElements` of a `PasswordUpdated` record; see the codec of the same name. */
export type PasswordUpdatedResponse = t.TypeOf<typeof PasswordUpdatedResponse>

/**
 * The `additionalEventData` of `PasswordUpdated`: no published record shows its members, so any object decodes with its
 * keys kept. (`signInAdditionalData(event)` reads it, `signInSummary(event)` sums it up.)
 *
 * @example
 * ```ts
 * PasswordUpdatedAdditionalData.is({})   // true
 * ```
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_change-root.html
 */
export const PasswordUpdatedAdditionalData = t.UnknownRecord
/** The `additionalEventData` of a `PasswordUpdated` record; see the codec of the same name. */
export type PasswordUpdatedAdditionalData = t.TypeOf<typeof PasswordUpdatedAdditionalData>
