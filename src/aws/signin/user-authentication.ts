import * as t from 'io-ts'
import { CredentialType, SigninResult } from './shared.js'

/**
 * The `requestParameters` of `UserAuthentication`: the event has no input and CloudTrail records `null`; an object, should
 * one appear, decodes with its keys kept.
 *
 * @example
 * ```ts
 * UserAuthenticationRequest.is({})   // true: any object; CloudTrail records `null`
 * ```
 * @see https://docs.aws.amazon.com/singlesignon/latest/userguide/understanding-sign-in-events.html
 * @see https://docs.aws.amazon.com/singlesignon/latest/userguide/username-sign-in-cloudtrail-events.html
 */
export const UserAuthenticationRequest = t.UnknownRecord
/** The `requestParameters` of a `UserAuthentication` record; see the codec of the same name. */
export type UserAuthenticationRequest = t.TypeOf<typeof UserAuthenticationRequest>

/**
 * The `responseElements` of `UserAuthentication`: CloudTrail records `null` (the result is in `serviceEventDetails`, see
 * {@link UserAuthenticationServiceEventDetails}); an object, should one appear, decodes with its keys kept.
 *
 * @example
 * ```ts
 * UserAuthenticationResponse.is({})   // true: any object; CloudTrail records `null`
 * ```
 * @see https://docs.aws.amazon.com/singlesignon/latest/userguide/understanding-sign-in-events.html
 * @see https://docs.aws.amazon.com/singlesignon/latest/userguide/username-sign-in-cloudtrail-events.html
 */
export const UserAuthenticationResponse = t.UnknownRecord
/** The `responseElements` of a `UserAuthentication` record; see the codec of the same name. */
export type UserAuthenticationResponse = t.TypeOf<typeof UserAuthenticationResponse>

/**
 * The `serviceEventDetails` of `UserAuthentication`: the result of an IAM Identity Center user signed in: every challenge was passed (a failed sign-in logs none), under the event's own name:
 * `{ "UserAuthentication": "Success" }`. Keys not named here are kept. (`serviceEventDetails` is not part of an operation's
 * table: read it with `signInSummary`, or check it with this codec.)
 *
 * @example
 * ```ts
 * UserAuthenticationServiceEventDetails.is({ UserAuthentication: 'Success' })   // true
 * ```
 * @see https://docs.aws.amazon.com/singlesignon/latest/userguide/understanding-sign-in-events.html
 * @see https://docs.aws.amazon.com/singlesignon/latest/userguide/username-sign-in-cloudtrail-events.html
 */
export const UserAuthenticationServiceEventDetails = /*#__PURE__*/ t.partial({ UserAuthentication: SigninResult }, 'UserAuthenticationServiceEventDetails')
/** The `serviceEventDetails` of a `UserAuthentication` record; see the codec of the same name. */
export type UserAuthenticationServiceEventDetails = t.TypeOf<typeof UserAuthenticationServiceEventDetails>

/**
 * The `additionalEventData` of `UserAuthentication`:
 *
 * - `AuthWorkflowID`: the id shared by every event of one sign-in sequence;
 * - `LoginTo`: where the user goes after signing in (the AWS access portal, `https://d-1234567890.awsapps.com/start/...`);
 * - `CredentialType`: every credential verified, comma-separated (`PASSWORD,TOTP`), or `EXTERNAL_IDP`;
 * - `UserName`: the user name (with an external identity provider, the SAML `nameID`);
 * - `DeviceEnrollmentRequired`: `"true"` when the user had to register an MFA device during this sign-in.
 *
 * Every member is optional and keys not named here are kept. (`additionalEventData` is not part of an
 * operation's table: `signInAdditionalData(event)` reads it typed, `signInSummary(event)` sums it up.)
 *
 * @example
 * ```ts
 * UserAuthenticationAdditionalData.is({ AuthWorkflowID: '303486b5-fce1-4d59-ba1d-eb3acb790729', LoginTo: 'https://d-1234567890.awsapps.com/start/', CredentialType: 'PASSWORD,TOTP' })   // true
 * ```
 * @see https://docs.aws.amazon.com/singlesignon/latest/userguide/understanding-sign-in-events.html
 * @see https://docs.aws.amazon.com/singlesignon/latest/userguide/username-sign-in-cloudtrail-events.html
 */
export const UserAuthenticationAdditionalData = /*#__PURE__*/ t.partial(
  {
    AuthWorkflowID: t.string,
    LoginTo: t.string,
    CredentialType: CredentialType,
    UserName: t.string,
    DeviceEnrollmentRequired: t.string,
  },
  'UserAuthenticationAdditionalData',
)
/** The `additionalEventData` of a `UserAuthentication` record; see the codec of the same name. */
export type UserAuthenticationAdditionalData = t.TypeOf<typeof UserAuthenticationAdditionalData>
