// Trusted Advisor: CloudTrail logs under trustedadvisor.amazonaws.com, besides the 12 operations of the API model
// (2022-09-15), 26 console actions the model lacks (3 with the shape AWS's documented records show, 23 of unknown
// shape). The entry keeps the names it has always exported (`trustedAdvisor`, `TrustedAdvisorEvent`, the value lists as
// open-enum codecs with their `isKnown` guards) and the typed responses of the read-only operations.
import type { Extra, Overlay } from '../overlay.js'

/**
 * The value lists, each an open enum the entry exports (type, codec, `isKnown<name>` guard) under the name it has
 * always had. The model declares them as enums too, but a model enum becomes a type alone; where the model names a
 * list otherwise (`ExclusionStatus`), the entry's name stays.
 */
const PILLAR: Extra = {
  enum: 'RecommendationPillar',
  values: ['cost_optimizing', 'performance', 'security', 'service_limits', 'fault_tolerance', 'operational_excellence'],
}
const SOURCE: Extra = {
  enum: 'RecommendationSource',
  values: [
    'aws_config',
    'compute_optimizer',
    'cost_explorer',
    'lse',
    'manual',
    'pse',
    'rds',
    'resilience',
    'resilience_hub',
    'security_hub',
    'stir',
    'ta_check',
    'well_architected',
    'cost_optimization_hub',
  ],
}
const STATUS: Extra = { enum: 'RecommendationStatus', values: ['ok', 'warning', 'error'] }
const TYPE: Extra = { enum: 'RecommendationType', values: ['standard', 'priority'] }
const LIFECYCLE_STAGE: Extra = {
  enum: 'RecommendationLifecycleStage',
  values: ['in_progress', 'pending_response', 'dismissed', 'resolved'],
}
const LANGUAGE: Extra = {
  enum: 'RecommendationLanguage',
  values: ['en', 'ja', 'zh', 'fr', 'de', 'ko', 'zh_TW', 'it', 'es', 'pt_BR', 'id'],
}
/** The model's `UpdateRecommendationLifecycleStageReasonCode`. */
const UPDATE_REASON_CODE: Extra = {
  enum: 'RecommendationUpdateReasonCode',
  values: [
    'non_critical_account',
    'temporary_account',
    'valid_business_case',
    'other_methods_available',
    'low_priority',
    'not_applicable',
    'other',
  ],
}
/** The model's `ExclusionStatus`. */
const EXCLUSION_STATUS: Extra = { enum: 'ResourceExclusionStatus', values: ['excluded', 'included'] }
/** The model's `StatusReason`. */
const STATUS_REASON: Extra = { enum: 'RecommendationStatusReason', values: ['no_data_ok'] }

/**
 * Every member of the model whose shape is one of these enums (or a list of `RecommendationPillar`), as
 * `Shape.member`. The model's `ResourceStatus` and `UpdateRecommendationLifecycleStage` (the same values as
 * `RecommendationStatus` and `RecommendationLifecycleStage`) stay the model's types: the entry never exported a
 * codec of those names.
 */
const VALUE_LIST_MEMBERS: ReadonlyArray<readonly [Extra, readonly string[]]> = [
  [
    PILLAR,
    [
      'ListChecksRequest.pillar',
      'ListOrganizationRecommendationsRequest.pillar',
      'ListRecommendationsRequest.pillar',
      'ListRecommendationsForResourceRequest.pillar',
    ],
  ],
  [
    { list: PILLAR },
    [
      'CheckSummary.pillars',
      'OrganizationRecommendation.pillars',
      'OrganizationRecommendationSummary.pillars',
      'Recommendation.pillars',
      'RecommendationForResourceSummary.pillars',
      'RecommendationSummary.pillars',
    ],
  ],
  [
    SOURCE,
    [
      'CheckSummary.source',
      'ListChecksRequest.source',
      'ListOrganizationRecommendationsRequest.source',
      'ListRecommendationsRequest.source',
      'OrganizationRecommendation.source',
      'OrganizationRecommendationSummary.source',
      'Recommendation.source',
      'RecommendationSummary.source',
    ],
  ],
  [
    STATUS,
    [
      'ListOrganizationRecommendationsRequest.status',
      'ListRecommendationsRequest.status',
      'OrganizationRecommendation.status',
      'OrganizationRecommendationSummary.status',
      'Recommendation.status',
      'RecommendationSummary.status',
    ],
  ],
  [
    TYPE,
    [
      'ListOrganizationRecommendationsRequest.type',
      'ListRecommendationsRequest.type',
      'OrganizationRecommendation.type',
      'OrganizationRecommendationSummary.type',
      'Recommendation.type',
      'RecommendationSummary.type',
    ],
  ],
  [
    LIFECYCLE_STAGE,
    [
      'AccountRecommendationLifecycleSummary.lifecycleStage',
      'OrganizationRecommendation.lifecycleStage',
      'OrganizationRecommendationSummary.lifecycleStage',
      'Recommendation.lifecycleStage',
      'RecommendationSummary.lifecycleStage',
    ],
  ],
  [
    LANGUAGE,
    [
      'GetRecommendationRequest.language',
      'ListChecksRequest.language',
      'ListRecommendationResourcesRequest.language',
      'ListRecommendationsForResourceRequest.language',
      'ListRecommendationsRequest.language',
    ],
  ],
  [
    UPDATE_REASON_CODE,
    [
      'AccountRecommendationLifecycleSummary.updateReasonCode',
      'OrganizationRecommendation.updateReasonCode',
      'Recommendation.updateReasonCode',
      'UpdateOrganizationRecommendationLifecycleRequest.updateReasonCode',
      'UpdateRecommendationLifecycleRequest.updateReasonCode',
    ],
  ],
  [
    EXCLUSION_STATUS,
    [
      'ListOrganizationRecommendationResourcesRequest.exclusionStatus',
      'ListRecommendationResourcesRequest.exclusionStatus',
      'OrganizationRecommendationResourceSummary.exclusionStatus',
      'RecommendationForResourceSummary.exclusionStatus',
      'RecommendationResourceSummary.exclusionStatus',
    ],
  ],
  [STATUS_REASON, ['Recommendation.statusReason', 'RecommendationSummary.statusReason']],
]

/** {@link VALUE_LIST_MEMBERS} as `memberTypes`: shape, then member, to its value list. */
const VALUE_LISTS: { [shape: string]: { [member: string]: Extra } } = {}
for (const [extra, members] of VALUE_LIST_MEMBERS) {
  for (const path of members) {
    const [shape = '', member = ''] = path.split('.')
    VALUE_LISTS[shape] = { ...VALUE_LISTS[shape], [member]: extra }
  }
}

/** The console actions of unknown shape (no model, no published record shows their payloads), with their readOnly. */
const SHAPELESS: { readonly [eventName: string]: boolean } = {
  DescribeAccount: true,
  DescribeAccountAccess: true,
  DescribeChecks: true,
  DescribeCheckItems: true,
  DescribeCheckRefreshStatuses: true,
  DescribeCheckSummaries: true,
  DescribeNotificationPreferences: true,
  DescribeOrganization: true,
  DescribeOrganizationAccounts: true,
  DescribeReports: true,
  DescribeRisk: true,
  DescribeRisks: true,
  DescribeRiskResources: true,
  DescribeServiceMetadata: true,
  DownloadRisk: true,
  ExcludeCheckItems: false,
  IncludeCheckItems: false,
  ListAccountsForParent: true,
  ListRoots: true,
  ListOrganizationalUnitsForParent: true,
  SetAccountAccess: false,
  SetOrganizationAccess: false,
  UpdateRiskStatus: false,
}

