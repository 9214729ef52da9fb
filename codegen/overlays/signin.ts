// AWS Sign-In: CloudTrail logs under signin.amazonaws.com, besides the 11 OAuth2 and console-authorization
// operations of the API model (2023-01-01), the console sign-in events, which no model has: 12 events with their
// results in responseElements and what rules read in additionalEventData (MFAUsed, LoginTo, ...), as
// the sign-in guide documents them. The entry keeps its names (`SigninResult`, `ConsoleLoginAdditionalData`, ...).
import type { Extra, Overlay } from '../overlay.js'

/** The result a sign-in event writes under its own eventName: `Success` or `Failure`. */
const RESULT: Extra = { enum: 'SigninResult', values: ['Success', 'Failure'] }

/** A yes-or-no flag of a sign-in's `additionalEventData` (`MFAUsed`, `MobileVersion`); `YES` occurs. */
const YES_NO: Extra = { enum: 'YesNo', values: ['Yes', 'No'] }

/** The credential or factor of an IAM Identity Center sign-in step (`CredentialType`). */
const CREDENTIAL_TYPE: Extra = {
  enum: 'CredentialType',
  values: ['PASSWORD', 'TOTP', 'WEBAUTHN', 'EXTERNAL_IDP', 'RESYNC_TOTP', 'EMAIL_OTP'],
}

/** The TSDoc of the service value. */
const SUMMARY = `AWS Sign-In as CloudTrail logs it under \`signin.amazonaws.com\`: console sign-ins (\`ConsoleLogin\`,
\`CheckMfa\`), role switching in the console (\`SwitchRole\`, \`ExitRole\`, \`RenewRole\`), the federation
endpoint (\`GetSigninToken\`), password changes and the sign-in steps of IAM Identity Center users
(\`CredentialChallenge\`, \`CredentialVerification\`, \`UserAuthentication\`): 12 events, typed from AWS's
documentation and published records (no API model has them). Besides them, the 11 operations of the AWS Sign-In
API (2023-01-01: OAuth 2.0 tokens such as \`CreateOAuth2Token\`, the console authorization configuration and
resource permission statements) are typed from its model: they share the eventSource, come first in
\`signin.operations\`, and share no eventName with the sign-in events.

The result of a sign-in is in \`responseElements\` (\`{ "ConsoleLogin": "Success" }\`) or, for IAM Identity
Center, in \`serviceEventDetails\`; most of what rules read is in \`additionalEventData\` (\`MFAUsed\`,
\`LoginTo\`, \`SamlProviderArn\`, \`CredentialType\`, ...), which each sign-in event types: after
\`signin.operations.ConsoleLogin.is(record)\`, \`record.additionalEventData?.MFAUsed\` needs no cast.
\`serviceEventDetails\` is not part of an operation's table: \`signInSummary(event)\` of
\`cloudtrail-codecs/audit\` sums a narrowed event up, its result included, and \`signInAdditionalData(event)\`
reads its \`additionalEventData\` typed for its eventName.

Import it from \`cloudtrail-codecs/aws/signin\`; pass it to \`parseRecords(input, { services: [signin] })\` to check its records' payloads while parsing, and narrow with \`signin.is\` (all its events) or \`signin.operations.X.is\` (one).

@example
\`\`\`ts
import { parseRecords } from 'cloudtrail-codecs'
import { signInSummary } from 'cloudtrail-codecs/audit'
import { signin } from 'cloudtrail-codecs/aws/signin'

const { records } = parseRecords(text, { services: [signin] })
for (const record of records) {
  if (signin.is(record)) console.log(record.eventName, signInSummary(record).outcome)
  if (signin.operations.ConsoleLogin.is(record) && record.userIdentity?.type === 'Root' && record.additionalEventData?.MFAUsed === 'No') {
    console.warn('root console sign-in without MFA', record.sourceIPAddress)
  }
}
\`\`\`
@see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-aws-console-sign-in-events.html
@see https://docs.aws.amazon.com/singlesignon/latest/userguide/understanding-sign-in-events.html
@see https://docs.aws.amazon.com/goto/WebAPI/signin-2023-01-01`

