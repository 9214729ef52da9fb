/**
 * AWS Trusted Advisor as CloudTrail logs it under
 * `trustedadvisor.amazonaws.com`, the Trusted Advisor API and the console's own
 * actions: the service value {@link trustedAdvisor}, its event type
 * {@link TrustedAdvisorEvent}, and the request and response codecs of its
 * operations.
 *
 * @module cloudtrail-codecs/aws/trustedadvisor
 */
import { defineService } from '../../services/service.js'
import type { EventOf, OperationName } from '../../services/service.js'
import { shapelessOperations } from '../../services/shapeless.js'
import { BatchUpdateRecommendationResourceExclusionRequest, BatchUpdateRecommendationResourceExclusionResponse } from './batch-update-recommendation-resource-exclusion.js'
import { GenerateReportRequest, GenerateReportResponse } from './generate-report.js'
import { GetOrganizationRecommendationRequest, GetOrganizationRecommendationResponse } from './get-organization-recommendation.js'
import { GetRecommendationRequest, GetRecommendationResponse } from './get-recommendation.js'
import { ListChecksRequest, ListChecksResponse } from './list-checks.js'
import { ListOrganizationRecommendationAccountsRequest, ListOrganizationRecommendationAccountsResponse } from './list-organization-recommendation-accounts.js'
import { ListOrganizationRecommendationResourcesRequest, ListOrganizationRecommendationResourcesResponse } from './list-organization-recommendation-resources.js'
import { ListOrganizationRecommendationsRequest, ListOrganizationRecommendationsResponse } from './list-organization-recommendations.js'
import { ListRecommendationResourcesRequest, ListRecommendationResourcesResponse } from './list-recommendation-resources.js'
import { ListRecommendationsForResourceRequest, ListRecommendationsForResourceResponse } from './list-recommendations-for-resource.js'
import { ListRecommendationsRequest, ListRecommendationsResponse } from './list-recommendations.js'
import { RefreshCheckRequest, RefreshCheckResponse } from './refresh-check.js'
import { UpdateNotificationPreferencesRequest, UpdateNotificationPreferencesResponse } from './update-notification-preferences.js'
import { UpdateOrganizationRecommendationLifecycleRequest, UpdateOrganizationRecommendationLifecycleResponse } from './update-organization-recommendation-lifecycle.js'
import { UpdateRecommendationLifecycleRequest, UpdateRecommendationLifecycleResponse } from './update-recommendation-lifecycle.js'
import { TRUSTED_ADVISOR_EVENT_SOURCE } from './shared.js'

/**
 * The operations of AWS Trusted Advisor whose payload shapes are unknown (no public API model, and no published
 * record shows them): both payloads decode as any JSON value, kept as it came and typed `unknown`; the records
 * still narrow by eventName. The value is each one's `readOnly`.
 */
const shapeless = /*#__PURE__*/ shapelessOperations({
  /**
   * Views the support plan and the Trusted Advisor preferences of the account (readOnly inferred from IAM
   * access level / verb).
   */
  DescribeAccount: true,
  /**
   * Tells whether Trusted Advisor is enabled for the account (readOnly inferred from IAM access level / verb).
   */
  DescribeAccountAccess: true,
  /**
   * Views the details of the Trusted Advisor checks (readOnly inferred from IAM access level / verb).
   */
  DescribeChecks: true,
  /**
   * Views the details of the items of a check (readOnly inferred from IAM access level / verb).
   */
  DescribeCheckItems: true,
  /**
   * Views the refresh status of checks (readOnly inferred from IAM access level / verb).
   */
  DescribeCheckRefreshStatuses: true,
  /**
   * Views the summaries of checks (readOnly inferred from IAM access level / verb).
   */
  DescribeCheckSummaries: true,
  /**
   * Views the notification preferences of the account (readOnly inferred from IAM access level / verb).
   */
  DescribeNotificationPreferences: true,
  /**
   * Tells whether the account can enable organizational view (readOnly inferred from IAM access level / verb).
   */
  DescribeOrganization: true,
  /**
   * Lists the linked accounts of the organization (readOnly inferred from IAM access level / verb).
   */
  DescribeOrganizationAccounts: true,
  /**
   * Lists the organizational view reports (name, run time, creation date, status and format) (readOnly
   * inferred from IAM access level / verb).
   */
  DescribeReports: true,
  /**
   * Views one Trusted Advisor Priority risk (readOnly inferred from IAM access level / verb).
   */
  DescribeRisk: true,
  /**
   * Lists the Trusted Advisor Priority risks (readOnly inferred from IAM access level / verb).
   */
  DescribeRisks: true,
  /**
   * Lists the resources affected by a Trusted Advisor Priority risk (readOnly inferred from IAM access level /
   * verb).
   */
  DescribeRiskResources: true,
  /**
   * Views the metadata of organizational view reports (Regions, check categories, check names, resource
   * statuses) (readOnly inferred from IAM access level / verb).
   */
  DescribeServiceMetadata: true,
  /**
   * Downloads the file of a Trusted Advisor Priority risk (readOnly inferred from IAM access level / verb).
   */
  DownloadRisk: true,
  /**
   * Excludes recommendations (items) of a check from its results (readOnly inferred from IAM access level /
   * verb).
   */
  ExcludeCheckItems: false,
  /**
   * Includes excluded items of a check again (readOnly inferred from IAM access level / verb).
   */
  IncludeCheckItems: false,
  /**
   * Lists the accounts under an organization root or OU (readOnly inferred from IAM access level / verb).
   */
  ListAccountsForParent: true,
  /**
   * Lists the roots of the organization (readOnly inferred from IAM access level / verb).
   */
  ListRoots: true,
  /**
   * Lists the organizational units under a root or OU (readOnly inferred from IAM access level / verb).
   */
  ListOrganizationalUnitsForParent: true,
  /**
   * Enables or disables Trusted Advisor for the account (readOnly inferred from IAM access level / verb).
   */
  SetAccountAccess: false,
  /**
   * Enables organizational view (readOnly inferred from IAM access level / verb).
   */
  SetOrganizationAccess: false,
  /**
   * Updates the status of a Trusted Advisor Priority risk (readOnly inferred from IAM access level / verb).
   */
  UpdateRiskStatus: false,
})

