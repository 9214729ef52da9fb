// Support App: CloudTrail logs it as the model has it (supportapp.amazonaws.com, the rule's readOnly); the
// overlay keeps the entry's names of the two value lists (the model's NotificationSeverityLevel and AccountType),
// the typed responses of the three reads (the published samples record `null`, other records may carry them),
// the SUPPORT_APP_EVENT_SOURCE constant, and the docs with their records.
import type { Extra, Overlay } from '../overlay.js'

/** Which cases, by severity, a Slack channel is notified of (the model's `NotificationSeverityLevel`). */
const SEVERITY: Extra = { enum: 'SlackNotificationSeverity', values: ['none', 'all', 'high'] }

/** The kind of account that registered a Slack workspace (the model's `AccountType`). */
const ACCOUNT_TYPE: Extra = { enum: 'SupportAppAccountType', values: ['management', 'member'] }

/** The TSDoc of the service value. */
const SUMMARY = `The AWS Support App in Slack API (2021-08-20) as CloudTrail logs it under \`supportapp.amazonaws.com\`: its 10
operations.

Import it from \`cloudtrail-codecs/aws/support-app\`; pass it to \`parseRecords(input, { services: [supportApp] })\` to check its records' payloads while parsing, and narrow with \`supportApp.is\` (all its operations) or \`supportApp.operations.X.is\` (one).

@example
\`\`\`ts
import { parseRecords } from 'cloudtrail-codecs'
import { supportApp } from 'cloudtrail-codecs/aws/support-app'

const { records } = parseRecords(text, { services: [supportApp] })
for (const record of records) {
  if (supportApp.is(record)) console.log(record.eventName, supportApp.operations[record.eventName].readOnly)
}
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-support-app.html
`