/** The TSDoc of each sign-in event, by eventName, with a real or documented record as its example. */
const DOCS: { readonly [eventName: string]: string } = {
  ConsoleLogin: `The \`ConsoleLogin\` event of AWS Sign-In (\`signin.amazonaws.com\`, no public API model), readOnly \`false\` (as
CloudTrail writes it for sign-in events): a sign-in to the AWS Management Console (also the AWS Support Center and forums) by root, an IAM user, a federated user or a role session (SAML, IAM Identity Center, a custom identity broker). \`eventType\` is \`AwsConsoleSignIn\`. The record is AWS's example of an IAM user signing in with MFA.

Typed from: CloudTrail user guide, AWS Management Console sign-in events; IAM user guide, logging sign-in events.

@example
\`\`\`ts
signin.operations.ConsoleLogin.is({
  eventVersion: '1.05',
  userIdentity: {
    type: 'IAMUser', principalId: 'AIDACKCEVSQ6C2EXAMPLE', arn: 'arn:aws:iam::111122223333:user/anaya',
    accountId: '111122223333', userName: 'anaya',
  },
  eventTime: '2018-07-24T18:34:07Z', eventSource: 'signin.amazonaws.com', eventName: 'ConsoleLogin',
  awsRegion: 'us-east-1', sourceIPAddress: '192.0.2.0',
  userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_11_6) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/67.0.3396.99 Safari/537.36',
  requestParameters: null, responseElements: { ConsoleLogin: 'Success' },
  additionalEventData: {
    LoginTo: 'https://console.aws.amazon.com/console/home?state=hashArgs%23&isauthcode=true', MobileVersion: 'No', MFAUsed: 'Yes',
  },
  eventID: 'fed06f42-cb12-4764-8c69-121063dc79b9', eventType: 'AwsConsoleSignIn', recipientAccountId: '111122223333',
})   // true
\`\`\`
@see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-aws-console-sign-in-events.html
@see https://docs.aws.amazon.com/IAM/latest/UserGuide/cloudtrail-integration.html`,
  CheckMfa: `The \`CheckMfa\` event of AWS Sign-In (\`signin.amazonaws.com\`, no public API model), readOnly \`false\` (as
CloudTrail writes it for sign-in events): the sign-in process checking whether the user must pass MFA, before the password page. The record is AWS's example.

Typed from: CloudTrail user guide, AWS Management Console sign-in events.

@example
\`\`\`ts
signin.operations.CheckMfa.is({
  eventVersion: '1.05',
  userIdentity: { type: 'IAMUser', principalId: 'AIDACKCEVSQ6C2EXAMPLE', accountId: '111122223333', accessKeyId: '', userName: 'anaya' },
  eventTime: '2018-07-24T18:33:45Z', eventSource: 'signin.amazonaws.com', eventName: 'CheckMfa',
  awsRegion: 'us-east-1', sourceIPAddress: '192.0.2.0',
  userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_11_6) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/67.0.3396.99 Safari/537.36',
  requestParameters: null, responseElements: { CheckMfa: 'Success' }, additionalEventData: { MfaType: 'U2F MFA' },
  eventID: 'f8ef8fc5-e3e8-4ee1-9d52-2f412ddf17e3', eventType: 'AwsConsoleSignIn', recipientAccountId: '111122223333',
})   // true
\`\`\`
@see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-aws-console-sign-in-events.html`,
  SwitchRole: `The \`SwitchRole\` event of AWS Sign-In (\`signin.amazonaws.com\`, no public API model), readOnly \`false\` (as
CloudTrail writes it for sign-in events): a console user switching to a role (often of another account); \`userIdentity\` is the role session, \`SwitchFrom\` the principal that switched. The record is composed in the shape published records show (no AWS example is published).

Typed from: IAM user guide, switching to a role (console); published records.

@example
\`\`\`ts
signin.operations.SwitchRole.is({
  eventVersion: '1.08',
  userIdentity: {
    type: 'AssumedRole', principalId: 'AROAEXAMPLEROLEID:Alice', arn: 'arn:aws:sts::444455556666:assumed-role/Admin/Alice',
    accountId: '444455556666',
  },
  eventTime: '2025-03-04T10:00:00Z', eventSource: 'signin.amazonaws.com', eventName: 'SwitchRole',
  awsRegion: 'us-east-1', sourceIPAddress: '192.0.2.10', userAgent: 'Mozilla/5.0 (X11; Linux x86_64)',
  requestParameters: null, responseElements: { SwitchRole: 'Success' },
  additionalEventData: { SwitchFrom: 'arn:aws:iam::111122223333:user/Alice', RedirectTo: 'https://console.aws.amazon.com/console/home' },
  eventID: '0b9f4a5e-0d2b-4c1e-9a51-3f7c2e8d1a01', eventType: 'AwsConsoleSignIn', recipientAccountId: '444455556666',
})   // true
\`\`\`
@see https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-console.html`,
  ExitRole: `The \`ExitRole\` event of AWS Sign-In (\`signin.amazonaws.com\`, no public API model), readOnly \`false\` (as
CloudTrail writes it for sign-in events): a console user leaving the role they switched to, back to their own identity. The record is composed in the shape published records show.

Typed from: IAM user guide, switching to a role (console); published records.

@example
\`\`\`ts
signin.operations.ExitRole.is({
  eventVersion: '1.08',
  userIdentity: {
    type: 'AssumedRole', principalId: 'AROAEXAMPLEROLEID:Alice', arn: 'arn:aws:sts::444455556666:assumed-role/Admin/Alice',
    accountId: '444455556666',
  },
  eventTime: '2025-03-04T11:00:00Z', eventSource: 'signin.amazonaws.com', eventName: 'ExitRole',
  awsRegion: 'us-east-1', sourceIPAddress: '192.0.2.10', userAgent: 'Mozilla/5.0 (X11; Linux x86_64)',
  requestParameters: null, responseElements: { ExitRole: 'Success' },
  additionalEventData: { RedirectTo: 'https://console.aws.amazon.com/console/home' },
  eventID: '0b9f4a5e-0d2b-4c1e-9a51-3f7c2e8d1a02', eventType: 'AwsConsoleSignIn', recipientAccountId: '444455556666',
})   // true
\`\`\`
@see https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-console.html`,
  RenewRole: `The \`RenewRole\` event of AWS Sign-In (\`signin.amazonaws.com\`, no public API model), readOnly \`false\` (as
CloudTrail writes it for sign-in events): the console renewing the credentials of a role session it holds (role sessions last one hour). The record is composed in the shape published records show.

Typed from: IAM user guide, switching to a role (console); published records.

@example
\`\`\`ts
signin.operations.RenewRole.is({
  eventVersion: '1.08',
  userIdentity: {
    type: 'AssumedRole', principalId: 'AROAEXAMPLEROLEID:Alice', arn: 'arn:aws:sts::444455556666:assumed-role/Admin/Alice',
    accountId: '444455556666',
  },
  eventTime: '2025-03-04T10:55:00Z', eventSource: 'signin.amazonaws.com', eventName: 'RenewRole',
  awsRegion: 'us-east-1', sourceIPAddress: '192.0.2.10', userAgent: 'Mozilla/5.0 (X11; Linux x86_64)',
  requestParameters: null, responseElements: { RenewRole: 'Success' },
  additionalEventData: { RenewedBy: 'arn:aws:iam::111122223333:user/Alice', RedirectTo: 'https://console.aws.amazon.com/console/home' },
  eventID: '0b9f4a5e-0d2b-4c1e-9a51-3f7c2e8d1a03', eventType: 'AwsConsoleSignIn', recipientAccountId: '444455556666',
})   // true
\`\`\`
@see https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-console.html`,
  GetSigninToken: `The \`GetSigninToken\` event of AWS Sign-In (\`signin.amazonaws.com\`, no public API model), readOnly \`false\` (as
CloudTrail writes it for sign-in events): a call to the federation endpoint (\`https://signin.aws.amazon.com/federation?Action=getSigninToken\`) that turns temporary credentials into a sign-in token for a console URL: custom identity brokers, and attackers pivoting from stolen keys to the console. The record is composed in the shape published records show.

Typed from: IAM user guide, custom identity broker access to the console; published records.

@example
\`\`\`ts
signin.operations.GetSigninToken.is({
  eventVersion: '1.08',
  userIdentity: {
    type: 'FederatedUser', principalId: '111122223333:broker-alice', arn: 'arn:aws:sts::111122223333:federated-user/broker-alice',
    accountId: '111122223333', accessKeyId: 'ASIAIOSFODNN7EXAMPLE',
  },
  eventTime: '2025-03-04T09:59:00Z', eventSource: 'signin.amazonaws.com', eventName: 'GetSigninToken',
  awsRegion: 'us-east-1', sourceIPAddress: '192.0.2.20', userAgent: 'python-requests/2.32.3',
  requestParameters: null, responseElements: { GetSigninToken: 'Success' },
  additionalEventData: { MobileVersion: 'No', MFAUsed: 'No' },
  eventID: '0b9f4a5e-0d2b-4c1e-9a51-3f7c2e8d1a04', eventType: 'AwsConsoleSignIn', recipientAccountId: '111122223333',
})   // true
\`\`\`
@see https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers_enable-console-custom-url.html`,
  PasswordUpdated: `The \`PasswordUpdated\` event of AWS Sign-In (\`signin.amazonaws.com\`, no public API model), readOnly \`false\` (as
CloudTrail writes it for sign-in events): a user changing their console password on the sign-in pages (the root user's password change). The record is composed in the shape published detection rules test.

Typed from: IAM user guide, changing the root user password; published detection rules.

@example
\`\`\`ts
signin.operations.PasswordUpdated.is({
  eventVersion: '1.08',
  userIdentity: { type: 'Root', principalId: '111122223333', arn: 'arn:aws:iam::111122223333:root', accountId: '111122223333', accessKeyId: '' },
  eventTime: '2025-03-04T12:00:00Z', eventSource: 'signin.amazonaws.com', eventName: 'PasswordUpdated',
  awsRegion: 'us-east-1', sourceIPAddress: '192.0.2.30', userAgent: 'Mozilla/5.0 (X11; Linux x86_64)',
  requestParameters: null, responseElements: { PasswordUpdated: 'Success' },
  eventID: '0b9f4a5e-0d2b-4c1e-9a51-3f7c2e8d1a05', eventType: 'AwsConsoleSignIn', recipientAccountId: '111122223333',
})   // true
\`\`\`
@see https://docs.aws.amazon.com/IAM/latest/UserGuide/root-user-password.html`,
  CredentialChallenge: `The \`CredentialChallenge\` event of AWS Sign-In (\`signin.amazonaws.com\`, no public API model), readOnly \`false\` (as
CloudTrail writes it for sign-in events): IAM Identity Center asking the user to solve one credential challenge (\`CredentialType\`); the result is in \`serviceEventDetails\`, \`eventType\` is \`AwsServiceEvent\`. The record is AWS's example.

Typed from: IAM Identity Center user guide, understanding sign-in events.

@example
\`\`\`ts
signin.operations.CredentialChallenge.is({
  eventVersion: '1.08',
  userIdentity: { type: 'Unknown', principalId: '111122223333', arn: '', accountId: '111122223333', accessKeyId: '', userName: 'user1' },
  eventTime: '2020-12-07T20:33:58Z', eventSource: 'signin.amazonaws.com', eventName: 'CredentialChallenge',
  awsRegion: 'us-east-1', sourceIPAddress: '203.0.113.0',
  userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/87.0.4280.66 Safari/537.36',
  requestParameters: null, responseElements: null,
  additionalEventData: { AuthWorkflowID: '9de74b32-8362-4a01-a524-de21df59fd83', CredentialType: 'PASSWORD' },
  requestID: '5be44ffb-6946-4f47-acaf-1adebd4afead', eventID: '27ea7725-c1fd-4355-bdba-d0e628e0e604', readOnly: false,
  eventType: 'AwsServiceEvent', managementEvent: true, eventCategory: 'Management', recipientAccountId: '111122223333',
  serviceEventDetails: { CredentialChallenge: 'Success' },
})   // true
\`\`\`
@see https://docs.aws.amazon.com/singlesignon/latest/userguide/understanding-sign-in-events.html
@see https://docs.aws.amazon.com/singlesignon/latest/userguide/username-sign-in-cloudtrail-events.html`,
  CredentialVerification: `The \`CredentialVerification\` event of AWS Sign-In (\`signin.amazonaws.com\`, no public API model), readOnly \`false\` (as
CloudTrail writes it for sign-in events): the user's answer to one IAM Identity Center credential challenge; \`serviceEventDetails\` says whether it passed, and a \`Failure\` comes with no \`errorCode\` or \`errorMessage\`. The record is AWS's example of a wrong password.

Typed from: IAM Identity Center user guide, understanding sign-in events.

@example
\`\`\`ts
signin.operations.CredentialVerification.is({
  eventVersion: '1.08',
  userIdentity: { type: 'Unknown', principalId: '111122223333', arn: '', accountId: '111122223333', accessKeyId: '', userName: 'user1' },
  eventTime: '2020-12-08T18:56:21Z', eventSource: 'signin.amazonaws.com', eventName: 'CredentialVerification',
  awsRegion: 'us-east-1', sourceIPAddress: '203.0.113.0',
  userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/87.0.4280.66 Safari/537.36',
  requestParameters: null, responseElements: null,
  additionalEventData: { AuthWorkflowID: 'adbf67c4-8188-4e2b-8527-fe539e328fa7', CredentialType: 'PASSWORD' },
  requestID: '04528c82-a678-4a1f-a56d-ea2c6445a72a', eventID: '9160fe06-fc2a-474f-9b78-000ee067a09d', readOnly: false,
  eventType: 'AwsServiceEvent', managementEvent: true, eventCategory: 'Management', recipientAccountId: '111122223333',
  serviceEventDetails: { CredentialVerification: 'Failure' },
})   // true
\`\`\`
@see https://docs.aws.amazon.com/singlesignon/latest/userguide/understanding-sign-in-events.html`,
  UserAuthentication: `The \`UserAuthentication\` event of AWS Sign-In (\`signin.amazonaws.com\`, no public API model), readOnly \`false\` (as
CloudTrail writes it for sign-in events): an IAM Identity Center user signed in, having passed every challenge (\`CredentialType\` lists them all); a failed sign-in logs none. The record is AWS's example of a sign-in through an external identity provider.

Typed from: IAM Identity Center user guide, understanding sign-in events.

@example
\`\`\`ts
signin.operations.UserAuthentication.is({
  eventVersion: '1.08',
  userIdentity: { type: 'Unknown', principalId: '111122223333', arn: '', accountId: '111122223333', accessKeyId: '', userName: 'user1' },
  eventTime: '2020-12-07T20:34:09Z', eventSource: 'signin.amazonaws.com', eventName: 'UserAuthentication',
  awsRegion: 'us-east-1', sourceIPAddress: '203.0.113.0',
  userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/87.0.4280.66 Safari/537.36',
  requestParameters: null, responseElements: null,
  additionalEventData: {
    AuthWorkflowID: '9de74b32-8362-4a01-a524-de21df59fd83', LoginTo: 'https://d-1234567890.awsapps.com/start/', CredentialType: 'EXTERNAL_IDP',
  },
  requestID: 'f3cf52ad-fd3d-4889-8c15-f18d1a7c7393', eventID: 'e959a95a-2b33-478d-906c-4fe303e8a9f1', readOnly: false,
  eventType: 'AwsServiceEvent', managementEvent: true, eventCategory: 'Management', recipientAccountId: '111122223333',
  serviceEventDetails: { UserAuthentication: 'Success' },
})   // true
\`\`\`
@see https://docs.aws.amazon.com/singlesignon/latest/userguide/understanding-sign-in-events.html
@see https://docs.aws.amazon.com/singlesignon/latest/userguide/username-sign-in-cloudtrail-events.html`,
  PasswordRecoveryRequested: `A root user asking for a password reset from the sign-in page (readOnly \`false\`, as for every sign-in
event); named by published detection rules.`,
  PasswordRecoveryCompleted: `A root user completing a password reset (readOnly \`false\`, as for every sign-in event); named by
published detection rules.`,
}