/** The TSDoc of each operation, by eventName, with a documented record as its example. */
const DOCS: { readonly [eventName: string]: string } = {
  BatchUpdateRecommendationResourceExclusion: `The \`BatchUpdateRecommendationResourceExclusion\` operation, an operation of the Trusted Advisor API
(2022-09-15, \`trustedadvisor.amazonaws.com\`), readOnly \`false\` (model: no readonly trait; write, idempotent):
excludes resources from a recommendation, or includes them again, up to 25 at a time.

@example
\`\`\`ts
trustedAdvisor.operations.BatchUpdateRecommendationResourceExclusion.is({
  eventVersion: '1.09',
  userIdentity: {
    type: 'AssumedRole', principalId: 'AROAJ45Q7YFFAREXAMPLE:alice',
    arn: 'arn:aws:sts::111122223333:assumed-role/SecurityAudit/alice', accountId: '111122223333',
    accessKeyId: 'ASIAJEXAMPLEXEG2JICEA',
  },
  eventTime: '2024-03-06T14:26:11Z', eventSource: 'trustedadvisor.amazonaws.com',
  eventName: 'BatchUpdateRecommendationResourceExclusion', awsRegion: 'us-east-1', sourceIPAddress: '203.0.113.17',
  userAgent: 'aws-cli/2.15.30 Python/3.11.8 Linux/6.1.79 exe/x86_64.amzn.2023 command/trustedadvisor.batch-update-recommendation-resource-exclusion',
  requestParameters: {
    recommendationResourceExclusions: [
      {
        arn: 'arn:aws:trustedadvisor::111122223333:recommendation-resource/55fa4d2e-bbb7-491a-833b-5773e9589578/2f8ab1c3d4e5f6a7b8c9d0e1f2a3b4c5',
        isExcluded: true,
      },
    ],
  },
  responseElements: { batchUpdateRecommendationResourceExclusionErrors: [] },
  requestID: 'ff4a00bf-c9f6-541d-8920-cd38ca049cfd', eventID: '5f07d714-f0df-5278-b2a4-e1283976673d',
  readOnly: false, eventType: 'AwsApiCall', managementEvent: true, recipientAccountId: '111122223333',
  eventCategory: 'Management', tlsDetails: { tlsVersion: 'TLSv1.3', cipherSuite: 'TLS_AES_128_GCM_SHA256' },
})   // true
\`\`\`
@see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_BatchUpdateRecommendationResourceExclusion.html`,
  GetOrganizationRecommendation: `The \`GetOrganizationRecommendation\` operation, an operation of the Trusted Advisor API (2022-09-15,
\`trustedadvisor.amazonaws.com\`), readOnly \`true\` (model readonly trait): gets one organization (Trusted
Advisor Priority) recommendation. The example shows \`responseElements\` as CloudTrail records it for reads:
\`null\`.

@example
\`\`\`ts
trustedAdvisor.operations.GetOrganizationRecommendation.is({
  eventVersion: '1.09',
  userIdentity: {
    type: 'AssumedRole', principalId: 'AROAJ45Q7YFFAREXAMPLE:alice',
    arn: 'arn:aws:sts::111122223333:assumed-role/OrgSecurityAudit/alice', accountId: '111122223333',
    accessKeyId: 'ASIAJEXAMPLEXEG2JICEA',
  },
  eventTime: '2024-03-06T14:27:11Z', eventSource: 'trustedadvisor.amazonaws.com',
  eventName: 'GetOrganizationRecommendation', awsRegion: 'us-east-1', sourceIPAddress: '203.0.113.17',
  userAgent: 'aws-cli/2.15.30 Python/3.11.8 Linux/6.1.79 exe/x86_64.amzn.2023 command/trustedadvisor.get-organization-recommendation',
  requestParameters: {
    organizationRecommendationIdentifier: 'arn:aws:trustedadvisor:::organization-recommendation/4ab8f2c1-6d3e-4f5a-9b0c-1d2e3f4a5b6c',
  },
  responseElements: null, requestID: 'ca1f17eb-cf82-532c-9493-a8a12d4ae6cd',
  eventID: '4ecb6db6-6b5c-574f-8681-73c6bdcb30dd', readOnly: true, eventType: 'AwsApiCall', managementEvent: true,
  recipientAccountId: '111122223333', eventCategory: 'Management',
  tlsDetails: { tlsVersion: 'TLSv1.3', cipherSuite: 'TLS_AES_128_GCM_SHA256' },
})   // true
\`\`\`
@see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_GetOrganizationRecommendation.html`,
  GetRecommendation: `The \`GetRecommendation\` operation, an operation of the Trusted Advisor API (2022-09-15,
\`trustedadvisor.amazonaws.com\`), readOnly \`true\` (model readonly trait): gets one recommendation of the
account. The example shows \`responseElements\` as CloudTrail records it for reads: \`null\`.

@example
\`\`\`ts
trustedAdvisor.operations.GetRecommendation.is({
  eventVersion: '1.09',
  userIdentity: {
    type: 'AssumedRole', principalId: 'AROAJ45Q7YFFAREXAMPLE:alice',
    arn: 'arn:aws:sts::111122223333:assumed-role/SecurityAudit/alice', accountId: '111122223333',
    accessKeyId: 'ASIAJEXAMPLEXEG2JICEA',
  },
  eventTime: '2024-03-06T14:28:11Z', eventSource: 'trustedadvisor.amazonaws.com', eventName: 'GetRecommendation',
  awsRegion: 'us-east-1', sourceIPAddress: '203.0.113.17',
  userAgent: 'aws-cli/2.15.30 Python/3.11.8 Linux/6.1.79 exe/x86_64.amzn.2023 command/trustedadvisor.get-recommendation',
  requestParameters: {
    recommendationIdentifier: 'arn:aws:trustedadvisor::111122223333:recommendation/55fa4d2e-bbb7-491a-833b-5773e9589578',
    language: 'en',
  },
  responseElements: null, requestID: 'a342bf18-2c8c-53db-9e0e-b47f2a85d719',
  eventID: '1924f470-fafd-52df-8838-d293f8f579cf', readOnly: true, eventType: 'AwsApiCall', managementEvent: true,
  recipientAccountId: '111122223333', eventCategory: 'Management',
  tlsDetails: { tlsVersion: 'TLSv1.3', cipherSuite: 'TLS_AES_128_GCM_SHA256' },
})   // true
\`\`\`
@see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_GetRecommendation.html`,
  ListChecks: `The \`ListChecks\` operation, an operation of the Trusted Advisor API (2022-09-15,
\`trustedadvisor.amazonaws.com\`), readOnly \`true\` (model readonly trait): lists the checks that Trusted Advisor
runs. The example shows \`responseElements\` as CloudTrail records it for reads: \`null\`.

@example
\`\`\`ts
trustedAdvisor.operations.ListChecks.is({
  eventVersion: '1.09',
  userIdentity: {
    type: 'AssumedRole', principalId: 'AROAJ45Q7YFFAREXAMPLE:alice',
    arn: 'arn:aws:sts::111122223333:assumed-role/SecurityAudit/alice', accountId: '111122223333',
    accessKeyId: 'ASIAJEXAMPLEXEG2JICEA',
  },
  eventTime: '2024-03-06T14:29:11Z', eventSource: 'trustedadvisor.amazonaws.com', eventName: 'ListChecks',
  awsRegion: 'us-east-1', sourceIPAddress: '203.0.113.17',
  userAgent: 'aws-cli/2.15.30 Python/3.11.8 Linux/6.1.79 exe/x86_64.amzn.2023 command/trustedadvisor.list-checks',
  requestParameters: { pillar: 'cost_optimizing', language: 'en', maxResults: 100 }, responseElements: null,
  requestID: 'b19b24a8-2958-5879-aaca-08c2a8bf6156', eventID: '71bc5134-2686-53fe-9668-992c729e0db2',
  readOnly: true, eventType: 'AwsApiCall', managementEvent: true, recipientAccountId: '111122223333',
  eventCategory: 'Management', tlsDetails: { tlsVersion: 'TLSv1.3', cipherSuite: 'TLS_AES_128_GCM_SHA256' },
})   // true
\`\`\`
@see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_ListChecks.html`,
  ListOrganizationRecommendationAccounts: `The \`ListOrganizationRecommendationAccounts\` operation, an operation of the Trusted Advisor API (2022-09-15,
\`trustedadvisor.amazonaws.com\`), readOnly \`true\` (model readonly trait): lists the accounts that own the
resources of an organization recommendation, with the lifecycle of each account's recommendation. The example
shows \`responseElements\` as CloudTrail records it for reads: \`null\`.

@example
\`\`\`ts
trustedAdvisor.operations.ListOrganizationRecommendationAccounts.is({
  eventVersion: '1.09',
  userIdentity: {
    type: 'AssumedRole', principalId: 'AROAJ45Q7YFFAREXAMPLE:alice',
    arn: 'arn:aws:sts::111122223333:assumed-role/OrgSecurityAudit/alice', accountId: '111122223333',
    accessKeyId: 'ASIAJEXAMPLEXEG2JICEA',
  },
  eventTime: '2024-03-06T14:30:11Z', eventSource: 'trustedadvisor.amazonaws.com',
  eventName: 'ListOrganizationRecommendationAccounts', awsRegion: 'us-east-1', sourceIPAddress: '203.0.113.17',
  userAgent: 'aws-cli/2.15.30 Python/3.11.8 Linux/6.1.79 exe/x86_64.amzn.2023 command/trustedadvisor.list-organization-recommendation-accounts',
  requestParameters: {
    organizationRecommendationIdentifier: 'arn:aws:trustedadvisor:::organization-recommendation/4ab8f2c1-6d3e-4f5a-9b0c-1d2e3f4a5b6c',
    maxResults: 50,
  },
  responseElements: null, requestID: '20d273fd-9241-5d52-a2ad-34efed782acf',
  eventID: 'd9f96297-7022-5f81-af8a-99a1366686f4', readOnly: true, eventType: 'AwsApiCall', managementEvent: true,
  recipientAccountId: '111122223333', eventCategory: 'Management',
  tlsDetails: { tlsVersion: 'TLSv1.3', cipherSuite: 'TLS_AES_128_GCM_SHA256' },
})   // true
\`\`\`
@see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_ListOrganizationRecommendationAccounts.html`,
  ListOrganizationRecommendationResources: `The \`ListOrganizationRecommendationResources\` operation, an operation of the Trusted Advisor API (2022-09-15,
\`trustedadvisor.amazonaws.com\`), readOnly \`true\` (model readonly trait): lists the resources of an
organization recommendation across member accounts. The example shows \`responseElements\` as CloudTrail records
it for reads: \`null\`.

@example
\`\`\`ts
trustedAdvisor.operations.ListOrganizationRecommendationResources.is({
  eventVersion: '1.09',
  userIdentity: {
    type: 'AssumedRole', principalId: 'AROAJ45Q7YFFAREXAMPLE:alice',
    arn: 'arn:aws:sts::111122223333:assumed-role/OrgSecurityAudit/alice', accountId: '111122223333',
    accessKeyId: 'ASIAJEXAMPLEXEG2JICEA',
  },
  eventTime: '2024-03-06T14:31:11Z', eventSource: 'trustedadvisor.amazonaws.com',
  eventName: 'ListOrganizationRecommendationResources', awsRegion: 'us-east-1', sourceIPAddress: '203.0.113.17',
  userAgent: 'aws-cli/2.15.30 Python/3.11.8 Linux/6.1.79 exe/x86_64.amzn.2023 command/trustedadvisor.list-organization-recommendation-resources',
  requestParameters: {
    organizationRecommendationIdentifier: 'arn:aws:trustedadvisor:::organization-recommendation/4ab8f2c1-6d3e-4f5a-9b0c-1d2e3f4a5b6c',
    status: 'error', exclusionStatus: 'included', regionCode: 'eu-west-1',
  },
  responseElements: null, requestID: '051cf9b4-d916-560c-a92b-672e588cd669',
  eventID: '84dfd375-442c-5cdf-80ec-6e566f942b3d', readOnly: true, eventType: 'AwsApiCall', managementEvent: true,
  recipientAccountId: '111122223333', eventCategory: 'Management',
  tlsDetails: { tlsVersion: 'TLSv1.3', cipherSuite: 'TLS_AES_128_GCM_SHA256' },
})   // true
\`\`\`
@see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_ListOrganizationRecommendationResources.html`,
  ListOrganizationRecommendations: `The \`ListOrganizationRecommendations\` operation, an operation of the Trusted Advisor API (2022-09-15,
\`trustedadvisor.amazonaws.com\`), readOnly \`true\` (model readonly trait): lists the organization (Trusted
Advisor Priority) recommendations. The example shows \`responseElements\` as CloudTrail records it for reads:
\`null\`.

@example
\`\`\`ts
trustedAdvisor.operations.ListOrganizationRecommendations.is({
  eventVersion: '1.09',
  userIdentity: {
    type: 'AssumedRole', principalId: 'AROAJ45Q7YFFAREXAMPLE:alice',
    arn: 'arn:aws:sts::111122223333:assumed-role/OrgSecurityAudit/alice', accountId: '111122223333',
    accessKeyId: 'ASIAJEXAMPLEXEG2JICEA',
  },
  eventTime: '2024-03-06T14:32:11Z', eventSource: 'trustedadvisor.amazonaws.com',
  eventName: 'ListOrganizationRecommendations', awsRegion: 'us-east-1', sourceIPAddress: '203.0.113.17',
  userAgent: 'aws-cli/2.15.30 Python/3.11.8 Linux/6.1.79 exe/x86_64.amzn.2023 command/trustedadvisor.list-organization-recommendations',
  requestParameters: { type: 'priority', pillar: 'security', afterLastUpdatedAt: '2024-02-01T00:00:00Z' },
  responseElements: null, requestID: 'd0b305e6-ee0a-5e00-a67e-ec8b66d87262',
  eventID: '0f25f090-17a0-58ce-8ed8-c1034f9ee385', readOnly: true, eventType: 'AwsApiCall', managementEvent: true,
  recipientAccountId: '111122223333', eventCategory: 'Management',
  tlsDetails: { tlsVersion: 'TLSv1.3', cipherSuite: 'TLS_AES_128_GCM_SHA256' },
})   // true
\`\`\`
@see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_ListOrganizationRecommendations.html`,
  ListRecommendationResources: `The \`ListRecommendationResources\` operation, an operation of the Trusted Advisor API (2022-09-15,
\`trustedadvisor.amazonaws.com\`), readOnly \`true\` (model readonly trait): lists the resources of a
recommendation of the account. The example shows \`responseElements\` as CloudTrail records it for reads:
\`null\`.

@example
\`\`\`ts
trustedAdvisor.operations.ListRecommendationResources.is({
  eventVersion: '1.09',
  userIdentity: {
    type: 'AssumedRole', principalId: 'AROAJ45Q7YFFAREXAMPLE:alice',
    arn: 'arn:aws:sts::111122223333:assumed-role/SecurityAudit/alice', accountId: '111122223333',
    accessKeyId: 'ASIAJEXAMPLEXEG2JICEA',
  },
  eventTime: '2024-03-06T14:33:11Z', eventSource: 'trustedadvisor.amazonaws.com',
  eventName: 'ListRecommendationResources', awsRegion: 'us-east-1', sourceIPAddress: '203.0.113.17',
  userAgent: 'aws-cli/2.15.30 Python/3.11.8 Linux/6.1.79 exe/x86_64.amzn.2023 command/trustedadvisor.list-recommendation-resources',
  requestParameters: {
    recommendationIdentifier: 'arn:aws:trustedadvisor::111122223333:recommendation/55fa4d2e-bbb7-491a-833b-5773e9589578',
    status: 'warning', maxResults: 500,
  },
  responseElements: null, requestID: 'ed3acf54-4cb0-5c87-8d74-cf0a14ef0a65',
  eventID: '740d321b-f132-5bb3-aac5-0ebc6a3ed4d8', readOnly: true, eventType: 'AwsApiCall', managementEvent: true,
  recipientAccountId: '111122223333', eventCategory: 'Management',
  tlsDetails: { tlsVersion: 'TLSv1.3', cipherSuite: 'TLS_AES_128_GCM_SHA256' },
})   // true
\`\`\`
@see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_ListRecommendationResources.html`,
  ListRecommendations: `The \`ListRecommendations\` operation, an operation of the Trusted Advisor API (2022-09-15,
\`trustedadvisor.amazonaws.com\`), readOnly \`true\` (model readonly trait): lists the recommendations of the
account. The example shows \`responseElements\` as CloudTrail records it for reads: \`null\`.

@example
\`\`\`ts
trustedAdvisor.operations.ListRecommendations.is({
  eventVersion: '1.09',
  userIdentity: {
    type: 'AssumedRole', principalId: 'AROAJ45Q7YFFAREXAMPLE:alice',
    arn: 'arn:aws:sts::111122223333:assumed-role/SecurityAudit/alice', accountId: '111122223333',
    accessKeyId: 'ASIAJEXAMPLEXEG2JICEA',
  },
  eventTime: '2024-03-06T14:34:11Z', eventSource: 'trustedadvisor.amazonaws.com', eventName: 'ListRecommendations',
  awsRegion: 'us-east-1', sourceIPAddress: '203.0.113.17',
  userAgent: 'aws-cli/2.15.30 Python/3.11.8 Linux/6.1.79 exe/x86_64.amzn.2023 command/trustedadvisor.list-recommendations',
  requestParameters: {
    status: 'warning', pillar: 'cost_optimizing', language: 'en',
    beforeLastUpdatedAt: '2024-03-05T00:00:00Z',
  },
  responseElements: null, requestID: 'c36a7064-7170-5d02-9011-d2ca56c6dabe',
  eventID: '3d5bc215-947e-5f48-9066-dca99b255cfa', readOnly: true, eventType: 'AwsApiCall', managementEvent: true,
  recipientAccountId: '111122223333', eventCategory: 'Management',
  tlsDetails: { tlsVersion: 'TLSv1.3', cipherSuite: 'TLS_AES_128_GCM_SHA256' },
})   // true
\`\`\`
@see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_ListRecommendations.html`,
  ListRecommendationsForResource: `The \`ListRecommendationsForResource\` operation, an operation of the Trusted Advisor API (2022-09-15,
\`trustedadvisor.amazonaws.com\`), readOnly \`true\` (model readonly trait): lists the recommendations that
concern one AWS resource. The example shows \`responseElements\` as CloudTrail records it for reads: \`null\`.

@example
\`\`\`ts
trustedAdvisor.operations.ListRecommendationsForResource.is({
  eventVersion: '1.09',
  userIdentity: {
    type: 'AssumedRole', principalId: 'AROAJ45Q7YFFAREXAMPLE:alice',
    arn: 'arn:aws:sts::111122223333:assumed-role/SecurityAudit/alice', accountId: '111122223333',
    accessKeyId: 'ASIAJEXAMPLEXEG2JICEA',
  },
  eventTime: '2024-03-06T14:35:11Z', eventSource: 'trustedadvisor.amazonaws.com',
  eventName: 'ListRecommendationsForResource', awsRegion: 'us-east-1', sourceIPAddress: '203.0.113.17',
  userAgent: 'aws-cli/2.15.30 Python/3.11.8 Linux/6.1.79 exe/x86_64.amzn.2023 command/trustedadvisor.list-recommendations-for-resource',
  requestParameters: {
    awsResourceArn: 'arn:aws:ec2:us-east-1:111122223333:instance/i-0abcd1234example',
    status: 'warning',
  },
  responseElements: null, requestID: '116460cb-954f-5d8c-87f1-77e8287978c6',
  eventID: 'daa2d89d-0ca0-5d8d-9922-df24e5335778', readOnly: true, eventType: 'AwsApiCall', managementEvent: true,
  recipientAccountId: '111122223333', eventCategory: 'Management',
  tlsDetails: { tlsVersion: 'TLSv1.3', cipherSuite: 'TLS_AES_128_GCM_SHA256' },
})   // true
\`\`\`
@see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_ListRecommendationsForResource.html`,
  UpdateOrganizationRecommendationLifecycle: `The \`UpdateOrganizationRecommendationLifecycle\` operation, an operation of the Trusted Advisor API
(2022-09-15, \`trustedadvisor.amazonaws.com\`), readOnly \`false\` (model: no readonly trait; write, idempotent):
updates the lifecycle stage of an organization (Trusted Advisor Priority) recommendation.

@example
\`\`\`ts
trustedAdvisor.operations.UpdateOrganizationRecommendationLifecycle.is({
  eventVersion: '1.09',
  userIdentity: {
    type: 'AssumedRole', principalId: 'AROAJ45Q7YFFAREXAMPLE:alice',
    arn: 'arn:aws:sts::111122223333:assumed-role/OrgSecurityAudit/alice', accountId: '111122223333',
    accessKeyId: 'ASIAJEXAMPLEXEG2JICEA',
  },
  eventTime: '2024-03-06T14:36:11Z', eventSource: 'trustedadvisor.amazonaws.com',
  eventName: 'UpdateOrganizationRecommendationLifecycle', awsRegion: 'us-east-1', sourceIPAddress: '203.0.113.17',
  userAgent: 'aws-cli/2.15.30 Python/3.11.8 Linux/6.1.79 exe/x86_64.amzn.2023 command/trustedadvisor.update-organization-recommendation-lifecycle',
  requestParameters: {
    organizationRecommendationIdentifier: 'arn:aws:trustedadvisor:::organization-recommendation/4ab8f2c1-6d3e-4f5a-9b0c-1d2e3f4a5b6c',
    lifecycleStage: 'dismissed', updateReasonCode: 'not_applicable',
    updateReason: 'HIDDEN_DUE_TO_SECURITY_REASONS',
  },
  responseElements: null, requestID: '2e79142e-cbce-5a5b-af49-8d74f3ad7b2f',
  eventID: 'e1a979ba-02ca-5652-86e6-4e66cd13652c', readOnly: false, eventType: 'AwsApiCall', managementEvent: true,
  recipientAccountId: '111122223333', eventCategory: 'Management',
  tlsDetails: { tlsVersion: 'TLSv1.3', cipherSuite: 'TLS_AES_128_GCM_SHA256' },
})   // true
\`\`\`
@see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_UpdateOrganizationRecommendationLifecycle.html`,
  UpdateRecommendationLifecycle: `The \`UpdateRecommendationLifecycle\` operation, an operation of the Trusted Advisor API (2022-09-15,
\`trustedadvisor.amazonaws.com\`), readOnly \`false\` (model: no readonly trait; write, idempotent): updates the
lifecycle stage of a recommendation of the account.

@example
\`\`\`ts
trustedAdvisor.operations.UpdateRecommendationLifecycle.is({
  eventVersion: '1.09',
  userIdentity: {
    type: 'AssumedRole', principalId: 'AROAJ45Q7YFFAREXAMPLE:alice',
    arn: 'arn:aws:sts::111122223333:assumed-role/SecurityAudit/alice', accountId: '111122223333',
    accessKeyId: 'ASIAJEXAMPLEXEG2JICEA',
  },
  eventTime: '2024-03-06T14:37:11Z', eventSource: 'trustedadvisor.amazonaws.com',
  eventName: 'UpdateRecommendationLifecycle', awsRegion: 'us-east-1', sourceIPAddress: '203.0.113.17',
  userAgent: 'aws-cli/2.15.30 Python/3.11.8 Linux/6.1.79 exe/x86_64.amzn.2023 command/trustedadvisor.update-recommendation-lifecycle',
  requestParameters: {
    recommendationIdentifier: 'arn:aws:trustedadvisor::111122223333:recommendation/55fa4d2e-bbb7-491a-833b-5773e9589578',
    lifecycleStage: 'resolved', updateReasonCode: 'valid_business_case',
    updateReason: 'HIDDEN_DUE_TO_SECURITY_REASONS',
  },
  responseElements: null, requestID: '8d8e3050-91c7-55e7-ac5e-428af5a453ef',
  eventID: '574f0742-169c-5eae-bf83-9bd994a7709a', readOnly: false, eventType: 'AwsApiCall', managementEvent: true,
  recipientAccountId: '111122223333', eventCategory: 'Management',
  tlsDetails: { tlsVersion: 'TLSv1.3', cipherSuite: 'TLS_AES_128_GCM_SHA256' },
})   // true
\`\`\`
@see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_UpdateRecommendationLifecycle.html`,
  GenerateReport: `The \`GenerateReport\` operation, a Trusted Advisor console action (\`trustedadvisor.amazonaws.com\`, no public
API model), readOnly \`false\` (inferred from IAM access level / verb): creates an organizational view report.

@example
\`\`\`ts
trustedAdvisor.operations.GenerateReport.is({
  eventVersion: '1.08',
  userIdentity: {
    type: 'IAMUser', principalId: 'AIDACKCEVSQ6C2EXAMPLE',
    arn: 'arn:aws:iam::111122223333:user/janedoe', accountId: '111122223333',
    accessKeyId: 'ASIAIOSFODNN7EXAMPLE', userName: 'janedoe',
  },
  eventTime: '2024-03-05T10:16:11Z', eventSource: 'trustedadvisor.amazonaws.com', eventName: 'GenerateReport',
  awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.24',
  userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0',
  requestParameters: {
    refresh: false, includeSuppressedResources: false, language: 'en', format: 'JSON',
    name: 'organizational-view-report',
    preference: {
      accounts: [], organizationalUnitIds: ['r-f3d7'],
      preferenceName: 'organizational-view-report', format: 'json', language: 'en',
    },
  },
  responseElements: { status: 'ENQUEUED' }, requestID: '417700da-a2a4-5fcd-ab89-7950e2b48544',
  eventID: '8025ecfc-2879-5e47-b78e-2f2ad32668e3', readOnly: false, eventType: 'AwsApiCall', managementEvent: true,
  recipientAccountId: '111122223333', eventCategory: 'Management', sessionCredentialFromConsole: 'true',
})   // true
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html`,
  RefreshCheck: `The \`RefreshCheck\` operation, a Trusted Advisor console action (\`trustedadvisor.amazonaws.com\`, no public API
model), readOnly \`false\` (inferred from IAM access level / verb): refreshes a Trusted Advisor check.

@example
\`\`\`ts
trustedAdvisor.operations.RefreshCheck.is({
  eventVersion: '1.08',
  userIdentity: {
    type: 'IAMUser', principalId: 'AIDACKCEVSQ6C2EXAMPLE',
    arn: 'arn:aws:iam::111122223333:user/janedoe', accountId: '111122223333',
    accessKeyId: 'ASIAIOSFODNN7EXAMPLE', userName: 'janedoe',
  },
  eventTime: '2024-03-05T10:21:11Z', eventSource: 'trustedadvisor.amazonaws.com', eventName: 'RefreshCheck',
  awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.24',
  userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0',
  requestParameters: { checkId: 'Qch7DwouX1' },
  responseElements: { status: { checkId: 'Qch7DwouX1', status: 'enqueued', millisUntilNextRefreshable: 3599994 } },
  requestID: 'bcae769b-680e-51a4-83ab-6d7205a716e0', eventID: 'ea24ba8f-ac7f-58bb-aed2-4a319ca8d20b',
  readOnly: false, eventType: 'AwsApiCall', managementEvent: true, recipientAccountId: '111122223333',
  eventCategory: 'Management', sessionCredentialFromConsole: 'true',
})   // true
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html`,
  UpdateNotificationPreferences: `The \`UpdateNotificationPreferences\` operation, a Trusted Advisor console action
(\`trustedadvisor.amazonaws.com\`, no public API model), readOnly \`false\` (inferred from IAM access level /
verb): updates the notification preferences of the account.

@example
\`\`\`ts
trustedAdvisor.operations.UpdateNotificationPreferences.is({
  eventVersion: '1.08',
  userIdentity: {
    type: 'IAMUser', principalId: 'AIDACKCEVSQ6C2EXAMPLE',
    arn: 'arn:aws:iam::111122223333:user/janedoe', accountId: '111122223333',
    accessKeyId: 'ASIAIOSFODNN7EXAMPLE', userName: 'janedoe',
  },
  eventTime: '2024-03-05T10:24:11Z', eventSource: 'trustedadvisor.amazonaws.com',
  eventName: 'UpdateNotificationPreferences', awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.24',
  userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0',
  requestParameters: {
    contacts: [
      { id: 'billing', type: 'email', active: false },
      { id: 'operational', type: 'email', active: true },
      { id: 'security', type: 'email', active: true },
    ],
    language: 'en',
  },
  responseElements: null, requestID: '8e5b285d-6509-5d7f-92c4-4e290376688e',
  eventID: '8438aa6c-c3d1-5e23-96f5-df2ffbfbb24f', readOnly: false, eventType: 'AwsApiCall', managementEvent: true,
  recipientAccountId: '111122223333', eventCategory: 'Management', sessionCredentialFromConsole: 'true',
})   // true
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html`,
  DescribeAccount: `Views the support plan and the Trusted Advisor preferences of the account (readOnly inferred from IAM
access level / verb).`,
  DescribeAccountAccess: `Tells whether Trusted Advisor is enabled for the account (readOnly inferred from IAM access level / verb).`,
  DescribeChecks: `Views the details of the Trusted Advisor checks (readOnly inferred from IAM access level / verb).`,
  DescribeCheckItems: `Views the details of the items of a check (readOnly inferred from IAM access level / verb).`,
  DescribeCheckRefreshStatuses: `Views the refresh status of checks (readOnly inferred from IAM access level / verb).`,
  DescribeCheckSummaries: `Views the summaries of checks (readOnly inferred from IAM access level / verb).`,
  DescribeNotificationPreferences: `Views the notification preferences of the account (readOnly inferred from IAM access level / verb).`,
  DescribeOrganization: `Tells whether the account can enable organizational view (readOnly inferred from IAM access level / verb).`,
  DescribeOrganizationAccounts: `Lists the linked accounts of the organization (readOnly inferred from IAM access level / verb).`,
  DescribeReports: `Lists the organizational view reports (name, run time, creation date, status and format) (readOnly
inferred from IAM access level / verb).`,
  DescribeRisk: `Views one Trusted Advisor Priority risk (readOnly inferred from IAM access level / verb).`,
  DescribeRisks: `Lists the Trusted Advisor Priority risks (readOnly inferred from IAM access level / verb).`,
  DescribeRiskResources: `Lists the resources affected by a Trusted Advisor Priority risk (readOnly inferred from IAM access level /
verb).`,
  DescribeServiceMetadata: `Views the metadata of organizational view reports (Regions, check categories, check names, resource
statuses) (readOnly inferred from IAM access level / verb).`,
  DownloadRisk: `Downloads the file of a Trusted Advisor Priority risk (readOnly inferred from IAM access level / verb).`,
  ExcludeCheckItems: `Excludes recommendations (items) of a check from its results (readOnly inferred from IAM access level /
verb).`,
  IncludeCheckItems: `Includes excluded items of a check again (readOnly inferred from IAM access level / verb).`,
  ListAccountsForParent: `Lists the accounts under an organization root or OU (readOnly inferred from IAM access level / verb).`,
  ListRoots: `Lists the roots of the organization (readOnly inferred from IAM access level / verb).`,
  ListOrganizationalUnitsForParent: `Lists the organizational units under a root or OU (readOnly inferred from IAM access level / verb).`,
  SetAccountAccess: `Enables or disables Trusted Advisor for the account (readOnly inferred from IAM access level / verb).`,
  SetOrganizationAccess: `Enables organizational view (readOnly inferred from IAM access level / verb).`,
  UpdateRiskStatus: `Updates the status of a Trusted Advisor Priority risk (readOnly inferred from IAM access level / verb).`,
}

