/**
 * AWS Sign-In as CloudTrail logs it under `signin.amazonaws.com` (console
 * sign-ins and MFA checks, role switches, the federation endpoint, the sign-in
 * steps of IAM Identity Center users): the service value {@link signin}, its
 * event type {@link SigninEvent}, the codecs of each event's payloads, and
 * {@link signInSummary} and {@link signInAdditionalData} that read what a
 * sign-in says beyond them.
 *
 * @module cloudtrail-codecs/aws/signin
 */
import { defineService } from '../../services/service.js'
import type { EventOf, OperationName } from '../../services/service.js'
import { shapelessOperations } from '../../services/shapeless.js'
import { CheckMfaRequest, CheckMfaResponse } from './check-mfa.js'
import { ConsoleLoginRequest, ConsoleLoginResponse } from './console-login.js'
import { CredentialChallengeRequest, CredentialChallengeResponse } from './credential-challenge.js'
import { CredentialVerificationRequest, CredentialVerificationResponse } from './credential-verification.js'
import { ExitRoleRequest, ExitRoleResponse } from './exit-role.js'
import { GetSigninTokenRequest, GetSigninTokenResponse } from './get-signin-token.js'
import { PasswordUpdatedRequest, PasswordUpdatedResponse } from './password-updated.js'
import { RenewRoleRequest, RenewRoleResponse } from './renew-role.js'
import { SwitchRoleRequest, SwitchRoleResponse } from './switch-role.js'
import { UserAuthenticationRequest, UserAuthenticationResponse } from './user-authentication.js'
import { SIGNIN_EVENT_SOURCE } from './shared.js'

/**
 * The sign-in events whose payload shapes are unknown (no published record shows them): both payloads decode
 * as any JSON value, kept as it came and typed `unknown`; the records still narrow by eventName. The value is
 * each one's `readOnly`.
 */
const shapeless = /*#__PURE__*/ shapelessOperations({
  /**
   * A root user asking for a password reset from the sign-in page (readOnly `false`, as for every sign-in
   * event); named by published detection rules.
   */
  PasswordRecoveryRequested: false,
  /**
   * A root user completing a password reset (readOnly `false`, as for every sign-in event); named by
   * published detection rules.
   */
  PasswordRecoveryCompleted: false,
})

/**
 * AWS Sign-In as CloudTrail logs it under `signin.amazonaws.com`: console sign-ins (`ConsoleLogin`,
 * `CheckMfa`), role switching in the console (`SwitchRole`, `ExitRole`, `RenewRole`), the federation
 * endpoint (`GetSigninToken`), password changes and the sign-in steps of IAM Identity Center users
 * (`CredentialChallenge`, `CredentialVerification`, `UserAuthentication`): 12 events, typed from AWS's
 * documentation and published records (no public API model exists).
 *
 * The result of a sign-in is in `responseElements` (`{ "ConsoleLogin": "Success" }`) or, for IAM Identity
 * Center, in `serviceEventDetails`; most of what rules read is in `additionalEventData` (`MFAUsed`,
 * `LoginTo`, `SamlProviderArn`, `CredentialType`, ...). Neither is part of an operation's table:
 * `signInSummary(event)` sums a narrowed event up, and `signInAdditionalData(event)` reads its
 * `additionalEventData` typed for its eventName.
 *
 * Import it from `cloudtrail-codecs/aws/signin`; pass it to `parseRecords(input, { services: [signin] })` to check its records' payloads while parsing, and narrow with `signin.is` (all its events) or `signin.operations.X.is` (one).
 *
 * @example
 * ```ts
 * import { parseRecords } from 'cloudtrail-codecs'
 * import { signin, signInSummary } from 'cloudtrail-codecs/aws/signin'
 *
 * const { records } = parseRecords(text, { services: [signin] })
 * for (const record of records) {
 *   if (signin.is(record)) console.log(record.eventName, signInSummary(record).outcome)
 * }
 * ```
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-aws-console-sign-in-events.html
 * @see https://docs.aws.amazon.com/singlesignon/latest/userguide/understanding-sign-in-events.html
 */
