import * as t from 'io-ts'
import { CredentialType, SigninResult } from './shared.js'

/**
 * The `requestParameters` of `CredentialVerification`: the event has no input and CloudTrail records `null`; an object, should
 * one appear, decodes with its keys kept.
 *
 * @example
 * ```ts
 * CredentialVerificationRequest.is({})   // true: any object; CloudTrail records `null`
 * ```
 * @see https://docs.aws.amazon.com/singlesignon/latest/userguide/understanding-sign-in-events.html
 */
export const CredentialVerificationRequest = t.UnknownRecord
/** The `requestParameters` of a `CredentialVerification` record; see the codec of the same name. */
export type CredentialVerificationRequest = t.TypeOf<typeof CredentialVerificationRequest>

/**
 * The `responseElements` of `CredentialVerification`: CloudTrail records `null` (the result is in `serviceEventDetails`, see
 * {@link CredentialVerificationServiceEventDetails}); an object, should one appear, decodes with its keys kept.
 *
 * @example
 * ```ts
 * CredentialVerificationResponse.is({})   // true: any object; CloudTrail records `null`
 * ```
 * @see https://docs.aws.amazon.com/singlesignon/latest/userguide/understanding-sign-in-events.html
 */
export const CredentialVerificationResponse = t.UnknownRecord
/** The `responseElements` of a `CredentialVerification` record; see the codec of the same name. */
export type CredentialVerificationResponse = t.TypeOf<typeof CredentialVerificationResponse>

/**
 * The `serviceEventDetails` of `CredentialVerification`: the result of the user's answer to one IAM Identity Center credential challenge, and whether it passed, under the event's own name:
 * `{ "CredentialVerification": "Success" }` or `"Failure"` (with no `errorMessage`). Keys not named here are kept. (`serviceEventDetails` is not part of an operation's
 * table: read it with `signInSummary`, or check it with this codec.)
 *
 * @example
 * ```ts
 * CredentialVerificationServiceEventDetails.is({ CredentialVerification: 'Success' })   // true
 * ```
 * @see https://docs.aws.amazon.com/singlesignon/latest/userguide/understanding-sign-in-events.html
 */
export const CredentialVerificationServiceEventDetails = /*#__PURE__*/ t.partial({ CredentialVerification: SigninResult }, 'CredentialVerificationServiceEventDetails')
/** The `serviceEventDetails` of a `CredentialVerification` record; see the codec of the same name. */
export type CredentialVerificationServiceEventDetails = t.TypeOf<typeof CredentialVerificationServiceEventDetails>

/**
 * The `additionalEventData` of `CredentialVerification`:
 *
 * - `AuthWorkflowID`: the id shared by every event of one sign-in sequence;
 * - `CredentialType`: the credential verified (`PASSWORD`, `TOTP`, ...).
 *
 * Every member is optional and keys not named here are kept. (`additionalEventData` is not part of an
 * operation's table: `signInAdditionalData(event)` reads it typed, `signInSummary(event)` sums it up.)
 *
 * @example
 * ```ts
 * CredentialVerificationAdditionalData.is({ AuthWorkflowID: '9de74b32-8362-4a01-a524-de21df59fd83', CredentialType: 'TOTP' })   // true
 * ```
 * @see https://docs.aws.amazon.com/singlesignon/latest/userguide/understanding-sign-in-events.html
 */
export const CredentialVerificationAdditionalData = /*#__PURE__*/ t.partial(
  {
    AuthWorkflowID: t.string,
    CredentialType: CredentialType,
  },
  'CredentialVerificationAdditionalData',
)
/** The `additionalEventData` of a `CredentialVerification` record; see the codec of the same name. */
export type CredentialVerificationAdditionalData = t.TypeOf<typeof CredentialVerificationAdditionalData>