/**
 * The TSDoc of the value lists and of each sign-in event's payload types, their examples on the operations'
 * codecs.
 */
const TYPE_DOCS: { readonly [typeName: string]: string } = {
  SigninResult: `The result a sign-in event writes under its own eventName, in \`responseElements\` (\`{ "ConsoleLogin":
"Success" }\`) or, for IAM Identity Center's sign-in steps, in \`serviceEventDetails\` (\`{
"CredentialVerification": "Failure" }\`): \`Success\` or \`Failure\`, kept open for values AWS may add.

@example
\`\`\`ts
SigninResult.isKnown('Failure')   // true
SigninResult.is('Pending')        // true: an unknown value is kept
\`\`\`
@see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-aws-console-sign-in-events.html`,
  YesNo: `A yes-or-no flag of a sign-in's \`additionalEventData\` (\`MFAUsed\`, \`MobileVersion\`): \`Yes\` or \`No\` as
documented; other letter cases occur (\`"MFAUsed": "YES"\` in AWS's own root sign-in example) and are kept.

@example
\`\`\`ts
YesNo.isKnown('YES')   // false, though it decodes: compare ignoring case
\`\`\`
@see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-aws-console-sign-in-events.html`,
  CredentialType: `The credential or factor of an IAM Identity Center sign-in step (\`CredentialType\`): \`PASSWORD\`, \`TOTP\`,
\`WEBAUTHN\`, \`EXTERNAL_IDP\`, \`RESYNC_TOTP\` (the IAM Identity Center user guide's list) and \`EMAIL_OTP\`
(a one-time password sent by email at a user's first sign-in). \`UserAuthentication\` lists every type the
user passed, comma-separated (\`"PASSWORD,TOTP"\`), so any string decodes.

@example
\`\`\`ts
CredentialType.isKnown('TOTP')           // true
CredentialType.is('PASSWORD,TOTP')       // true: the verified types of a whole sign-in
\`\`\`
@see https://docs.aws.amazon.com/singlesignon/latest/userguide/understanding-sign-in-events.html`,
  ConsoleLoginRequest: `The \`requestParameters\` of \`ConsoleLogin\`: the event has no input and CloudTrail records \`null\`; an object, should
one appear, decodes with its keys kept.

@example
\`\`\`ts
signin.operations.ConsoleLogin.request.is({})   // true: any object; CloudTrail records \`null\`
\`\`\`
@see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-aws-console-sign-in-events.html
@see https://docs.aws.amazon.com/IAM/latest/UserGuide/cloudtrail-integration.html`,
  ConsoleLoginResponse: `The \`responseElements\` of \`ConsoleLogin\`: the result of a console sign-in, under the event's own name:
\`{ "ConsoleLogin": "Success" }\` or \`"Failure"\` (a failure also has an \`errorMessage\`, such as \`Failed authentication\`). Keys not named here are kept.

@example
\`\`\`ts
signin.operations.ConsoleLogin.response.is({ ConsoleLogin: 'Success' })   // true
\`\`\`
@see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-aws-console-sign-in-events.html
@see https://docs.aws.amazon.com/IAM/latest/UserGuide/cloudtrail-integration.html`,
  ConsoleLoginAdditionalData: `The \`additionalEventData\` of \`ConsoleLogin\`:

- \`LoginTo\`: the page the user signed in to (\`https://console.aws.amazon.com/...\`);
- \`MobileVersion\`: whether the console's mobile version was used;
- \`MFAUsed\`: whether AWS sign-in asked for a second factor (\`Yes\`/\`No\`; \`YES\` occurs);
- \`MFAIdentifier\`: the ARN of the MFA device used (\`arn:aws:iam::111122223333:mfa/...\`, \`...:u2f/user/...\`);
- \`SamlProviderArn\`: the IAM SAML provider of a SAML-federated sign-in (\`arn:aws:iam::111122223333:saml-provider/...\`).

Every member is optional and keys not named here are kept. (The operation's guard checks it with the
rest of the record; \`signInAdditionalData(event)\` of \`cloudtrail-codecs/audit\` reads it typed, \`signInSummary(event)\` sums it up.)

@example
\`\`\`ts
signin.operations.ConsoleLogin.additional?.is({ LoginTo: 'https://console.aws.amazon.com/console/home', MobileVersion: 'No', MFAUsed: 'Yes' })   // true
\`\`\`
@see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-aws-console-sign-in-events.html
@see https://docs.aws.amazon.com/IAM/latest/UserGuide/cloudtrail-integration.html`,
  CheckMfaRequest: `The \`requestParameters\` of \`CheckMfa\`: the event has no input and CloudTrail records \`null\`; an object, should
one appear, decodes with its keys kept.

@example
\`\`\`ts
signin.operations.CheckMfa.request.is({})   // true: any object; CloudTrail records \`null\`
\`\`\`
@see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-aws-console-sign-in-events.html`,
  CheckMfaResponse: `The \`responseElements\` of \`CheckMfa\`: the result of the sign-in process checking whether the user must pass MFA, under the event's own name:
\`{ "CheckMfa": "Success" }\`. Keys not named here are kept.

@example
\`\`\`ts
signin.operations.CheckMfa.response.is({ CheckMfa: 'Success' })   // true
\`\`\`
@see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-aws-console-sign-in-events.html`,
  CheckMfaAdditionalData: `The \`additionalEventData\` of \`CheckMfa\`:

- \`MfaType\`: the kind of MFA device the user has, as AWS names it (\`U2F MFA\` in AWS's example).

Every member is optional and keys not named here are kept. (The operation's guard checks it with the
rest of the record; \`signInAdditionalData(event)\` of \`cloudtrail-codecs/audit\` reads it typed, \`signInSummary(event)\` sums it up.)

@example
\`\`\`ts
signin.operations.CheckMfa.additional?.is({ MfaType: 'U2F MFA' })   // true
\`\`\`
@see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-aws-console-sign-in-events.html`,
  SwitchRoleRequest: `The \`requestParameters\` of \`SwitchRole\`: the event has no input and CloudTrail records \`null\`; an object, should
one appear, decodes with its keys kept.

@example
\`\`\`ts
signin.operations.SwitchRole.request.is({})   // true: any object; CloudTrail records \`null\`
\`\`\`
@see https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-console.html`,
  SwitchRoleResponse: `The \`responseElements\` of \`SwitchRole\`: the result of a console user switching to a role, under the event's own name:
\`{ "SwitchRole": "Success" }\`. Keys not named here are kept.

@example
\`\`\`ts
signin.operations.SwitchRole.response.is({ SwitchRole: 'Success' })   // true
\`\`\`
@see https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-console.html`,
  SwitchRoleAdditionalData: `The \`additionalEventData\` of \`SwitchRole\`:

- \`SwitchFrom\`: the ARN of the principal that switched (an IAM user, or a role session);
- \`RedirectTo\`: the console page the user was sent to after switching.

Every member is optional and keys not named here are kept. (The operation's guard checks it with the
rest of the record; \`signInAdditionalData(event)\` of \`cloudtrail-codecs/audit\` reads it typed, \`signInSummary(event)\` sums it up.)

@example
\`\`\`ts
signin.operations.SwitchRole.additional?.is({ SwitchFrom: 'arn:aws:iam::111122223333:user/Alice', RedirectTo: 'https://console.aws.amazon.com/s3/home' })   // true
\`\`\`
@see https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-console.html`,
  ExitRoleRequest: `The \`requestParameters\` of \`ExitRole\`: the event has no input and CloudTrail records \`null\`; an object, should
one appear, decodes with its keys kept.

@example
\`\`\`ts
signin.operations.ExitRole.request.is({})   // true: any object; CloudTrail records \`null\`
\`\`\`
@see https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-console.html`,
  ExitRoleResponse: `The \`responseElements\` of \`ExitRole\`: the result of a console user leaving a role they switched to, under the event's own name:
\`{ "ExitRole": "Success" }\`. Keys not named here are kept.

@example
\`\`\`ts
signin.operations.ExitRole.response.is({ ExitRole: 'Success' })   // true
\`\`\`
@see https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-console.html`,
  ExitRoleAdditionalData: `The \`additionalEventData\` of \`ExitRole\`:

- \`RedirectTo\`: the console page the user was sent to.

Every member is optional and keys not named here are kept. (The operation's guard checks it with the
rest of the record; \`signInAdditionalData(event)\` of \`cloudtrail-codecs/audit\` reads it typed, \`signInSummary(event)\` sums it up.)

@example
\`\`\`ts
signin.operations.ExitRole.additional?.is({ RedirectTo: 'https://console.aws.amazon.com/console/home' })   // true
\`\`\`
@see https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-console.html`,
  RenewRoleRequest: `The \`requestParameters\` of \`RenewRole\`: the event has no input and CloudTrail records \`null\`; an object, should
one appear, decodes with its keys kept.

@example
\`\`\`ts
signin.operations.RenewRole.request.is({})   // true: any object; CloudTrail records \`null\`
\`\`\`
@see https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-console.html`,
  RenewRoleResponse: `The \`responseElements\` of \`RenewRole\`: the result of the console renewing the credentials of a role session it holds, under the event's own name:
\`{ "RenewRole": "Success" }\`. Keys not named here are kept.

@example
\`\`\`ts
signin.operations.RenewRole.response.is({ RenewRole: 'Success' })   // true
\`\`\`
@see https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-console.html`,
  RenewRoleAdditionalData: `The \`additionalEventData\` of \`RenewRole\`:

- \`RenewedBy\`: the ARN of the principal the session was renewed for;
- \`RedirectTo\`: the console page the user was sent to.

Every member is optional and keys not named here are kept. (The operation's guard checks it with the
rest of the record; \`signInAdditionalData(event)\` of \`cloudtrail-codecs/audit\` reads it typed, \`signInSummary(event)\` sums it up.)

@example
\`\`\`ts
signin.operations.RenewRole.additional?.is({ RenewedBy: 'arn:aws:iam::111122223333:user/Alice', RedirectTo: 'https://console.aws.amazon.com/console/home' })   // true
\`\`\`
@see https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-console.html`,
  GetSigninTokenRequest: `The \`requestParameters\` of \`GetSigninToken\`: the event has no input and CloudTrail records \`null\`; an object, should
one appear, decodes with its keys kept.

@example
\`\`\`ts
signin.operations.GetSigninToken.request.is({})   // true: any object; CloudTrail records \`null\`
\`\`\`
@see https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers_enable-console-custom-url.html`,
  GetSigninTokenResponse: `The \`responseElements\` of \`GetSigninToken\`: the result of a call to the federation endpoint that turns temporary credentials into a console sign-in token, under the event's own name:
\`{ "GetSigninToken": "Success" }\`. Keys not named here are kept.

@example
\`\`\`ts
signin.operations.GetSigninToken.response.is({ GetSigninToken: 'Success' })   // true
\`\`\`
@see https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers_enable-console-custom-url.html`,
  GetSigninTokenAdditionalData: `The \`additionalEventData\` of \`GetSigninToken\`:

- \`MobileVersion\`: whether the console's mobile version was asked for;
- \`MFAUsed\`: whether AWS sign-in asked for a second factor (\`No\`: the credentials were issued elsewhere).

Every member is optional and keys not named here are kept. (The operation's guard checks it with the
rest of the record; \`signInAdditionalData(event)\` of \`cloudtrail-codecs/audit\` reads it typed, \`signInSummary(event)\` sums it up.)

@example
\`\`\`ts
signin.operations.GetSigninToken.additional?.is({ MobileVersion: 'No', MFAUsed: 'No' })   // true
\`\`\`
@see https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers_enable-console-custom-url.html`,
  PasswordUpdatedRequest: `The \`requestParameters\` of \`PasswordUpdated\`: the event has no input and CloudTrail records \`null\`; an object, should
one appear, decodes with its keys kept.

@example
\`\`\`ts
signin.operations.PasswordUpdated.request.is({})   // true: any object; CloudTrail records \`null\`
\`\`\`
@see https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_change-root.html`,
  PasswordUpdatedResponse: `The \`responseElements\` of \`PasswordUpdated\`: the result of a user (typically root) changing their console password, under the event's own name:
\`{ "PasswordUpdated": "Success" }\`. Keys not named here are kept.

@example
\`\`\`ts
signin.operations.PasswordUpdated.response.is({ PasswordUpdated: 'Success' })   // true
\`\`\`
@see https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_change-root.html`,
  PasswordUpdatedAdditionalData: `The \`additionalEventData\` of \`PasswordUpdated\`: no published record shows its members, so any object decodes with its
keys kept. (\`signInAdditionalData(event)\` of \`cloudtrail-codecs/audit\` reads it, \`signInSummary(event)\` sums it up.)

@example
\`\`\`ts
signin.operations.PasswordUpdated.additional?.is({})   // true
\`\`\`
@see https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_change-root.html`,
  CredentialChallengeRequest: `The \`requestParameters\` of \`CredentialChallenge\`: the event has no input and CloudTrail records \`null\`; an object, should
one appear, decodes with its keys kept.

@example
\`\`\`ts
signin.operations.CredentialChallenge.request.is({})   // true: any object; CloudTrail records \`null\`
\`\`\`
@see https://docs.aws.amazon.com/singlesignon/latest/userguide/understanding-sign-in-events.html
@see https://docs.aws.amazon.com/singlesignon/latest/userguide/username-sign-in-cloudtrail-events.html`,
  CredentialChallengeResponse: `The \`responseElements\` of \`CredentialChallenge\`: CloudTrail records \`null\` (the result is in \`serviceEventDetails\`, see
\`CredentialChallengeServiceEventDetails\` of \`cloudtrail-codecs/audit\`); an object, should one appear, decodes with its keys kept.

@example
\`\`\`ts
signin.operations.CredentialChallenge.response.is({})   // true: any object; CloudTrail records \`null\`
\`\`\`
@see https://docs.aws.amazon.com/singlesignon/latest/userguide/understanding-sign-in-events.html
@see https://docs.aws.amazon.com/singlesignon/latest/userguide/username-sign-in-cloudtrail-events.html`,
  CredentialChallengeAdditionalData: `The \`additionalEventData\` of \`CredentialChallenge\`:

- \`AuthWorkflowID\`: the id shared by every event of one sign-in sequence;
- \`CredentialType\`: the credential asked for (\`PASSWORD\`, \`TOTP\`, ...);
- \`UserName\`: the user name the user typed, on a successful \`PASSWORD\` or \`EMAIL_OTP\` challenge.

Every member is optional and keys not named here are kept. (The operation's guard checks it with the
rest of the record; \`signInAdditionalData(event)\` of \`cloudtrail-codecs/audit\` reads it typed, \`signInSummary(event)\` sums it up.)

@example
\`\`\`ts
signin.operations.CredentialChallenge.additional?.is({ AuthWorkflowID: '9de74b32-8362-4a01-a524-de21df59fd83', CredentialType: 'PASSWORD' })   // true
\`\`\`
@see https://docs.aws.amazon.com/singlesignon/latest/userguide/understanding-sign-in-events.html
@see https://docs.aws.amazon.com/singlesignon/latest/userguide/username-sign-in-cloudtrail-events.html`,
  CredentialVerificationRequest: `The \`requestParameters\` of \`CredentialVerification\`: the event has no input and CloudTrail records \`null\`; an object, should
one appear, decodes with its keys kept.

@example
\`\`\`ts
signin.operations.CredentialVerification.request.is({})   // true: any object; CloudTrail records \`null\`
\`\`\`
@see https://docs.aws.amazon.com/singlesignon/latest/userguide/understanding-sign-in-events.html`,
  CredentialVerificationResponse: `The \`responseElements\` of \`CredentialVerification\`: CloudTrail records \`null\` (the result is in \`serviceEventDetails\`, see
\`CredentialVerificationServiceEventDetails\` of \`cloudtrail-codecs/audit\`); an object, should one appear, decodes with its keys kept.

@example
\`\`\`ts
signin.operations.CredentialVerification.response.is({})   // true: any object; CloudTrail records \`null\`
\`\`\`
@see https://docs.aws.amazon.com/singlesignon/latest/userguide/understanding-sign-in-events.html`,
  CredentialVerificationAdditionalData: `The \`additionalEventData\` of \`CredentialVerification\`:

- \`AuthWorkflowID\`: the id shared by every event of one sign-in sequence;
- \`CredentialType\`: the credential verified (\`PASSWORD\`, \`TOTP\`, ...).

Every member is optional and keys not named here are kept. (The operation's guard checks it with the
rest of the record; \`signInAdditionalData(event)\` of \`cloudtrail-codecs/audit\` reads it typed, \`signInSummary(event)\` sums it up.)

@example
\`\`\`ts
signin.operations.CredentialVerification.additional?.is({ AuthWorkflowID: '9de74b32-8362-4a01-a524-de21df59fd83', CredentialType: 'TOTP' })   // true
\`\`\`
@see https://docs.aws.amazon.com/singlesignon/latest/userguide/understanding-sign-in-events.html`,
  UserAuthenticationRequest: `The \`requestParameters\` of \`UserAuthentication\`: the event has no input and CloudTrail records \`null\`; an object, should
one appear, decodes with its keys kept.

@example
\`\`\`ts
signin.operations.UserAuthentication.request.is({})   // true: any object; CloudTrail records \`null\`
\`\`\`
@see https://docs.aws.amazon.com/singlesignon/latest/userguide/understanding-sign-in-events.html
@see https://docs.aws.amazon.com/singlesignon/latest/userguide/username-sign-in-cloudtrail-events.html`,
  UserAuthenticationResponse: `The \`responseElements\` of \`UserAuthentication\`: CloudTrail records \`null\` (the result is in \`serviceEventDetails\`, see
\`UserAuthenticationServiceEventDetails\` of \`cloudtrail-codecs/audit\`); an object, should one appear, decodes with its keys kept.

@example
\`\`\`ts
signin.operations.UserAuthentication.response.is({})   // true: any object; CloudTrail records \`null\`
\`\`\`
@see https://docs.aws.amazon.com/singlesignon/latest/userguide/understanding-sign-in-events.html
@see https://docs.aws.amazon.com/singlesignon/latest/userguide/username-sign-in-cloudtrail-events.html`,
  UserAuthenticationAdditionalData: `The \`additionalEventData\` of \`UserAuthentication\`:

- \`AuthWorkflowID\`: the id shared by every event of one sign-in sequence;
- \`LoginTo\`: where the user goes after signing in (the AWS access portal, \`https://d-1234567890.awsapps.com/start/...\`);
- \`CredentialType\`: every credential verified, comma-separated (\`PASSWORD,TOTP\`), or \`EXTERNAL_IDP\`;
- \`UserName\`: the user name (with an external identity provider, the SAML \`nameID\`);
- \`DeviceEnrollmentRequired\`: \`"true"\` when the user had to register an MFA device during this sign-in.

Every member is optional and keys not named here are kept. (The operation's guard checks it with the
rest of the record; \`signInAdditionalData(event)\` of \`cloudtrail-codecs/audit\` reads it typed, \`signInSummary(event)\` sums it up.)

@example
\`\`\`ts
signin.operations.UserAuthentication.additional?.is({ AuthWorkflowID: '303486b5-fce1-4d59-ba1d-eb3acb790729', LoginTo: 'https://d-1234567890.awsapps.com/start/', CredentialType: 'PASSWORD,TOTP' })   // true
\`\`\`
@see https://docs.aws.amazon.com/singlesignon/latest/userguide/understanding-sign-in-events.html
@see https://docs.aws.amazon.com/singlesignon/latest/userguide/username-sign-in-cloudtrail-events.html`,
}