/** The TSDoc of each operation, with a real record as its example. */
const DOCS: { readonly [eventName: string]: string } = {
  CreateSlackChannelConfiguration: `The \`CreateSlackChannelConfiguration\` operation, an operation of the AWS Support App in Slack API (2021-08-20,
\`supportapp.amazonaws.com\`), readOnly \`false\` (observed in CloudTrail sample): creates the configuration of a
Slack channel for support case notifications.

@example
\`\`\`ts
supportApp.operations.CreateSlackChannelConfiguration.is({
  eventVersion: '1.08',
  userIdentity: {
    type: 'AssumedRole', principalId: 'AROAJ45Q7YFFAREXAMPLE:janedoe',
    arn: 'arn:aws:sts::111122223333:assumed-role/Admin/janedoe', accountId: '111122223333',
    accessKeyId: 'ASIAJEXAMPLEXEG2JICEA',
  },
  eventTime: '2024-03-07T16:38:11Z', eventSource: 'supportapp.amazonaws.com',
  eventName: 'CreateSlackChannelConfiguration', awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.24',
  userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0',
  requestParameters: {
    teamId: 'T012ABCDEFG', channelId: 'C01234A5BCD', channelName: 'troubleshooting-channel',
    channelRoleArn: 'arn:aws:iam::111122223333:role/AWSSupportAppRole',
    notifyOnCaseSeverity: 'high', notifyOnCreateOrReopenCase: true,
    notifyOnAddCorrespondenceToCase: false, notifyOnResolveCase: true,
  },
  responseElements: null, requestID: '4cb11a4d-450d-576a-9dc0-2ed4d264da48',
  eventID: '8676a6cd-ef1d-57e9-a753-defddc8e5406', readOnly: false, eventType: 'AwsApiCall', managementEvent: true,
  recipientAccountId: '111122223333', eventCategory: 'Management', sessionCredentialFromConsole: 'true',
})   // true
\`\`\`
@see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_CreateSlackChannelConfiguration.html
`,
  DeleteAccountAlias: `The \`DeleteAccountAlias\` operation, an operation of the AWS Support App in Slack API (2021-08-20,
\`supportapp.amazonaws.com\`), readOnly \`false\` (inferred from operation semantics): deletes the alias of the
account that the Support App shows in Slack.

@example
\`\`\`ts
supportApp.operations.DeleteAccountAlias.is({
  eventVersion: '1.08',
  userIdentity: {
    type: 'AssumedRole', principalId: 'AROAJ45Q7YFFAREXAMPLE:janedoe',
    arn: 'arn:aws:sts::111122223333:assumed-role/Admin/janedoe', accountId: '111122223333',
    accessKeyId: 'ASIAJEXAMPLEXEG2JICEA',
  },
  eventTime: '2024-03-07T16:39:11Z', eventSource: 'supportapp.amazonaws.com', eventName: 'DeleteAccountAlias',
  awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.24',
  userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0',
  requestParameters: null, responseElements: null, requestID: 'a96cbccd-7e3c-58e1-8c07-4f9fb430d323',
  eventID: 'ec7f6945-5898-53ad-992b-d641e91f0907', readOnly: false, eventType: 'AwsApiCall', managementEvent: true,
  recipientAccountId: '111122223333', eventCategory: 'Management', sessionCredentialFromConsole: 'true',
})   // true
\`\`\`
@see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_DeleteAccountAlias.html
`,
  DeleteSlackChannelConfiguration: `The \`DeleteSlackChannelConfiguration\` operation, an operation of the AWS Support App in Slack API (2021-08-20,
\`supportapp.amazonaws.com\`), readOnly \`false\` (inferred from operation semantics): deletes the configuration
of a Slack channel.

@example
\`\`\`ts
supportApp.operations.DeleteSlackChannelConfiguration.is({
  eventVersion: '1.08',
  userIdentity: {
    type: 'AssumedRole', principalId: 'AROAJ45Q7YFFAREXAMPLE:janedoe',
    arn: 'arn:aws:sts::111122223333:assumed-role/Admin/janedoe', accountId: '111122223333',
    accessKeyId: 'ASIAJEXAMPLEXEG2JICEA',
  },
  eventTime: '2024-03-07T16:40:11Z', eventSource: 'supportapp.amazonaws.com',
  eventName: 'DeleteSlackChannelConfiguration', awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.24',
  userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0',
  requestParameters: { teamId: 'T012ABCDEFG', channelId: 'C01234A5BCD' }, responseElements: null,
  requestID: '63fd22d4-1828-5af7-ac39-ccf1f3eed84e', eventID: '40077141-6d7a-5f44-872b-7e2769829161',
  readOnly: false, eventType: 'AwsApiCall', managementEvent: true, recipientAccountId: '111122223333',
  eventCategory: 'Management', sessionCredentialFromConsole: 'true',
})   // true
\`\`\`
@see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_DeleteSlackChannelConfiguration.html
`,
  DeleteSlackWorkspaceConfiguration: `The \`DeleteSlackWorkspaceConfiguration\` operation, an operation of the AWS Support App in Slack API
(2021-08-20, \`supportapp.amazonaws.com\`), readOnly \`false\` (inferred from operation semantics): deletes the
configuration of a Slack workspace.

@example
\`\`\`ts
supportApp.operations.DeleteSlackWorkspaceConfiguration.is({
  eventVersion: '1.08',
  userIdentity: {
    type: 'AssumedRole', principalId: 'AROAJ45Q7YFFAREXAMPLE:janedoe',
    arn: 'arn:aws:sts::111122223333:assumed-role/Admin/janedoe', accountId: '111122223333',
    accessKeyId: 'ASIAJEXAMPLEXEG2JICEA',
  },
  eventTime: '2024-03-07T16:41:11Z', eventSource: 'supportapp.amazonaws.com',
  eventName: 'DeleteSlackWorkspaceConfiguration', awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.24',
  userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0',
  requestParameters: { teamId: 'T012ABCDEFG' }, responseElements: null,
  requestID: '1dd9c371-5460-5311-8e1c-262eb89497c7', eventID: 'f1d542a4-8960-51e2-bf1c-1dd686fb5db0',
  readOnly: false, eventType: 'AwsApiCall', managementEvent: true, recipientAccountId: '111122223333',
  eventCategory: 'Management', sessionCredentialFromConsole: 'true',
})   // true
\`\`\`
@see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_DeleteSlackWorkspaceConfiguration.html
`,
  GetAccountAlias: `The \`GetAccountAlias\` operation, an operation of the AWS Support App in Slack API (2021-08-20,
\`supportapp.amazonaws.com\`), readOnly \`true\` (observed in CloudTrail sample): gets the alias of the account
that the Support App shows in Slack. The example shows \`responseElements\` as CloudTrail records it for reads:
\`null\`.

@example
\`\`\`ts
supportApp.operations.GetAccountAlias.is({
  eventVersion: '1.08',
  userIdentity: {
    type: 'AssumedRole', principalId: 'AROAJ45Q7YFFAREXAMPLE:janedoe',
    arn: 'arn:aws:sts::111122223333:assumed-role/Admin/janedoe', accountId: '111122223333',
    accessKeyId: 'ASIAJEXAMPLEXEG2JICEA',
  },
  eventTime: '2024-03-07T16:42:11Z', eventSource: 'supportapp.amazonaws.com', eventName: 'GetAccountAlias',
  awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.24',
  userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0',
  requestParameters: null, responseElements: null, requestID: '533e7c5e-9940-587d-b713-e4509cc2237b',
  eventID: '511a556a-7a99-5885-934c-4865cbdf7f31', readOnly: true, eventType: 'AwsApiCall', managementEvent: true,
  recipientAccountId: '111122223333', eventCategory: 'Management', sessionCredentialFromConsole: 'true',
})   // true
\`\`\`
@see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_GetAccountAlias.html
`,
  ListSlackChannelConfigurations: `The \`ListSlackChannelConfigurations\` operation, an operation of the AWS Support App in Slack API (2021-08-20,
\`supportapp.amazonaws.com\`), readOnly \`true\` (observed in CloudTrail sample): lists the Slack channel
configurations of the account. The example shows \`responseElements\` as CloudTrail records it for reads:
\`null\`.

@example
\`\`\`ts
supportApp.operations.ListSlackChannelConfigurations.is({
  eventVersion: '1.08',
  userIdentity: {
    type: 'AssumedRole', principalId: 'AROAJ45Q7YFFAREXAMPLE:janedoe',
    arn: 'arn:aws:sts::111122223333:assumed-role/Admin/janedoe', accountId: '111122223333',
    accessKeyId: 'ASIAJEXAMPLEXEG2JICEA',
  },
  eventTime: '2024-03-07T16:43:11Z', eventSource: 'supportapp.amazonaws.com',
  eventName: 'ListSlackChannelConfigurations', awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.24',
  userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0',
  requestParameters: null, responseElements: null, requestID: 'b72f47c7-21e6-57a4-a0ad-a2ba22bcd583',
  eventID: 'c98827f5-71a4-5366-a0eb-035bdcebf1cb', readOnly: true, eventType: 'AwsApiCall', managementEvent: true,
  recipientAccountId: '111122223333', eventCategory: 'Management', sessionCredentialFromConsole: 'true',
})   // true
\`\`\`
@see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_ListSlackChannelConfigurations.html
`,
  ListSlackWorkspaceConfigurations: `The \`ListSlackWorkspaceConfigurations\` operation, an operation of the AWS Support App in Slack API
(2021-08-20, \`supportapp.amazonaws.com\`), readOnly \`true\` (inferred from operation semantics): lists the Slack
workspaces configured for the account. The example shows \`responseElements\` as CloudTrail records it for
reads: \`null\`.

@example
\`\`\`ts
supportApp.operations.ListSlackWorkspaceConfigurations.is({
  eventVersion: '1.08',
  userIdentity: {
    type: 'AssumedRole', principalId: 'AROAJ45Q7YFFAREXAMPLE:janedoe',
    arn: 'arn:aws:sts::111122223333:assumed-role/Admin/janedoe', accountId: '111122223333',
    accessKeyId: 'ASIAJEXAMPLEXEG2JICEA',
  },
  eventTime: '2024-03-07T16:44:11Z', eventSource: 'supportapp.amazonaws.com',
  eventName: 'ListSlackWorkspaceConfigurations', awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.24',
  userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0',
  requestParameters: null, responseElements: null, requestID: '96898c83-9f9e-54f3-a0ec-85b166b07457',
  eventID: '5903e407-0dda-577d-a1ac-db34d1bb646b', readOnly: true, eventType: 'AwsApiCall', managementEvent: true,
  recipientAccountId: '111122223333', eventCategory: 'Management', sessionCredentialFromConsole: 'true',
})   // true
\`\`\`
@see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_ListSlackWorkspaceConfigurations.html
`,
  PutAccountAlias: `The \`PutAccountAlias\` operation, an operation of the AWS Support App in Slack API (2021-08-20,
\`supportapp.amazonaws.com\`), readOnly \`false\` (inferred from operation semantics): creates or updates the
alias of the account that the Support App shows in Slack.

@example
\`\`\`ts
supportApp.operations.PutAccountAlias.is({
  eventVersion: '1.08',
  userIdentity: {
    type: 'AssumedRole', principalId: 'AROAJ45Q7YFFAREXAMPLE:janedoe',
    arn: 'arn:aws:sts::111122223333:assumed-role/Admin/janedoe', accountId: '111122223333',
    accessKeyId: 'ASIAJEXAMPLEXEG2JICEA',
  },
  eventTime: '2024-03-07T16:45:11Z', eventSource: 'supportapp.amazonaws.com', eventName: 'PutAccountAlias',
  awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.24',
  userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0',
  requestParameters: { accountAlias: 'example-prod' }, responseElements: null,
  requestID: '99a67c9c-a7ba-5e5e-92ed-507bcdb9c00a', eventID: 'b7b4167b-ba0a-5560-beb0-281c529146e7',
  readOnly: false, eventType: 'AwsApiCall', managementEvent: true, recipientAccountId: '111122223333',
  eventCategory: 'Management', sessionCredentialFromConsole: 'true',
})   // true
\`\`\`
@see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_PutAccountAlias.html
`,
  RegisterSlackWorkspaceForOrganization: `The \`RegisterSlackWorkspaceForOrganization\` operation, an operation of the AWS Support App in Slack API
(2021-08-20, \`supportapp.amazonaws.com\`), readOnly \`false\` (inferred from operation semantics): registers, for
a member account, a Slack workspace that the management account already configured.

@example
\`\`\`ts
supportApp.operations.RegisterSlackWorkspaceForOrganization.is({
  eventVersion: '1.08',
  userIdentity: {
    type: 'AssumedRole', principalId: 'AROAJ45Q7YFFAREXAMPLE:janedoe',
    arn: 'arn:aws:sts::111122223333:assumed-role/Admin/janedoe', accountId: '111122223333',
    accessKeyId: 'ASIAJEXAMPLEXEG2JICEA',
  },
  eventTime: '2024-03-07T16:46:11Z', eventSource: 'supportapp.amazonaws.com',
  eventName: 'RegisterSlackWorkspaceForOrganization', awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.24',
  userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0',
  requestParameters: { teamId: 'T012ABCDEFG' },
  responseElements: { teamId: 'T012ABCDEFG', teamName: 'Example Corp', accountType: 'member' },
  requestID: '275feb54-ca4d-51c8-af7c-d34ba1c0aff9', eventID: '2f447205-6e83-57dd-b77f-3768e0c81094',
  readOnly: false, eventType: 'AwsApiCall', managementEvent: true, recipientAccountId: '111122223333',
  eventCategory: 'Management', sessionCredentialFromConsole: 'true',
})   // true
\`\`\`
@see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_RegisterSlackWorkspaceForOrganization.html
`,
  UpdateSlackChannelConfiguration: `The \`UpdateSlackChannelConfiguration\` operation, an operation of the AWS Support App in Slack API (2021-08-20,
\`supportapp.amazonaws.com\`), readOnly \`false\` (inferred from operation semantics): updates the configuration
of a Slack channel.

@example
\`\`\`ts
supportApp.operations.UpdateSlackChannelConfiguration.is({
  eventVersion: '1.08',
  userIdentity: {
    type: 'AssumedRole', principalId: 'AROAJ45Q7YFFAREXAMPLE:janedoe',
    arn: 'arn:aws:sts::111122223333:assumed-role/Admin/janedoe', accountId: '111122223333',
    accessKeyId: 'ASIAJEXAMPLEXEG2JICEA',
  },
  eventTime: '2024-03-07T16:47:11Z', eventSource: 'supportapp.amazonaws.com',
  eventName: 'UpdateSlackChannelConfiguration', awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.24',
  userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0',
  requestParameters: { teamId: 'T012ABCDEFG', channelId: 'C01234A5BCD', notifyOnCaseSeverity: 'all' },
  responseElements: {
    teamId: 'T012ABCDEFG', channelId: 'C01234A5BCD', channelName: 'troubleshooting-channel',
    channelRoleArn: 'arn:aws:iam::111122223333:role/AWSSupportAppRole',
    notifyOnCaseSeverity: 'all', notifyOnCreateOrReopenCase: true,
    notifyOnAddCorrespondenceToCase: false, notifyOnResolveCase: true,
  },
  requestID: 'c7accdb9-2f66-5d3f-b6db-f063d3521788', eventID: '1829f2ae-c0c7-5727-bc1c-8117d76fd64c',
  readOnly: false, eventType: 'AwsApiCall', managementEvent: true, recipientAccountId: '111122223333',
  eventCategory: 'Management', sessionCredentialFromConsole: 'true',
})   // true
\`\`\`
@see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_UpdateSlackChannelConfiguration.html
`,
}

