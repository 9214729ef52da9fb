import * as t from 'io-ts'
import { CredentialType, SigninResult } from './shared.js'

/**
 * The `requestParameters` of `CredentialChallenge`: the event has no input and CloudTrail records `null`; an object, should
 * one appear, decodes with its keys kept.
 *
 * @example
 * ```ts
 * CredentialChallengeRequest.is({})   // true: any object; CloudTrail records `null`
 * ```
 * @see https://docs.aws.amazon.com/singlesignon/latest/userguide/understanding-sign-in-events.html
 * @see https://docs.aws.amazon.com/singlesignon/latest/userguide/username-sign-in-cloudtrail-events.html
 */
export const CredentialChallengeRequest = t.UnknownRecord
/** The `requestParameters` of a `CredentialChallenge` record; see the codec of the same name. */
export type CredentialChallengeRequest = t.TypeOf<typeof CredentialChallengeRequest>

/**
 * The `responseElements` of `CredentialChallenge`: CloudTrail records `null` (the result is in `serviceEventDetails`, see
 * {@link CredentialChallengeServiceEventDetails}); an object, should one appear, decodes with its keys kept.
 *
 * @example
 * ```ts
 * CredentialChallengeResponse.is({})   // true: any object; CloudTrail records `null`
 * ```
 * @see https://docs.aws.amazon.com/singlesignon/latest/userguide/understanding-sign-in-events.html
 * @see https://docs.aws.amazon.com/singlesignon/latest/userguide/username-sign-in-cloudtrail-events.html
 */
export const CredentialChallengeResponse = t.UnknownRecord
/** The `responseElements` of a `CredentialChallenge` record; see the codec of the same name. */
export type CredentialChallengeResponse = t.TypeOf<typeof CredentialChallengeResponse>

/**
 * The `serviceEventDetails` of `CredentialChallenge`: the result of IAM Identity Center asking the user to solve one credential challenge, under the event's own name:
 * `{ "CredentialChallenge": "Success" }`. Keys not named here are kept. (`serviceEventDetails` is not part of an operation's
 * table: read it with `signInSummary`, or check it with this codec.)
 *
 * @example
 * ```ts
 * CredentialChallengeServiceEventDetails.is({ CredentialChallenge: 'Success' })   // true
 * ```
 * @see https://docs.aws.amazon.com/singlesignon/latest/userguide/understanding-sign-in-events.html
 * @see https://docs.aws.amazon.com/singlesignon/latest/userguide/username-sign-in-cloudtrail-events.html
 */
export const CredentialChallengeServiceEventDetails = /*#__PURE__*/ t.partial({ CredentialChallenge: SigninResult }, 'CredentialChallengeServiceEventDetails')
/** The `serviceEventDetails` of a `CredentialChallenge` record; see the codec of the same name. */
export type CredentialChallengeServiceEventDetails = t.TypeOf<typeof CredentialChallengeServiceEventDetails>

/**
 * The `additionalEventData` of `CredentialChallenge`:
 *
 * - `AuthWorkflowID`: the id shared by every event of one sign-in sequence;
 * - `CredentialType`: the credential asked for (`PASSWORD`, `TOTP`, ...);
 * - `UserName`: the user name the user typed, on a successful `PASSWORD` or `EMAIL_OTP` challenge.
 *
 * Every member is optional and keys not named here are kept. (`additionalEventData` is not part of an
 * operation's table: `signInAdditionalData(event)` reads it typed, `signInSummary(event)` sums it up.)
 *
 * @example
 * ```ts
 * CredentialChallengeAdditionalData.is({ AuthWorkflowID: '9de74b32-8362-4a01-a524-de21df59fd83', CredentialType: 'PASSWORD' })   // true
 * ```
 * @see https://docs.aws.amazon.com/singlesignon/latest/userguide/understanding-sign-in-events.html
 * @see https://docs.aws.amazon.com/singlesignon/latest/userguide/username-sign-in-cloudtrail-events.html
 */
export const CredentialChallengeAdditionalData = /*#__PURE__*/ t.partial(
  {
    AuthWorkflowID: t.string,
    CredentialType: CredentialType,
    UserName: t.string,
  },
  'CredentialChallengeAdditionalData',
)
/** The `additionalEventData` of a `CredentialChallenge` record; see the codec of the same name. */
export type CredentialChallengeAdditionalData = t.TypeOf<typeof CredentialChallengeAdditionalData>
