/**
 * The payload shapes of the AWS Support and Trusted Advisor operations that
 * the benchmark's Zod and Ajv schemas check, written once as data so that both
 * peers check exactly the same thing. They follow the AWS Support API model
 * (2013-04-15) and the documented Trusted Advisor console samples, as the
 * library's operation codecs do: every member optional, objects open (extra
 * keys kept), `requestParameters` and `responseElements` nullable.
 */

/** A payload shape: a primitive, a list of one shape, or an open object whose members are all optional. */
export type Shape = 'string' | 'number' | 'boolean' | readonly [Shape] | { readonly [key: string]: Shape }

/** The shapes of one operation's `requestParameters` and `responseElements`. */
export interface OperationShape {
  readonly eventSource: string
  readonly eventName: string
  readonly request: Shape
  readonly response: Shape
}

const attachment = { fileName: 'string', data: 'string' } as const
const communication = {
  caseId: 'string',
  body: 'string',
  submittedBy: 'string',
  timeCreated: 'string',
  attachmentSet: [{ attachmentId: 'string', fileName: 'string' }],
} as const
const resourcesSummary = {
  resourcesProcessed: 'number',
  resourcesFlagged: 'number',
  resourcesIgnored: 'number',
  resourcesSuppressed: 'number',
} as const
const categorySpecificSummary = {
  costOptimizing: { estimatedMonthlySavings: 'number', estimatedPercentMonthlySavings: 'number' },
} as const
const refreshStatus = { checkId: 'string', status: 'string', millisUntilNextRefreshable: 'number' } as const

const support = (eventName: string, request: Shape, response: Shape): OperationShape => ({
  eventSource: 'support.amazonaws.com',
  eventName,
  request,
  response,
})
const trustedAdvisor = (eventName: string, request: Shape, response: Shape): OperationShape => ({
  eventSource: 'trustedadvisor.amazonaws.com',
  eventName,
  request,
  response,
})

/** The operations the peers type: the 16 of the AWS Support API and the Trusted Advisor console actions with documented shapes. */
export const operationShapes: ReadonlyArray<OperationShape> = [
  support('AddAttachmentsToSet', { attachmentSetId: 'string', attachments: [attachment] }, { attachmentSetId: 'string', expiryTime: 'string' }),
  support(
    'AddCommunicationToCase',
    { caseId: 'string', communicationBody: 'string', ccEmailAddresses: ['string'], attachmentSetId: 'string' },
    { result: 'boolean' },
  ),
  support(
    'CreateCase',
    {
      subject: 'string',
      serviceCode: 'string',
      severityCode: 'string',
      categoryCode: 'string',
      communicationBody: 'string',
      ccEmailAddresses: ['string'],
      language: 'string',
      issueType: 'string',
      attachmentSetId: 'string',
    },
    { caseId: 'string' },
  ),
  support('DescribeAttachment', { attachmentId: 'string' }, { attachment }),
  support(
    'DescribeCases',
    {
      caseIdList: ['string'],
      displayId: 'string',
      afterTime: 'string',
      beforeTime: 'string',
      includeResolvedCases: 'boolean',
      nextToken: 'string',
      maxResults: 'number',
      language: 'string',
      includeCommunications: 'boolean',
    },
    {
      cases: [
        {
          caseId: 'string',
          displayId: 'string',
          subject: 'string',
          status: 'string',
          serviceCode: 'string',
          categoryCode: 'string',
          severityCode: 'string',
          submittedBy: 'string',
          timeCreated: 'string',
          recentCommunications: { communications: [communication], nextToken: 'string' },
          ccEmailAddresses: ['string'],
          language: 'string',
        },
      ],
      nextToken: 'string',
    },
  ),
  support(
    'DescribeCommunications',
    { caseId: 'string', beforeTime: 'string', afterTime: 'string', nextToken: 'string', maxResults: 'number' },
    { communications: [communication], nextToken: 'string' },
  ),
  support(
    'DescribeCreateCaseOptions',
    { issueType: 'string', serviceCode: 'string', language: 'string', categoryCode: 'string' },
    {
      languageAvailability: 'string',
      communicationTypes: [
        {
          type: 'string',
          supportedHours: [{ startTime: 'string', endTime: 'string' }],
          datesWithoutSupport: [{ startDateTime: 'string', endDateTime: 'string' }],
        },
      ],
    },
  ),
  support(
    'DescribeServices',
    { serviceCodeList: ['string'], language: 'string' },
    { services: [{ code: 'string', name: 'string', categories: [{ code: 'string', name: 'string' }] }] },
  ),
  support('DescribeSeverityLevels', { language: 'string' }, { severityLevels: [{ code: 'string', name: 'string' }] }),
  support(
    'DescribeSupportedLanguages',
    { issueType: 'string', serviceCode: 'string', categoryCode: 'string' },
    { supportedLanguages: [{ code: 'string', language: 'string', display: 'string' }] },
  ),
  support('DescribeTrustedAdvisorCheckRefreshStatuses', { checkIds: ['string'] }, { statuses: [refreshStatus] }),
  support(
    'DescribeTrustedAdvisorCheckResult',
    { checkId: 'string', language: 'string' },
    {
      result: {
        checkId: 'string',
        timestamp: 'string',
        status: 'string',
        resourcesSummary,
        categorySpecificSummary,
        flaggedResources: [
          { status: 'string', region: 'string', resourceId: 'string', isSuppressed: 'boolean', metadata: ['string'] },
        ],
      },
    },
  ),
  support(
    'DescribeTrustedAdvisorCheckSummaries',
    { checkIds: ['string'] },
    {
      summaries: [
        {
          checkId: 'string',
          timestamp: 'string',
          status: 'string',
          hasFlaggedResources: 'boolean',
          resourcesSummary,
          categorySpecificSummary,
        },
      ],
    },
  ),
  support(
    'DescribeTrustedAdvisorChecks',
    { language: 'string' },
    { checks: [{ id: 'string', name: 'string', description: 'string', category: 'string', metadata: ['string'] }] },
  ),
  support('RefreshTrustedAdvisorCheck', { checkId: 'string' }, { status: refreshStatus }),
  support('ResolveCase', { caseId: 'string' }, { initialCaseStatus: 'string', finalCaseStatus: 'string' }),
  trustedAdvisor('RefreshCheck', { checkId: 'string' }, { status: refreshStatus }),
  trustedAdvisor(
    'GenerateReport',
    {
      refresh: 'boolean',
      includeSuppressedResources: 'boolean',
      language: 'string',
      format: 'string',
      name: 'string',
      preference: {
        accounts: ['string'],
        organizationalUnitIds: ['string'],
        preferenceName: 'string',
        format: 'string',
        language: 'string',
      },
    },
    { status: 'string' },
  ),
  trustedAdvisor(
    'UpdateNotificationPreferences',
    { contacts: [{ id: 'string', type: 'string', active: 'boolean' }], language: 'string' },
    {},
  ),
]