/**
 * The TSDoc of the Sign-In API's structures (the model documents none of them): what each holds, read from the
 * model's members. Every member is optional and may be `null`, and keys not named are kept, as in every
 * generated structure.
 */
const MODEL_TYPE_DOCS: { readonly [typeName: string]: string } = {
  CreateOAuth2TokenRequest: `The \`requestParameters\` of \`CreateOAuth2Token\` (AWS Sign-In API, 2023-01-01): the token request, under
\`tokenInput\`.

@example
\`\`\`ts
signin.operations.CreateOAuth2Token.request.is({ tokenInput: { clientId: 'example-client', grantType: 'refresh_token' } })   // true
\`\`\`
@see https://docs.aws.amazon.com/goto/WebAPI/signin-2023-01-01/CreateOAuth2Token`,
  CreateOAuth2TokenRequestBody: `The token request of \`CreateOAuth2Token\` (\`tokenInput\`): the OAuth 2.0 client (\`clientId\`) and
\`grantType\`, with the authorization \`code\`, its \`redirectUri\` and PKCE \`codeVerifier\`, or a \`refreshToken\`.`,
  CreateOAuth2TokenResponse: `The \`responseElements\` of \`CreateOAuth2Token\`: the tokens issued, under \`tokenOutput\`.`,
  CreateOAuth2TokenResponseBody: `The tokens \`CreateOAuth2Token\` issues (\`tokenOutput\`): the AWS credentials (\`accessToken\`, which the
model marks sensitive: CloudTrail may write \`HIDDEN_DUE_TO_SECURITY_REASONS\` in its place), \`tokenType\`,
\`expiresIn\`, a \`refreshToken\` and an \`idToken\`.`,
  AccessToken: `The AWS credentials of a \`CreateOAuth2Token\` response (\`accessToken\`): \`accessKeyId\`, \`secretAccessKey\` and
\`sessionToken\`. The model marks the whole structure sensitive.`,
  CreateOAuth2TokenWithIAMRequest: `The \`requestParameters\` of \`CreateOAuth2TokenWithIAM\`: the \`grantType\` and the \`resource\` the token is
asked for.`,
  CreateOAuth2TokenWithIAMResponse: `The \`responseElements\` of \`CreateOAuth2TokenWithIAM\`: the \`accessToken\`, its \`tokenType\` and
\`expiresIn\`.`,
  DeleteConsoleAuthorizationConfigurationInput: `The \`requestParameters\` of \`DeleteConsoleAuthorizationConfiguration\`: the \`targetId\` whose console
authorization configuration is deleted.`,
  DeleteConsoleAuthorizationConfigurationOutput: `The \`responseElements\` of \`DeleteConsoleAuthorizationConfiguration\`: the \`targetId\`, the \`scope\` and
whether console authorization is enabled (\`consoleAuthorizationEnabled\`).`,
  DeleteResourcePermissionStatementInput: `The \`requestParameters\` of \`DeleteResourcePermissionStatement\`: the \`statementId\` to delete and the
idempotency \`clientToken\`.`,
  DeleteResourcePermissionStatementOutput: `The \`responseElements\` of \`DeleteResourcePermissionStatement\`: the model names no member (any object).`,
  GetConsoleAuthorizationConfigurationInput: `The \`requestParameters\` of \`GetConsoleAuthorizationConfiguration\`: the \`targetId\` whose console
authorization configuration is read.`,
  GetResourcePolicyInput: `The \`requestParameters\` of \`GetResourcePolicy\`: the model names no member (any object).`,
  IntrospectOAuth2TokenWithIAMRequest: `The \`requestParameters\` of \`IntrospectOAuth2TokenWithIAM\`: the \`token\` to introspect and a
\`tokenTypeHint\`.`,
  IntrospectOAuth2TokenWithIAMResponse: `The \`responseElements\` of \`IntrospectOAuth2TokenWithIAM\`: whether the token is \`active\`, and its claims
(\`clientId\`, \`userId\`, \`tokenType\`, \`exp\`, \`iat\`, \`nbf\`, \`sub\`, \`aud\`, \`iss\`, \`jti\`, \`accountId\`,
\`signinSession\`, \`resource\`).`,
  ListResourcePermissionStatementsInput: `The \`requestParameters\` of \`ListResourcePermissionStatements\`: the page size (\`maxResults\`) and the
\`nextToken\` of a previous page.`,
  PutConsoleAuthorizationConfigurationInput: `The \`requestParameters\` of \`PutConsoleAuthorizationConfiguration\`: the \`targetId\` whose console
authorization configuration is set.`,
  PutConsoleAuthorizationConfigurationOutput: `The \`responseElements\` of \`PutConsoleAuthorizationConfiguration\`: the \`targetId\`, the \`scope\` and whether
console authorization is enabled (\`consoleAuthorizationEnabled\`).`,
  PutResourcePermissionStatementInput: `The \`requestParameters\` of \`PutResourcePermissionStatement\`: the conditions of the statement
(\`sourceVpc\`, \`signinSourceVpce\`, \`consoleSourceVpce\`, \`vpcSourceIp\`, \`sourceIp\`, \`requestedRegion\`,
\`excludedPrincipal\`) and the idempotency \`clientToken\`.`,
  PutResourcePermissionStatementOutput: `The \`responseElements\` of \`PutResourcePermissionStatement\`: the \`statementId\` of the statement.`,
  RevokeOAuth2TokenWithIAMRequest: `The \`requestParameters\` of \`RevokeOAuth2TokenWithIAM\`: the \`token\` to revoke.`,
  RevokeOAuth2TokenWithIAMResponse: `The \`responseElements\` of \`RevokeOAuth2TokenWithIAM\`: the model names no member (any object).`,
}

