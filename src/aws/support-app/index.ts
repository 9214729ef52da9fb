/**
 * The AWS Support App in Slack as CloudTrail logs it under
 * `supportapp.amazonaws.com`: the service value {@link supportApp}, its event
 * type {@link SupportAppEvent}, and the request and response codecs of its
 * operations.
 *
 * @module cloudtrail-codecs/aws/support-app
 */
import { defineService } from '../../services/service.js'
import type { EventOf, OperationName } from '../../services/service.js'
import { CreateSlackChannelConfigurationRequest, CreateSlackChannelConfigurationResponse } from './create-slack-channel-configuration.js'
import { DeleteAccountAliasRequest, DeleteAccountAliasResponse } from './delete-account-alias.js'
import { DeleteSlackChannelConfigurationRequest, DeleteSlackChannelConfigurationResponse } from './delete-slack-channel-configuration.js'
import { DeleteSlackWorkspaceConfigurationRequest, DeleteSlackWorkspaceConfigurationResponse } from './delete-slack-workspace-configuration.js'
import { GetAccountAliasRequest, GetAccountAliasResponse } from './get-account-alias.js'
import { ListSlackChannelConfigurationsRequest, ListSlackChannelConfigurationsResponse } from './list-slack-channel-configurations.js'
import { ListSlackWorkspaceConfigurationsRequest, ListSlackWorkspaceConfigurationsResponse } from './list-slack-workspace-configurations.js'
import { PutAccountAliasRequest, PutAccountAliasResponse } from './put-account-alias.js'
import { RegisterSlackWorkspaceForOrganizationRequest, RegisterSlackWorkspaceForOrganizationResponse } from './register-slack-workspace-for-organization.js'
import { UpdateSlackChannelConfigurationRequest, UpdateSlackChannelConfigurationResponse } from './update-slack-channel-configuration.js'
import { SUPPORT_APP_EVENT_SOURCE } from './shared.js'

/**
 * The AWS Support App in Slack API (2021-08-20) as CloudTrail logs it under `supportapp.amazonaws.com`: its 10
 * operations.
 *
 * Import it from `cloudtrail-codecs/aws/support-app`; pass it to `parseRecords(input, { services: [supportApp] })` to check its records' payloads while parsing, and narrow with `supportApp.is` (all its operations) or `supportApp.operations.X.is` (one).
 *
 * @example
 * ```ts
 * import { parseRecords } from 'cloudtrail-codecs'
 * import { supportApp } from 'cloudtrail-codecs/aws/support-app'
 *
 * const { records } = parseRecords(text, { services: [supportApp] })
 * for (const record of records) {
 *   if (supportApp.is(record)) console.log(record.eventName, supportApp.operations[record.eventName].readOnly)
 * }
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-support-app.html
 */