/** The TSDoc of the generated types: requests, responses (the model's `...Result`, named `...Response` as the entry always has), structures and value lists. */
const TYPE_DOCS: { readonly [typeName: string]: string } = {
  CreateSlackChannelConfigurationRequest: `The \`requestParameters\` of \`CreateSlackChannelConfiguration\`: the {@link SlackChannelConfiguration} to
create (team and channel IDs, the IAM role, which case events to notify and from which severity).

Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
keys not named here pass through untouched.

@example
\`\`\`ts
supportApp.operations.CreateSlackChannelConfiguration.request.is({
  teamId: 'T012ABCDEFG', channelId: 'C01234A5BCD',
  notifyOnCaseSeverity: 'all',
  channelRoleArn: 'arn:aws:iam::111122223333:role/AWSSupportAppRole',
})   // true
\`\`\`
@see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_CreateSlackChannelConfiguration.html
`,
  CreateSlackChannelConfigurationResponse: `The \`responseElements\` of \`CreateSlackChannelConfiguration\`: the operation returns no members and
CloudTrail records \`null\`; an object, should one appear, decodes with its keys kept.

@example
\`\`\`ts
supportApp.operations.CreateSlackChannelConfiguration.response.is({})   // true: any object; CloudTrail records \`null\` instead
\`\`\`
@see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_CreateSlackChannelConfiguration.html
`,
  DeleteAccountAliasRequest: `The \`requestParameters\` of \`DeleteAccountAlias\`: the operation takes no input, so CloudTrail records
\`null\`; an object, should one appear, decodes with its keys kept.

@example
\`\`\`ts
supportApp.operations.DeleteAccountAlias.request.is({})   // true: any object; CloudTrail records \`null\` instead
\`\`\`
@see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_DeleteAccountAlias.html
`,
  DeleteAccountAliasResponse: `The \`responseElements\` of \`DeleteAccountAlias\`: the operation returns no members, so CloudTrail records
\`null\`; an object, should one appear, decodes with its keys kept.

@example
\`\`\`ts
supportApp.operations.DeleteAccountAlias.response.is({})   // true: any object; CloudTrail records \`null\` instead
\`\`\`
@see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_DeleteAccountAlias.html
`,
  DeleteSlackChannelConfigurationRequest: `The \`requestParameters\` of \`DeleteSlackChannelConfiguration\`: the Slack \`teamId\` and \`channelId\` of the
configuration to delete.

Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
keys not named here pass through untouched.

@example
\`\`\`ts
supportApp.operations.DeleteSlackChannelConfiguration.request.is({ teamId: 'T012ABCDEFG', channelId: 'C01234A5BCD' })   // true
\`\`\`
@see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_DeleteSlackChannelConfiguration.html
`,
  DeleteSlackChannelConfigurationResponse: `The \`responseElements\` of \`DeleteSlackChannelConfiguration\`: the operation returns no members, so
CloudTrail records \`null\`; an object, should one appear, decodes with its keys kept.

@example
\`\`\`ts
supportApp.operations.DeleteSlackChannelConfiguration.response.is({})   // true: any object; CloudTrail records \`null\` instead
\`\`\`
@see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_DeleteSlackChannelConfiguration.html
`,
  DeleteSlackWorkspaceConfigurationRequest: `The \`requestParameters\` of \`DeleteSlackWorkspaceConfiguration\`: the Slack \`teamId\` of the workspace.

Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
keys not named here pass through untouched.

@example
\`\`\`ts
supportApp.operations.DeleteSlackWorkspaceConfiguration.request.is({ teamId: 'T012ABCDEFG' })   // true
\`\`\`
@see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_DeleteSlackWorkspaceConfiguration.html
`,
  DeleteSlackWorkspaceConfigurationResponse: `The \`responseElements\` of \`DeleteSlackWorkspaceConfiguration\`: the operation returns no members, so
CloudTrail records \`null\`; an object, should one appear, decodes with its keys kept.

@example
\`\`\`ts
supportApp.operations.DeleteSlackWorkspaceConfiguration.response.is({})   // true: any object; CloudTrail records \`null\` instead
\`\`\`
@see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_DeleteSlackWorkspaceConfiguration.html
`,
  GetAccountAliasRequest: `The \`requestParameters\` of \`GetAccountAlias\`: the operation takes no input, so CloudTrail records \`null\`
(as the documented sample shows); an object, should one appear, decodes with its keys kept.

@example
\`\`\`ts
supportApp.operations.GetAccountAlias.request.is({})   // true: any object; CloudTrail records \`null\` instead
\`\`\`
@see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_GetAccountAlias.html
`,
  GetAccountAliasResponse: `The \`responseElements\` of \`GetAccountAlias\`: the \`accountAlias\`. The documented sample records \`null\`; when
CloudTrail records the response, it has this shape.

Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
keys not named here pass through untouched.

@example
\`\`\`ts
supportApp.operations.GetAccountAlias.response.is({ accountAlias: 'example-prod' })   // true
\`\`\`
@see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_GetAccountAlias.html
`,
  ListSlackChannelConfigurationsRequest: `The \`requestParameters\` of \`ListSlackChannelConfigurations\`: the \`nextToken\` of the page. Without input
CloudTrail records \`null\` (as the documented sample shows).

Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
keys not named here pass through untouched.

@example
\`\`\`ts
supportApp.operations.ListSlackChannelConfigurations.request.is({ nextToken: 'AYADeJd0xlUExAMPLE' })   // true
\`\`\`
@see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_ListSlackChannelConfigurations.html
`,
  ListSlackChannelConfigurationsResponse: `The \`responseElements\` of \`ListSlackChannelConfigurations\`: one page of {@link SlackChannelConfiguration}
and the \`nextToken\`. The documented sample records \`null\`; when CloudTrail records the response, it has
this shape.

Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
keys not named here pass through untouched.

@example
\`\`\`ts
supportApp.operations.ListSlackChannelConfigurations.response.is({
  slackChannelConfigurations: [
    {
      teamId: 'T012ABCDEFG',
      channelId: 'C01234A5BCD',
    },
  ],
})   // true
\`\`\`
@see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_ListSlackChannelConfigurations.html
`,
  ListSlackWorkspaceConfigurationsRequest: `The \`requestParameters\` of \`ListSlackWorkspaceConfigurations\`: the \`nextToken\` of the page; \`null\` without
input.

Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
keys not named here pass through untouched.

@example
\`\`\`ts
supportApp.operations.ListSlackWorkspaceConfigurations.request.is({ nextToken: 'AYADeJd0xlUExAMPLE' })   // true
\`\`\`
@see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_ListSlackWorkspaceConfigurations.html
`,
  ListSlackWorkspaceConfigurationsResponse: `The \`responseElements\` of \`ListSlackWorkspaceConfigurations\`: one page of
{@link SlackWorkspaceConfiguration} and the \`nextToken\`. Read calls of the Support App have recorded \`null\`
here in every published sample; when CloudTrail records the response, it has this shape.

Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
keys not named here pass through untouched.

@example
\`\`\`ts
supportApp.operations.ListSlackWorkspaceConfigurations.response.is({
  slackWorkspaceConfigurations: [
    {
      teamId: 'T012ABCDEFG',
      teamName: 'Example Corp',
    },
  ],
})   // true
\`\`\`
@see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_ListSlackWorkspaceConfigurations.html
`,
  PutAccountAliasRequest: `The \`requestParameters\` of \`PutAccountAlias\`: the new \`accountAlias\` (1 to 30 characters).

Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
keys not named here pass through untouched.

@example
\`\`\`ts
supportApp.operations.PutAccountAlias.request.is({ accountAlias: 'example-prod' })   // true
\`\`\`
@see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_PutAccountAlias.html
`,
  PutAccountAliasResponse: `The \`responseElements\` of \`PutAccountAlias\`: the operation returns no members, so CloudTrail records
\`null\`; an object, should one appear, decodes with its keys kept.

@example
\`\`\`ts
supportApp.operations.PutAccountAlias.response.is({})   // true: any object; CloudTrail records \`null\` instead
\`\`\`
@see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_PutAccountAlias.html
`,
  RegisterSlackWorkspaceForOrganizationRequest: `The \`requestParameters\` of \`RegisterSlackWorkspaceForOrganization\`: the Slack \`teamId\` of the workspace.

Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
keys not named here pass through untouched.

@example
\`\`\`ts
supportApp.operations.RegisterSlackWorkspaceForOrganization.request.is({ teamId: 'T012ABCDEFG' })   // true
\`\`\`
@see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_RegisterSlackWorkspaceForOrganization.html
`,
  RegisterSlackWorkspaceForOrganizationResponse: `The \`responseElements\` of \`RegisterSlackWorkspaceForOrganization\`: the workspace's \`teamId\` and \`teamName\`,
and the {@link SupportAppAccountType} of the caller.

Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
keys not named here pass through untouched.

@example
\`\`\`ts
supportApp.operations.RegisterSlackWorkspaceForOrganization.response.is({
  teamId: 'T012ABCDEFG', teamName: 'Example Corp',
  accountType: 'member',
})   // true
\`\`\`
@see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_RegisterSlackWorkspaceForOrganization.html
`,
  UpdateSlackChannelConfigurationRequest: `The \`requestParameters\` of \`UpdateSlackChannelConfiguration\`: the \`teamId\` and \`channelId\` of the
configuration and the members to change, as a {@link SlackChannelConfiguration}.

Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
keys not named here pass through untouched.

@example
\`\`\`ts
supportApp.operations.UpdateSlackChannelConfiguration.request.is({
  teamId: 'T012ABCDEFG', channelId: 'C01234A5BCD',
  notifyOnCaseSeverity: 'none',
})   // true
\`\`\`
@see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_UpdateSlackChannelConfiguration.html
`,
  UpdateSlackChannelConfigurationResponse: `The \`responseElements\` of \`UpdateSlackChannelConfiguration\`: the updated {@link SlackChannelConfiguration}.

Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
keys not named here pass through untouched.

@example
\`\`\`ts
supportApp.operations.UpdateSlackChannelConfiguration.response.is({
  teamId: 'T012ABCDEFG', channelId: 'C01234A5BCD',
  channelName: 'troubleshooting-channel',
  channelRoleArn: 'arn:aws:iam::111122223333:role/AWSSupportAppRole',
  notifyOnCaseSeverity: 'high', notifyOnCreateOrReopenCase: true,
  notifyOnAddCorrespondenceToCase: false, notifyOnResolveCase: true,
})   // true
\`\`\`
@see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_UpdateSlackChannelConfiguration.html
`,
  SlackChannelConfiguration: `The configuration of a Slack channel that receives support case
notifications: the Slack \`teamId\` and \`channelId\`, the channel's name, the
IAM role the Support App assumes in it (\`channelRoleArn\`), and which case
events it is notified of. Every member is optional, as CloudTrail may leave
any out, and other keys pass through.

@example
\`\`\`ts
supportApp.operations.ListSlackChannelConfigurations.response.is({
  slackChannelConfigurations: [{
    teamId: 'T012ABCDEFG', channelId: 'C01234A5BCD', channelName: 'troubleshooting-channel',
    channelRoleArn: 'arn:aws:iam::111122223333:role/AWSSupportAppRole', notifyOnCaseSeverity: 'all',
    notifyOnCreateOrReopenCase: true, notifyOnAddCorrespondenceToCase: true, notifyOnResolveCase: true,
  }],
})   // true
\`\`\`
@see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_SlackChannelConfiguration.html
`,
  SlackWorkspaceConfiguration: `A Slack workspace configured for the Support App: its \`teamId\`, \`teamName\` and whether member accounts of
the organization may use it.

@example
\`\`\`ts
supportApp.operations.ListSlackWorkspaceConfigurations.response.is({
  slackWorkspaceConfigurations: [{
    teamId: 'T012ABCDEFG', teamName: 'Example Corp',
    allowOrganizationMemberAccount: true,
  }],
})   // true
\`\`\`
@see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_SlackWorkspaceConfiguration.html
`,
  SlackNotificationSeverity: `Which support cases, by severity, a Slack channel is notified of
(\`notifyOnCaseSeverity\`): \`none\`, \`all\`, or \`high\` (only high-severity
cases). Open: any other string still decodes.

@example
\`\`\`ts
SlackNotificationSeverity.is('high')   // true
\`\`\`
@see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_SlackChannelConfiguration.html
`,
  SupportAppAccountType: `Whether the account that registered a Slack workspace is the organization's \`management\` account or a
\`member\` account. Open: any other string still decodes.

@example
\`\`\`ts
SupportAppAccountType.is('management')   // true
\`\`\`
@see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_RegisterSlackWorkspaceForOrganization.html
`,
}

