// AWS Support: the model declares no value lists (severity codes, languages, case, check and refresh statuses are
// plain strings in it; the API reference lists their values). An attachment list or an attachment (file content)
// may be HIDDEN_DUE_TO_SECURITY_REASONS (the user guide says so; no record of the corpus shows one), and the
// responses of the read-only Describe* calls are typed: a response CloudTrail records has the model's shape.
import type { Extra, Overlay } from '../overlay.js'

// The value lists, as the API reference documents them, under the names the entry has always exported.
const SEVERITY_CODE: Extra = { enum: 'SeverityCode', values: ['low', 'normal', 'high', 'urgent', 'critical'] }
const CASE_LANGUAGE: Extra = { enum: 'CaseLanguage', values: ['en', 'ja', 'zh', 'ko'] }
const TRUSTED_ADVISOR_LANGUAGE: Extra = {
  enum: 'TrustedAdvisorLanguage',
  values: ['zh', 'zh_TW', 'en', 'fr', 'de', 'id', 'it', 'ja', 'ko', 'pt_BR', 'es'],
}
const ISSUE_TYPE: Extra = { enum: 'IssueType', values: ['customer-service', 'technical'] }
const CASE_STATUS: Extra = {
  enum: 'CaseStatus',
  values: [
    'all-open',
    'customer-action-completed',
    'opened',
    'pending-customer-action',
    'reopened',
    'resolved',
    'unassigned',
    'work-in-progress',
  ],
}
const TRUSTED_ADVISOR_CHECK_STATUS: Extra = {
  enum: 'TrustedAdvisorCheckStatus',
  values: ['ok', 'warning', 'error', 'not_available'],
}
const TRUSTED_ADVISOR_REFRESH_STATUS: Extra = {
  enum: 'TrustedAdvisorRefreshStatus',
  values: ['none', 'enqueued', 'processing', 'success', 'abandoned'],
}
const LANGUAGE_AVAILABILITY: Extra = { enum: 'LanguageAvailability', values: ['available', 'best_effort', 'unavailable'] }
const COMMUNICATION_TYPE: Extra = { enum: 'CommunicationType', values: ['chat', 'web', 'call'] }
const SEVERITY_LEVEL_NAME: Extra = {
  enum: 'SeverityLevelName',
  values: [
    'General guidance',
    'System impaired',
    'Production system impaired',
    'Production system down',
    'Business-critical system down',
  ],
}