export const signin = /*#__PURE__*/ defineService({
  name: 'signin',
  title: 'AWS Sign-In',
  eventSource: SIGNIN_EVENT_SOURCE,
  operations: {
    /**
     * The `ConsoleLogin` event of AWS Sign-In (`signin.amazonaws.com`, no public API model), readOnly `false` (as
     * CloudTrail writes it for sign-in events): a sign-in to the AWS Management Console (also the AWS Support Center and forums) by root, an IAM user, a federated user or a role session (SAML, IAM Identity Center, a custom identity broker). `eventType` is `AwsConsoleSignIn`. The record is AWS's example of an IAM user signing in with MFA.
     *
     * Typed from: CloudTrail user guide, AWS Management Console sign-in events; IAM user guide, logging sign-in events.
     *
     * @example
     * ```ts
     * signin.operations.ConsoleLogin.is({
     *   eventVersion: '1.05',
     *   userIdentity: {
     *     type: 'IAMUser', principalId: 'AIDACKCEVSQ6C2EXAMPLE', arn: 'arn:aws:iam::111122223333:user/anaya',
     *     accountId: '111122223333', userName: 'anaya',
     *   },
     *   eventTime: '2018-07-24T18:34:07Z', eventSource: 'signin.amazonaws.com', eventName: 'ConsoleLogin',
     *   awsRegion: 'us-east-1', sourceIPAddress: '192.0.2.0',
     *   userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_11_6) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/67.0.3396.99 Safari/537.36',
     *   requestParameters: null, responseElements: { ConsoleLogin: 'Success' },
     *   additionalEventData: {
     *     LoginTo: 'https://console.aws.amazon.com/console/home?state=hashArgs%23&isauthcode=true', MobileVersion: 'No', MFAUsed: 'Yes',
     *   },
     *   eventID: 'fed06f42-cb12-4764-8c69-121063dc79b9', eventType: 'AwsConsoleSignIn', recipientAccountId: '111122223333',
     * })   // true
     * ```
     * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-aws-console-sign-in-events.html
     * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/cloudtrail-integration.html
     */
    ConsoleLogin: { readOnly: false, request: ConsoleLoginRequest, response: ConsoleLoginResponse },
    /**
     * The `CheckMfa` event of AWS Sign-In (`signin.amazonaws.com`, no public API model), readOnly `false` (as
     * CloudTrail writes it for sign-in events): the sign-in process checking whether the user must pass MFA, before the password page. The record is AWS's example.
     *
     * Typed from: CloudTrail user guide, AWS Management Console sign-in events.
     *
     * @example
     * ```ts
     * signin.operations.CheckMfa.is({
     *   eventVersion: '1.05',
     *   userIdentity: { type: 'IAMUser', principalId: 'AIDACKCEVSQ6C2EXAMPLE', accountId: '111122223333', accessKeyId: '', userName: 'anaya' },
     *   eventTime: '2018-07-24T18:33:45Z', eventSource: 'signin.amazonaws.com', eventName: 'CheckMfa',
     *   awsRegion: 'us-east-1', sourceIPAddress: '192.0.2.0',
     *   userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_11_6) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/67.0.3396.99 Safari/537.36',
     *   requestParameters: null, responseElements: { CheckMfa: 'Success' }, additionalEventData: { MfaType: 'U2F MFA' },
     *   eventID: 'f8ef8fc5-e3e8-4ee1-9d52-2f412ddf17e3', eventType: 'AwsConsoleSignIn', recipientAccountId: '111122223333',
     * })   // true
     * ```
     * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-aws-console-sign-in-events.html
     */
    CheckMfa: { readOnly: false, request: CheckMfaRequest, response: CheckMfaResponse },
    /**
     * The `SwitchRole` event of AWS Sign-In (`signin.amazonaws.com`, no public API model), readOnly `false` (as
     * CloudTrail writes it for sign-in events): a console user switching to a role (often of another account); `userIdentity` is the role session, `SwitchFrom` the principal that switched. The record is composed in the shape published records show (no AWS example is published).
     *
     * Typed from: IAM user guide, switching to a role (console); published records.
     *
     * @example
     * ```ts
     * signin.operations.SwitchRole.is({
     *   eventVersion: '1.08',
     *   userIdentity: {
     *     type: 'AssumedRole', principalId: 'AROAEXAMPLEROLEID:Alice', arn: 'arn:aws:sts::444455556666:assumed-role/Admin/Alice',
     *     accountId: '444455556666',
     *   },
     *   eventTime: '2025-03-04T10:00:00Z', eventSource: 'signin.amazonaws.com', eventName: 'SwitchRole',
     *   awsRegion: 'us-east-1', sourceIPAddress: '192.0.2.10', userAgent: 'Mozilla/5.0 (X11; Linux x86_64)',
     *   requestParameters: null, responseElements: { SwitchRole: 'Success' },
     *   additionalEventData: { SwitchFrom: 'arn:aws:iam::111122223333:user/Alice', RedirectTo: 'https://console.aws.amazon.com/console/home' },
     *   eventID: '0b9f4a5e-0d2b-4c1e-9a51-3f7c2e8d1a01', eventType: 'AwsConsoleSignIn', recipientAccountId: '444455556666',
     * })   // true
     * ```
     * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-console.html
     */
    SwitchRole: { readOnly: false, request: SwitchRoleRequest, response: SwitchRoleResponse },
    /**
     * The `ExitRole` event of AWS Sign-In (`signin.amazonaws.com`, no public API model), readOnly `false` (as
     * CloudTrail writes it for sign-in events): a console user leaving the role they switched to, back to their own identity. The record is composed in the shape published records show.
     *
     * Typed from: IAM user guide, switching to a role (console); published records.
     *
     * @example
     * ```ts
     * signin.operations.ExitRole.is({
     *   eventVersion: '1.08',
     *   userIdentity: {
     *     type: 'AssumedRole', principalId: 'AROAEXAMPLEROLEID:Alice', arn: 'arn:aws:sts::444455556666:assumed-role/Admin/Alice',
     *     accountId: '444455556666',
     *   },
     *   eventTime: '2025-03-04T11:00:00Z', eventSource: 'signin.amazonaws.com', eventName: 'ExitRole',
     *   awsRegion: 'us-east-1', sourceIPAddress: '192.0.2.10', userAgent: 'Mozilla/5.0 (X11; Linux x86_64)',
     *   requestParameters: null, responseElements: { ExitRole: 'Success' },
     *   additionalEventData: { RedirectTo: 'https://console.aws.amazon.com/console/home' },
     *   eventID: '0b9f4a5e-0d2b-4c1e-9a51-3f7c2e8d1a02', eventType: 'AwsConsoleSignIn', recipientAccountId: '444455556666',
     * })   // true
     * ```
     * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-console.html
     */
    ExitRole: { readOnly: false, request: ExitRoleRequest, response: ExitRoleResponse },
    /**
     * The `RenewRole` event of AWS Sign-In (`signin.amazonaws.com`, no public API model), readOnly `false` (as
     * CloudTrail writes it for sign-in events): the console renewing the credentials of a role session it holds (role sessions last one hour). The record is composed in the shape published records show.
     *
     * Typed from: IAM user guide, switching to a role (console); published records.
     *
     * @example
     * ```ts
     * signin.operations.RenewRole.is({
     *   eventVersion: '1.08',
     *   userIdentity: {
     *     type: 'AssumedRole', principalId: 'AROAEXAMPLEROLEID:Alice', arn: 'arn:aws:sts::444455556666:assumed-role/Admin/Alice',
     *     accountId: '444455556666',
     *   },
     *   eventTime: '2025-03-04T10:55:00Z', eventSource: 'signin.amazonaws.com', eventName: 'RenewRole',
     *   awsRegion: 'us-east-1', sourceIPAddress: '192.0.2.10', userAgent: 'Mozilla/5.0 (X11; Linux x86_64)',
     *   requestParameters: null, responseElements: { RenewRole: 'Success' },
     *   additionalEventData: { RenewedBy: 'arn:aws:iam::111122223333:user/Alice', RedirectTo: 'https://console.aws.amazon.com/console/home' },
     *   eventID: '0b9f4a5e-0d2b-4c1e-9a51-3f7c2e8d1a03', eventType: 'AwsConsoleSignIn', recipientAccountId: '444455556666',
     * })   // true
     * ```
     * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-console.html
     */
    RenewRole: { readOnly: false, request: RenewRoleRequest, response: RenewRoleResponse },
    /**
     * The `GetSigninToken` event of AWS Sign-In (`signin.amazonaws.com`, no public API model), readOnly `false` (as
     * CloudTrail writes it for sign-in events): a call to the federation endpoint (`https://signin.aws.amazon.com/federation?Action=getSigninToken`) that turns temporary credentials into a sign-in token for a console URL: custom identity brokers, and attackers pivoting from stolen keys to the console. The record is composed in the shape published records show.
     *
     * Typed from: IAM user guide, custom identity broker access to the console; published records.
     *
     * @example
     * ```ts
     * signin.operations.GetSigninToken.is({
     *   eventVersion: '1.08',
     *   userIdentity: {
     *     type: 'FederatedUser', principalId: '111122223333:broker-alice', arn: 'arn:aws:sts::111122223333:federated-user/broker-alice',
     *     accountId: '111122223333', accessKeyId: 'ASIAIOSFODNN7EXAMPLE',
     *   },
     *   eventTime: '2025-03-04T09:59:00Z', eventSource: 'signin.amazonaws.com', eventName: 'GetSigninToken',
     *   awsRegion: 'us-east-1', sourceIPAddress: '192.0.2.20', userAgent: 'python-requests/2.32.3',
     *   requestParameters: null, responseElements: { GetSigninToken: 'Success' },
     *   additionalEventData: { MobileVersion: 'No', MFAUsed: 'No' },
     *   eventID: '0b9f4a5e-0d2b-4c1e-9a51-3f7c2e8d1a04', eventType: 'AwsConsoleSignIn', recipientAccountId: '111122223333',
     * })   // true
     * ```
     * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers_enable-console-custom-url.html
     */
    GetSigninToken: { readOnly: false, request: GetSigninTokenRequest, response: GetSigninTokenResponse },
    /**
     * The `PasswordUpdated` event of AWS Sign-In (`signin.amazonaws.com`, no public API model), readOnly `false` (as
     * CloudTrail writes it for sign-in events): a user changing their console password on the sign-in pages (the root user's password change). The record is composed in the shape published detection rules test.
     *
     * Typed from: IAM user guide, changing the root user password; published detection rules.
     *
     * @example
     * ```ts
     * signin.operations.PasswordUpdated.is({
     *   eventVersion: '1.08',
     *   userIdentity: { type: 'Root', principalId: '111122223333', arn: 'arn:aws:iam::111122223333:root', accountId: '111122223333', accessKeyId: '' },
     *   eventTime: '2025-03-04T12:00:00Z', eventSource: 'signin.amazonaws.com', eventName: 'PasswordUpdated',
     *   awsRegion: 'us-east-1', sourceIPAddress: '192.0.2.30', userAgent: 'Mozilla/5.0 (X11; Linux x86_64)',
     *   requestParameters: null, responseElements: { PasswordUpdated: 'Success' },
     *   eventID: '0b9f4a5e-0d2b-4c1e-9a51-3f7c2e8d1a05', eventType: 'AwsConsoleSignIn', recipientAccountId: '111122223333',
     * })   // true
     * ```
     * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/root-user-password.html
     */
    PasswordUpdated: { readOnly: false, request: PasswordUpdatedRequest, response: PasswordUpdatedResponse },
    /**
     * The `CredentialChallenge` event of AWS Sign-In (`signin.amazonaws.com`, no public API model), readOnly `false` (as
     * CloudTrail writes it for sign-in events): IAM Identity Center asking the user to solve one credential challenge (`CredentialType`); the result is in `serviceEventDetails`, `eventType` is `AwsServiceEvent`. The record is AWS's example.
     *
     * Typed from: IAM Identity Center user guide, understanding sign-in events.
     *
     * @example
     * ```ts
     * signin.operations.CredentialChallenge.is({
     *   eventVersion: '1.08',
     *   userIdentity: { type: 'Unknown', principalId: '111122223333', arn: '', accountId: '111122223333', accessKeyId: '', userName: 'user1' },
     *   eventTime: '2020-12-07T20:33:58Z', eventSource: 'signin.amazonaws.com', eventName: 'CredentialChallenge',
     *   awsRegion: 'us-east-1', sourceIPAddress: '203.0.113.0',
     *   userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/87.0.4280.66 Safari/537.36',
     *   requestParameters: null, responseElements: null,
     *   additionalEventData: { AuthWorkflowID: '9de74b32-8362-4a01-a524-de21df59fd83', CredentialType: 'PASSWORD' },
     *   requestID: '5be44ffb-6946-4f47-acaf-1adebd4afead', eventID: '27ea7725-c1fd-4355-bdba-d0e628e0e604', readOnly: false,
     *   eventType: 'AwsServiceEvent', managementEvent: true, eventCategory: 'Management', recipientAccountId: '111122223333',
     *   serviceEventDetails: { CredentialChallenge: 'Success' },
     * })   // true
     * ```
     * @see https://docs.aws.amazon.com/singlesignon/latest/userguide/understanding-sign-in-events.html
     * @see https://docs.aws.amazon.com/singlesignon/latest/userguide/username-sign-in-cloudtrail-events.html
     */
    CredentialChallenge: { readOnly: false, request: CredentialChallengeRequest, response: CredentialChallengeResponse },
    /**
     * The `CredentialVerification` event of AWS Sign-In (`signin.amazonaws.com`, no public API model), readOnly `false` (as
     * CloudTrail writes it for sign-in events): the user's answer to one IAM Identity Center credential challenge; `serviceEventDetails` says whether it passed, and a `Failure` comes with no `errorCode` or `errorMessage`. The record is AWS's example of a wrong password.
     *
     * Typed from: IAM Identity Center user guide, understanding sign-in events.
     *
     * @example
     * ```ts
     * signin.operations.CredentialVerification.is({
     *   eventVersion: '1.08',
     *   userIdentity: { type: 'Unknown', principalId: '111122223333', arn: '', accountId: '111122223333', accessKeyId: '', userName: 'user1' },
     *   eventTime: '2020-12-08T18:56:21Z', eventSource: 'signin.amazonaws.com', eventName: 'CredentialVerification',
     *   awsRegion: 'us-east-1', sourceIPAddress: '203.0.113.0',
     *   userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/87.0.4280.66 Safari/537.36',
     *   requestParameters: null, responseElements: null,
     *   additionalEventData: { AuthWorkflowID: 'adbf67c4-8188-4e2b-8527-fe539e328fa7', CredentialType: 'PASSWORD' },
     *   requestID: '04528c82-a678-4a1f-a56d-ea2c6445a72a', eventID: '9160fe06-fc2a-474f-9b78-000ee067a09d', readOnly: false,
     *   eventType: 'AwsServiceEvent', managementEvent: true, eventCategory: 'Management', recipientAccountId: '111122223333',
     *   serviceEventDetails: { CredentialVerification: 'Failure' },
     * })   // true
     * ```
     * @see https://docs.aws.amazon.com/singlesignon/latest/userguide/understanding-sign-in-events.html
     */
    CredentialVerification: { readOnly: false, request: CredentialVerificationRequest, response: CredentialVerificationResponse },
    /**
     * The `UserAuthentication` event of AWS Sign-In (`signin.amazonaws.com`, no public API model), readOnly `false` (as
     * CloudTrail writes it for sign-in events): an IAM Identity Center user signed in, having passed every challenge (`CredentialType` lists them all); a failed sign-in logs none. The record is AWS's example of a sign-in through an external identity provider.
     *
     * Typed from: IAM Identity Center user guide, understanding sign-in events.
     *
     * @example
     * ```ts
     * signin.operations.UserAuthentication.is({
     *   eventVersion: '1.08',
     *   userIdentity: { type: 'Unknown', principalId: '111122223333', arn: '', accountId: '111122223333', accessKeyId: '', userName: 'user1' },
     *   eventTime: '2020-12-07T20:34:09Z', eventSource: 'signin.amazonaws.com', eventName: 'UserAuthentication',
     *   awsRegion: 'us-east-1', sourceIPAddress: '203.0.113.0',
     *   userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/87.0.4280.66 Safari/537.36',
     *   requestParameters: null, responseElements: null,
     *   additionalEventData: {
     *     AuthWorkflowID: '9de74b32-8362-4a01-a524-de21df59fd83', LoginTo: 'https://d-1234567890.awsapps.com/start/', CredentialType: 'EXTERNAL_IDP',
     *   },
     *   requestID: 'f3cf52ad-fd3d-4889-8c15-f18d1a7c7393', eventID: 'e959a95a-2b33-478d-906c-4fe303e8a9f1', readOnly: false,
     *   eventType: 'AwsServiceEvent', managementEvent: true, eventCategory: 'Management', recipientAccountId: '111122223333',
     *   serviceEventDetails: { UserAuthentication: 'Success' },
     * })   // true
     * ```
     * @see https://docs.aws.amazon.com/singlesignon/latest/userguide/understanding-sign-in-events.html
     * @see https://docs.aws.amazon.com/singlesignon/latest/userguide/username-sign-in-cloudtrail-events.html
     */
    UserAuthentication: { readOnly: false, request: UserAuthenticationRequest, response: UserAuthenticationResponse },
    ...shapeless,
  },
})

/**
 * A CloudTrail record of a sign-in event (`signin.amazonaws.com`), or of the events named: what `signin.is` and `signin.operations.X.is` narrow to.
 *
 * @typeParam Name - the eventNames to include (all by default)
 *
 * @example
 * ```ts
 * function audit(event: SigninEvent<'ConsoleLogin'>): void {
 *   console.log(event.eventName, event.responseElements?.ConsoleLogin)
 * }
 * ```
 */
export type SigninEvent<Name extends OperationName<typeof signin> = OperationName<typeof signin>> = EventOf<typeof signin, Name>

export * from './check-mfa.js'
export * from './console-login.js'
export * from './credential-challenge.js'
export * from './credential-verification.js'
export * from './exit-role.js'
export * from './get-signin-token.js'
export * from './password-updated.js'
export * from './renew-role.js'
export * from './shared.js'
export * from './summary.js'
export * from './switch-role.js'
export * from './user-authentication.js'