/** The sign-in events that type their `additionalEventData`, whose structures keep the entry's names (`<eventName>AdditionalData`). */
const TYPED_ADDITIONAL = [
  'ConsoleLogin',
  'CheckMfa',
  'SwitchRole',
  'ExitRole',
  'RenewRole',
  'GetSigninToken',
  'PasswordUpdated',
  'CredentialChallenge',
  'CredentialVerification',
  'UserAuthentication',
] as const

export const signin: Overlay = {
  // `signin` and `SigninEvent` are the generated defaults; the model's serviceFullName is `AWS Sign-In Service`.
  title: 'AWS Sign-In',
  summary: SUMMARY,
  eventSourceConstant: 'SIGNIN_EVENT_SOURCE',
  // The console sign-in events, readOnly `false` as CloudTrail writes it for
  // every one. Their requestParameters are `null` (any object, should one appear: `{}`); their result is under
  // their own eventName in responseElements (Identity Center's steps write it in serviceEventDetails, which no
  // operation types: their responseElements are any object); additionalEventData as AWS documents and
  // published records show it. The two password-recovery events are of unknown shape: any value, unchecked.
  operations: {
    ConsoleLogin: {
      readOnly: false,
      request: {},
      response: { ConsoleLogin: RESULT },
      additional: { LoginTo: 's', MobileVersion: YES_NO, MFAUsed: YES_NO, MFAIdentifier: 's', SamlProviderArn: 's' },
    },
    CheckMfa: { readOnly: false, request: {}, response: { CheckMfa: RESULT }, additional: { MfaType: 's' } },
    SwitchRole: { readOnly: false, request: {}, response: { SwitchRole: RESULT }, additional: { SwitchFrom: 's', RedirectTo: 's' } },
    ExitRole: { readOnly: false, request: {}, response: { ExitRole: RESULT }, additional: { RedirectTo: 's' } },
    RenewRole: { readOnly: false, request: {}, response: { RenewRole: RESULT }, additional: { RenewedBy: 's', RedirectTo: 's' } },
    GetSigninToken: {
      readOnly: false,
      request: {},
      response: { GetSigninToken: RESULT },
      additional: { MobileVersion: YES_NO, MFAUsed: YES_NO },
    },
    PasswordUpdated: { readOnly: false, request: {}, response: { PasswordUpdated: RESULT }, additional: {} },
    CredentialChallenge: {
      readOnly: false,
      request: {},
      response: {},
      additional: { AuthWorkflowID: 's', CredentialType: CREDENTIAL_TYPE, UserName: 's' },
    },
    CredentialVerification: {
      readOnly: false,
      request: {},
      response: {},
      additional: { AuthWorkflowID: 's', CredentialType: CREDENTIAL_TYPE },
    },
    UserAuthentication: {
      readOnly: false,
      request: {},
      response: {},
      additional: {
        AuthWorkflowID: 's',
        LoginTo: 's',
        CredentialType: CREDENTIAL_TYPE,
        UserName: 's',
        DeviceEnrollmentRequired: 's',
      },
    },
    PasswordRecoveryRequested: { readOnly: false },
    PasswordRecoveryCompleted: { readOnly: false },
  },
  typeNames: Object.fromEntries(TYPED_ADDITIONAL.map((eventName) => [`${eventName}AdditionalEventData`, `${eventName}AdditionalData`])),
  docs: DOCS,
  typeDocs: { ...MODEL_TYPE_DOCS, ...TYPE_DOCS },
  evidence: [
    {
      record: 'awsdocs-cloudtrail__2.json',
      eventName: 'ConsoleLogin',
      shows: 'an event the model lacks, readOnly false: responseElements { ConsoleLogin: Success }; additionalEventData LoginTo, MobileVersion, MFAIdentifier, MFAUsed',
    },
    {
      record: 'awsdocs-cloudtrail__3.json',
      eventName: 'ConsoleLogin',
      shows: 'a failed sign-in: responseElements { ConsoleLogin: Failure } beside errorMessage',
    },
    {
      record: 'awsdocs-cloudtrail__7.json',
      eventName: 'ConsoleLogin',
      shows: 'a root sign-in with MFAUsed "YES": a YesNo value not listed still decodes',
    },
    {
      record: 'awsdocs-cloudtrail__4.json',
      eventName: 'CheckMfa',
      shows: 'responseElements { CheckMfa: Success }; additionalEventData MfaType',
    },
    {
      record: 'awsdocs-sso__1.json',
      eventName: 'CredentialChallenge',
      shows: 'responseElements null, the result in serviceEventDetails; additionalEventData AuthWorkflowID, CredentialType',
    },
    {
      record: 'awsdocs-sso__14.json',
      eventName: 'CredentialVerification',
      shows: 'a failed verification: serviceEventDetails { CredentialVerification: Failure }, no errorCode; additionalEventData AuthWorkflowID, CredentialType',
    },
    {
      record: 'awsdocs-sso__12.json',
      eventName: 'UserAuthentication',
      shows: 'additionalEventData AuthWorkflowID, LoginTo, CredentialType, DeviceEnrollmentRequired',
    },
    {
      record: 'awsdocs-sso__9.json',
      eventName: 'UserAuthentication',
      shows: 'CredentialType lists every credential verified: PASSWORD,TOTP',
    },
    {
      record: 'elastic__1.json',
      eventName: 'UserAuthentication',
      shows: 'additionalEventData UserName beside CredentialType EXTERNAL_IDP',
    },
  ],
}