export const supportApp = /*#__PURE__*/ defineService({
  name: 'support-app',
  title: 'AWS Support App',
  eventSource: SUPPORT_APP_EVENT_SOURCE,
  operations: {
    /**
     * The `CreateSlackChannelConfiguration` operation, an operation of the AWS Support App in Slack API (2021-08-20,
     * `supportapp.amazonaws.com`), readOnly `false` (observed in CloudTrail sample): creates the configuration of a
     * Slack channel for support case notifications.
     *
     * @example
     * ```ts
     * supportApp.operations.CreateSlackChannelConfiguration.is({
     *   eventVersion: '1.08',
     *   userIdentity: {
     *     type: 'AssumedRole', principalId: 'AROAJ45Q7YFFAREXAMPLE:janedoe',
     *     arn: 'arn:aws:sts::111122223333:assumed-role/Admin/janedoe', accountId: '111122223333',
     *     accessKeyId: 'ASIAJEXAMPLEXEG2JICEA',
     *   },
     *   eventTime: '2024-03-07T16:38:11Z', eventSource: 'supportapp.amazonaws.com',
     *   eventName: 'CreateSlackChannelConfiguration', awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.24',
     *   userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0',
     *   requestParameters: {
     *     teamId: 'T012ABCDEFG', channelId: 'C01234A5BCD', channelName: 'troubleshooting-channel',
     *     channelRoleArn: 'arn:aws:iam::111122223333:role/AWSSupportAppRole',
     *     notifyOnCaseSeverity: 'high', notifyOnCreateOrReopenCase: true,
     *     notifyOnAddCorrespondenceToCase: false, notifyOnResolveCase: true,
     *   },
     *   responseElements: null, requestID: '4cb11a4d-450d-576a-9dc0-2ed4d264da48',
     *   eventID: '8676a6cd-ef1d-57e9-a753-defddc8e5406', readOnly: false, eventType: 'AwsApiCall', managementEvent: true,
     *   recipientAccountId: '111122223333', eventCategory: 'Management', sessionCredentialFromConsole: 'true',
     * })   // true
     * ```
     * @see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_CreateSlackChannelConfiguration.html
     */
    CreateSlackChannelConfiguration: { readOnly: false, request: CreateSlackChannelConfigurationRequest, response: CreateSlackChannelConfigurationResponse },
    /**
     * The `DeleteAccountAlias` operation, an operation of the AWS Support App in Slack API (2021-08-20,
     * `supportapp.amazonaws.com`), readOnly `false` (inferred from operation semantics): deletes the alias of the
     * account that the Support App shows in Slack.
     *
     * @example
     * ```ts
     * supportApp.operations.DeleteAccountAlias.is({
     *   eventVersion: '1.08',
     *   userIdentity: {
     *     type: 'AssumedRole', principalId: 'AROAJ45Q7YFFAREXAMPLE:janedoe',
     *     arn: 'arn:aws:sts::111122223333:assumed-role/Admin/janedoe', accountId: '111122223333',
     *     accessKeyId: 'ASIAJEXAMPLEXEG2JICEA',
     *   },
     *   eventTime: '2024-03-07T16:39:11Z', eventSource: 'supportapp.amazonaws.com', eventName: 'DeleteAccountAlias',
     *   awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.24',
     *   userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0',
     *   requestParameters: null, responseElements: null, requestID: 'a96cbccd-7e3c-58e1-8c07-4f9fb430d323',
     *   eventID: 'ec7f6945-5898-53ad-992b-d641e91f0907', readOnly: false, eventType: 'AwsApiCall', managementEvent: true,
     *   recipientAccountId: '111122223333', eventCategory: 'Management', sessionCredentialFromConsole: 'true',
     * })   // true
     * ```
     * @see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_DeleteAccountAlias.html
     */
    DeleteAccountAlias: { readOnly: false, request: DeleteAccountAliasRequest, response: DeleteAccountAliasResponse },
    /**
     * The `DeleteSlackChannelConfiguration` operation, an operation of the AWS Support App in Slack API (2021-08-20,
     * `supportapp.amazonaws.com`), readOnly `false` (inferred from operation semantics): deletes the configuration
     * of a Slack channel.
     *
     * @example
     * ```ts
     * supportApp.operations.DeleteSlackChannelConfiguration.is({
     *   eventVersion: '1.08',
     *   userIdentity: {
     *     type: 'AssumedRole', principalId: 'AROAJ45Q7YFFAREXAMPLE:janedoe',
     *     arn: 'arn:aws:sts::111122223333:assumed-role/Admin/janedoe', accountId: '111122223333',
     *     accessKeyId: 'ASIAJEXAMPLEXEG2JICEA',
     *   },
     *   eventTime: '2024-03-07T16:40:11Z', eventSource: 'supportapp.amazonaws.com',
     *   eventName: 'DeleteSlackChannelConfiguration', awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.24',
     *   userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0',
     *   requestParameters: { teamId: 'T012ABCDEFG', channelId: 'C01234A5BCD' }, responseElements: null,
     *   requestID: '63fd22d4-1828-5af7-ac39-ccf1f3eed84e', eventID: '40077141-6d7a-5f44-872b-7e2769829161',
     *   readOnly: false, eventType: 'AwsApiCall', managementEvent: true, recipientAccountId: '111122223333',
     *   eventCategory: 'Management', sessionCredentialFromConsole: 'true',
     * })   // true
     * ```
     * @see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_DeleteSlackChannelConfiguration.html
     */
    DeleteSlackChannelConfiguration: { readOnly: false, request: DeleteSlackChannelConfigurationRequest, response: DeleteSlackChannelConfigurationResponse },
    /**
     * The `DeleteSlackWorkspaceConfiguration` operation, an operation of the AWS Support App in Slack API
     * (2021-08-20, `supportapp.amazonaws.com`), readOnly `false` (inferred from operation semantics): deletes the
     * configuration of a Slack workspace.
     *
     * @example
     * ```ts
     * supportApp.operations.DeleteSlackWorkspaceConfiguration.is({
     *   eventVersion: '1.08',
     *   userIdentity: {
     *     type: 'AssumedRole', principalId: 'AROAJ45Q7YFFAREXAMPLE:janedoe',
     *     arn: 'arn:aws:sts::111122223333:assumed-role/Admin/janedoe', accountId: '111122223333',
     *     accessKeyId: 'ASIAJEXAMPLEXEG2JICEA',
     *   },
     *   eventTime: '2024-03-07T16:41:11Z', eventSource: 'supportapp.amazonaws.com',
     *   eventName: 'DeleteSlackWorkspaceConfiguration', awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.24',
     *   userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0',
     *   requestParameters: { teamId: 'T012ABCDEFG' }, responseElements: null,
     *   requestID: '1dd9c371-5460-5311-8e1c-262eb89497c7', eventID: 'f1d542a4-8960-51e2-bf1c-1dd686fb5db0',
     *   readOnly: false, eventType: 'AwsApiCall', managementEvent: true, recipientAccountId: '111122223333',
     *   eventCategory: 'Management', sessionCredentialFromConsole: 'true',
     * })   // true
     * ```
     * @see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_DeleteSlackWorkspaceConfiguration.html
     */
    DeleteSlackWorkspaceConfiguration: { readOnly: false, request: DeleteSlackWorkspaceConfigurationRequest, response: DeleteSlackWorkspaceConfigurationResponse },
    /**
     * The `GetAccountAlias` operation, an operation of the AWS Support App in Slack API (2021-08-20,
     * `supportapp.amazonaws.com`), readOnly `true` (observed in CloudTrail sample): gets the alias of the account
     * that the Support App shows in Slack. The example shows `responseElements` as CloudTrail records it for reads:
     * `null`.
     *
     * @example
     * ```ts
     * supportApp.operations.GetAccountAlias.is({
     *   eventVersion: '1.08',
     *   userIdentity: {
     *     type: 'AssumedRole', principalId: 'AROAJ45Q7YFFAREXAMPLE:janedoe',
     *     arn: 'arn:aws:sts::111122223333:assumed-role/Admin/janedoe', accountId: '111122223333',
     *     accessKeyId: 'ASIAJEXAMPLEXEG2JICEA',
     *   },
     *   eventTime: '2024-03-07T16:42:11Z', eventSource: 'supportapp.amazonaws.com', eventName: 'GetAccountAlias',
     *   awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.24',
     *   userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0',
     *   requestParameters: null, responseElements: null, requestID: '533e7c5e-9940-587d-b713-e4509cc2237b',
     *   eventID: '511a556a-7a99-5885-934c-4865cbdf7f31', readOnly: true, eventType: 'AwsApiCall', managementEvent: true,
     *   recipientAccountId: '111122223333', eventCategory: 'Management', sessionCredentialFromConsole: 'true',
     * })   // true
     * ```
     * @see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_GetAccountAlias.html
     */
    GetAccountAlias: { readOnly: true, request: GetAccountAliasRequest, response: GetAccountAliasResponse },
    /**
     * The `ListSlackChannelConfigurations` operation, an operation of the AWS Support App in Slack API (2021-08-20,
     * `supportapp.amazonaws.com`), readOnly `true` (observed in CloudTrail sample): lists the Slack channel
     * configurations of the account. The example shows `responseElements` as CloudTrail records it for reads:
     * `null`.
     *
     * @example
     * ```ts
     * supportApp.operations.ListSlackChannelConfigurations.is({
     *   eventVersion: '1.08',
     *   userIdentity: {
     *     type: 'AssumedRole', principalId: 'AROAJ45Q7YFFAREXAMPLE:janedoe',
     *     arn: 'arn:aws:sts::111122223333:assumed-role/Admin/janedoe', accountId: '111122223333',
     *     accessKeyId: 'ASIAJEXAMPLEXEG2JICEA',
     *   },
     *   eventTime: '2024-03-07T16:43:11Z', eventSource: 'supportapp.amazonaws.com',
     *   eventName: 'ListSlackChannelConfigurations', awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.24',
     *   userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0',
     *   requestParameters: null, responseElements: null, requestID: 'b72f47c7-21e6-57a4-a0ad-a2ba22bcd583',
     *   eventID: 'c98827f5-71a4-5366-a0eb-035bdcebf1cb', readOnly: true, eventType: 'AwsApiCall', managementEvent: true,
     *   recipientAccountId: '111122223333', eventCategory: 'Management', sessionCredentialFromConsole: 'true',
     * })   // true
     * ```
     * @see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_ListSlackChannelConfigurations.html
     */
    ListSlackChannelConfigurations: { readOnly: true, request: ListSlackChannelConfigurationsRequest, response: ListSlackChannelConfigurationsResponse },
    /**
     * The `ListSlackWorkspaceConfigurations` operation, an operation of the AWS Support App in Slack API
     * (2021-08-20, `supportapp.amazonaws.com`), readOnly `true` (inferred from operation semantics): lists the Slack
     * workspaces configured for the account. The example shows `responseElements` as CloudTrail records it for
     * reads: `null`.
     *
     * @example
     * ```ts
     * supportApp.operations.ListSlackWorkspaceConfigurations.is({
     *   eventVersion: '1.08',
     *   userIdentity: {
     *     type: 'AssumedRole', principalId: 'AROAJ45Q7YFFAREXAMPLE:janedoe',
     *     arn: 'arn:aws:sts::111122223333:assumed-role/Admin/janedoe', accountId: '111122223333',
     *     accessKeyId: 'ASIAJEXAMPLEXEG2JICEA',
     *   },
     *   eventTime: '2024-03-07T16:44:11Z', eventSource: 'supportapp.amazonaws.com',
     *   eventName: 'ListSlackWorkspaceConfigurations', awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.24',
     *   userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0',
     *   requestParameters: null, responseElements: null, requestID: '96898c83-9f9e-54f3-a0ec-85b166b07457',
     *   eventID: '5903e407-0dda-577d-a1ac-db34d1bb646b', readOnly: true, eventType: 'AwsApiCall', managementEvent: true,
     *   recipientAccountId: '111122223333', eventCategory: 'Management', sessionCredentialFromConsole: 'true',
     * })   // true
     * ```
     * @see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_ListSlackWorkspaceConfigurations.html
     */
    ListSlackWorkspaceConfigurations: { readOnly: true, request: ListSlackWorkspaceConfigurationsRequest, response: ListSlackWorkspaceConfigurationsResponse },
    /**
     * The `PutAccountAlias` operation, an operation of the AWS Support App in Slack API (2021-08-20,
     * `supportapp.amazonaws.com`), readOnly `false` (inferred from operation semantics): creates or updates the
     * alias of the account that the Support App shows in Slack.
     *
     * @example
     * ```ts
     * supportApp.operations.PutAccountAlias.is({
     *   eventVersion: '1.08',
     *   userIdentity: {
     *     type: 'AssumedRole', principalId: 'AROAJ45Q7YFFAREXAMPLE:janedoe',
     *     arn: 'arn:aws:sts::111122223333:assumed-role/Admin/janedoe', accountId: '111122223333',
     *     accessKeyId: 'ASIAJEXAMPLEXEG2JICEA',
     *   },
     *   eventTime: '2024-03-07T16:45:11Z', eventSource: 'supportapp.amazonaws.com', eventName: 'PutAccountAlias',
     *   awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.24',
     *   userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0',
     *   requestParameters: { accountAlias: 'example-prod' }, responseElements: null,
     *   requestID: '99a67c9c-a7ba-5e5e-92ed-507bcdb9c00a', eventID: 'b7b4167b-ba0a-5560-beb0-281c529146e7',
     *   readOnly: false, eventType: 'AwsApiCall', managementEvent: true, recipientAccountId: '111122223333',
     *   eventCategory: 'Management', sessionCredentialFromConsole: 'true',
     * })   // true
     * ```
     * @see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_PutAccountAlias.html
     */
    PutAccountAlias: { readOnly: false, request: PutAccountAliasRequest, response: PutAccountAliasResponse },
    /**
     * The `RegisterSlackWorkspaceForOrganization` operation, an operation of the AWS Support App in Slack API
     * (2021-08-20, `supportapp.amazonaws.com`), readOnly `false` (inferred from operation semantics): registers, for
     * a member account, a Slack workspace that the management account already configured.
     *
     * @example
     * ```ts
     * supportApp.operations.RegisterSlackWorkspaceForOrganization.is({
     *   eventVersion: '1.08',
     *   userIdentity: {
     *     type: 'AssumedRole', principalId: 'AROAJ45Q7YFFAREXAMPLE:janedoe',
     *     arn: 'arn:aws:sts::111122223333:assumed-role/Admin/janedoe', accountId: '111122223333',
     *     accessKeyId: 'ASIAJEXAMPLEXEG2JICEA',
     *   },
     *   eventTime: '2024-03-07T16:46:11Z', eventSource: 'supportapp.amazonaws.com',
     *   eventName: 'RegisterSlackWorkspaceForOrganization', awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.24',
     *   userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0',
     *   requestParameters: { teamId: 'T012ABCDEFG' },
     *   responseElements: { teamId: 'T012ABCDEFG', teamName: 'Example Corp', accountType: 'member' },
     *   requestID: '275feb54-ca4d-51c8-af7c-d34ba1c0aff9', eventID: '2f447205-6e83-57dd-b77f-3768e0c81094',
     *   readOnly: false, eventType: 'AwsApiCall', managementEvent: true, recipientAccountId: '111122223333',
     *   eventCategory: 'Management', sessionCredentialFromConsole: 'true',
     * })   // true
     * ```
     * @see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_RegisterSlackWorkspaceForOrganization.html
     */
    RegisterSlackWorkspaceForOrganization: { readOnly: false, request: RegisterSlackWorkspaceForOrganizationRequest, response: RegisterSlackWorkspaceForOrganizationResponse },
    /**
     * The `UpdateSlackChannelConfiguration` operation, an operation of the AWS Support App in Slack API (2021-08-20,
     * `supportapp.amazonaws.com`), readOnly `false` (inferred from operation semantics): updates the configuration
     * of a Slack channel.
     *
     * @example
     * ```ts
     * supportApp.operations.UpdateSlackChannelConfiguration.is({
     *   eventVersion: '1.08',
     *   userIdentity: {
     *     type: 'AssumedRole', principalId: 'AROAJ45Q7YFFAREXAMPLE:janedoe',
     *     arn: 'arn:aws:sts::111122223333:assumed-role/Admin/janedoe', accountId: '111122223333',
     *     accessKeyId: 'ASIAJEXAMPLEXEG2JICEA',
     *   },
     *   eventTime: '2024-03-07T16:47:11Z', eventSource: 'supportapp.amazonaws.com',
     *   eventName: 'UpdateSlackChannelConfiguration', awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.24',
     *   userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0',
     *   requestParameters: { teamId: 'T012ABCDEFG', channelId: 'C01234A5BCD', notifyOnCaseSeverity: 'all' },
     *   responseElements: {
     *     teamId: 'T012ABCDEFG', channelId: 'C01234A5BCD', channelName: 'troubleshooting-channel',
     *     channelRoleArn: 'arn:aws:iam::111122223333:role/AWSSupportAppRole',
     *     notifyOnCaseSeverity: 'all', notifyOnCreateOrReopenCase: true,
     *     notifyOnAddCorrespondenceToCase: false, notifyOnResolveCase: true,
     *   },
     *   requestID: 'c7accdb9-2f66-5d3f-b6db-f063d3521788', eventID: '1829f2ae-c0c7-5727-bc1c-8117d76fd64c',
     *   readOnly: false, eventType: 'AwsApiCall', managementEvent: true, recipientAccountId: '111122223333',
     *   eventCategory: 'Management', sessionCredentialFromConsole: 'true',
     * })   // true
     * ```
     * @see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_UpdateSlackChannelConfiguration.html
     */
    UpdateSlackChannelConfiguration: { readOnly: false, request: UpdateSlackChannelConfigurationRequest, response: UpdateSlackChannelConfigurationResponse },
  },
})

/**
 * A CloudTrail record of an operation of AWS Support App (`supportapp.amazonaws.com`), or of the operations named: what `supportApp.is` and `supportApp.operations.X.is` narrow to.
 *
 * @typeParam Name - the eventNames to include (all by default)
 *
 * @example
 * ```ts
 * function audit(event: SupportAppEvent<'CreateSlackChannelConfiguration'>): void {
 *   console.log(event.eventName, event.requestParameters)
 * }
 * ```
 */
export type SupportAppEvent<Name extends OperationName<typeof supportApp> = OperationName<typeof supportApp>> = EventOf<typeof supportApp, Name>

export * from './create-slack-channel-configuration.js'
export * from './delete-account-alias.js'
export * from './delete-slack-channel-configuration.js'
export * from './delete-slack-workspace-configuration.js'
export * from './get-account-alias.js'
export * from './list-slack-channel-configurations.js'
export * from './list-slack-workspace-configurations.js'
export * from './put-account-alias.js'
export * from './register-slack-workspace-for-organization.js'
export * from './shared.js'
export * from './update-slack-channel-configuration.js'