export const supportApp: Overlay = {
  eventSourceConstant: 'SUPPORT_APP_EVENT_SOURCE',
  // The model names its outputs `...Result`; the entry has always exported them as `...Response`.
  typeNames: {
    CreateSlackChannelConfigurationResult: 'CreateSlackChannelConfigurationResponse',
    DeleteAccountAliasResult: 'DeleteAccountAliasResponse',
    DeleteSlackChannelConfigurationResult: 'DeleteSlackChannelConfigurationResponse',
    DeleteSlackWorkspaceConfigurationResult: 'DeleteSlackWorkspaceConfigurationResponse',
    GetAccountAliasResult: 'GetAccountAliasResponse',
    ListSlackChannelConfigurationsResult: 'ListSlackChannelConfigurationsResponse',
    ListSlackWorkspaceConfigurationsResult: 'ListSlackWorkspaceConfigurationsResponse',
    PutAccountAliasResult: 'PutAccountAliasResponse',
    RegisterSlackWorkspaceForOrganizationResult: 'RegisterSlackWorkspaceForOrganizationResponse',
    UpdateSlackChannelConfigurationResult: 'UpdateSlackChannelConfigurationResponse',
  },
  // The rule makes GetAccountAlias and the two List calls read-only; their responses are typed.
  readOnlyResponses: ['GetAccountAlias', 'ListSlackChannelConfigurations', 'ListSlackWorkspaceConfigurations'],
  memberTypes: {
    CreateSlackChannelConfigurationRequest: { notifyOnCaseSeverity: SEVERITY },
    UpdateSlackChannelConfigurationRequest: { notifyOnCaseSeverity: SEVERITY },
    UpdateSlackChannelConfigurationResult: { notifyOnCaseSeverity: SEVERITY },
    SlackChannelConfiguration: { notifyOnCaseSeverity: SEVERITY },
    RegisterSlackWorkspaceForOrganizationResult: { accountType: ACCOUNT_TYPE },
  },
  summary: SUMMARY,
  docs: DOCS,
  typeDocs: TYPE_DOCS,
  evidence: [
    {
      record: 'awsdocs-support__4.json',
      eventName: 'CreateSlackChannelConfiguration',
      shows: 'supportapp.amazonaws.com; notifyOnCaseSeverity from the SlackNotificationSeverity list (all); every request key',
    },
    {
      record: 'awsdocs-support__5.json',
      eventName: 'ListSlackChannelConfigurations',
      shows: 'readOnly true; requestParameters and responseElements null (the typed response also takes null)',
    },
    {
      record: 'awsdocs-support__6.json',
      eventName: 'GetAccountAlias',
      shows: 'readOnly true; requestParameters and responseElements null (the typed response also takes null)',
    },
  ],
}