/**
 * Trusted Advisor as CloudTrail logs it under `trustedadvisor.amazonaws.com`: the 26 console actions that the
 * Trusted Advisor CloudTrail page lists (no public API model; typed where a documented sample shows the shape,
 * any JSON value elsewhere) and the 12 operations of the Trusted Advisor API (2022-09-15). The two sets share
 * the event source and no eventName.
 *
 * Import it from `cloudtrail-codecs/aws/trustedadvisor`; pass it to `parseRecords(input, { services: [trustedAdvisor] })` to check its records' payloads while parsing, and narrow with `trustedAdvisor.is` (all its operations) or `trustedAdvisor.operations.X.is` (one).
 *
 * @example
 * ```ts
 * import { parseRecords } from 'cloudtrail-codecs'
 * import { trustedAdvisor } from 'cloudtrail-codecs/aws/trustedadvisor'
 *
 * const { records } = parseRecords(text, { services: [trustedAdvisor] })
 * for (const record of records) {
 *   if (trustedAdvisor.is(record)) console.log(record.eventName, trustedAdvisor.operations[record.eventName].readOnly)
 * }
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const trustedAdvisor = /*#__PURE__*/ defineService({
  name: 'trustedadvisor',
  title: 'AWS Trusted Advisor',
  eventSource: TRUSTED_ADVISOR_EVENT_SOURCE,
  operations: {
    /**
     * The `GenerateReport` operation, a Trusted Advisor console action (`trustedadvisor.amazonaws.com`, no public
     * API model), readOnly `false` (inferred from IAM access level / verb): creates an organizational view report.
     *
     * @example
     * ```ts
     * trustedAdvisor.operations.GenerateReport.is({
     *   eventVersion: '1.08',
     *   userIdentity: {
     *     type: 'IAMUser', principalId: 'AIDACKCEVSQ6C2EXAMPLE',
     *     arn: 'arn:aws:iam::111122223333:user/janedoe', accountId: '111122223333',
     *     accessKeyId: 'ASIAIOSFODNN7EXAMPLE', userName: 'janedoe',
     *   },
     *   eventTime: '2024-03-05T10:16:11Z', eventSource: 'trustedadvisor.amazonaws.com', eventName: 'GenerateReport',
     *   awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.24',
     *   userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0',
     *   requestParameters: {
     *     refresh: false, includeSuppressedResources: false, language: 'en', format: 'JSON',
     *     name: 'organizational-view-report',
     *     preference: {
     *       accounts: [], organizationalUnitIds: ['r-f3d7'],
     *       preferenceName: 'organizational-view-report', format: 'json', language: 'en',
     *     },
     *   },
     *   responseElements: { status: 'ENQUEUED' }, requestID: '417700da-a2a4-5fcd-ab89-7950e2b48544',
     *   eventID: '8025ecfc-2879-5e47-b78e-2f2ad32668e3', readOnly: false, eventType: 'AwsApiCall', managementEvent: true,
     *   recipientAccountId: '111122223333', eventCategory: 'Management', sessionCredentialFromConsole: 'true',
     * })   // true
     * ```
     * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
     */
    GenerateReport: { readOnly: false, request: GenerateReportRequest, response: GenerateReportResponse },
    /**
     * The `RefreshCheck` operation, a Trusted Advisor console action (`trustedadvisor.amazonaws.com`, no public API
     * model), readOnly `false` (inferred from IAM access level / verb): refreshes a Trusted Advisor check.
     *
     * @example
     * ```ts
     * trustedAdvisor.operations.RefreshCheck.is({
     *   eventVersion: '1.08',
     *   userIdentity: {
     *     type: 'IAMUser', principalId: 'AIDACKCEVSQ6C2EXAMPLE',
     *     arn: 'arn:aws:iam::111122223333:user/janedoe', accountId: '111122223333',
     *     accessKeyId: 'ASIAIOSFODNN7EXAMPLE', userName: 'janedoe',
     *   },
     *   eventTime: '2024-03-05T10:21:11Z', eventSource: 'trustedadvisor.amazonaws.com', eventName: 'RefreshCheck',
     *   awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.24',
     *   userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0',
     *   requestParameters: { checkId: 'Qch7DwouX1' },
     *   responseElements: { status: { checkId: 'Qch7DwouX1', status: 'enqueued', millisUntilNextRefreshable: 3599994 } },
     *   requestID: 'bcae769b-680e-51a4-83ab-6d7205a716e0', eventID: 'ea24ba8f-ac7f-58bb-aed2-4a319ca8d20b',
     *   readOnly: false, eventType: 'AwsApiCall', managementEvent: true, recipientAccountId: '111122223333',
     *   eventCategory: 'Management', sessionCredentialFromConsole: 'true',
     * })   // true
     * ```
     * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
     */
    RefreshCheck: { readOnly: false, request: RefreshCheckRequest, response: RefreshCheckResponse },
    /**
     * The `UpdateNotificationPreferences` operation, a Trusted Advisor console action
     * (`trustedadvisor.amazonaws.com`, no public API model), readOnly `false` (inferred from IAM access level /
     * verb): updates the notification preferences of the account.
     *
     * @example
     * ```ts
     * trustedAdvisor.operations.UpdateNotificationPreferences.is({
     *   eventVersion: '1.08',
     *   userIdentity: {
     *     type: 'IAMUser', principalId: 'AIDACKCEVSQ6C2EXAMPLE',
     *     arn: 'arn:aws:iam::111122223333:user/janedoe', accountId: '111122223333',
     *     accessKeyId: 'ASIAIOSFODNN7EXAMPLE', userName: 'janedoe',
     *   },
     *   eventTime: '2024-03-05T10:24:11Z', eventSource: 'trustedadvisor.amazonaws.com',
     *   eventName: 'UpdateNotificationPreferences', awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.24',
     *   userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0',
     *   requestParameters: {
     *     contacts: [
     *       { id: 'billing', type: 'email', active: false },
     *       { id: 'operational', type: 'email', active: true },
     *       { id: 'security', type: 'email', active: true },
     *     ],
     *     language: 'en',
     *   },
     *   responseElements: null, requestID: '8e5b285d-6509-5d7f-92c4-4e290376688e',
     *   eventID: '8438aa6c-c3d1-5e23-96f5-df2ffbfbb24f', readOnly: false, eventType: 'AwsApiCall', managementEvent: true,
     *   recipientAccountId: '111122223333', eventCategory: 'Management', sessionCredentialFromConsole: 'true',
     * })   // true
     * ```
     * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
     */
    UpdateNotificationPreferences: { readOnly: false, request: UpdateNotificationPreferencesRequest, response: UpdateNotificationPreferencesResponse },
    /**
     * The `BatchUpdateRecommendationResourceExclusion` operation, an operation of the Trusted Advisor API
     * (2022-09-15, `trustedadvisor.amazonaws.com`), readOnly `false` (model: no readonly trait; write, idempotent):
     * excludes resources from a recommendation, or includes them again, up to 25 at a time.
     *
     * @example
     * ```ts
     * trustedAdvisor.operations.BatchUpdateRecommendationResourceExclusion.is({
     *   eventVersion: '1.09',
     *   userIdentity: {
     *     type: 'AssumedRole', principalId: 'AROAJ45Q7YFFAREXAMPLE:alice',
     *     arn: 'arn:aws:sts::111122223333:assumed-role/SecurityAudit/alice', accountId: '111122223333',
     *     accessKeyId: 'ASIAJEXAMPLEXEG2JICEA',
     *   },
     *   eventTime: '2024-03-06T14:26:11Z', eventSource: 'trustedadvisor.amazonaws.com',
     *   eventName: 'BatchUpdateRecommendationResourceExclusion', awsRegion: 'us-east-1', sourceIPAddress: '203.0.113.17',
     *   userAgent: 'aws-cli/2.15.30 Python/3.11.8 Linux/6.1.79 exe/x86_64.amzn.2023 command/trustedadvisor.batch-update-recommendation-resource-exclusion',
     *   requestParameters: {
     *     recommendationResourceExclusions: [
     *       {
     *         arn: 'arn:aws:trustedadvisor::111122223333:recommendation-resource/55fa4d2e-bbb7-491a-833b-5773e9589578/2f8ab1c3d4e5f6a7b8c9d0e1f2a3b4c5',
     *         isExcluded: true,
     *       },
     *     ],
     *   },
     *   responseElements: { batchUpdateRecommendationResourceExclusionErrors: [] },
     *   requestID: 'ff4a00bf-c9f6-541d-8920-cd38ca049cfd', eventID: '5f07d714-f0df-5278-b2a4-e1283976673d',
     *   readOnly: false, eventType: 'AwsApiCall', managementEvent: true, recipientAccountId: '111122223333',
     *   eventCategory: 'Management', tlsDetails: { tlsVersion: 'TLSv1.3', cipherSuite: 'TLS_AES_128_GCM_SHA256' },
     * })   // true
     * ```
     * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_BatchUpdateRecommendationResourceExclusion.html
     */
    BatchUpdateRecommendationResourceExclusion: { readOnly: false, request: BatchUpdateRecommendationResourceExclusionRequest, response: BatchUpdateRecommendationResourceExclusionResponse },
    /**
     * The `GetOrganizationRecommendation` operation, an operation of the Trusted Advisor API (2022-09-15,
     * `trustedadvisor.amazonaws.com`), readOnly `true` (model readonly trait): gets one organization (Trusted
     * Advisor Priority) recommendation. The example shows `responseElements` as CloudTrail records it for reads:
     * `null`.
     *
     * @example
     * ```ts
     * trustedAdvisor.operations.GetOrganizationRecommendation.is({
     *   eventVersion: '1.09',
     *   userIdentity: {
     *     type: 'AssumedRole', principalId: 'AROAJ45Q7YFFAREXAMPLE:alice',
     *     arn: 'arn:aws:sts::111122223333:assumed-role/OrgSecurityAudit/alice', accountId: '111122223333',
     *     accessKeyId: 'ASIAJEXAMPLEXEG2JICEA',
     *   },
     *   eventTime: '2024-03-06T14:27:11Z', eventSource: 'trustedadvisor.amazonaws.com',
     *   eventName: 'GetOrganizationRecommendation', awsRegion: 'us-east-1', sourceIPAddress: '203.0.113.17',
     *   userAgent: 'aws-cli/2.15.30 Python/3.11.8 Linux/6.1.79 exe/x86_64.amzn.2023 command/trustedadvisor.get-organization-recommendation',
     *   requestParameters: {
     *     organizationRecommendationIdentifier: 'arn:aws:trustedadvisor:::organization-recommendation/4ab8f2c1-6d3e-4f5a-9b0c-1d2e3f4a5b6c',
     *   },
     *   responseElements: null, requestID: 'ca1f17eb-cf82-532c-9493-a8a12d4ae6cd',
     *   eventID: '4ecb6db6-6b5c-574f-8681-73c6bdcb30dd', readOnly: true, eventType: 'AwsApiCall', managementEvent: true,
     *   recipientAccountId: '111122223333', eventCategory: 'Management',
     *   tlsDetails: { tlsVersion: 'TLSv1.3', cipherSuite: 'TLS_AES_128_GCM_SHA256' },
     * })   // true
     * ```
     * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_GetOrganizationRecommendation.html
     */
    GetOrganizationRecommendation: { readOnly: true, request: GetOrganizationRecommendationRequest, response: GetOrganizationRecommendationResponse },
    /**
     * The `GetRecommendation` operation, an operation of the Trusted Advisor API (2022-09-15,
     * `trustedadvisor.amazonaws.com`), readOnly `true` (model readonly trait): gets one recommendation of the
     * account. The example shows `responseElements` as CloudTrail records it for reads: `null`.
     *
     * @example
     * ```ts
     * trustedAdvisor.operations.GetRecommendation.is({
     *   eventVersion: '1.09',
     *   userIdentity: {
     *     type: 'AssumedRole', principalId: 'AROAJ45Q7YFFAREXAMPLE:alice',
     *     arn: 'arn:aws:sts::111122223333:assumed-role/SecurityAudit/alice', accountId: '111122223333',
     *     accessKeyId: 'ASIAJEXAMPLEXEG2JICEA',
     *   },
     *   eventTime: '2024-03-06T14:28:11Z', eventSource: 'trustedadvisor.amazonaws.com', eventName: 'GetRecommendation',
     *   awsRegion: 'us-east-1', sourceIPAddress: '203.0.113.17',
     *   userAgent: 'aws-cli/2.15.30 Python/3.11.8 Linux/6.1.79 exe/x86_64.amzn.2023 command/trustedadvisor.get-recommendation',
     *   requestParameters: {
     *     recommendationIdentifier: 'arn:aws:trustedadvisor::111122223333:recommendation/55fa4d2e-bbb7-491a-833b-5773e9589578',
     *     language: 'en',
     *   },
     *   responseElements: null, requestID: 'a342bf18-2c8c-53db-9e0e-b47f2a85d719',
     *   eventID: '1924f470-fafd-52df-8838-d293f8f579cf', readOnly: true, eventType: 'AwsApiCall', managementEvent: true,
     *   recipientAccountId: '111122223333', eventCategory: 'Management',
     *   tlsDetails: { tlsVersion: 'TLSv1.3', cipherSuite: 'TLS_AES_128_GCM_SHA256' },
     * })   // true
     * ```
     * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_GetRecommendation.html
     */
    GetRecommendation: { readOnly: true, request: GetRecommendationRequest, response: GetRecommendationResponse },
    /**
     * The `ListChecks` operation, an operation of the Trusted Advisor API (2022-09-15,
     * `trustedadvisor.amazonaws.com`), readOnly `true` (model readonly trait): lists the checks that Trusted Advisor
     * runs. The example shows `responseElements` as CloudTrail records it for reads: `null`.
     *
     * @example
     * ```ts
     * trustedAdvisor.operations.ListChecks.is({
     *   eventVersion: '1.09',
     *   userIdentity: {
     *     type: 'AssumedRole', principalId: 'AROAJ45Q7YFFAREXAMPLE:alice',
     *     arn: 'arn:aws:sts::111122223333:assumed-role/SecurityAudit/alice', accountId: '111122223333',
     *     accessKeyId: 'ASIAJEXAMPLEXEG2JICEA',
     *   },
     *   eventTime: '2024-03-06T14:29:11Z', eventSource: 'trustedadvisor.amazonaws.com', eventName: 'ListChecks',
     *   awsRegion: 'us-east-1', sourceIPAddress: '203.0.113.17',
     *   userAgent: 'aws-cli/2.15.30 Python/3.11.8 Linux/6.1.79 exe/x86_64.amzn.2023 command/trustedadvisor.list-checks',
     *   requestParameters: { pillar: 'cost_optimizing', language: 'en', maxResults: 100 }, responseElements: null,
     *   requestID: 'b19b24a8-2958-5879-aaca-08c2a8bf6156', eventID: '71bc5134-2686-53fe-9668-992c729e0db2',
     *   readOnly: true, eventType: 'AwsApiCall', managementEvent: true, recipientAccountId: '111122223333',
     *   eventCategory: 'Management', tlsDetails: { tlsVersion: 'TLSv1.3', cipherSuite: 'TLS_AES_128_GCM_SHA256' },
     * })   // true
     * ```
     * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_ListChecks.html
     */
    ListChecks: { readOnly: true, request: ListChecksRequest, response: ListChecksResponse },
    /**
     * The `ListOrganizationRecommendationAccounts` operation, an operation of the Trusted Advisor API (2022-09-15,
     * `trustedadvisor.amazonaws.com`), readOnly `true` (model readonly trait): lists the accounts that own the
     * resources of an organization recommendation, with the lifecycle of each account's recommendation. The example
     * shows `responseElements` as CloudTrail records it for reads: `null`.
     *
     * @example
     * ```ts
     * trustedAdvisor.operations.ListOrganizationRecommendationAccounts.is({
     *   eventVersion: '1.09',
     *   userIdentity: {
     *     type: 'AssumedRole', principalId: 'AROAJ45Q7YFFAREXAMPLE:alice',
     *     arn: 'arn:aws:sts::111122223333:assumed-role/OrgSecurityAudit/alice', accountId: '111122223333',
     *     accessKeyId: 'ASIAJEXAMPLEXEG2JICEA',
     *   },
     *   eventTime: '2024-03-06T14:30:11Z', eventSource: 'trustedadvisor.amazonaws.com',
     *   eventName: 'ListOrganizationRecommendationAccounts', awsRegion: 'us-east-1', sourceIPAddress: '203.0.113.17',
     *   userAgent: 'aws-cli/2.15.30 Python/3.11.8 Linux/6.1.79 exe/x86_64.amzn.2023 command/trustedadvisor.list-organization-recommendation-accounts',
     *   requestParameters: {
     *     organizationRecommendationIdentifier: 'arn:aws:trustedadvisor:::organization-recommendation/4ab8f2c1-6d3e-4f5a-9b0c-1d2e3f4a5b6c',
     *     maxResults: 50,
     *   },
     *   responseElements: null, requestID: '20d273fd-9241-5d52-a2ad-34efed782acf',
     *   eventID: 'd9f96297-7022-5f81-af8a-99a1366686f4', readOnly: true, eventType: 'AwsApiCall', managementEvent: true,
     *   recipientAccountId: '111122223333', eventCategory: 'Management',
     *   tlsDetails: { tlsVersion: 'TLSv1.3', cipherSuite: 'TLS_AES_128_GCM_SHA256' },
     * })   // true
     * ```
     * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_ListOrganizationRecommendationAccounts.html
     */
    ListOrganizationRecommendationAccounts: { readOnly: true, request: ListOrganizationRecommendationAccountsRequest, response: ListOrganizationRecommendationAccountsResponse },
    /**
     * The `ListOrganizationRecommendationResources` operation, an operation of the Trusted Advisor API (2022-09-15,
     * `trustedadvisor.amazonaws.com`), readOnly `true` (model readonly trait): lists the resources of an
     * organization recommendation across member accounts. The example shows `responseElements` as CloudTrail records
     * it for reads: `null`.
     *
     * @example
     * ```ts
     * trustedAdvisor.operations.ListOrganizationRecommendationResources.is({
     *   eventVersion: '1.09',
     *   userIdentity: {
     *     type: 'AssumedRole', principalId: 'AROAJ45Q7YFFAREXAMPLE:alice',
     *     arn: 'arn:aws:sts::111122223333:assumed-role/OrgSecurityAudit/alice', accountId: '111122223333',
     *     accessKeyId: 'ASIAJEXAMPLEXEG2JICEA',
     *   },
     *   eventTime: '2024-03-06T14:31:11Z', eventSource: 'trustedadvisor.amazonaws.com',
     *   eventName: 'ListOrganizationRecommendationResources', awsRegion: 'us-east-1', sourceIPAddress: '203.0.113.17',
     *   userAgent: 'aws-cli/2.15.30 Python/3.11.8 Linux/6.1.79 exe/x86_64.amzn.2023 command/trustedadvisor.list-organization-recommendation-resources',
     *   requestParameters: {
     *     organizationRecommendationIdentifier: 'arn:aws:trustedadvisor:::organization-recommendation/4ab8f2c1-6d3e-4f5a-9b0c-1d2e3f4a5b6c',
     *     status: 'error', exclusionStatus: 'included', regionCode: 'eu-west-1',
     *   },
     *   responseElements: null, requestID: '051cf9b4-d916-560c-a92b-672e588cd669',
     *   eventID: '84dfd375-442c-5cdf-80ec-6e566f942b3d', readOnly: true, eventType: 'AwsApiCall', managementEvent: true,
     *   recipientAccountId: '111122223333', eventCategory: 'Management',
     *   tlsDetails: { tlsVersion: 'TLSv1.3', cipherSuite: 'TLS_AES_128_GCM_SHA256' },
     * })   // true
     * ```
     * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_ListOrganizationRecommendationResources.html
     */
    ListOrganizationRecommendationResources: { readOnly: true, request: ListOrganizationRecommendationResourcesRequest, response: ListOrganizationRecommendationResourcesResponse },
    /**
     * The `ListOrganizationRecommendations` operation, an operation of the Trusted Advisor API (2022-09-15,
     * `trustedadvisor.amazonaws.com`), readOnly `true` (model readonly trait): lists the organization (Trusted
     * Advisor Priority) recommendations. The example shows `responseElements` as CloudTrail records it for reads:
     * `null`.
     *
     * @example
     * ```ts
     * trustedAdvisor.operations.ListOrganizationRecommendations.is({
     *   eventVersion: '1.09',
     *   userIdentity: {
     *     type: 'AssumedRole', principalId: 'AROAJ45Q7YFFAREXAMPLE:alice',
     *     arn: 'arn:aws:sts::111122223333:assumed-role/OrgSecurityAudit/alice', accountId: '111122223333',
     *     accessKeyId: 'ASIAJEXAMPLEXEG2JICEA',
     *   },
     *   eventTime: '2024-03-06T14:32:11Z', eventSource: 'trustedadvisor.amazonaws.com',
     *   eventName: 'ListOrganizationRecommendations', awsRegion: 'us-east-1', sourceIPAddress: '203.0.113.17',
     *   userAgent: 'aws-cli/2.15.30 Python/3.11.8 Linux/6.1.79 exe/x86_64.amzn.2023 command/trustedadvisor.list-organization-recommendations',
     *   requestParameters: { type: 'priority', pillar: 'security', afterLastUpdatedAt: '2024-02-01T00:00:00Z' },
     *   responseElements: null, requestID: 'd0b305e6-ee0a-5e00-a67e-ec8b66d87262',
     *   eventID: '0f25f090-17a0-58ce-8ed8-c1034f9ee385', readOnly: true, eventType: 'AwsApiCall', managementEvent: true,
     *   recipientAccountId: '111122223333', eventCategory: 'Management',
     *   tlsDetails: { tlsVersion: 'TLSv1.3', cipherSuite: 'TLS_AES_128_GCM_SHA256' },
     * })   // true
     * ```
     * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_ListOrganizationRecommendations.html
     */
    ListOrganizationRecommendations: { readOnly: true, request: ListOrganizationRecommendationsRequest, response: ListOrganizationRecommendationsResponse },
    /**
     * The `ListRecommendationResources` operation, an operation of the Trusted Advisor API (2022-09-15,
     * `trustedadvisor.amazonaws.com`), readOnly `true` (model readonly trait): lists the resources of a
     * recommendation of the account. The example shows `responseElements` as CloudTrail records it for reads:
     * `null`.
     *
     * @example
     * ```ts
     * trustedAdvisor.operations.ListRecommendationResources.is({
     *   eventVersion: '1.09',
     *   userIdentity: {
     *     type: 'AssumedRole', principalId: 'AROAJ45Q7YFFAREXAMPLE:alice',
     *     arn: 'arn:aws:sts::111122223333:assumed-role/SecurityAudit/alice', accountId: '111122223333',
     *     accessKeyId: 'ASIAJEXAMPLEXEG2JICEA',
     *   },
     *   eventTime: '2024-03-06T14:33:11Z', eventSource: 'trustedadvisor.amazonaws.com',
     *   eventName: 'ListRecommendationResources', awsRegion: 'us-east-1', sourceIPAddress: '203.0.113.17',
     *   userAgent: 'aws-cli/2.15.30 Python/3.11.8 Linux/6.1.79 exe/x86_64.amzn.2023 command/trustedadvisor.list-recommendation-resources',
     *   requestParameters: {
     *     recommendationIdentifier: 'arn:aws:trustedadvisor::111122223333:recommendation/55fa4d2e-bbb7-491a-833b-5773e9589578',
     *     status: 'warning', maxResults: 500,
     *   },
     *   responseElements: null, requestID: 'ed3acf54-4cb0-5c87-8d74-cf0a14ef0a65',
     *   eventID: '740d321b-f132-5bb3-aac5-0ebc6a3ed4d8', readOnly: true, eventType: 'AwsApiCall', managementEvent: true,
     *   recipientAccountId: '111122223333', eventCategory: 'Management',
     *   tlsDetails: { tlsVersion: 'TLSv1.3', cipherSuite: 'TLS_AES_128_GCM_SHA256' },
     * })   // true
     * ```
     * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_ListRecommendationResources.html
     */
    ListRecommendationResources: { readOnly: true, request: ListRecommendationResourcesRequest, response: ListRecommendationResourcesResponse },
    /**
     * The `ListRecommendations` operation, an operation of the Trusted Advisor API (2022-09-15,
     * `trustedadvisor.amazonaws.com`), readOnly `true` (model readonly trait): lists the recommendations of the
     * account. The example shows `responseElements` as CloudTrail records it for reads: `null`.
     *
     * @example
     * ```ts
     * trustedAdvisor.operations.ListRecommendations.is({
     *   eventVersion: '1.09',
     *   userIdentity: {
     *     type: 'AssumedRole', principalId: 'AROAJ45Q7YFFAREXAMPLE:alice',
     *     arn: 'arn:aws:sts::111122223333:assumed-role/SecurityAudit/alice', accountId: '111122223333',
     *     accessKeyId: 'ASIAJEXAMPLEXEG2JICEA',
     *   },
     *   eventTime: '2024-03-06T14:34:11Z', eventSource: 'trustedadvisor.amazonaws.com', eventName: 'ListRecommendations',
     *   awsRegion: 'us-east-1', sourceIPAddress: '203.0.113.17',
     *   userAgent: 'aws-cli/2.15.30 Python/3.11.8 Linux/6.1.79 exe/x86_64.amzn.2023 command/trustedadvisor.list-recommendations',
     *   requestParameters: {
     *     status: 'warning', pillar: 'cost_optimizing', language: 'en',
     *     beforeLastUpdatedAt: '2024-03-05T00:00:00Z',
     *   },
     *   responseElements: null, requestID: 'c36a7064-7170-5d02-9011-d2ca56c6dabe',
     *   eventID: '3d5bc215-947e-5f48-9066-dca99b255cfa', readOnly: true, eventType: 'AwsApiCall', managementEvent: true,
     *   recipientAccountId: '111122223333', eventCategory: 'Management',
     *   tlsDetails: { tlsVersion: 'TLSv1.3', cipherSuite: 'TLS_AES_128_GCM_SHA256' },
     * })   // true
     * ```
     * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_ListRecommendations.html
     */
    ListRecommendations: { readOnly: true, request: ListRecommendationsRequest, response: ListRecommendationsResponse },
    /**
     * The `ListRecommendationsForResource` operation, an operation of the Trusted Advisor API (2022-09-15,
     * `trustedadvisor.amazonaws.com`), readOnly `true` (model readonly trait): lists the recommendations that
     * concern one AWS resource. The example shows `responseElements` as CloudTrail records it for reads: `null`.
     *
     * @example
     * ```ts
     * trustedAdvisor.operations.ListRecommendationsForResource.is({
     *   eventVersion: '1.09',
     *   userIdentity: {
     *     type: 'AssumedRole', principalId: 'AROAJ45Q7YFFAREXAMPLE:alice',
     *     arn: 'arn:aws:sts::111122223333:assumed-role/SecurityAudit/alice', accountId: '111122223333',
     *     accessKeyId: 'ASIAJEXAMPLEXEG2JICEA',
     *   },
     *   eventTime: '2024-03-06T14:35:11Z', eventSource: 'trustedadvisor.amazonaws.com',
     *   eventName: 'ListRecommendationsForResource', awsRegion: 'us-east-1', sourceIPAddress: '203.0.113.17',
     *   userAgent: 'aws-cli/2.15.30 Python/3.11.8 Linux/6.1.79 exe/x86_64.amzn.2023 command/trustedadvisor.list-recommendations-for-resource',
     *   requestParameters: {
     *     awsResourceArn: 'arn:aws:ec2:us-east-1:111122223333:instance/i-0abcd1234example',
     *     status: 'warning',
     *   },
     *   responseElements: null, requestID: '116460cb-954f-5d8c-87f1-77e8287978c6',
     *   eventID: 'daa2d89d-0ca0-5d8d-9922-df24e5335778', readOnly: true, eventType: 'AwsApiCall', managementEvent: true,
     *   recipientAccountId: '111122223333', eventCategory: 'Management',
     *   tlsDetails: { tlsVersion: 'TLSv1.3', cipherSuite: 'TLS_AES_128_GCM_SHA256' },
     * })   // true
     * ```
     * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_ListRecommendationsForResource.html
     */
    ListRecommendationsForResource: { readOnly: true, request: ListRecommendationsForResourceRequest, response: ListRecommendationsForResourceResponse },
    /**
     * The `UpdateOrganizationRecommendationLifecycle` operation, an operation of the Trusted Advisor API
     * (2022-09-15, `trustedadvisor.amazonaws.com`), readOnly `false` (model: no readonly trait; write, idempotent):
     * updates the lifecycle stage of an organization (Trusted Advisor Priority) recommendation.
     *
     * @example
     * ```ts
     * trustedAdvisor.operations.UpdateOrganizationRecommendationLifecycle.is({
     *   eventVersion: '1.09',
     *   userIdentity: {
     *     type: 'AssumedRole', principalId: 'AROAJ45Q7YFFAREXAMPLE:alice',
     *     arn: 'arn:aws:sts::111122223333:assumed-role/OrgSecurityAudit/alice', accountId: '111122223333',
     *     accessKeyId: 'ASIAJEXAMPLEXEG2JICEA',
     *   },
     *   eventTime: '2024-03-06T14:36:11Z', eventSource: 'trustedadvisor.amazonaws.com',
     *   eventName: 'UpdateOrganizationRecommendationLifecycle', awsRegion: 'us-east-1', sourceIPAddress: '203.0.113.17',
     *   userAgent: 'aws-cli/2.15.30 Python/3.11.8 Linux/6.1.79 exe/x86_64.amzn.2023 command/trustedadvisor.update-organization-recommendation-lifecycle',
     *   requestParameters: {
     *     organizationRecommendationIdentifier: 'arn:aws:trustedadvisor:::organization-recommendation/4ab8f2c1-6d3e-4f5a-9b0c-1d2e3f4a5b6c',
     *     lifecycleStage: 'dismissed', updateReasonCode: 'not_applicable',
     *     updateReason: 'HIDDEN_DUE_TO_SECURITY_REASONS',
     *   },
     *   responseElements: null, requestID: '2e79142e-cbce-5a5b-af49-8d74f3ad7b2f',
     *   eventID: 'e1a979ba-02ca-5652-86e6-4e66cd13652c', readOnly: false, eventType: 'AwsApiCall', managementEvent: true,
     *   recipientAccountId: '111122223333', eventCategory: 'Management',
     *   tlsDetails: { tlsVersion: 'TLSv1.3', cipherSuite: 'TLS_AES_128_GCM_SHA256' },
     * })   // true
     * ```
     * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_UpdateOrganizationRecommendationLifecycle.html
     */
    UpdateOrganizationRecommendationLifecycle: { readOnly: false, request: UpdateOrganizationRecommendationLifecycleRequest, response: UpdateOrganizationRecommendationLifecycleResponse },
    /**
     * The `UpdateRecommendationLifecycle` operation, an operation of the Trusted Advisor API (2022-09-15,
     * `trustedadvisor.amazonaws.com`), readOnly `false` (model: no readonly trait; write, idempotent): updates the
     * lifecycle stage of a recommendation of the account.
     *
     * @example
     * ```ts
     * trustedAdvisor.operations.UpdateRecommendationLifecycle.is({
     *   eventVersion: '1.09',
     *   userIdentity: {
     *     type: 'AssumedRole', principalId: 'AROAJ45Q7YFFAREXAMPLE:alice',
     *     arn: 'arn:aws:sts::111122223333:assumed-role/SecurityAudit/alice', accountId: '111122223333',
     *     accessKeyId: 'ASIAJEXAMPLEXEG2JICEA',
     *   },
     *   eventTime: '2024-03-06T14:37:11Z', eventSource: 'trustedadvisor.amazonaws.com',
     *   eventName: 'UpdateRecommendationLifecycle', awsRegion: 'us-east-1', sourceIPAddress: '203.0.113.17',
     *   userAgent: 'aws-cli/2.15.30 Python/3.11.8 Linux/6.1.79 exe/x86_64.amzn.2023 command/trustedadvisor.update-recommendation-lifecycle',
     *   requestParameters: {
     *     recommendationIdentifier: 'arn:aws:trustedadvisor::111122223333:recommendation/55fa4d2e-bbb7-491a-833b-5773e9589578',
     *     lifecycleStage: 'resolved', updateReasonCode: 'valid_business_case',
     *     updateReason: 'HIDDEN_DUE_TO_SECURITY_REASONS',
     *   },
     *   responseElements: null, requestID: '8d8e3050-91c7-55e7-ac5e-428af5a453ef',
     *   eventID: '574f0742-169c-5eae-bf83-9bd994a7709a', readOnly: false, eventType: 'AwsApiCall', managementEvent: true,
     *   recipientAccountId: '111122223333', eventCategory: 'Management',
     *   tlsDetails: { tlsVersion: 'TLSv1.3', cipherSuite: 'TLS_AES_128_GCM_SHA256' },
     * })   // true
     * ```
     * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_UpdateRecommendationLifecycle.html
     */
    UpdateRecommendationLifecycle: { readOnly: false, request: UpdateRecommendationLifecycleRequest, response: UpdateRecommendationLifecycleResponse },
    ...shapeless,
  },
})