/** The TSDoc of the generated types, by type name. */
const TYPE_DOCS: { readonly [typeName: string]: string } = {
  RecommendationResourceExclusion: `One entry of a \`BatchUpdateRecommendationResourceExclusion\` call: the \`arn\` of a recommendation resource
and whether to exclude it.

@example
\`\`\`ts
const recommendationResourceExclusion: RecommendationResourceExclusion = {
  arn: 'arn:aws:trustedadvisor::111122223333:recommendation-resource/55fa4d2e-bbb7-491a-833b-5773e9589578/2f8ab1c3d4e5f6a7b8c9d0e1f2a3b4c5',
  isExcluded: true,
}
\`\`\`
@see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_RecommendationResourceExclusion.html`,
  UpdateRecommendationResourceExclusionError: `One entry that a \`BatchUpdateRecommendationResourceExclusion\` call could not update: the resource \`arn\`, an
\`errorCode\` and an \`errorMessage\`.

@example
\`\`\`ts
const updateRecommendationResourceExclusionError: UpdateRecommendationResourceExclusionError = {
  arn: 'arn:aws:trustedadvisor::111122223333:recommendation-resource/55fa4d2e-bbb7-491a-833b-5773e9589578/2f8ab1c3d4e5f6a7b8c9d0e1f2a3b4c5',
  errorCode: 'ResourceNotFound',
  errorMessage: 'The recommendation resource does not exist.',
}
\`\`\`
@see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_UpdateRecommendationResourceExclusionError.html`,
  BatchUpdateRecommendationResourceExclusionRequest: `The \`requestParameters\` of \`BatchUpdateRecommendationResourceExclusion\`: the
\`recommendationResourceExclusions\` to apply (1 to 25 in the model).

Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
keys not named here pass through untouched.

@example
\`\`\`ts
trustedAdvisor.operations.BatchUpdateRecommendationResourceExclusion.request.is({
  recommendationResourceExclusions: [
    {
      arn: 'arn:aws:trustedadvisor::111122223333:recommendation-resource/55fa4d2e-bbb7-491a-833b-5773e9589578/2f8ab1c3d4e5f6a7b8c9d0e1f2a3b4c5',
      isExcluded: true,
    },
  ],
})   // true
\`\`\`
@see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_BatchUpdateRecommendationResourceExclusion.html`,
  BatchUpdateRecommendationResourceExclusionResponse: `The \`responseElements\` of \`BatchUpdateRecommendationResourceExclusion\`: the entries that could not be
updated (\`batchUpdateRecommendationResourceExclusionErrors\`, empty when all succeeded).

Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
keys not named here pass through untouched.

@example
\`\`\`ts
trustedAdvisor.operations.BatchUpdateRecommendationResourceExclusion.response.is({ batchUpdateRecommendationResourceExclusionErrors: [] })   // true
\`\`\`
@see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_BatchUpdateRecommendationResourceExclusion.html`,
  GenerateReportPreference: `The report preference of a \`GenerateReport\` call: which accounts and organizational units the report
covers, its name, format (lower case here, such as \`json\`) and language. Shape from the one documented
CloudTrail sample.

@example
\`\`\`ts
const generateReportPreference: GenerateReportPreference = {
  accounts: [], organizationalUnitIds: ['r-j134'],
  preferenceName: 'organizational-view-report', format: 'json', language: 'en',
}
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html`,
  GenerateReportRequest: `The \`requestParameters\` of the console action \`GenerateReport\`: whether to refresh the checks first,
whether to include suppressed resources, the language, the format (upper case here, such as \`JSON\`), the
report name and the {@link GenerateReportPreference}. No public API model exists: the shape comes from the
documented CloudTrail sample.

Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
keys not named here pass through untouched.

@example
\`\`\`ts
trustedAdvisor.operations.GenerateReport.request.is({
  refresh: false, includeSuppressedResources: false, language: 'en', format: 'JSON',
  name: 'organizational-view-report',
})   // true
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html`,
  GenerateReportResponse: `The \`responseElements\` of the console action \`GenerateReport\`: the \`status\` of the report run (the
documented sample shows \`ENQUEUED\`; no list of values is published, so any string decodes).

Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
keys not named here pass through untouched.

@example
\`\`\`ts
trustedAdvisor.operations.GenerateReport.response.is({ status: 'ENQUEUED' })   // true
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html`,
  GetOrganizationRecommendationRequest: `The \`requestParameters\` of \`GetOrganizationRecommendation\`: the ARN of the organization recommendation
(\`organizationRecommendationIdentifier\`, a URI member logged under its name).

Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
keys not named here pass through untouched.

@example
\`\`\`ts
trustedAdvisor.operations.GetOrganizationRecommendation.request.is({
  organizationRecommendationIdentifier: 'arn:aws:trustedadvisor:::organization-recommendation/4ab8f2c1-6d3e-4f5a-9b0c-1d2e3f4a5b6c',
})   // true
\`\`\`
@see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_GetOrganizationRecommendation.html`,
  GetOrganizationRecommendationResponse: `The \`responseElements\` of \`GetOrganizationRecommendation\`: the {@link OrganizationRecommendation}.
CloudTrail has recorded \`null\` here for read calls in every published sample; when it records the response,
it has this shape.

Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
keys not named here pass through untouched.

@example
\`\`\`ts
trustedAdvisor.operations.GetOrganizationRecommendation.response.is({
  organizationRecommendation: {
    id: '4ab8f2c1-6d3e-4f5a-9b0c-1d2e3f4a5b6c',
    status: 'error',
    lifecycleStage: 'pending_response',
    arn: 'arn:aws:trustedadvisor:::organization-recommendation/4ab8f2c1-6d3e-4f5a-9b0c-1d2e3f4a5b6c',
  },
})   // true
\`\`\`
@see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_GetOrganizationRecommendation.html`,
  GetRecommendationRequest: `The \`requestParameters\` of \`GetRecommendation\`: the ARN of the recommendation (\`recommendationIdentifier\`,
a URI member logged under its name) and the \`language\`.

Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
keys not named here pass through untouched.

@example
\`\`\`ts
trustedAdvisor.operations.GetRecommendation.request.is({
  recommendationIdentifier: 'arn:aws:trustedadvisor::111122223333:recommendation/55fa4d2e-bbb7-491a-833b-5773e9589578',
  language: 'ja',
})   // true
\`\`\`
@see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_GetRecommendation.html`,
  GetRecommendationResponse: `The \`responseElements\` of \`GetRecommendation\`: the {@link Recommendation}. CloudTrail has recorded \`null\`
here for read calls in every published sample; when it records the response, it has this shape.

Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
keys not named here pass through untouched.

@example
\`\`\`ts
trustedAdvisor.operations.GetRecommendation.response.is({
  recommendation: {
    id: '55fa4d2e-bbb7-491a-833b-5773e9589578', status: 'warning',
    statusReason: 'no_data_ok',
    arn: 'arn:aws:trustedadvisor::111122223333:recommendation/55fa4d2e-bbb7-491a-833b-5773e9589578',
  },
})   // true
\`\`\`
@see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_GetRecommendation.html`,
  CheckSummary: `One check of the Trusted Advisor API (\`ListChecks\`): its id and ARN, name, description, pillars, the AWS
services it covers, its source and the names of its metadata columns. Not to be confused with the Support
API's \`TrustedAdvisorCheckSummary\`, the latest result of a check.

@example
\`\`\`ts
const checkSummary: CheckSummary = {
  id: 'Qch7DwouX1', arn: 'arn:aws:trustedadvisor:::check/Qch7DwouX1',
  name: 'Low Utilization Amazon EC2 Instances', pillars: ['cost_optimizing'], awsServices: ['EC2'],
  source: 'ta_check', metadata: { '0': 'Region/AZ', '1': 'Instance ID' },
}
\`\`\`
@see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_CheckSummary.html`,
  ListChecksRequest: `The \`requestParameters\` of \`ListChecks\`: the filters (\`pillar\`, \`awsService\`, \`source\`), the \`language\` and
the page (\`nextToken\`, \`maxResults\`), all query-string members logged under their names.

Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
keys not named here pass through untouched.

@example
\`\`\`ts
trustedAdvisor.operations.ListChecks.request.is({ pillar: 'security', language: 'en', maxResults: 100 })   // true
\`\`\`
@see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_ListChecks.html`,
  ListChecksResponse: `The \`responseElements\` of \`ListChecks\`: one page of {@link CheckSummary} and the \`nextToken\`. CloudTrail
has recorded \`null\` here for read calls in every published sample; when it records the response, it has
this shape.

Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
keys not named here pass through untouched.

@example
\`\`\`ts
trustedAdvisor.operations.ListChecks.response.is({ checkSummaries: [], nextToken: 'eyJwYWdlIjoyfQ==' })   // true
\`\`\`
@see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_ListChecks.html`,
  AccountRecommendationLifecycleSummary: `The lifecycle of one member account's copy of an organization recommendation. \`updateReason\` is \`sensitive\`
in the model: CloudTrail may write \`HIDDEN_DUE_TO_SECURITY_REASONS\` in its place, which decodes as any
string.

@example
\`\`\`ts
const accountRecommendationLifecycleSummary: AccountRecommendationLifecycleSummary = {
  accountId: '444455556666', lifecycleStage: 'resolved',
  updateReasonCode: 'other',
  updateReason: 'HIDDEN_DUE_TO_SECURITY_REASONS',
  lastUpdatedAt: '2024-03-01T17:45:00Z',
}
\`\`\`
@see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_AccountRecommendationLifecycleSummary.html`,
  ListOrganizationRecommendationAccountsRequest: `The \`requestParameters\` of \`ListOrganizationRecommendationAccounts\`: the organization recommendation ARN,
an optional \`affectedAccountId\` and the page.

Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
keys not named here pass through untouched.

@example
\`\`\`ts
trustedAdvisor.operations.ListOrganizationRecommendationAccounts.request.is({
  organizationRecommendationIdentifier: 'arn:aws:trustedadvisor:::organization-recommendation/4ab8f2c1-6d3e-4f5a-9b0c-1d2e3f4a5b6c',
  affectedAccountId: '444455556666',
})   // true
\`\`\`
@see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_ListOrganizationRecommendationAccounts.html`,
  ListOrganizationRecommendationAccountsResponse: `The \`responseElements\` of \`ListOrganizationRecommendationAccounts\`: one page of
{@link AccountRecommendationLifecycleSummary} and the \`nextToken\`. CloudTrail has recorded \`null\` here for
read calls in every published sample; when it records the response, it has this shape.

Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
keys not named here pass through untouched.

@example
\`\`\`ts
trustedAdvisor.operations.ListOrganizationRecommendationAccounts.response.is({
  accountRecommendationLifecycleSummaries: [
    {
      accountId: '444455556666',
      lifecycleStage: 'in_progress',
    },
  ],
})   // true
\`\`\`
@see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_ListOrganizationRecommendationAccounts.html`,
  ListOrganizationRecommendationResourcesRequest: `The \`requestParameters\` of \`ListOrganizationRecommendationResources\`: the organization recommendation ARN,
the filters (\`status\`, \`exclusionStatus\`, \`regionCode\`, \`affectedAccountId\`) and the page.

Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
keys not named here pass through untouched.

@example
\`\`\`ts
trustedAdvisor.operations.ListOrganizationRecommendationResources.request.is({
  organizationRecommendationIdentifier: 'arn:aws:trustedadvisor:::organization-recommendation/4ab8f2c1-6d3e-4f5a-9b0c-1d2e3f4a5b6c',
  status: 'error', exclusionStatus: 'included',
})   // true
\`\`\`
@see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_ListOrganizationRecommendationResources.html`,
  ListOrganizationRecommendationResourcesResponse: `The \`responseElements\` of \`ListOrganizationRecommendationResources\`: one page of
{@link OrganizationRecommendationResourceSummary} and the \`nextToken\`. CloudTrail has recorded \`null\` here
for read calls in every published sample; when it records the response, it has this shape.

Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
keys not named here pass through untouched.

@example
\`\`\`ts
trustedAdvisor.operations.ListOrganizationRecommendationResources.response.is({
  organizationRecommendationResourceSummaries: [
    {
      awsResourceId: 'my-public-bucket',
      accountId: '444455556666',
    },
  ],
})   // true
\`\`\`
@see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_ListOrganizationRecommendationResources.html`,
  ListOrganizationRecommendationsRequest: `The \`requestParameters\` of \`ListOrganizationRecommendations\`: the filters (\`type\`, \`status\`, \`pillar\`,
\`awsService\`, \`source\`, \`checkIdentifier\`, and \`afterLastUpdatedAt\` / \`beforeLastUpdatedAt\`, which are
timestamps: ISO 8601 strings or epoch numbers) and the page.

Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
keys not named here pass through untouched.

@example
\`\`\`ts
trustedAdvisor.operations.ListOrganizationRecommendations.request.is({
  type: 'priority', status: 'error',
  afterLastUpdatedAt: '2024-02-01T00:00:00Z',
})   // true
\`\`\`
@see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_ListOrganizationRecommendations.html`,
  ListOrganizationRecommendationsResponse: `The \`responseElements\` of \`ListOrganizationRecommendations\`: one page of
{@link OrganizationRecommendationSummary} and the \`nextToken\`. CloudTrail has recorded \`null\` here for read
calls in every published sample; when it records the response, it has this shape.

Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
keys not named here pass through untouched.

@example
\`\`\`ts
trustedAdvisor.operations.ListOrganizationRecommendations.response.is({
  organizationRecommendationSummaries: [
    {
      id: '4ab8f2c1-6d3e-4f5a-9b0c-1d2e3f4a5b6c',
      status: 'error',
    },
  ],
})   // true
\`\`\`
@see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_ListOrganizationRecommendations.html`,
  ListRecommendationResourcesRequest: `The \`requestParameters\` of \`ListRecommendationResources\`: the recommendation ARN, the filters (\`status\`,
\`exclusionStatus\`, \`regionCode\`), the \`language\` and the page (\`maxResults\` up to 5000).

Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
keys not named here pass through untouched.

@example
\`\`\`ts
trustedAdvisor.operations.ListRecommendationResources.request.is({
  recommendationIdentifier: 'arn:aws:trustedadvisor::111122223333:recommendation/55fa4d2e-bbb7-491a-833b-5773e9589578',
  status: 'warning', regionCode: 'us-east-1',
})   // true
\`\`\`
@see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_ListRecommendationResources.html`,
  ListRecommendationResourcesResponse: `The \`responseElements\` of \`ListRecommendationResources\`: one page of {@link RecommendationResourceSummary}
and the \`nextToken\`. CloudTrail has recorded \`null\` here for read calls in every published sample; when it
records the response, it has this shape.

Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
keys not named here pass through untouched.

@example
\`\`\`ts
trustedAdvisor.operations.ListRecommendationResources.response.is({
  recommendationResourceSummaries: [
    {
      awsResourceId: 'i-0abcd1234example',
      status: 'warning',
    },
  ],
})   // true
\`\`\`
@see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_ListRecommendationResources.html`,
  RecommendationForResourceSummary: `One recommendation that concerns a resource (\`ListRecommendationsForResource\`): the check and
recommendation ARNs, the resource ARN, the status, exclusion and metadata.

@example
\`\`\`ts
const recommendationForResourceSummary: RecommendationForResourceSummary = {
  checkArn: 'arn:aws:trustedadvisor:::check/Qch7DwouX1',
  recommendationArn: 'arn:aws:trustedadvisor::111122223333:recommendation/55fa4d2e-bbb7-491a-833b-5773e9589578',
  awsResourceArn: 'arn:aws:ec2:us-east-1:111122223333:instance/i-0abcd1234example',
  status: 'warning', exclusionStatus: 'included', pillars: ['cost_optimizing'],
}
\`\`\`
@see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_RecommendationForResourceSummary.html`,
  ListRecommendationsForResourceRequest: `The \`requestParameters\` of \`ListRecommendationsForResource\`: the \`awsResourceArn\`, the filters (\`pillar\`,
\`status\`, \`checkArn\`), the \`language\` and the page.

Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
keys not named here pass through untouched.

@example
\`\`\`ts
trustedAdvisor.operations.ListRecommendationsForResource.request.is({
  awsResourceArn: 'arn:aws:ec2:us-east-1:111122223333:instance/i-0abcd1234example',
})   // true
\`\`\`
@see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_ListRecommendationsForResource.html`,
  ListRecommendationsForResourceResponse: `The \`responseElements\` of \`ListRecommendationsForResource\`: one page of
{@link RecommendationForResourceSummary} and the \`nextToken\`. CloudTrail has recorded \`null\` here for read
calls in every published sample; when it records the response, it has this shape.

Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
keys not named here pass through untouched.

@example
\`\`\`ts
trustedAdvisor.operations.ListRecommendationsForResource.response.is({ recommendationForResourceSummaries: [] })   // true
\`\`\`
@see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_ListRecommendationsForResource.html`,
  ListRecommendationsRequest: `The \`requestParameters\` of \`ListRecommendations\`: the filters (\`type\`, \`status\`, \`pillar\`, \`awsService\`,
\`source\`, \`checkIdentifier\`, and \`afterLastUpdatedAt\` / \`beforeLastUpdatedAt\`, which are
timestamps: ISO 8601 strings or epoch numbers), the \`language\` and the page.

Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
keys not named here pass through untouched.

@example
\`\`\`ts
trustedAdvisor.operations.ListRecommendations.request.is({ status: 'warning', pillar: 'cost_optimizing', language: 'en' })   // true
\`\`\`
@see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_ListRecommendations.html`,
  ListRecommendationsResponse: `The \`responseElements\` of \`ListRecommendations\`: one page of {@link RecommendationSummary} and the
\`nextToken\`. CloudTrail has recorded \`null\` here for read calls in every published sample; when it records
the response, it has this shape.

Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
keys not named here pass through untouched.

@example
\`\`\`ts
trustedAdvisor.operations.ListRecommendations.response.is({
  recommendationSummaries: [
    {
      id: '55fa4d2e-bbb7-491a-833b-5773e9589578',
      status: 'warning',
    },
  ],
})   // true
\`\`\`
@see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_ListRecommendations.html`,
  RefreshCheckStatus: `The refresh state of a check as the console action \`RefreshCheck\` logs it: \`checkId\`, \`status\` (\`none\`,
\`enqueued\`, \`processing\`, \`success\`, \`abandoned\`; open: any other string still decodes) and
\`millisUntilNextRefreshable\`. The Support API's \`TrustedAdvisorCheckRefreshStatus\` has the same members;
this service keeps its own declaration, as services import no other service.

@example
\`\`\`ts
const refreshCheckStatus: RefreshCheckStatus = { checkId: 'R365s2Qddf', status: 'enqueued', millisUntilNextRefreshable: 3599993 }
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html`,
  RefreshCheckRequest: `The \`requestParameters\` of the console action \`RefreshCheck\`: the \`checkId\` of the check to refresh. No
public API model exists: the shape comes from the documented CloudTrail sample.

Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
keys not named here pass through untouched.

@example
\`\`\`ts
trustedAdvisor.operations.RefreshCheck.request.is({ checkId: 'R365s2Qddf' })   // true
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html`,
  RefreshCheckResponse: `The \`responseElements\` of the console action \`RefreshCheck\`: the refresh \`status\` of the check, the same
structure as the Support API's \`TrustedAdvisorCheckRefreshStatus\` ({@link RefreshCheckStatus}). Unlike the Support API's \`RefreshTrustedAdvisorCheck\`, whose record has
\`null\` here, the console action logs it.

Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
keys not named here pass through untouched.

@example
\`\`\`ts
trustedAdvisor.operations.RefreshCheck.response.is({
  status: {
    checkId: 'R365s2Qddf', status: 'enqueued', millisUntilNextRefreshable: 3599993,
  },
})   // true
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html`,
  RecommendationPillar: `A Well-Architected pillar of a Trusted Advisor check or recommendation:
\`cost_optimizing\`, \`performance\`, \`security\`, \`service_limits\`,
\`fault_tolerance\`, \`operational_excellence\`. Open: any other string still
decodes.

@example
\`\`\`ts
RecommendationPillar.is('security')   // true
\`\`\`
@see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_ListChecks.html`,
  RecommendationSource: `Where a Trusted Advisor check or recommendation comes from: \`aws_config\`,
\`compute_optimizer\`, \`cost_explorer\`, \`lse\`, \`manual\`, \`pse\`, \`rds\`,
\`resilience\`, \`resilience_hub\`, \`security_hub\`, \`stir\`, \`ta_check\`,
\`well_architected\`, \`cost_optimization_hub\`. Open: any other string still
decodes.

@example
\`\`\`ts
RecommendationSource.is('ta_check')   // true
\`\`\`
@see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_ListChecks.html`,
  RecommendationStatus: `The status of a recommendation or of one of its resources: \`ok\`,
\`warning\`, \`error\`. Open: any other string still decodes.

@example
\`\`\`ts
RecommendationStatus.is('warning')   // true
\`\`\`
@see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_ListRecommendations.html`,
  RecommendationType: `The type of a recommendation: \`standard\` or \`priority\` (Trusted Advisor
Priority). Open: any other string still decodes.

@example
\`\`\`ts
RecommendationType.is('priority')   // true
\`\`\`
@see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_ListRecommendations.html`,
  RecommendationLifecycleStage: `The lifecycle stage of a recommendation: \`in_progress\`,
\`pending_response\`, \`dismissed\`, \`resolved\` (the lifecycle update calls
accept the same four). Open: any other string still decodes.

@example
\`\`\`ts
RecommendationLifecycleStage.is('dismissed')   // true
\`\`\`
@see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_UpdateRecommendationLifecycle.html`,
  RecommendationUpdateReasonCode: `Why a recommendation's lifecycle was updated: \`non_critical_account\`,
\`temporary_account\`, \`valid_business_case\`, \`other_methods_available\`,
\`low_priority\`, \`not_applicable\`, \`other\`. Open: any other string still
decodes.

@example
\`\`\`ts
RecommendationUpdateReasonCode.is('valid_business_case')   // true
\`\`\`
@see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_UpdateRecommendationLifecycle.html`,
  ResourceExclusionStatus: `Whether a recommendation resource is excluded from the recommendation:
\`excluded\` or \`included\`. Open: any other string still decodes.

@example
\`\`\`ts
ResourceExclusionStatus.is('excluded')   // true
\`\`\`
@see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_ListRecommendationResources.html`,
  RecommendationStatusReason: `Why a recommendation has its status: only \`no_data_ok\` is documented (no
data, so the status is \`ok\`). Open: any other string still decodes.

@example
\`\`\`ts
RecommendationStatusReason.is('no_data_ok')   // true
\`\`\`
@see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_RecommendationSummary.html`,
  RecommendationLanguage: `The language of a Trusted Advisor API call (\`language\`): \`en\`, \`ja\`, \`zh\`,
\`fr\`, \`de\`, \`ko\`, \`zh_TW\`, \`it\`, \`es\`, \`pt_BR\`, \`id\`. Open: any other string
still decodes.

@example
\`\`\`ts
RecommendationLanguage.is('zh_TW')   // true
\`\`\`
@see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_ListChecks.html`,
  RecommendationResourcesAggregates: `How many resources of a recommendation are ok, warned, in error and excluded.

@example
\`\`\`ts
const recommendationResourcesAggregates: RecommendationResourcesAggregates = { okCount: 41, warningCount: 3, errorCount: 1, excludedCount: 2 }
\`\`\`
@see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_RecommendationResourcesAggregates.html`,
  RecommendationCostOptimizingAggregates: `The estimated savings of a cost-optimizing recommendation.

@example
\`\`\`ts
const recommendationCostOptimizingAggregates: RecommendationCostOptimizingAggregates = { estimatedMonthlySavings: 312.75, estimatedPercentMonthlySavings: 8.4 }
\`\`\`
@see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_RecommendationCostOptimizingAggregates.html`,
  RecommendationPillarSpecificAggregates: `The aggregates specific to a recommendation's pillar; only
\`costOptimizing\` is defined.

@example
\`\`\`ts
const recommendationPillarSpecificAggregates: RecommendationPillarSpecificAggregates = {
  costOptimizing: { estimatedMonthlySavings: 312.75, estimatedPercentMonthlySavings: 8.4 },
}
\`\`\`
@see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_RecommendationPillarSpecificAggregates.html`,
  RecommendationSummary: `The summary of an account recommendation (\`ListRecommendations\`). Every
member is optional, as CloudTrail may leave any out.

@example
\`\`\`ts
const recommendationSummary: RecommendationSummary = {
  id: '55fa4d2e-bbb7-491a-833b-5773e9589578', type: 'standard',
  checkArn: 'arn:aws:trustedadvisor:::check/Qch7DwouX1',
  status: 'warning', lifecycleStage: 'in_progress', pillars: ['cost_optimizing'], source: 'ta_check',
  awsServices: ['EC2'], name: 'Low Utilization Amazon EC2 Instances',
  resourcesAggregates: { okCount: 41, warningCount: 3, errorCount: 0 },
  createdAt: '2024-01-10T11:04:21.000Z', lastUpdatedAt: '2024-02-01T08:30:00.000Z',
  arn: 'arn:aws:trustedadvisor::111122223333:recommendation/55fa4d2e-bbb7-491a-833b-5773e9589578',
}
\`\`\`
@see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_RecommendationSummary.html`,
  Recommendation: `An account recommendation with its description and lifecycle details
(\`GetRecommendation\`). \`updateReason\` may be
\`HIDDEN_DUE_TO_SECURITY_REASONS\` (sensitive in the model).

@example
\`\`\`ts
const recommendation: Recommendation = {
  id: '55fa4d2e-bbb7-491a-833b-5773e9589578', type: 'priority', status: 'warning', pillars: ['security'],
  source: 'ta_check', name: 'Security Groups - Specific Ports Unrestricted',
  description: 'Checks security groups for rules that allow unrestricted access to specific ports.',
  lifecycleStage: 'dismissed', updateReasonCode: 'valid_business_case',
  updateReason: 'HIDDEN_DUE_TO_SECURITY_REASONS',
  arn: 'arn:aws:trustedadvisor::111122223333:recommendation/55fa4d2e-bbb7-491a-833b-5773e9589578',
}
\`\`\`
@see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_Recommendation.html`,
  OrganizationRecommendationSummary: `The summary of an organization (Trusted Advisor Priority) recommendation
(\`ListOrganizationRecommendations\`).

@example
\`\`\`ts
const organizationRecommendationSummary: OrganizationRecommendationSummary = {
  id: '4ab8f2c1-6d3e-4f5a-9b0c-1d2e3f4a5b6c', type: 'priority', status: 'error', pillars: ['security'],
  source: 'ta_check', name: 'Amazon S3 Bucket Permissions',
  resourcesAggregates: { okCount: 0, warningCount: 0, errorCount: 4 },
  arn: 'arn:aws:trustedadvisor:::organization-recommendation/4ab8f2c1-6d3e-4f5a-9b0c-1d2e3f4a5b6c',
}
\`\`\`
@see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_OrganizationRecommendationSummary.html`,
  OrganizationRecommendation: `An organization (Trusted Advisor Priority) recommendation with its
description and lifecycle details (\`GetOrganizationRecommendation\`).

@example
\`\`\`ts
const organizationRecommendation: OrganizationRecommendation = {
  id: '4ab8f2c1-6d3e-4f5a-9b0c-1d2e3f4a5b6c', type: 'priority', status: 'error', pillars: ['security'],
  source: 'ta_check', name: 'Amazon S3 Bucket Permissions',
  description: 'Checks buckets with open access permissions.',
  lifecycleStage: 'pending_response', createdBy: 'tam@example.com',
  arn: 'arn:aws:trustedadvisor:::organization-recommendation/4ab8f2c1-6d3e-4f5a-9b0c-1d2e3f4a5b6c',
}
\`\`\`
@see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_OrganizationRecommendation.html`,
  RecommendationResourceSummary: `One resource of an account recommendation (\`ListRecommendationResources\`).

@example
\`\`\`ts
const recommendationResourceSummary: RecommendationResourceSummary = {
  id: 'c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2',
  arn: 'arn:aws:trustedadvisor::111122223333:recommendation-resource/55fa4d2e-bbb7-491a-833b-5773e9589578/c1d2e3f4',
  awsResourceId: 'i-0abcd1234example', regionCode: 'us-east-1', status: 'warning',
  metadata: { '0': 'us-east-1', '1': 'i-0abcd1234example' }, lastUpdatedAt: '2024-02-01T08:30:00.000Z',
  exclusionStatus: 'included',
  recommendationArn: 'arn:aws:trustedadvisor::111122223333:recommendation/55fa4d2e-bbb7-491a-833b-5773e9589578',
}
\`\`\`
@see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_RecommendationResourceSummary.html`,
  OrganizationRecommendationResourceSummary: `One resource of an organization recommendation
(\`ListOrganizationRecommendationResources\`): a resource summary plus the
account it belongs to.

@example
\`\`\`ts
const organizationRecommendationResourceSummary: OrganizationRecommendationResourceSummary = {
  awsResourceId: 'my-public-bucket', regionCode: 'eu-west-1', status: 'error', accountId: '444455556666',
  recommendationArn: 'arn:aws:trustedadvisor:::organization-recommendation/4ab8f2c1-6d3e-4f5a-9b0c-1d2e3f4a5b6c',
}
\`\`\`
@see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_OrganizationRecommendationResourceSummary.html`,
  NotificationPreferenceContactId: `Which alternate contact a Trusted Advisor notification preference is for: \`billing\`, \`operational\`,
\`security\` (the values of the documented sample). Open: any other string still decodes.

@example
\`\`\`ts
NotificationPreferenceContactId.is('billing')   // true
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html`,
  NotificationPreferenceContactType: `The channel of a Trusted Advisor notification contact: \`email\` (the value of the documented sample). Open:
any other string still decodes.

@example
\`\`\`ts
NotificationPreferenceContactType.is('email')   // true
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html`,
  NotificationPreferenceContact: `One contact of an \`UpdateNotificationPreferences\` call: its \`id\` (a
{@link NotificationPreferenceContactId}), the channel \`type\` (a {@link NotificationPreferenceContactType})
and whether notifications to it are \`active\`.

@example
\`\`\`ts
const notificationPreferenceContact: NotificationPreferenceContact = { id: 'billing', type: 'email', active: false }
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html`,
  UpdateNotificationPreferencesRequest: `The \`requestParameters\` of the console action \`UpdateNotificationPreferences\`: the \`contacts\` to notify and
the \`language\` of the notifications. No public API model exists: the shape comes from the documented
CloudTrail sample.

Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
keys not named here pass through untouched.

@example
\`\`\`ts
trustedAdvisor.operations.UpdateNotificationPreferences.request.is({
  contacts: [{ id: 'operational', type: 'email', active: true }],
  language: 'en',
})   // true
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html`,
  UpdateOrganizationRecommendationLifecycleRequest: `The \`requestParameters\` of \`UpdateOrganizationRecommendationLifecycle\`: the new \`lifecycleStage\`, the
\`updateReasonCode\` and \`updateReason\`, and the organization recommendation ARN. \`updateReason\` is
\`sensitive\` in the model: CloudTrail may write \`HIDDEN_DUE_TO_SECURITY_REASONS\` in its place, which decodes
as any string.

Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
keys not named here pass through untouched.

@example
\`\`\`ts
trustedAdvisor.operations.UpdateOrganizationRecommendationLifecycle.request.is({
  organizationRecommendationIdentifier: 'arn:aws:trustedadvisor:::organization-recommendation/4ab8f2c1-6d3e-4f5a-9b0c-1d2e3f4a5b6c',
  lifecycleStage: 'dismissed',
  updateReasonCode: 'not_applicable',
  updateReason: 'HIDDEN_DUE_TO_SECURITY_REASONS',
})   // true
\`\`\`
@see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_UpdateOrganizationRecommendationLifecycle.html`,
  UpdateRecommendationLifecycleRequest: `The \`requestParameters\` of \`UpdateRecommendationLifecycle\`: the new \`lifecycleStage\`, the
\`updateReasonCode\` and \`updateReason\`, and the recommendation ARN. \`updateReason\` is \`sensitive\` in the
model: CloudTrail may write \`HIDDEN_DUE_TO_SECURITY_REASONS\` in its place, which decodes as any string.

Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
keys not named here pass through untouched.

@example
\`\`\`ts
trustedAdvisor.operations.UpdateRecommendationLifecycle.request.is({
  recommendationIdentifier: 'arn:aws:trustedadvisor::111122223333:recommendation/55fa4d2e-bbb7-491a-833b-5773e9589578',
  lifecycleStage: 'resolved', updateReasonCode: 'other',
})   // true
\`\`\`
@see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_UpdateRecommendationLifecycle.html`,
  RefreshCheckState: `The refresh state of a check as the console action \`RefreshCheck\` logs it in its response's \`status.status\`:
\`none\`, \`enqueued\`, \`processing\`, \`success\`, \`abandoned\` (the values of the Support API's
\`TrustedAdvisorCheckRefreshStatus\`). Open: any other string still decodes.

@example
\`\`\`ts
RefreshCheckState.is('enqueued')   // true
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html`,
}

