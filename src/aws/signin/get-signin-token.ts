import * as t from 'io-ts'
import { SigninResult, YesNo } from './shared.js'

/**
 * The `requestParameters` of `GetSigninToken`: the event has no input and CloudTrail records `null`; an object, should
 * one appear, decodes with its keys kept.
 *
 * @example
 * ```ts
 * GetSigninTokenRequest.is({})   // true: any object; CloudTrail records `null`
 * ```
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers_enable-console-custom-url.html
 */
export const GetSigninTokenRequest = t.UnknownRecord
/** The `requestParameters` of a `GetSigninToken` record; see the codec of the same name. */
export type GetSigninTokenRequest = t.TypeOf<typeof GetSigninTokenRequest>

/**
 * The `responseElements` of `GetSigninToken`: the result of a call to the federation endpoint that turns temporary credentials into a console sign-in token, under the event's own name:
 * `{ "GetSigninToken": "Success" }`. Keys not named here are kept.
 *
 * @example
 * ```ts
 * GetSigninTokenResponse.is({ GetSigninToken: 'Success' })   // true
 * ```
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers_enable-console-custom-url.html
 */
export const GetSigninTokenResponse = /*#__PURE__*/ t.partial({ GetSigninToken: SigninResult }, 'GetSigninTokenResponse')
/** The `responseElements` of a `GetSigninToken` record; see the codec of the same name. */
export type GetSigninTokenResponse = t.TypeOf<typeof GetSigninTokenResponse>

/**
 * The `additionalEventData` of `GetSigninToken`:
 *
 * - `MobileVersion`: whether the console's mobile version was asked for;
 * - `MFAUsed`: whether AWS sign-in asked for a second factor (`No`: the credentials were issued elsewhere).
 *
 * Every member is optional and keys not named here are kept. (`additionalEventData` is not part of an
 * operation's table: `signInAdditionalData(event)` reads it typed, `signInSummary(event)` sums it up.)
 *
 * @example
 * ```ts
 * GetSigninTokenAdditionalData.is({ MobileVersion: 'No', MFAUsed: 'No' })   // true
 * ```
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers_enable-console-custom-url.html
 */
export const GetSigninTokenAdditionalData = /*#__PURE__*/ t.partial(
  {
    MobileVersion: YesNo,
    MFAUsed: YesNo,
  },
  'GetSigninTokenAdditionalData',
)
/** The `additionalEventData` of a `GetSigninToken` record; see the codec of the same name. */
export type GetSigninTokenAdditionalData = t.TypeOf<typeof GetSigninTokenAdditionalData>