export const support: Overlay = {
  eventSourceConstant: 'SUPPORT_EVENT_SOURCE',
  // The names the entry has exported since its first release, where the model's are too general.
  typeNames: { Category: 'CaseCategory', Service: 'CaseService' },
  readOnlyResponses: [
    'DescribeAttachment',
    'DescribeCases',
    'DescribeCommunications',
    'DescribeCreateCaseOptions',
    'DescribeServices',
    'DescribeSeverityLevels',
    'DescribeSupportedLanguages',
    'DescribeTrustedAdvisorCheckRefreshStatuses',
    'DescribeTrustedAdvisorCheckResult',
    'DescribeTrustedAdvisorCheckSummaries',
    'DescribeTrustedAdvisorChecks',
  ],
  memberTypes: {
    // Redactions: a whole attachment list or attachment (each `data` is a string, which takes the marker already).
    AddAttachmentsToSetRequest: { attachments: { hidden: { shape: 'Attachments' } } },
    DescribeAttachmentResponse: { attachment: { hidden: { shape: 'Attachment' } } },
    // Value lists.
    CreateCaseRequest: { severityCode: SEVERITY_CODE, language: CASE_LANGUAGE, issueType: ISSUE_TYPE },
    CaseDetails: { status: CASE_STATUS, severityCode: SEVERITY_CODE, language: CASE_LANGUAGE },
    DescribeCasesRequest: { language: CASE_LANGUAGE },
    DescribeCreateCaseOptionsRequest: { issueType: ISSUE_TYPE, language: CASE_LANGUAGE },
    DescribeCreateCaseOptionsResponse: { languageAvailability: LANGUAGE_AVAILABILITY },
    CommunicationTypeOptions: { type: COMMUNICATION_TYPE },
    DescribeServicesRequest: { language: CASE_LANGUAGE },
    DescribeSeverityLevelsRequest: { language: CASE_LANGUAGE },
    SeverityLevel: { code: SEVERITY_CODE, name: SEVERITY_LEVEL_NAME },
    DescribeSupportedLanguagesRequest: { issueType: ISSUE_TYPE },
    DescribeTrustedAdvisorCheckResultRequest: { language: TRUSTED_ADVISOR_LANGUAGE },
    DescribeTrustedAdvisorChecksRequest: { language: TRUSTED_ADVISOR_LANGUAGE },
    TrustedAdvisorCheckResult: { status: TRUSTED_ADVISOR_CHECK_STATUS },
    TrustedAdvisorCheckSummary: { status: TRUSTED_ADVISOR_CHECK_STATUS },
    TrustedAdvisorCheckRefreshStatus: { status: TRUSTED_ADVISOR_REFRESH_STATUS },
    ResolveCaseResponse: { initialCaseStatus: CASE_STATUS, finalCaseStatus: CASE_STATUS },
  },
  evidence: [
    {
      record: 'awsdocs-support__14.json',
      eventName: 'CreateCase',
      shows: 'eventSource support.amazonaws.com (SUPPORT_EVENT_SOURCE); severityCode low, language en, issueType technical (SeverityCode, CaseLanguage, IssueType)',
    },
    {
      record: 'repost-private-doc__1.json',
      eventName: 'ResolveCase',
      shows: 'initialCaseStatus unassigned, finalCaseStatus resolved (CaseStatus)',
    },
    {
      record: 'jsherz-blog__1.json',
      eventName: 'DescribeTrustedAdvisorChecks',
      shows: 'readOnly true as the rule gives it (no override); a failed call with null payloads narrows with its typed response (readOnlyResponses)',
    },
  ],
  summary: `The AWS Support API (2013-04-15) as CloudTrail logs it under \`support.amazonaws.com\`: its 16 operations (11
for cases, 5 for Trusted Advisor).

Import it from \`cloudtrail-codecs/aws/support\`; pass it to \`parseRecords(input, { services: [support] })\` to check its records' payloads while parsing, and narrow with \`support.is\` (all its operations) or \`support.operations.X.is\` (one).

@example
\`\`\`ts
import { parseRecords } from 'cloudtrail-codecs'
import { support } from 'cloudtrail-codecs/aws/support'

const { records } = parseRecords(text, { services: [support] })
for (const record of records) {
  if (support.is(record)) console.log(record.eventName, support.operations[record.eventName].readOnly)
}
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail.html`,
  docs: {
    AddAttachmentsToSet: `The \`AddAttachmentsToSet\` operation of the AWS Support API (\`support.amazonaws.com\`, readOnly \`false\`):
uploads up to three files into an attachment set, to attach to a case or a communication.

@example
\`\`\`ts
support.operations.AddAttachmentsToSet.is({
  eventVersion: '1.09',
  userIdentity: {
    type: 'IAMUser', principalId: 'AIDACKCEVSQ6C2EXAMPLE', arn: 'arn:aws:iam::111122223333:user/janedoe',
    accountId: '111122223333', accessKeyId: 'AKIAIOSFODNN7EXAMPLE', userName: 'janedoe',
  },
  eventTime: '2024-05-14T18:02:11Z', eventSource: 'support.amazonaws.com', eventName: 'AddAttachmentsToSet',
  awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.15',
  userAgent: 'aws-cli/2.15.40 Python/3.11.8 Linux/5.10.215-203.850.amzn2.x86_64 exe/x86_64.amzn.2',
  requestParameters: {
    attachmentSetId: 'as-2f5a6faa2a4a1e600-mu-nk5xQlBr70-G1cUos5LZkd38KOAHZa9BMDVzNEXAMPLE',
    attachments: [
      {
        fileName: 'troubleshoot-screenshot.png',
        data: 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
      },
    ],
  },
  responseElements: {
    attachmentSetId: 'as-2f5a6faa2a4a1e600-mu-nk5xQlBr70-G1cUos5LZkd38KOAHZa9BMDVzNEXAMPLE',
    expiryTime: '2024-05-14T19:02:11.118Z',
  },
  requestID: '58c257ef-01a2-41e6-be2a-01c031060001', eventID: '5aa34bfc-ad5b-4fb1-8a55-2277c86e0001',
  readOnly: false, eventType: 'AwsApiCall', managementEvent: true, recipientAccountId: '111122223333',
  eventCategory: 'Management',
})   // true
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_AddAttachmentsToSet.html`,
    AddCommunicationToCase: `The \`AddCommunicationToCase\` operation of the AWS Support API (\`support.amazonaws.com\`, readOnly \`false\`):
adds a correspondence to a case.

@example
\`\`\`ts
support.operations.AddCommunicationToCase.is({
  eventVersion: '1.09',
  userIdentity: {
    type: 'IAMUser', principalId: 'AIDACKCEVSQ6C2EXAMPLE', arn: 'arn:aws:iam::111122223333:user/janedoe',
    accountId: '111122223333', accessKeyId: 'AKIAIOSFODNN7EXAMPLE', userName: 'janedoe',
  },
  eventTime: '2024-05-14T18:02:11Z', eventSource: 'support.amazonaws.com', eventName: 'AddCommunicationToCase',
  awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.15', userAgent: 'signin.amazonaws.com',
  requestParameters: {
    caseId: 'case-111122223333-muen-2024-7a2f4b1e9c3d5e60',
    communicationBody: 'Attached the instance console log. The instance stopped answering at 17:45 UTC.',
    ccEmailAddresses: ['ops-team@example.com'],
    attachmentSetId: 'as-2f5a6faa2a4a1e600-mu-nk5xQlBr70-G1cUos5LZkd38KOAHZa9BMDVzNEXAMPLE',
  },
  responseElements: { result: true }, requestID: '58c257ef-01a2-41e6-be2a-01c031060011',
  eventID: '5aa34bfc-ad5b-4fb1-8a55-2277c86e0011', readOnly: false, eventType: 'AwsApiCall',
  managementEvent: true, recipientAccountId: '111122223333', eventCategory: 'Management',
})   // true
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_AddCommunicationToCase.html`,
    CreateCase: `The \`CreateCase\` operation of the AWS Support API (\`support.amazonaws.com\`, readOnly \`false\`): opens a support
case. The example is the record AWS documents for a console-created case.

@example
\`\`\`ts
support.operations.CreateCase.is({
  eventVersion: '1.04',
  userIdentity: {
    type: 'IAMUser', principalId: 'AIDACKCEVSQ6C2EXAMPLE', arn: 'arn:aws:iam::111122223333:user/janedoe',
    accountId: '111122223333', accessKeyId: 'AKIAIOSFODNN7EXAMPLE', userName: 'janedoe',
    sessionContext: { attributes: { mfaAuthenticated: 'false', creationDate: '2016-04-13T17:51:37Z' } },
    invokedBy: 'signin.amazonaws.com',
  },
  eventTime: '2016-04-13T18:05:53Z', eventSource: 'support.amazonaws.com', eventName: 'CreateCase',
  awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.15', userAgent: 'signin.amazonaws.com',
  requestParameters: {
    severityCode: 'low', categoryCode: 'other', language: 'en', serviceCode: 'support-api',
    issueType: 'technical',
  },
  responseElements: { caseId: 'case-111122223333-muen-2016-c3f2077e504940f2' },
  requestID: '58c257ef-01a2-11e6-be2a-01c031063738', eventID: '5aa34bfc-ad5b-4fb1-8a55-2277c86e746a',
  eventType: 'AwsApiCall', recipientAccountId: '111122223333',
})   // true
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_CreateCase.html`,
    DescribeAttachment: `The \`DescribeAttachment\` operation of the AWS Support API (\`support.amazonaws.com\`, readOnly \`true\`): returns
one attachment of a case communication.

@example
\`\`\`ts
support.operations.DescribeAttachment.is({
  eventVersion: '1.09',
  userIdentity: {
    type: 'IAMUser', principalId: 'AIDACKCEVSQ6C2EXAMPLE', arn: 'arn:aws:iam::111122223333:user/janedoe',
    accountId: '111122223333', accessKeyId: 'AKIAIOSFODNN7EXAMPLE', userName: 'janedoe',
  },
  eventTime: '2024-05-14T18:02:11Z', eventSource: 'support.amazonaws.com', eventName: 'DescribeAttachment',
  awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.15',
  userAgent: 'aws-cli/2.15.40 Python/3.11.8 Linux/5.10.215-203.850.amzn2.x86_64 exe/x86_64.amzn.2',
  requestParameters: { attachmentId: 'attachment-KBnjRNrePd9D6Jx0-Aw3wOtNWd2JgIgp' },
  responseElements: {
    attachment: { fileName: 'console-output.txt', data: 'W0ZBSUxFRF0gRmFpbGVkIHRvIHN0YXJ0IE9wZW5TU0ggc2VydmVyIGRhZW1vbi4K' },
  },
  requestID: '58c257ef-01a2-41e6-be2a-01c031060031', eventID: '5aa34bfc-ad5b-4fb1-8a55-2277c86e0031',
  readOnly: true, eventType: 'AwsApiCall', managementEvent: true, recipientAccountId: '111122223333',
  eventCategory: 'Management',
})   // true
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeAttachment.html`,
    DescribeCases: `The \`DescribeCases\` operation of the AWS Support API (\`support.amazonaws.com\`, readOnly \`true\`): lists cases
by ID or time window, with their recent communications.

@example
\`\`\`ts
support.operations.DescribeCases.is({
  eventVersion: '1.09',
  userIdentity: {
    type: 'IAMUser', principalId: 'AIDACKCEVSQ6C2EXAMPLE', arn: 'arn:aws:iam::111122223333:user/janedoe',
    accountId: '111122223333', accessKeyId: 'AKIAIOSFODNN7EXAMPLE', userName: 'janedoe',
  },
  eventTime: '2024-05-14T18:02:11Z', eventSource: 'support.amazonaws.com', eventName: 'DescribeCases',
  awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.15',
  userAgent: 'Boto3/1.34.103 md/Botocore#1.34.103 ua/2.0 os/linux#6.1.84 lang/python#3.12.3 Botocore/1.34.103',
  requestParameters: {
    caseIdList: ['case-111122223333-muen-2024-7a2f4b1e9c3d5e60', 'case-111122223333-muen-2024-1b9e0c7d52f84a31'],
    displayId: '171234567890', afterTime: '2024-05-01T00:00:00Z', beforeTime: '2024-05-15T00:00:00Z',
    includeResolvedCases: true, nextToken: 'AAEAAUPx0Y5mEXAMPLEnextToken', maxResults: 10, language: 'en',
    includeCommunications: true,
  },
  responseElements: {
    cases: [
      {
        caseId: 'case-111122223333-muen-2024-7a2f4b1e9c3d5e60', displayId: '171234567890',
        subject: 'EC2 instance i-0abcd1234efgh5678 unreachable', status: 'pending-customer-action',
        serviceCode: 'amazon-elastic-compute-cloud-linux', categoryCode: 'instance-issue', severityCode: 'high',
        submittedBy: 'janedoe@example.com', timeCreated: '2024-05-14T18:02:11.254Z',
        recentCommunications: {
          communications: [
            {
              caseId: 'case-111122223333-muen-2024-7a2f4b1e9c3d5e60',
              body: 'Hello, the underlying host had a hardware fault. Please stop and start the instance to move it to healthy hardware.',
              submittedBy: 'Amazon Web Services', timeCreated: '2024-05-14T18:40:03.912Z', attachmentSet: [],
            },
            {
              caseId: 'case-111122223333-muen-2024-7a2f4b1e9c3d5e60',
              body: 'Attached the instance console log. The instance stopped answering at 17:45 UTC.',
              submittedBy: 'SupportOps (Role) <janedoe@example.com>', timeCreated: '2024-05-14T18:05:27.118Z',
              attachmentSet: [{ attachmentId: 'attachment-KBnjRNrePd9D6Jx0-Aw3wOtNWd2JgIgp', fileName: 'console-output.txt' }],
            },
          ],
          nextToken: 'AAEAAQ2cNQEXAMPLEcommunications',
        },
        ccEmailAddresses: ['ops-team@example.com'], language: 'en',
      },
    ],
    nextToken: 'AAEAAUPx0Y5mEXAMPLEnextToken2',
  },
  requestID: '58c257ef-01a2-41e6-be2a-01c031060041', eventID: '5aa34bfc-ad5b-4fb1-8a55-2277c86e0041',
  readOnly: true, eventType: 'AwsApiCall', managementEvent: true, recipientAccountId: '111122223333',
  eventCategory: 'Management',
})   // true
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeCases.html`,
    DescribeCommunications: `The \`DescribeCommunications\` operation of the AWS Support API (\`support.amazonaws.com\`, readOnly \`true\`):
lists the communications and attachment names of a case.

@example
\`\`\`ts
support.operations.DescribeCommunications.is({
  eventVersion: '1.09',
  userIdentity: {
    type: 'IAMUser', principalId: 'AIDACKCEVSQ6C2EXAMPLE', arn: 'arn:aws:iam::111122223333:user/janedoe',
    accountId: '111122223333', accessKeyId: 'AKIAIOSFODNN7EXAMPLE', userName: 'janedoe',
  },
  eventTime: '2024-05-14T18:02:11Z', eventSource: 'support.amazonaws.com', eventName: 'DescribeCommunications',
  awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.15', userAgent: 'signin.amazonaws.com',
  requestParameters: {
    caseId: 'case-111122223333-muen-2024-7a2f4b1e9c3d5e60', beforeTime: '2024-05-15T00:00:00Z',
    afterTime: '2024-05-14T00:00:00Z', nextToken: 'AAEAAQ2cNQEXAMPLEcommunications', maxResults: 10,
  },
  responseElements: {
    communications: [
      {
        caseId: 'case-111122223333-muen-2024-7a2f4b1e9c3d5e60',
        body: 'Hello, the underlying host had a hardware fault. Please stop and start the instance to move it to healthy hardware.',
        submittedBy: 'Amazon Web Services', timeCreated: '2024-05-14T18:40:03.912Z', attachmentSet: [],
      },
      {
        caseId: 'case-111122223333-muen-2024-7a2f4b1e9c3d5e60',
        body: 'Attached the instance console log. The instance stopped answering at 17:45 UTC.',
        submittedBy: 'SupportOps (Role) <janedoe@example.com>', timeCreated: '2024-05-14T18:05:27.118Z',
        attachmentSet: [{ attachmentId: 'attachment-KBnjRNrePd9D6Jx0-Aw3wOtNWd2JgIgp', fileName: 'console-output.txt' }],
      },
    ],
    nextToken: 'AAEAAQ2cNQEXAMPLEcommunications2',
  },
  requestID: '58c257ef-01a2-41e6-be2a-01c031060051', eventID: '5aa34bfc-ad5b-4fb1-8a55-2277c86e0051',
  readOnly: true, eventType: 'AwsApiCall', managementEvent: true, recipientAccountId: '111122223333',
  eventCategory: 'Management',
})   // true
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeCommunications.html`,
    DescribeCreateCaseOptions: `The \`DescribeCreateCaseOptions\` operation of the AWS Support API (\`support.amazonaws.com\`, readOnly \`true\`):
returns the contact options for a new case.

@example
\`\`\`ts
support.operations.DescribeCreateCaseOptions.is({
  eventVersion: '1.09',
  userIdentity: {
    type: 'IAMUser', principalId: 'AIDACKCEVSQ6C2EXAMPLE', arn: 'arn:aws:iam::111122223333:user/janedoe',
    accountId: '111122223333', accessKeyId: 'AKIAIOSFODNN7EXAMPLE', userName: 'janedoe',
  },
  eventTime: '2024-05-14T18:02:11Z', eventSource: 'support.amazonaws.com',
  eventName: 'DescribeCreateCaseOptions', awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.15',
  userAgent: 'signin.amazonaws.com',
  requestParameters: {
    issueType: 'technical', serviceCode: 'amazon-elastic-compute-cloud-linux', language: 'en',
    categoryCode: 'instance-issue',
  },
  responseElements: {
    languageAvailability: 'available',
    communicationTypes: [
      {
        type: 'web', supportedHours: [{ startTime: '00:00:00.000', endTime: '23:59:59.999' }],
        datesWithoutSupport: [],
      },
      {
        type: 'chat', supportedHours: [{ startTime: '00:00:00.000', endTime: '23:59:59.999' }],
        datesWithoutSupport: [{ startDateTime: '2024-12-25T00:00:00.000Z', endDateTime: '2024-12-26T00:00:00.000Z' }],
      },
      {
        type: 'call', supportedHours: [{ startTime: '09:00:00.000', endTime: '17:00:00.000' }],
        datesWithoutSupport: [],
      },
    ],
  },
  requestID: '58c257ef-01a2-41e6-be2a-01c031060061', eventID: '5aa34bfc-ad5b-4fb1-8a55-2277c86e0061',
  readOnly: true, eventType: 'AwsApiCall', managementEvent: true, recipientAccountId: '111122223333',
  eventCategory: 'Management',
})   // true
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeCreateCaseOptions.html`,
    DescribeServices: `The \`DescribeServices\` operation of the AWS Support API (\`support.amazonaws.com\`, readOnly \`true\`): lists the
service and category codes to use in \`CreateCase\`.

@example
\`\`\`ts
support.operations.DescribeServices.is({
  eventVersion: '1.09',
  userIdentity: {
    type: 'IAMUser', principalId: 'AIDACKCEVSQ6C2EXAMPLE', arn: 'arn:aws:iam::111122223333:user/janedoe',
    accountId: '111122223333', accessKeyId: 'AKIAIOSFODNN7EXAMPLE', userName: 'janedoe',
  },
  eventTime: '2024-05-14T18:02:11Z', eventSource: 'support.amazonaws.com', eventName: 'DescribeServices',
  awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.15',
  userAgent: 'Boto3/1.34.103 md/Botocore#1.34.103 ua/2.0 os/linux#6.1.84 lang/python#3.12.3 Botocore/1.34.103',
  requestParameters: { serviceCodeList: ['amazon-elastic-compute-cloud-linux', 'amazon-simple-storage-service'], language: 'en' },
  responseElements: {
    services: [
      {
        code: 'amazon-elastic-compute-cloud-linux', name: 'Elastic Compute Cloud (EC2 - Linux)',
        categories: [{ code: 'instance-issue', name: 'Instance Issue' }, { code: 'performance', name: 'Performance' }],
      },
      {
        code: 'amazon-simple-storage-service', name: 'Simple Storage Service (S3)',
        categories: [{ code: 'general-guidance', name: 'General Guidance' }],
      },
    ],
  },
  requestID: '58c257ef-01a2-41e6-be2a-01c031060071', eventID: '5aa34bfc-ad5b-4fb1-8a55-2277c86e0071',
  readOnly: true, eventType: 'AwsApiCall', managementEvent: true, recipientAccountId: '111122223333',
  eventCategory: 'Management',
})   // true
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeServices.html`,
    DescribeSeverityLevels: `The \`DescribeSeverityLevels\` operation of the AWS Support API (\`support.amazonaws.com\`, readOnly \`true\`):
lists the severity levels a case may have.

@example
\`\`\`ts
support.operations.DescribeSeverityLevels.is({
  eventVersion: '1.09',
  userIdentity: {
    type: 'IAMUser', principalId: 'AIDACKCEVSQ6C2EXAMPLE', arn: 'arn:aws:iam::111122223333:user/janedoe',
    accountId: '111122223333', accessKeyId: 'AKIAIOSFODNN7EXAMPLE', userName: 'janedoe',
  },
  eventTime: '2024-05-14T18:02:11Z', eventSource: 'support.amazonaws.com', eventName: 'DescribeSeverityLevels',
  awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.15', userAgent: 'signin.amazonaws.com',
  requestParameters: { language: 'en' },
  responseElements: {
    severityLevels: [
      { code: 'low', name: 'General guidance' },
      { code: 'normal', name: 'System impaired' },
      { code: 'high', name: 'Production system impaired' },
      { code: 'urgent', name: 'Production system down' },
      { code: 'critical', name: 'Business-critical system down' },
    ],
  },
  requestID: '58c257ef-01a2-41e6-be2a-01c031060081', eventID: '5aa34bfc-ad5b-4fb1-8a55-2277c86e0081',
  readOnly: true, eventType: 'AwsApiCall', managementEvent: true, recipientAccountId: '111122223333',
  eventCategory: 'Management',
})   // true
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeSeverityLevels.html`,
    DescribeSupportedLanguages: `The \`DescribeSupportedLanguages\` operation of the AWS Support API (\`support.amazonaws.com\`, readOnly \`true\`):
lists the languages a case about a service and category may use.

@example
\`\`\`ts
support.operations.DescribeSupportedLanguages.is({
  eventVersion: '1.09',
  userIdentity: {
    type: 'IAMUser', principalId: 'AIDACKCEVSQ6C2EXAMPLE', arn: 'arn:aws:iam::111122223333:user/janedoe',
    accountId: '111122223333', accessKeyId: 'AKIAIOSFODNN7EXAMPLE', userName: 'janedoe',
  },
  eventTime: '2024-05-14T18:02:11Z', eventSource: 'support.amazonaws.com',
  eventName: 'DescribeSupportedLanguages', awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.15',
  userAgent: 'signin.amazonaws.com',
  requestParameters: { issueType: 'technical', serviceCode: 'amazon-elastic-compute-cloud-linux', categoryCode: 'instance-issue' },
  responseElements: {
    supportedLanguages: [
      { code: 'en', language: 'ENGLISH', display: 'ENGLISH' },
      { code: 'ja', language: 'JAPANESE', display: 'JAPANESE' },
    ],
  },
  requestID: '58c257ef-01a2-41e6-be2a-01c031060091', eventID: '5aa34bfc-ad5b-4fb1-8a55-2277c86e0091',
  readOnly: true, eventType: 'AwsApiCall', managementEvent: true, recipientAccountId: '111122223333',
  eventCategory: 'Management',
})   // true
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeSupportedLanguages.html`,
    DescribeTrustedAdvisorCheckRefreshStatuses: `The \`DescribeTrustedAdvisorCheckRefreshStatuses\` operation of the AWS Support API (\`support.amazonaws.com\`,
readOnly \`true\`): returns the refresh status of Trusted Advisor checks.

@example
\`\`\`ts
support.operations.DescribeTrustedAdvisorCheckRefreshStatuses.is({
  eventVersion: '1.09',
  userIdentity: {
    type: 'IAMUser', principalId: 'AIDACKCEVSQ6C2EXAMPLE', arn: 'arn:aws:iam::111122223333:user/janedoe',
    accountId: '111122223333', accessKeyId: 'AKIAIOSFODNN7EXAMPLE', userName: 'janedoe',
  },
  eventTime: '2024-05-14T18:02:11Z', eventSource: 'support.amazonaws.com',
  eventName: 'DescribeTrustedAdvisorCheckRefreshStatuses', awsRegion: 'us-east-1',
  sourceIPAddress: '198.51.100.15',
  userAgent: 'Boto3/1.34.103 md/Botocore#1.34.103 ua/2.0 os/linux#6.1.84 lang/python#3.12.3 Botocore/1.34.103',
  requestParameters: { checkIds: ['Pfx0RwqBli', 'Qch7DwouX1'] },
  responseElements: {
    statuses: [
      { checkId: 'Pfx0RwqBli', status: 'processing', millisUntilNextRefreshable: 3412508 },
      { checkId: 'Qch7DwouX1', status: 'success', millisUntilNextRefreshable: 0 },
    ],
  },
  requestID: '58c257ef-01a2-41e6-be2a-01c0310600a1', eventID: '5aa34bfc-ad5b-4fb1-8a55-2277c86e00a1',
  readOnly: true, eventType: 'AwsApiCall', managementEvent: true, recipientAccountId: '111122223333',
  eventCategory: 'Management',
})   // true
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeTrustedAdvisorCheckRefreshStatuses.html`,
    DescribeTrustedAdvisorCheckResult: `The \`DescribeTrustedAdvisorCheckResult\` operation of the AWS Support API (\`support.amazonaws.com\`, readOnly
\`true\`): returns the latest result of one Trusted Advisor check.

@example
\`\`\`ts
support.operations.DescribeTrustedAdvisorCheckResult.is({
  eventVersion: '1.09',
  userIdentity: {
    type: 'IAMUser', principalId: 'AIDACKCEVSQ6C2EXAMPLE', arn: 'arn:aws:iam::111122223333:user/janedoe',
    accountId: '111122223333', accessKeyId: 'AKIAIOSFODNN7EXAMPLE', userName: 'janedoe',
  },
  eventTime: '2024-05-14T18:02:11Z', eventSource: 'support.amazonaws.com',
  eventName: 'DescribeTrustedAdvisorCheckResult', awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.15',
  userAgent: 'Boto3/1.34.103 md/Botocore#1.34.103 ua/2.0 os/linux#6.1.84 lang/python#3.12.3 Botocore/1.34.103',
  requestParameters: { checkId: 'Qch7DwouX1', language: 'en' },
  responseElements: {
    result: {
      checkId: 'Qch7DwouX1', timestamp: '2024-05-14T06:12:40Z', status: 'warning',
      resourcesSummary: { resourcesProcessed: 24, resourcesFlagged: 2, resourcesIgnored: 0, resourcesSuppressed: 1 },
      categorySpecificSummary: { costOptimizing: { estimatedMonthlySavings: 182.4, estimatedPercentMonthlySavings: 12.5 } },
      flaggedResources: [
        {
          status: 'warning', region: 'us-east-1', resourceId: 'aJ7qTvPZ3r8mKEXAMPLEresourceId1',
          isSuppressed: false,
          metadata: [
            'us-east-1a',
            'i-0abcd1234efgh5678',
            'batch-worker',
            't3.large',
            '$60.74',
            '1.8%',
            '0.02MB',
            '4 days',
          ],
        },
        {
          status: 'warning', region: 'eu-west-1', resourceId: 'bK8rUwQA4s9nLEXAMPLEresourceId2',
          isSuppressed: true,
          metadata: [
            'eu-west-1b',
            'i-0fedc4321hgfe8765',
            'legacy-api',
            'm5.xlarge',
            '$121.66',
            '2.3%',
            '0.11MB',
            '14 days',
          ],
        },
      ],
    },
  },
  requestID: '58c257ef-01a2-41e6-be2a-01c0310600b1', eventID: '5aa34bfc-ad5b-4fb1-8a55-2277c86e00b1',
  readOnly: true, eventType: 'AwsApiCall', managementEvent: true, recipientAccountId: '111122223333',
  eventCategory: 'Management',
})   // true
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeTrustedAdvisorCheckResult.html`,
    DescribeTrustedAdvisorCheckSummaries: `The \`DescribeTrustedAdvisorCheckSummaries\` operation of the AWS Support API (\`support.amazonaws.com\`, readOnly
\`true\`): returns the result summaries of Trusted Advisor checks.

@example
\`\`\`ts
support.operations.DescribeTrustedAdvisorCheckSummaries.is({
  eventVersion: '1.09',
  userIdentity: {
    type: 'IAMUser', principalId: 'AIDACKCEVSQ6C2EXAMPLE', arn: 'arn:aws:iam::111122223333:user/janedoe',
    accountId: '111122223333', accessKeyId: 'AKIAIOSFODNN7EXAMPLE', userName: 'janedoe',
  },
  eventTime: '2024-05-14T18:02:11Z', eventSource: 'support.amazonaws.com',
  eventName: 'DescribeTrustedAdvisorCheckSummaries', awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.15',
  userAgent: 'Boto3/1.34.103 md/Botocore#1.34.103 ua/2.0 os/linux#6.1.84 lang/python#3.12.3 Botocore/1.34.103',
  requestParameters: { checkIds: ['Qch7DwouX1', 'HCP4007jGY'] },
  responseElements: {
    summaries: [
      {
        checkId: 'Qch7DwouX1', timestamp: '2024-05-14T06:12:40Z', status: 'warning', hasFlaggedResources: true,
        resourcesSummary: { resourcesProcessed: 24, resourcesFlagged: 2, resourcesIgnored: 0, resourcesSuppressed: 1 },
        categorySpecificSummary: { costOptimizing: { estimatedMonthlySavings: 182.4, estimatedPercentMonthlySavings: 12.5 } },
      },
      {
        checkId: 'HCP4007jGY', timestamp: '2024-05-14T06:15:02Z', status: 'ok', hasFlaggedResources: false,
        resourcesSummary: { resourcesProcessed: 31, resourcesFlagged: 0, resourcesIgnored: 0, resourcesSuppressed: 0 },
        categorySpecificSummary: {},
      },
    ],
  },
  requestID: '58c257ef-01a2-41e6-be2a-01c0310600c1', eventID: '5aa34bfc-ad5b-4fb1-8a55-2277c86e00c1',
  readOnly: true, eventType: 'AwsApiCall', managementEvent: true, recipientAccountId: '111122223333',
  eventCategory: 'Management',
})   // true
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeTrustedAdvisorCheckSummaries.html`,
    DescribeTrustedAdvisorChecks: `The \`DescribeTrustedAdvisorChecks\` operation of the AWS Support API (\`support.amazonaws.com\`, readOnly
\`true\`): lists the Trusted Advisor checks.

@example
\`\`\`ts
support.operations.DescribeTrustedAdvisorChecks.is({
  eventVersion: '1.09',
  userIdentity: {
    type: 'IAMUser', principalId: 'AIDACKCEVSQ6C2EXAMPLE', arn: 'arn:aws:iam::111122223333:user/janedoe',
    accountId: '111122223333', accessKeyId: 'AKIAIOSFODNN7EXAMPLE', userName: 'janedoe',
  },
  eventTime: '2024-05-14T18:02:11Z', eventSource: 'support.amazonaws.com',
  eventName: 'DescribeTrustedAdvisorChecks', awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.15',
  userAgent: 'Boto3/1.34.103 md/Botocore#1.34.103 ua/2.0 os/linux#6.1.84 lang/python#3.12.3 Botocore/1.34.103',
  requestParameters: { language: 'en' },
  responseElements: {
    checks: [
      {
        id: 'Qch7DwouX1', name: 'Low Utilization Amazon EC2 Instances',
        description: 'Checks the Amazon Elastic Compute Cloud (Amazon EC2) instances that were running at any time during the last 14 days.<br>\\n<br>\\n<b>Alert Criteria</b><br>\\nYellow: An instance had 10% or less daily average CPU utilization on at least 4 of the previous 14 days.',
        category: 'cost_optimizing',
        metadata: [
          'Region/AZ',
          'Instance ID',
          'Instance Name',
          'Instance Type',
          'Estimated Monthly Savings',
          'CPU Utilization 14-Day Average',
          'Network I/O 14-Day Average',
          'Number of Days Low Utilization',
        ],
      },
      {
        id: 'HCP4007jGY', name: 'Security Groups - Specific Ports Unrestricted',
        description: 'Checks security groups for rules that allow unrestricted access (0.0.0.0/0) to specific ports.',
        category: 'security',
        metadata: ['Region', 'Security Group Name', 'Security Group ID', 'Protocol', 'Status', 'Ports'],
      },
    ],
  },
  requestID: '58c257ef-01a2-41e6-be2a-01c0310600d1', eventID: '5aa34bfc-ad5b-4fb1-8a55-2277c86e00d1',
  readOnly: true, eventType: 'AwsApiCall', managementEvent: true, recipientAccountId: '111122223333',
  eventCategory: 'Management',
})   // true
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeTrustedAdvisorChecks.html`,
    RefreshTrustedAdvisorCheck: `The \`RefreshTrustedAdvisorCheck\` operation of the AWS Support API (\`support.amazonaws.com\`, readOnly \`false\`):
asks Trusted Advisor to refresh a check. Checks refreshed automatically answer \`InvalidParameterValue\`. The
example is the record AWS documents: \`responseElements\` is \`null\`.

@example
\`\`\`ts
support.operations.RefreshTrustedAdvisorCheck.is({
  eventVersion: '1.05',
  userIdentity: {
    type: 'IAMUser', principalId: 'AIDACKCEVSQ6C2EXAMPLE', arn: 'arn:aws:iam::111122223333:user/Admin',
    accountId: '111122223333', accessKeyId: 'AKIAIOSFODNN7EXAMPLE', userName: 'Admin',
  },
  eventTime: '2020-10-21T16:34:13Z', eventSource: 'support.amazonaws.com',
  eventName: 'RefreshTrustedAdvisorCheck', awsRegion: 'us-east-1', sourceIPAddress: '72.21.198.67',
  userAgent: 'signin.amazonaws.com', requestParameters: { checkId: 'Pfx0RwqBli' }, responseElements: null,
  requestID: '4c4d5fc8-c403-4f82-9544-41f820e0fa01', eventID: '2f4630ac-5c27-4f0d-b93f-63742d6fc85e',
  eventType: 'AwsApiCall', recipientAccountId: '111122223333',
})   // true
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_RefreshTrustedAdvisorCheck.html`,
    ResolveCase: `The \`ResolveCase\` operation of the AWS Support API (\`support.amazonaws.com\`, readOnly \`false\`): resolves a
case.

@example
\`\`\`ts
support.operations.ResolveCase.is({
  eventVersion: '1.09',
  userIdentity: {
    type: 'IAMUser', principalId: 'AIDACKCEVSQ6C2EXAMPLE', arn: 'arn:aws:iam::111122223333:user/janedoe',
    accountId: '111122223333', accessKeyId: 'AKIAIOSFODNN7EXAMPLE', userName: 'janedoe',
  },
  eventTime: '2024-05-14T18:02:11Z', eventSource: 'support.amazonaws.com', eventName: 'ResolveCase',
  awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.15', userAgent: 'signin.amazonaws.com',
  requestParameters: { caseId: 'case-111122223333-muen-2024-7a2f4b1e9c3d5e60' },
  responseElements: { initialCaseStatus: 'pending-customer-action', finalCaseStatus: 'resolved' },
  requestID: '58c257ef-01a2-41e6-be2a-01c0310600f1', eventID: '5aa34bfc-ad5b-4fb1-8a55-2277c86e00f1',
  readOnly: false, eventType: 'AwsApiCall', managementEvent: true, recipientAccountId: '111122223333',
  eventCategory: 'Management',
})   // true
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_ResolveCase.html`,
  },
  typeDocs: {
    CaseCategory: `A category of a case about a service (the API's \`Category\` shape): a code for \`CreateCase\` and a name.

@example
\`\`\`ts
const category: CaseCategory = { code: 'instance-issue', name: 'Instance Issue' }
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_Category.html`,
    CaseService: `An AWS service a case may be about (the API's \`Service\` shape): its code for \`CreateCase\`, its name and its
categories.

@example
\`\`\`ts
const service: CaseService = {
  code: 'amazon-elastic-compute-cloud-linux', name: 'Elastic Compute Cloud (EC2 - Linux)',
  categories: [{ code: 'instance-issue', name: 'Instance Issue' }],
}
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_Service.html`,
    SeverityCode: `A case's severity (\`severityCode\`): \`low\` (General guidance), \`normal\`
(System impaired), \`high\` (Production system impaired), \`urgent\`
(Production system down), \`critical\` (Business-critical system down). Which
values an account may use depends on its support plan. Open: any other
string still decodes.

@example
\`\`\`ts
SeverityCode.is('urgent')   // true
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_CreateCase.html`,
    CaseLanguage: `The language of a case (\`language\` of the case operations): \`en\`, \`ja\`,
\`zh\`, \`ko\`. Open: any other string still decodes.

@example
\`\`\`ts
CaseLanguage.is('ja')   // true
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_CreateCase.html`,
    TrustedAdvisorLanguage: `The language of a Trusted Advisor call of the Support API: \`zh\`, \`zh_TW\`,
\`en\`, \`fr\`, \`de\`, \`id\`, \`it\`, \`ja\`, \`ko\`, \`pt_BR\`, \`es\`. Open: any other
string still decodes.

@example
\`\`\`ts
TrustedAdvisorLanguage.is('pt_BR')   // true
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeTrustedAdvisorChecks.html`,
    IssueType: `The kind of a case (\`issueType\`): \`customer-service\` or \`technical\` (the
default). Open: any other string still decodes.

@example
\`\`\`ts
IssueType.is('technical')   // true
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_CreateCase.html`,
    CaseStatus: `The status of a case: \`all-open\`, \`customer-action-completed\`, \`opened\`,
\`pending-customer-action\`, \`reopened\`, \`resolved\`, \`unassigned\`,
\`work-in-progress\`. Open: any other string still decodes.

@example
\`\`\`ts
CaseStatus.is('pending-customer-action')   // true
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_CaseDetails.html`,
    TrustedAdvisorCheckStatus: `The status of a Trusted Advisor check (\`status\` of a check result or
summary): \`ok\` (green), \`warning\` (yellow), \`error\` (red), \`not_available\`.
Open: any other string still decodes.

@example
\`\`\`ts
TrustedAdvisorCheckStatus.is('warning')   // true
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_TrustedAdvisorCheckResult.html`,
    TrustedAdvisorRefreshStatus: `The status of a Trusted Advisor check refresh: \`none\`, \`enqueued\`,
\`processing\`, \`success\`, \`abandoned\`. Open: any other string still decodes.

@example
\`\`\`ts
TrustedAdvisorRefreshStatus.is('enqueued')   // true
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_TrustedAdvisorCheckRefreshStatus.html`,
    Attachment: `One file of an attachment set: its name and its content (\`data\`, a
base64 string, or \`"HIDDEN_DUE_TO_SECURITY_REASONS"\` where CloudTrail masks
it). Every member is optional, as CloudTrail may leave any out.

@example
\`\`\`ts
const attachment: Attachment = { fileName: 'trace.txt', data: 'VGhpcyBpcyBhIHRlc3QgZmlsZS4=' }
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_Attachment.html`,
    AttachmentDetails: `The name and ID of an attachment of a communication (no content).

@example
\`\`\`ts
const attachmentDetails: AttachmentDetails = { attachmentId: 'attachment-KBnjRNrePd9D6Jx0-Aw3wOtNWd2JgIgp', fileName: 'trace.txt' }
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_AttachmentDetails.html`,
    Communication: `One communication of a case: who wrote it, when (\`timeCreated\`, a string
as the API returns it), its text (\`body\`) and its attachments.

@example
\`\`\`ts
const communication: Communication = {
  caseId: 'case-111122223333-muen-2024-7a2f4b1e9c3d5e60', body: 'The instance is reachable again.',
  submittedBy: 'AdminRole (Role) <janedoe@example.com>', timeCreated: '2024-05-14T19:11:27.118Z',
  attachmentSet: [],
}
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_Communication.html`,
    RecentCaseCommunications: `The five most recent communications of a case, with a \`nextToken\` for more.

@example
\`\`\`ts
const recentCaseCommunications: RecentCaseCommunications = { communications: [], nextToken: 'AAEAAQ2cNQ==' }
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_RecentCaseCommunications.html`,
    CaseDetails: `A support case as \`DescribeCases\` returns it.

@example
\`\`\`ts
const caseDetails: CaseDetails = {
  caseId: 'case-111122223333-muen-2024-7a2f4b1e9c3d5e60', displayId: '171234567890',
  subject: 'EC2 instance unreachable', status: 'opened', serviceCode: 'amazon-elastic-compute-cloud-linux',
  categoryCode: 'instance-issue', severityCode: 'high', submittedBy: 'janedoe@example.com',
  timeCreated: '2024-05-14T18:02:11.000Z', ccEmailAddresses: [], language: 'en',
}
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_CaseDetails.html`,
    TrustedAdvisorCheckRefreshStatus: `The refresh state of one Trusted Advisor check: \`status\` and the
milliseconds until it may be refreshed again.

@example
\`\`\`ts
const trustedAdvisorCheckRefreshStatus: TrustedAdvisorCheckRefreshStatus = { checkId: 'Pfx0RwqBli', status: 'enqueued', millisUntilNextRefreshable: 3599993 }
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_TrustedAdvisorCheckRefreshStatus.html`,
    TrustedAdvisorResourcesSummary: `How many resources a Trusted Advisor check processed, flagged, ignored
and suppressed.

@example
\`\`\`ts
const trustedAdvisorResourcesSummary: TrustedAdvisorResourcesSummary = { resourcesProcessed: 24, resourcesFlagged: 3, resourcesIgnored: 0, resourcesSuppressed: 1 }
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_TrustedAdvisorResourcesSummary.html`,
    TrustedAdvisorCostOptimizingSummary: `The estimated savings of a cost-optimizing Trusted Advisor check.

@example
\`\`\`ts
const trustedAdvisorCostOptimizingSummary: TrustedAdvisorCostOptimizingSummary = { estimatedMonthlySavings: 182.4, estimatedPercentMonthlySavings: 12.5 }
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_TrustedAdvisorCostOptimizingSummary.html`,
    TrustedAdvisorCategorySpecificSummary: `The summary specific to a check's category; only \`costOptimizing\` is defined.

@example
\`\`\`ts
const trustedAdvisorCategorySpecificSummary: TrustedAdvisorCategorySpecificSummary = { costOptimizing: { estimatedMonthlySavings: 182.4, estimatedPercentMonthlySavings: 12.5 } }
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_TrustedAdvisorCategorySpecificSummary.html`,
    TrustedAdvisorCheckSummary: `The summary of one Trusted Advisor check's latest result.

@example
\`\`\`ts
const trustedAdvisorCheckSummary: TrustedAdvisorCheckSummary = {
  checkId: 'Qch7DwouX1', timestamp: '2024-05-14T06:12:40Z', status: 'warning', hasFlaggedResources: true,
  resourcesSummary: { resourcesProcessed: 24, resourcesFlagged: 3, resourcesIgnored: 0, resourcesSuppressed: 0 },
  categorySpecificSummary: { costOptimizing: { estimatedMonthlySavings: 182.4, estimatedPercentMonthlySavings: 12.5 } },
}
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_TrustedAdvisorCheckSummary.html`,
    AddAttachmentsToSetRequest: `The \`requestParameters\` of a \`AddAttachmentsToSet\` record: the attachment set to add to (a new one
when absent) and the files, each a name and base64 \`data\`. \`attachments\` may be
\`"HIDDEN_DUE_TO_SECURITY_REASONS"\` as a whole, and each \`data\` may be that marker.

Every member is optional: CloudTrail may leave inputs out (it drops
free-text inputs), and a failed call may record only some of them.

@example
\`\`\`ts
support.operations.AddAttachmentsToSet.request.is({
  attachmentSetId: 'as-2f5a6faa2a4a1e600-mu-nk5xQlBr70-G1cUos5LZkd38KOAHZa9BMDVzNEXAMPLE',
  attachments: [
    {
      fileName: 'troubleshoot-screenshot.png',
      data: 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
    },
  ],
})   // true
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_AddAttachmentsToSet.html`,
    AddAttachmentsToSetResponse: `The \`responseElements\` of a \`AddAttachmentsToSet\` record: the attachment set ID and its
\`expiryTime\` (one hour after creation), a string as the API returns it.

@example
\`\`\`ts
support.operations.AddAttachmentsToSet.response.is({
  attachmentSetId: 'as-2f5a6faa2a4a1e600-mu-nk5xQlBr70-G1cUos5LZkd38KOAHZa9BMDVzNEXAMPLE',
  expiryTime: '2024-05-14T19:02:11.118Z',
})   // true
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_AddAttachmentsToSet.html`,
    AddCommunicationToCaseRequest: `The \`requestParameters\` of a \`AddCommunicationToCase\` record: the case, the text
(\`communicationBody\`, up to 8000 characters; may be dropped or \`"HIDDEN_DUE_TO_SECURITY_REASONS"\`),
CC addresses and an attachment set.

Every member is optional: CloudTrail may leave inputs out (it drops
free-text inputs), and a failed call may record only some of them.

@example
\`\`\`ts
support.operations.AddCommunicationToCase.request.is({
  caseId: 'case-111122223333-muen-2024-7a2f4b1e9c3d5e60',
  communicationBody: 'Attached the instance console log. The instance stopped answering at 17:45 UTC.',
  ccEmailAddresses: ['ops-team@example.com'],
  attachmentSetId: 'as-2f5a6faa2a4a1e600-mu-nk5xQlBr70-G1cUos5LZkd38KOAHZa9BMDVzNEXAMPLE',
})   // true
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_AddCommunicationToCase.html`,
    AddCommunicationToCaseResponse: `The \`responseElements\` of a \`AddCommunicationToCase\` record: \`result\`, \`true\` when the
communication was added.

@example
\`\`\`ts
support.operations.AddCommunicationToCase.response.is({ result: true })   // true
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_AddCommunicationToCase.html`,
    CreateCaseRequest: `The \`requestParameters\` of a \`CreateCase\` record: subject, service and category codes,
\`severityCode\`, text, CC addresses, \`language\`, \`issueType\` and attachment set. Console-created
cases record only \`severityCode\`, \`categoryCode\`, \`language\`, \`serviceCode\` and \`issueType\`:
CloudTrail drops \`subject\` and \`communicationBody\`.

Every member is optional: CloudTrail may leave inputs out (it drops
free-text inputs), and a failed call may record only some of them.

@example
\`\`\`ts
support.operations.CreateCase.request.is({
  subject: 'EC2 instance i-0abcd1234efgh5678 unreachable', serviceCode: 'amazon-elastic-compute-cloud-linux',
  severityCode: 'high', categoryCode: 'instance-issue',
  communicationBody: 'Since 17:45 UTC the instance fails its status checks and does not answer on port 22.',
  ccEmailAddresses: ['ops-team@example.com', 'oncall@example.com'], language: 'en', issueType: 'technical',
  attachmentSetId: 'as-2f5a6faa2a4a1e600-mu-nk5xQlBr70-G1cUos5LZkd38KOAHZa9BMDVzNEXAMPLE',
})   // true
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_CreateCase.html`,
    CreateCaseResponse: `The \`responseElements\` of a \`CreateCase\` record: the new case's \`caseId\`, such as
\`case-111122223333-muen-2016-c3f2077e504940f2\`.

@example
\`\`\`ts
support.operations.CreateCase.response.is({ caseId: 'case-111122223333-muen-2024-7a2f4b1e9c3d5e60' })   // true
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_CreateCase.html`,
    DescribeAttachmentRequest: `The \`requestParameters\` of a \`DescribeAttachment\` record: the \`attachmentId\` to read.

Every member is optional: CloudTrail may leave inputs out (it drops
free-text inputs), and a failed call may record only some of them.

@example
\`\`\`ts
support.operations.DescribeAttachment.request.is({ attachmentId: 'attachment-KBnjRNrePd9D6Jx0-Aw3wOtNWd2JgIgp' })   // true
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeAttachment.html`,
    DescribeAttachmentResponse: `The \`responseElements\` of a \`DescribeAttachment\` record: the attachment: its file name and base64
content (\`data\`). \`attachment\` may be \`"HIDDEN_DUE_TO_SECURITY_REASONS"\` as a whole, and \`data\` may
be that marker.

@example
\`\`\`ts
support.operations.DescribeAttachment.response.is({
  attachment: { fileName: 'console-output.txt', data: 'W0ZBSUxFRF0gRmFpbGVkIHRvIHN0YXJ0IE9wZW5TU0ggc2VydmVyIGRhZW1vbi4K' },
})   // true
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeAttachment.html`,
    DescribeCasesRequest: `The \`requestParameters\` of a \`DescribeCases\` record: the case IDs or display ID, a time window
(\`afterTime\`, \`beforeTime\`; strings), whether to include resolved cases and communications, paging
and \`language\`.

Every member is optional: CloudTrail may leave inputs out (it drops
free-text inputs), and a failed call may record only some of them.

@example
\`\`\`ts
support.operations.DescribeCases.request.is({
  caseIdList: ['case-111122223333-muen-2024-7a2f4b1e9c3d5e60', 'case-111122223333-muen-2024-1b9e0c7d52f84a31'],
  displayId: '171234567890', afterTime: '2024-05-01T00:00:00Z', beforeTime: '2024-05-15T00:00:00Z',
  includeResolvedCases: true, nextToken: 'AAEAAUPx0Y5mEXAMPLEnextToken', maxResults: 10, language: 'en',
  includeCommunications: true,
})   // true
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeCases.html`,
    DescribeCasesResponse: `The \`responseElements\` of a \`DescribeCases\` record: the matching cases ({@link CaseDetails}) and a
\`nextToken\`.

@example
\`\`\`ts
support.operations.DescribeCases.response.is({
  cases: [
    {
      caseId: 'case-111122223333-muen-2024-7a2f4b1e9c3d5e60', displayId: '171234567890',
      subject: 'EC2 instance i-0abcd1234efgh5678 unreachable', status: 'pending-customer-action',
      serviceCode: 'amazon-elastic-compute-cloud-linux', categoryCode: 'instance-issue', severityCode: 'high',
      submittedBy: 'janedoe@example.com', timeCreated: '2024-05-14T18:02:11.254Z',
      recentCommunications: {
        communications: [
          {
            caseId: 'case-111122223333-muen-2024-7a2f4b1e9c3d5e60',
            body: 'Hello, the underlying host had a hardware fault. Please stop and start the instance to move it to healthy hardware.',
            submittedBy: 'Amazon Web Services', timeCreated: '2024-05-14T18:40:03.912Z', attachmentSet: [],
          },
          {
            caseId: 'case-111122223333-muen-2024-7a2f4b1e9c3d5e60',
            body: 'Attached the instance console log. The instance stopped answering at 17:45 UTC.',
            submittedBy: 'SupportOps (Role) <janedoe@example.com>', timeCreated: '2024-05-14T18:05:27.118Z',
            attachmentSet: [{ attachmentId: 'attachment-KBnjRNrePd9D6Jx0-Aw3wOtNWd2JgIgp', fileName: 'console-output.txt' }],
          },
        ],
        nextToken: 'AAEAAQ2cNQEXAMPLEcommunications',
      },
      ccEmailAddresses: ['ops-team@example.com'], language: 'en',
    },
  ],
  nextToken: 'AAEAAUPx0Y5mEXAMPLEnextToken2',
})   // true
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeCases.html`,
    DescribeCommunicationsRequest: `The \`requestParameters\` of a \`DescribeCommunications\` record: the case, a time window (\`afterTime\`,
\`beforeTime\`; strings) and paging.

Every member is optional: CloudTrail may leave inputs out (it drops
free-text inputs), and a failed call may record only some of them.

@example
\`\`\`ts
support.operations.DescribeCommunications.request.is({
  caseId: 'case-111122223333-muen-2024-7a2f4b1e9c3d5e60', beforeTime: '2024-05-15T00:00:00Z',
  afterTime: '2024-05-14T00:00:00Z', nextToken: 'AAEAAQ2cNQEXAMPLEcommunications', maxResults: 10,
})   // true
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeCommunications.html`,
    DescribeCommunicationsResponse: `The \`responseElements\` of a \`DescribeCommunications\` record: the communications ({@link
Communication}) and a \`nextToken\`.

@example
\`\`\`ts
support.operations.DescribeCommunications.response.is({
  communications: [
    {
      caseId: 'case-111122223333-muen-2024-7a2f4b1e9c3d5e60',
      body: 'Hello, the underlying host had a hardware fault. Please stop and start the instance to move it to healthy hardware.',
      submittedBy: 'Amazon Web Services', timeCreated: '2024-05-14T18:40:03.912Z', attachmentSet: [],
    },
    {
      caseId: 'case-111122223333-muen-2024-7a2f4b1e9c3d5e60',
      body: 'Attached the instance console log. The instance stopped answering at 17:45 UTC.',
      submittedBy: 'SupportOps (Role) <janedoe@example.com>', timeCreated: '2024-05-14T18:05:27.118Z',
      attachmentSet: [{ attachmentId: 'attachment-KBnjRNrePd9D6Jx0-Aw3wOtNWd2JgIgp', fileName: 'console-output.txt' }],
    },
  ],
  nextToken: 'AAEAAQ2cNQEXAMPLEcommunications2',
})   // true
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeCommunications.html`,
    LanguageAvailability: `Whether a language is available for a case (\`languageAvailability\`):
\`available\`, \`best_effort\`, \`unavailable\`. Open: any other string still
decodes.

@example
\`\`\`ts
LanguageAvailability.is('best_effort')   // true
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeCreateCaseOptions.html`,
    CommunicationType: `A way to contact AWS Support about a case: \`chat\`, \`web\`, \`call\`. Open:
any other string still decodes.

@example
\`\`\`ts
CommunicationType.is('chat')   // true
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_CommunicationTypeOptions.html`,
    SupportedHour: `Hours of the day when a communication type is offered, as RFC 3339 times
(\`HH:mm:ss.SSS\`).

@example
\`\`\`ts
const supportedHour: SupportedHour = { startTime: '09:00:00.000', endTime: '17:00:00.000' }
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_SupportedHour.html`,
    DateInterval: `A time span without support, as RFC 3339 UTC date-times.

@example
\`\`\`ts
const dateInterval: DateInterval = { startDateTime: '2024-12-25T00:00:00.000Z', endDateTime: '2024-12-26T00:00:00.000Z' }
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DateInterval.html`,
    CommunicationTypeOptions: `One communication type offered for a new case, with its hours and the
dates without support.

@example
\`\`\`ts
const communicationTypeOptions: CommunicationTypeOptions = {
  type: 'chat', supportedHours: [{ startTime: '00:00:00.000', endTime: '23:59:59.999' }], datesWithoutSupport: [],
}
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_CommunicationTypeOptions.html`,
    DescribeCreateCaseOptionsRequest: `The \`requestParameters\` of a \`DescribeCreateCaseOptions\` record: the issue type, service and
category codes and language to look up.

Every member is optional: CloudTrail may leave inputs out (it drops
free-text inputs), and a failed call may record only some of them.

@example
\`\`\`ts
support.operations.DescribeCreateCaseOptions.request.is({
  issueType: 'technical', serviceCode: 'amazon-elastic-compute-cloud-linux', language: 'en',
  categoryCode: 'instance-issue',
})   // true
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeCreateCaseOptions.html`,
    DescribeCreateCaseOptionsResponse: `The \`responseElements\` of a \`DescribeCreateCaseOptions\` record: whether the language is available
and which communication types (\`web\`, \`chat\`, \`call\`) are offered, with their hours and dates
without support.

@example
\`\`\`ts
support.operations.DescribeCreateCaseOptions.response.is({
  languageAvailability: 'available',
  communicationTypes: [
    {
      type: 'web', supportedHours: [{ startTime: '00:00:00.000', endTime: '23:59:59.999' }],
      datesWithoutSupport: [],
    },
    {
      type: 'chat', supportedHours: [{ startTime: '00:00:00.000', endTime: '23:59:59.999' }],
      datesWithoutSupport: [{ startDateTime: '2024-12-25T00:00:00.000Z', endDateTime: '2024-12-26T00:00:00.000Z' }],
    },
    {
      type: 'call', supportedHours: [{ startTime: '09:00:00.000', endTime: '17:00:00.000' }],
      datesWithoutSupport: [],
    },
  ],
})   // true
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeCreateCaseOptions.html`,
    Category: `A category of a case about a service: a code for \`CreateCase\` and a name.

@example
\`\`\`ts
const category: Category = { code: 'instance-issue', name: 'Instance Issue' }
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_Category.html`,
    Service: `An AWS service a case may be about (the API's \`Service\` shape): its code
for \`CreateCase\`, its name and its categories.

@example
\`\`\`ts
const service: Service = {
  code: 'amazon-elastic-compute-cloud-linux', name: 'Elastic Compute Cloud (EC2 - Linux)',
  categories: [{ code: 'instance-issue', name: 'Instance Issue' }],
}
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_Service.html`,
    DescribeServicesRequest: `The \`requestParameters\` of a \`DescribeServices\` record: the service codes to describe (all when
absent) and \`language\`.

Every member is optional: CloudTrail may leave inputs out (it drops
free-text inputs), and a failed call may record only some of them.

@example
\`\`\`ts
support.operations.DescribeServices.request.is({ serviceCodeList: ['amazon-elastic-compute-cloud-linux', 'amazon-simple-storage-service'], language: 'en' })   // true
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeServices.html`,
    DescribeServicesResponse: `The \`responseElements\` of a \`DescribeServices\` record: the AWS services, each with the categories
a case about it may have.

@example
\`\`\`ts
support.operations.DescribeServices.response.is({
  services: [
    {
      code: 'amazon-elastic-compute-cloud-linux', name: 'Elastic Compute Cloud (EC2 - Linux)',
      categories: [{ code: 'instance-issue', name: 'Instance Issue' }, { code: 'performance', name: 'Performance' }],
    },
    {
      code: 'amazon-simple-storage-service', name: 'Simple Storage Service (S3)',
      categories: [{ code: 'general-guidance', name: 'General Guidance' }],
    },
  ],
})   // true
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeServices.html`,
    SeverityLevelName: `The display name of a severity level, paired with the codes \`low\` to
\`critical\`: \`General guidance\`, \`System impaired\`, \`Production system
impaired\`, \`Production system down\`, \`Business-critical system down\`. Open:
any other string still decodes.

@example
\`\`\`ts
SeverityLevelName.is('Production system down')   // true
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_SeverityLevel.html`,
    SeverityLevel: `A severity level: its code for \`CreateCase\` and its display name.

@example
\`\`\`ts
const severityLevel: SeverityLevel = { code: 'urgent', name: 'Production system down' }
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_SeverityLevel.html`,
    DescribeSeverityLevelsRequest: `The \`requestParameters\` of a \`DescribeSeverityLevels\` record: \`language\`.

Every member is optional: CloudTrail may leave inputs out (it drops
free-text inputs), and a failed call may record only some of them.

@example
\`\`\`ts
support.operations.DescribeSeverityLevels.request.is({ language: 'en' })   // true
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeSeverityLevels.html`,
    DescribeSeverityLevelsResponse: `The \`responseElements\` of a \`DescribeSeverityLevels\` record: the severity levels: a code (\`low\` to
\`critical\`) and its display name.

@example
\`\`\`ts
support.operations.DescribeSeverityLevels.response.is({
  severityLevels: [
    { code: 'low', name: 'General guidance' },
    { code: 'normal', name: 'System impaired' },
    { code: 'high', name: 'Production system impaired' },
    { code: 'urgent', name: 'Production system down' },
    { code: 'critical', name: 'Business-critical system down' },
  ],
})   // true
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeSeverityLevels.html`,
    SupportedLanguage: `A language a case may use: ISO 639-1 \`code\`, \`language\` and \`display\` name.

@example
\`\`\`ts
const supportedLanguage: SupportedLanguage = { code: 'en', language: 'ENGLISH', display: 'ENGLISH' }
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_SupportedLanguage.html`,
    DescribeSupportedLanguagesRequest: `The \`requestParameters\` of a \`DescribeSupportedLanguages\` record: the issue type and the service and
category codes.

Every member is optional: CloudTrail may leave inputs out (it drops
free-text inputs), and a failed call may record only some of them.

@example
\`\`\`ts
support.operations.DescribeSupportedLanguages.request.is({ issueType: 'technical', serviceCode: 'amazon-elastic-compute-cloud-linux', categoryCode: 'instance-issue' })   // true
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeSupportedLanguages.html`,
    DescribeSupportedLanguagesResponse: `The \`responseElements\` of a \`DescribeSupportedLanguages\` record: the supported languages: ISO
639-1 code, language and display name.

@example
\`\`\`ts
support.operations.DescribeSupportedLanguages.response.is({
  supportedLanguages: [
    { code: 'en', language: 'ENGLISH', display: 'ENGLISH' },
    { code: 'ja', language: 'JAPANESE', display: 'JAPANESE' },
  ],
})   // true
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeSupportedLanguages.html`,
    DescribeTrustedAdvisorCheckRefreshStatusesRequest: `The \`requestParameters\` of a \`DescribeTrustedAdvisorCheckRefreshStatuses\` record: the check IDs.

Every member is optional: CloudTrail may leave inputs out (it drops
free-text inputs), and a failed call may record only some of them.

@example
\`\`\`ts
support.operations.DescribeTrustedAdvisorCheckRefreshStatuses.request.is({ checkIds: ['Pfx0RwqBli', 'Qch7DwouX1'] })   // true
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeTrustedAdvisorCheckRefreshStatuses.html`,
    DescribeTrustedAdvisorCheckRefreshStatusesResponse: `The \`responseElements\` of a \`DescribeTrustedAdvisorCheckRefreshStatuses\` record: the refresh
status of each check ({@link TrustedAdvisorCheckRefreshStatus}).

@example
\`\`\`ts
support.operations.DescribeTrustedAdvisorCheckRefreshStatuses.response.is({
  statuses: [
    { checkId: 'Pfx0RwqBli', status: 'processing', millisUntilNextRefreshable: 3412508 },
    { checkId: 'Qch7DwouX1', status: 'success', millisUntilNextRefreshable: 0 },
  ],
})   // true
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeTrustedAdvisorCheckRefreshStatuses.html`,
    TrustedAdvisorResourceDetail: `One resource a Trusted Advisor check flagged: its status, Region, ID,
whether it is suppressed, and \`metadata\`, whose columns follow the check's
\`metadata\` headings.

@example
\`\`\`ts
const trustedAdvisorResourceDetail: TrustedAdvisorResourceDetail = {
  status: 'warning', region: 'us-east-1', resourceId: 'aJ7qTvPZ3r8mKEXAMPLEresourceId1', isSuppressed: false,
  metadata: ['us-east-1a', 'i-0abcd1234efgh5678', 'batch-worker', 't3.large', '$60.74', '1.8%', '0.02MB', '4 days'],
}
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_TrustedAdvisorResourceDetail.html`,
    TrustedAdvisorCheckResult: `The latest result of one Trusted Advisor check: \`timestamp\` (a string as
the API returns it), status, resource counts, category-specific summary and
flagged resources.

@example
\`\`\`ts
const trustedAdvisorCheckResult: TrustedAdvisorCheckResult = {
  checkId: 'Qch7DwouX1', timestamp: '2024-05-14T06:12:40Z', status: 'ok',
  resourcesSummary: { resourcesProcessed: 24, resourcesFlagged: 0, resourcesIgnored: 0, resourcesSuppressed: 0 },
  categorySpecificSummary: {}, flaggedResources: [],
}
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_TrustedAdvisorCheckResult.html`,
    DescribeTrustedAdvisorCheckResultRequest: `The \`requestParameters\` of a \`DescribeTrustedAdvisorCheckResult\` record: the check ID and
\`language\`.

Every member is optional: CloudTrail may leave inputs out (it drops
free-text inputs), and a failed call may record only some of them.

@example
\`\`\`ts
support.operations.DescribeTrustedAdvisorCheckResult.request.is({ checkId: 'Qch7DwouX1', language: 'en' })   // true
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeTrustedAdvisorCheckResult.html`,
    DescribeTrustedAdvisorCheckResultResponse: `The \`responseElements\` of a \`DescribeTrustedAdvisorCheckResult\` record: the check's latest result:
status, resource counts, estimated savings and flagged resources.

@example
\`\`\`ts
support.operations.DescribeTrustedAdvisorCheckResult.response.is({
  result: {
    checkId: 'Qch7DwouX1', timestamp: '2024-05-14T06:12:40Z', status: 'warning',
    resourcesSummary: { resourcesProcessed: 24, resourcesFlagged: 2, resourcesIgnored: 0, resourcesSuppressed: 1 },
    categorySpecificSummary: { costOptimizing: { estimatedMonthlySavings: 182.4, estimatedPercentMonthlySavings: 12.5 } },
    flaggedResources: [
      {
        status: 'warning', region: 'us-east-1', resourceId: 'aJ7qTvPZ3r8mKEXAMPLEresourceId1',
        isSuppressed: false,
        metadata: ['us-east-1a', 'i-0abcd1234efgh5678', 'batch-worker', 't3.large', '$60.74', '1.8%', '0.02MB', '4 days'],
      },
      {
        status: 'warning', region: 'eu-west-1', resourceId: 'bK8rUwQA4s9nLEXAMPLEresourceId2',
        isSuppressed: true,
        metadata: ['eu-west-1b', 'i-0fedc4321hgfe8765', 'legacy-api', 'm5.xlarge', '$121.66', '2.3%', '0.11MB', '14 days'],
      },
    ],
  },
})   // true
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeTrustedAdvisorCheckResult.html`,
    DescribeTrustedAdvisorCheckSummariesRequest: `The \`requestParameters\` of a \`DescribeTrustedAdvisorCheckSummaries\` record: the check IDs.

Every member is optional: CloudTrail may leave inputs out (it drops
free-text inputs), and a failed call may record only some of them.

@example
\`\`\`ts
support.operations.DescribeTrustedAdvisorCheckSummaries.request.is({ checkIds: ['Qch7DwouX1', 'HCP4007jGY'] })   // true
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeTrustedAdvisorCheckSummaries.html`,
    DescribeTrustedAdvisorCheckSummariesResponse: `The \`responseElements\` of a \`DescribeTrustedAdvisorCheckSummaries\` record: one summary per check
({@link TrustedAdvisorCheckSummary}).

@example
\`\`\`ts
support.operations.DescribeTrustedAdvisorCheckSummaries.response.is({
  summaries: [
    {
      checkId: 'Qch7DwouX1', timestamp: '2024-05-14T06:12:40Z', status: 'warning', hasFlaggedResources: true,
      resourcesSummary: { resourcesProcessed: 24, resourcesFlagged: 2, resourcesIgnored: 0, resourcesSuppressed: 1 },
      categorySpecificSummary: { costOptimizing: { estimatedMonthlySavings: 182.4, estimatedPercentMonthlySavings: 12.5 } },
    },
    {
      checkId: 'HCP4007jGY', timestamp: '2024-05-14T06:15:02Z', status: 'ok', hasFlaggedResources: false,
      resourcesSummary: { resourcesProcessed: 31, resourcesFlagged: 0, resourcesIgnored: 0, resourcesSuppressed: 0 },
      categorySpecificSummary: {},
    },
  ],
})   // true
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeTrustedAdvisorCheckSummaries.html`,
    TrustedAdvisorCheckDescription: `A Trusted Advisor check: ID, name, description (HTML), category such as
\`cost_optimizing\` or \`security\`, and the column headings of its flagged
resources' \`metadata\`.

@example
\`\`\`ts
const trustedAdvisorCheckDescription: TrustedAdvisorCheckDescription = {
  id: 'HCP4007jGY', name: 'Security Groups - Specific Ports Unrestricted',
  description: 'Checks security groups for rules that allow unrestricted access (0.0.0.0/0) to specific ports.',
  category: 'security', metadata: ['Region', 'Security Group Name', 'Security Group ID', 'Protocol', 'Status', 'Ports'],
}
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_TrustedAdvisorCheckDescription.html`,
    DescribeTrustedAdvisorChecksRequest: `The \`requestParameters\` of a \`DescribeTrustedAdvisorChecks\` record: \`language\`.

Every member is optional: CloudTrail may leave inputs out (it drops
free-text inputs), and a failed call may record only some of them.

@example
\`\`\`ts
support.operations.DescribeTrustedAdvisorChecks.request.is({ language: 'en' })   // true
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeTrustedAdvisorChecks.html`,
    DescribeTrustedAdvisorChecksResponse: `The \`responseElements\` of a \`DescribeTrustedAdvisorChecks\` record: every Trusted Advisor check:
ID, name, HTML description, category and the column headings of its flagged resources.

@example
\`\`\`ts
support.operations.DescribeTrustedAdvisorChecks.response.is({
  checks: [
    {
      id: 'Qch7DwouX1', name: 'Low Utilization Amazon EC2 Instances',
      description: 'Checks the Amazon Elastic Compute Cloud (Amazon EC2) instances that were running at any time during the last 14 days.<br>\\n<br>\\n<b>Alert Criteria</b><br>\\nYellow: An instance had 10% or less daily average CPU utilization on at least 4 of the previous 14 days.',
      category: 'cost_optimizing',
      metadata: [
        'Region/AZ',
        'Instance ID',
        'Instance Name',
        'Instance Type',
        'Estimated Monthly Savings',
        'CPU Utilization 14-Day Average',
        'Network I/O 14-Day Average',
        'Number of Days Low Utilization',
      ],
    },
    {
      id: 'HCP4007jGY', name: 'Security Groups - Specific Ports Unrestricted',
      description: 'Checks security groups for rules that allow unrestricted access (0.0.0.0/0) to specific ports.',
      category: 'security',
      metadata: ['Region', 'Security Group Name', 'Security Group ID', 'Protocol', 'Status', 'Ports'],
    },
  ],
})   // true
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeTrustedAdvisorChecks.html`,
    RefreshTrustedAdvisorCheckRequest: `The \`requestParameters\` of a \`RefreshTrustedAdvisorCheck\` record: the check ID, such as
\`Pfx0RwqBli\`.

Every member is optional: CloudTrail may leave inputs out (it drops
free-text inputs), and a failed call may record only some of them.

@example
\`\`\`ts
support.operations.RefreshTrustedAdvisorCheck.request.is({ checkId: 'Pfx0RwqBli' })   // true
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_RefreshTrustedAdvisorCheck.html`,
    RefreshTrustedAdvisorCheckResponse: `The \`responseElements\` of a \`RefreshTrustedAdvisorCheck\` record: the check's refresh status. The
API returns it, but the records AWS documents have \`responseElements: null\`.

@example
\`\`\`ts
support.operations.RefreshTrustedAdvisorCheck.response.is({ status: { checkId: 'Pfx0RwqBli', status: 'enqueued', millisUntilNextRefreshable: 3599993 } })   // true
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_RefreshTrustedAdvisorCheck.html`,
    ResolveCaseRequest: `The \`requestParameters\` of a \`ResolveCase\` record: the case ID.

Every member is optional: CloudTrail may leave inputs out (it drops
free-text inputs), and a failed call may record only some of them.

@example
\`\`\`ts
support.operations.ResolveCase.request.is({ caseId: 'case-111122223333-muen-2024-7a2f4b1e9c3d5e60' })   // true
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_ResolveCase.html`,
    ResolveCaseResponse: `The \`responseElements\` of a \`ResolveCase\` record: the case status before (\`initialCaseStatus\`) and
after (\`finalCaseStatus\`, normally \`resolved\`).

@example
\`\`\`ts
support.operations.ResolveCase.response.is({ initialCaseStatus: 'pending-customer-action', finalCaseStatus: 'resolved' })   // true
\`\`\`
@see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_ResolveCase.html`,
  },
}