/** The TSDoc of the service value. */
const SUMMARY = `Trusted Advisor as CloudTrail logs it under \`trustedadvisor.amazonaws.com\`: the 26 console actions that the
Trusted Advisor CloudTrail page lists (no public API model; typed where a documented sample shows the shape,
any JSON value elsewhere) and the 12 operations of the Trusted Advisor API (2022-09-15). The two sets share
the event source and no eventName.

Import it from \`cloudtrail-codecs/aws/trustedadvisor\`; pass it to \`parseRecords(input, { services: [trustedAdvisor] })\` to check its records' payloads while parsing, and narrow with \`trustedAdvisor.is\` (all its operations) or \`trustedAdvisor.operations.X.is\` (one).

@example
\`\`\`ts
import { parseRecords } from 'cloudtrail-codecs'
import { trustedAdvisor } from 'cloudtrail-codecs/aws/trustedadvisor'

const { records } = parseRecords(text, { services: [trustedAdvisor] })
for (const record of records) {
  if (trustedAdvisor.is(record)) console.log(record.eventName, trustedAdvisor.operations[record.eventName].readOnly)
}
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html`

export const trustedadvisor: Overlay = {
  value: 'trustedAdvisor',
  prefix: 'TrustedAdvisor',
  title: 'AWS Trusted Advisor',
  summary: SUMMARY,
  eventSourceConstant: 'TRUSTED_ADVISOR_EVENT_SOURCE',
  // Every read-only operation's response is typed: CloudTrail has recorded `null` for them in every published
  // sample, but a response it records has the model's shape.
  readOnlyResponses: [
    'GetOrganizationRecommendation',
    'GetRecommendation',
    'ListChecks',
    'ListOrganizationRecommendationAccounts',
    'ListOrganizationRecommendationResources',
    'ListOrganizationRecommendations',
    'ListRecommendationResources',
    'ListRecommendations',
    'ListRecommendationsForResource',
  ],
  memberTypes: VALUE_LISTS,
  // The console actions: the three whose shape AWS's documented records show,
  // then the others (any value both ways).
  operations: {
    GenerateReport: {
      readOnly: false,
      request: {
        refresh: 'b',
        includeSuppressedResources: 'b',
        language: 's',
        format: 's',
        name: 's',
        preference: {
          struct: 'GenerateReportPreference',
          members: {
            accounts: { list: 's' },
            organizationalUnitIds: { list: 's' },
            preferenceName: 's',
            format: 's',
            language: 's',
          },
        },
      },
      response: { status: 's' },
    },
    RefreshCheck: {
      readOnly: false,
      request: { checkId: 's' },
      response: {
        status: {
          struct: 'RefreshCheckStatus',
          members: {
            checkId: 's',
            status: { enum: 'RefreshCheckState', values: ['none', 'enqueued', 'processing', 'success', 'abandoned'] },
            millisUntilNextRefreshable: 'n',
          },
        },
      },
    },
    UpdateNotificationPreferences: {
      readOnly: false,
      request: {
        contacts: {
          list: {
            struct: 'NotificationPreferenceContact',
            members: {
              id: { enum: 'NotificationPreferenceContactId', values: ['billing', 'operational', 'security'] },
              type: { enum: 'NotificationPreferenceContactType', values: ['email'] },
              active: 'b',
            },
          },
        },
        language: 's',
      },
    },
    ...Object.fromEntries(Object.entries(SHAPELESS).map(([eventName, readOnly]) => [eventName, { readOnly }])),
  },
  docs: DOCS,
  typeDocs: TYPE_DOCS,
  evidence: [
    {
      record: 'awsdocs-support__3.json',
      eventName: 'GenerateReport',
      shows: 'a console action the model lacks: refresh, includeSuppressedResources, language, format, name, preference { accounts, organizationalUnitIds, preferenceName, format, language }; response status',
    },
    {
      record: 'awsdocs-support__1.json',
      eventName: 'RefreshCheck',
      shows: 'a console action the model lacks: checkId; response status { checkId, status, millisUntilNextRefreshable }',
    },
    {
      record: 'awsdocs-support__2.json',
      eventName: 'UpdateNotificationPreferences',
      shows: 'a console action the model lacks: contacts [{ id, type, active }], language; responseElements null',
    },
  ],
}
