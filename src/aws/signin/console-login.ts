import * as t from 'io-ts'
import { SigninResult, YesNo } from './shared.js'

/**
 * The `requestParameters` of `ConsoleLogin`: the event has no input and CloudTrail records `null`; an object, should
 * one appear, decodes with its keys kept.
 *
 * @example
 * ```ts
 * ConsoleLoginRequest.is({})   // true: any object; CloudTrail records `null`
 * ```
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-aws-console-sign-in-events.html
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/cloudtrail-integration.html
 */
export const ConsoleLoginRequest = t.UnknownRecord
/** The `requestParameters` of a `ConsoleLogin` record; see the codec of the same name. */
export type ConsoleLoginRequest = t.TypeOf<typeof ConsoleLoginRequest>

/**
 * The `responseElements` of `ConsoleLogin`: the result of a console sign-in, under the event's own name:
 * `{ "ConsoleLogin": "Success" }` or `"Failure"` (a failure also has an `errorMessage`, such as `Failed authentication`). Keys not named here are kept.
 *
 * @example
 * ```ts
 * ConsoleLoginResponse.is({ ConsoleLogin: 'Success' })   // true
 * ```
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-aws-console-sign-in-events.html
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/cloudtrail-integration.html
 */
export const ConsoleLoginResponse = /*#__PURE__*/ t.partial({ ConsoleLogin: SigninResult }, 'ConsoleLoginResponse')
/** The `responseElements` of a `ConsoleLogin` record; see the codec of the same name. */
export type ConsoleLoginResponse = t.TypeOf<typeof ConsoleLoginResponse>

/**
 * The `additionalEventData` of `ConsoleLogin`:
 *
 * - `LoginTo`: the page the user signed in to (`https://console.aws.amazon.com/...`);
 * - `MobileVersion`: whether the console's mobile version was used;
 * - `MFAUsed`: whether AWS sign-in asked for a second factor (`Yes`/`No`; `YES` occurs);
 * - `MFAIdentifier`: the ARN of the MFA device used (`arn:aws:iam::111122223333:mfa/...`, `...:u2f/user/...`);
 * - `SamlProviderArn`: the IAM SAML provider of a SAML-federated sign-in (`arn:aws:iam::111122223333:saml-provider/...`).
 *
 * Every member is optional and keys not named here are kept. (`additionalEventData` is not part of an
 * operation's table: `signInAdditionalData(event)` reads it typed, `signInSummary(event)` sums it up.)
 *
 * @example
 * ```ts
 * ConsoleLoginAdditionalData.is({ LoginTo: 'https://console.aws.amazon.com/console/home', MobileVersion: 'No', MFAUsed: 'Yes' })   // true
 * ```
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-aws-console-sign-in-events.html
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/cloudtrail-integration.html
 */
export const ConsoleLoginAdditionalData = /*#__PURE__*/ t.partial(
  {
    LoginTo: t.string,
    MobileVersion: YesNo,
    MFAUsed: YesNo,
    MFAIdentifier: t.string,
    SamlProviderArn: t.string,
  },
  'ConsoleLoginAdditionalData',
)
/** The `additionalEventData` of a `ConsoleLogin` record; see the codec of the same name. */
export type ConsoleLoginAdditionalData = t.TypeOf<typeof ConsoleLoginAdditionalData>
