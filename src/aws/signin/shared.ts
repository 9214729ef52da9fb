import type * as t from 'io-ts'
import { openEnum } from '../../codec/open-enum.js'

/**
 * The eventSource of AWS Sign-In: console sign-ins of root, IAM users, federated users and role sessions,
 * role switching in the console, the federation endpoint's `GetSigninToken`, and the sign-in steps of IAM
 * Identity Center users. No public API model exists: the operations are known from the CloudTrail and IAM
 * Identity Center user guides and from published records.
 *
 * @example
 * ```ts
 * const { records, skipped } = parseRecords(text, { only: { eventSources: [SIGNIN_EVENT_SOURCE] } })
 * ```
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-aws-console-sign-in-events.html
 */
export const SIGNIN_EVENT_SOURCE = 'signin.amazonaws.com'

/**
 * The result a sign-in event writes under its own eventName, in `responseElements` (`{ "ConsoleLogin":
 * "Success" }`) or, for IAM Identity Center's sign-in steps, in `serviceEventDetails` (`{
 * "CredentialVerification": "Failure" }`): `Success` or `Failure`, kept open for values AWS may add.
 *
 * @example
 * ```ts
 * SigninResult.isKnown('Failure')   // true
 * SigninResult.is('Pending')        // true: an unknown value is kept
 * ```
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-aws-console-sign-in-events.html
 */
export const SigninResult = /*#__PURE__*/ openEnum('SigninResult', ['Success', 'Failure'] as const)
/** The result of a sign-in event; see the codec of the same name. */
export type SigninResult = t.TypeOf<typeof SigninResult>

/**
 * A yes-or-no flag of a sign-in's `additionalEventData` (`MFAUsed`, `MobileVersion`): `Yes` or `No` as
 * documented; other letter cases occur (`"MFAUsed": "YES"` in AWS's own root sign-in example) and are kept.
 *
 * @example
 * ```ts
 * YesNo.isKnown('YES')   // false, though it decodes: compare ignoring case
 * ```
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-aws-console-sign-in-events.html
 */
export const YesNo = /*#__PURE__*/ openEnum('YesNo', ['Yes', 'No'] as const)
/** A Yes/No flag of a sign-in event; see the codec of the same name. */
export type YesNo = t.TypeOf<typeof YesNo>

/**
 * The credential or factor of an IAM Identity Center sign-in step (`CredentialType`): `PASSWORD`, `TOTP`,
 * `WEBAUTHN`, `EXTERNAL_IDP`, `RESYNC_TOTP` (the IAM Identity Center user guide's list) and `EMAIL_OTP`
 * (a one-time password sent by email at a user's first sign-in). `UserAuthentication` lists every type the
 * user passed, comma-separated (`"PASSWORD,TOTP"`), so any string decodes.
 *
 * @example
 * ```ts
 * CredentialType.isKnown('TOTP')           // true
 * CredentialType.is('PASSWORD,TOTP')       // true: the verified types of a whole sign-in
 * ```
 * @see https://docs.aws.amazon.com/singlesignon/latest/userguide/understanding-sign-in-events.html
 */
export const CredentialType = /*#__PURE__*/ openEnum('CredentialType', [
  'PASSWORD',
  'TOTP',
  'WEBAUTHN',
  'EXTERNAL_IDP',
  'RESYNC_TOTP',
  'EMAIL_OTP',
] as const)
/** The credential type of an IAM Identity Center sign-in step; see the codec of the same name. */
export type CredentialType = t.TypeOf<typeof CredentialType>