/**
 * A CloudTrail record of an operation of AWS Trusted Advisor (`trustedadvisor.amazonaws.com`), or of the operations named: what `trustedAdvisor.is` and `trustedAdvisor.operations.X.is` narrow to.
 *
 * @typeParam Name - the eventNames to include (all by default)
 *
 * @example
 * ```ts
 * function audit(event: TrustedAdvisorEvent<'BatchUpdateRecommendationResourceExclusion'>): void {
 *   console.log(event.eventName, event.requestParameters)
 * }
 * ```
 */
export type TrustedAdvisorEvent<Name extends OperationName<typeof trustedAdvisor> = OperationName<typeof trustedAdvisor>> = EventOf<typeof trustedAdvisor, Name>

export * from './batch-update-recommendation-resource-exclusion.js'
export * from './generate-report.js'
export * from './get-organization-recommendation.js'
export * from './get-recommendation.js'
export * from './list-checks.js'
export * from './list-organization-recommendation-accounts.js'
export * from './list-organization-recommendation-resources.js'
export * from './list-organization-recommendations.js'
export * from './list-recommendation-resources.js'
export * from './list-recommendations-for-resource.js'
export * from './list-recommendations.js'
export * from './refresh-check.js'
export * from './request-members.js'
export * from './shared.js'
export * from './update-notification-preferences.js'
export * from './update-organization-recommendation-lifecycle.js'
export * from './update-recommendation-lifecycle.js'
