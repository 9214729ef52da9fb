import type * as t from 'io-ts'
import { describe, expectTypeOf, it } from 'vitest'
import type { CloudTrailRecord } from '../../../src/record/record.js'
import type { OpenEnum } from '../../../src/codec/open-enum.js'
import { parseRecords } from '../../../src/parse/parse-records.js'
import type { EventOf } from '../../../src/services/service.js'
import { isKnownSeverityCode, support } from '../../../src/aws/support/index.js'
import type {
  AddAttachmentsToSetRequest,
  AddAttachmentsToSetResponse,
  AddCommunicationToCaseRequest,
  AddCommunicationToCaseResponse,
  Attachment,
  CreateCaseRequest,
  CreateCaseResponse,
  DescribeAttachmentRequest,
  DescribeAttachmentResponse,
  DescribeCasesRequest,
  DescribeCasesResponse,
  DescribeCommunicationsRequest,
  DescribeCommunicationsResponse,
  DescribeCreateCaseOptionsRequest,
  DescribeCreateCaseOptionsResponse,
  DescribeServicesRequest,
  DescribeServicesResponse,
  DescribeSeverityLevelsRequest,
  DescribeSeverityLevelsResponse,
  DescribeSupportedLanguagesRequest,
  DescribeSupportedLanguagesResponse,
  DescribeTrustedAdvisorCheckRefreshStatusesRequest,
  DescribeTrustedAdvisorCheckRefreshStatusesResponse,
  DescribeTrustedAdvisorCheckResultRequest,
  DescribeTrustedAdvisorCheckResultResponse,
  DescribeTrustedAdvisorCheckSummariesRequest,
  DescribeTrustedAdvisorCheckSummariesResponse,
  DescribeTrustedAdvisorChecksRequest,
  DescribeTrustedAdvisorChecksResponse,
  RefreshTrustedAdvisorCheckRequest,
  RefreshTrustedAdvisorCheckResponse,
  ResolveCaseRequest,
  ResolveCaseResponse,
  SeverityCode,
  SupportEvent,
} from '../../../src/aws/support/index.js'

type CreateCaseEvent = SupportEvent<'CreateCase'>

type Severity = OpenEnum<'low' | 'normal' | 'high' | 'urgent' | 'critical'>

declare const record: CloudTrailRecord

describe('narrowing a record with support.is and switch (event.eventName)', () => {
  it('types CreateCase payloads, both of which may be null', () => {
    if (support.is(record)) {
      switch (record.eventName) {
        case 'CreateCase':
          expectTypeOf(record).toEqualTypeOf<CreateCaseEvent>()
          expectTypeOf(record.requestParameters).toEqualTypeOf<CreateCaseRequest | null | undefined>()
          expectTypeOf(record.responseElements).toEqualTypeOf<CreateCaseResponse | null | undefined>()
          expectTypeOf(record.requestParameters?.severityCode).toEqualTypeOf<Severity | null | undefined>()
          expectTypeOf(record.responseElements?.caseId).toEqualTypeOf<string | null | undefined>()
          expectTypeOf(record.requestParameters?.ccEmailAddresses).toEqualTypeOf<(string | null)[] | null | undefined>()
          // @ts-expect-error: CreateCase requests have no caseId
          void record.requestParameters?.caseId
          // @ts-expect-error: the response member is caseId, not caseID
          void record.responseElements?.caseID
          break
        case 'ResolveCase':
          expectTypeOf(record.responseElements?.finalCaseStatus).toEqualTypeOf<
            | OpenEnum<
                | 'all-open'
                | 'customer-action-completed'
                | 'opened'
                | 'pending-customer-action'
                | 'reopened'
                | 'resolved'
                | 'unassigned'
                | 'work-in-progress'
              >
            | null
            | undefined
          >()
          break
        case 'RefreshTrustedAdvisorCheck':
          expectTypeOf(record.responseElements?.status?.millisUntilNextRefreshable).toEqualTypeOf<number | null | undefined>()
          break
        default:
          expectTypeOf(record.eventName).toEqualTypeOf<Exclude<SupportEvent['eventName'], 'CreateCase' | 'ResolveCase' | 'RefreshTrustedAdvisorCheck'>>()
      }
    }
  })

  it('knows the sixteen event names and nothing else', () => {
    expectTypeOf<SupportEvent['eventName']>().toEqualTypeOf<
      | 'AddAttachmentsToSet'
      | 'AddCommunicationToCase'
      | 'CreateCase'
      | 'DescribeAttachment'
      | 'DescribeCases'
      | 'DescribeCommunications'
      | 'DescribeCreateCaseOptions'
      | 'DescribeServices'
      | 'DescribeSeverityLevels'
      | 'DescribeSupportedLanguages'
      | 'DescribeTrustedAdvisorCheckRefreshStatuses'
      | 'DescribeTrustedAdvisorCheckResult'
      | 'DescribeTrustedAdvisorCheckSummaries'
      | 'DescribeTrustedAdvisorChecks'
      | 'RefreshTrustedAdvisorCheck'
      | 'ResolveCase'
    >()
    if (support.is(record)) {
      // @ts-expect-error: not an operation of the Support API
      if (record.eventName === 'DeleteCase') expectTypeOf(record).toBeNever()
    }
  })
})

describe('operation guards and value lists', () => {
  it('support.operations.CreateCase.is narrows unknown values to SupportEvent<\'CreateCase\'>', () => {
    const u: unknown = record
    if (support.operations.CreateCase.is(u)) {
      expectTypeOf(u).toEqualTypeOf<CreateCaseEvent>()
      expectTypeOf(u.eventSource).toEqualTypeOf<'support.amazonaws.com'>()
      expectTypeOf(u.errorCode).toEqualTypeOf<string | null | undefined>()
    }
  })

  it('isKnownSeverityCode narrows an open severity code to the documented values', () => {
    const severity = null as unknown as Severity
    if (isKnownSeverityCode(severity)) {
      expectTypeOf(severity).toEqualTypeOf<'low' | 'normal' | 'high' | 'urgent' | 'critical'>()
    }
  })

  it('types an attachment list that CloudTrail may replace by the redaction marker', () => {
    const u: unknown = record
    if (support.operations.AddAttachmentsToSet.is(u)) {
      expectTypeOf(u.requestParameters?.attachments).toEqualTypeOf<
        (Attachment | null)[] | 'HIDDEN_DUE_TO_SECURITY_REASONS' | null | undefined
      >()
    }
  })
})

describe('the event types of the service and of one operation', () => {
  it('SupportEvent is EventOf<typeof support>, and SupportEvent<X> is EventOf the operation X', () => {
    expectTypeOf<SupportEvent>().toEqualTypeOf<EventOf<typeof support>>()
    expectTypeOf<SupportEvent<'CreateCase'>>().toEqualTypeOf<EventOf<typeof support.operations.CreateCase>>()
    expectTypeOf<SupportEvent<'CreateCase' | 'ResolveCase'>>().toEqualTypeOf<EventOf<typeof support, 'CreateCase' | 'ResolveCase'>>()
    expectTypeOf<SupportEvent<'CreateCase'>['eventName']>().toEqualTypeOf<'CreateCase'>()
    // @ts-expect-error: not an operation of the Support API
    expectTypeOf<SupportEvent<'DeleteCase'>>().toBeNever()
  })

  it('SupportEvent<\'CreateCase\'> types the payloads and rejects wrong members', () => {
    const event = null as unknown as SupportEvent<'CreateCase'>
    expectTypeOf(event.requestParameters?.severityCode).toEqualTypeOf<Severity | null | undefined>()
    expectTypeOf(event.responseElements?.caseId).toEqualTypeOf<string | null | undefined>()
    // @ts-expect-error: CreateCase requests have no caseId
    void event.requestParameters?.caseId
  })
})

describe('records from parseRecords', () => {
  it('do not narrow without a guard, even when the service was passed to check them', () => {
    const { records } = parseRecords('', { services: [support] })
    const first = records[0]
    expectTypeOf(first).toEqualTypeOf<CloudTrailRecord | undefined>()
    if (first !== undefined && 'eventName' in first && first.eventName === 'CreateCase') {
      expectTypeOf(first.requestParameters).toEqualTypeOf<unknown>()
      expectTypeOf(first.responseElements).toEqualTypeOf<unknown>()
      // @ts-expect-error: without support.is or support.operations.CreateCase.is the payload is unknown
      void first.requestParameters?.severityCode
    }
    for (const r of records) {
      if (support.is(r) && r.eventName === 'CreateCase') expectTypeOf(r).toEqualTypeOf<CreateCaseEvent>()
    }
  })
})

describe('the exported payload and value-list types', () => {
  it('are the types of the operations\' request and response codecs (the codecs are no longer exports of their own)', () => {
    expectTypeOf<t.TypeOf<typeof support.operations.AddAttachmentsToSet.request>>().toEqualTypeOf<AddAttachmentsToSetRequest>()
    expectTypeOf<t.TypeOf<typeof support.operations.AddAttachmentsToSet.response>>().toEqualTypeOf<AddAttachmentsToSetResponse>()
    expectTypeOf<t.TypeOf<typeof support.operations.AddCommunicationToCase.request>>().toEqualTypeOf<AddCommunicationToCaseRequest>()
    expectTypeOf<t.TypeOf<typeof support.operations.AddCommunicationToCase.response>>().toEqualTypeOf<AddCommunicationToCaseResponse>()
    expectTypeOf<t.TypeOf<typeof support.operations.CreateCase.request>>().toEqualTypeOf<CreateCaseRequest>()
    expectTypeOf<t.TypeOf<typeof support.operations.CreateCase.response>>().toEqualTypeOf<CreateCaseResponse>()
    expectTypeOf<t.TypeOf<typeof support.operations.DescribeAttachment.request>>().toEqualTypeOf<DescribeAttachmentRequest>()
    expectTypeOf<t.TypeOf<typeof support.operations.DescribeAttachment.response>>().toEqualTypeOf<DescribeAttachmentResponse>()
    expectTypeOf<t.TypeOf<typeof support.operations.DescribeCases.request>>().toEqualTypeOf<DescribeCasesRequest>()
    expectTypeOf<t.TypeOf<typeof support.operations.DescribeCases.response>>().toEqualTypeOf<DescribeCasesResponse>()
    expectTypeOf<t.TypeOf<typeof support.operations.DescribeCommunications.request>>().toEqualTypeOf<DescribeCommunicationsRequest>()
    expectTypeOf<t.TypeOf<typeof support.operations.DescribeCommunications.response>>().toEqualTypeOf<DescribeCommunicationsResponse>()
    expectTypeOf<t.TypeOf<typeof support.operations.DescribeCreateCaseOptions.request>>().toEqualTypeOf<DescribeCreateCaseOptionsRequest>()
    expectTypeOf<t.TypeOf<typeof support.operations.DescribeCreateCaseOptions.response>>().toEqualTypeOf<DescribeCreateCaseOptionsResponse>()
    expectTypeOf<t.TypeOf<typeof support.operations.DescribeServices.request>>().toEqualTypeOf<DescribeServicesRequest>()
    expectTypeOf<t.TypeOf<typeof support.operations.DescribeServices.response>>().toEqualTypeOf<DescribeServicesResponse>()
    expectTypeOf<t.TypeOf<typeof support.operations.DescribeSeverityLevels.request>>().toEqualTypeOf<DescribeSeverityLevelsRequest>()
    expectTypeOf<t.TypeOf<typeof support.operations.DescribeSeverityLevels.response>>().toEqualTypeOf<DescribeSeverityLevelsResponse>()
    expectTypeOf<t.TypeOf<typeof support.operations.DescribeSupportedLanguages.request>>().toEqualTypeOf<DescribeSupportedLanguagesRequest>()
    expectTypeOf<t.TypeOf<typeof support.operations.DescribeSupportedLanguages.response>>().toEqualTypeOf<DescribeSupportedLanguagesResponse>()
    expectTypeOf<t.TypeOf<typeof support.operations.DescribeTrustedAdvisorCheckRefreshStatuses.request>>().toEqualTypeOf<DescribeTrustedAdvisorCheckRefreshStatusesRequest>()
    expectTypeOf<t.TypeOf<typeof support.operations.DescribeTrustedAdvisorCheckRefreshStatuses.response>>().toEqualTypeOf<DescribeTrustedAdvisorCheckRefreshStatusesResponse>()
    expectTypeOf<t.TypeOf<typeof support.operations.DescribeTrustedAdvisorCheckResult.request>>().toEqualTypeOf<DescribeTrustedAdvisorCheckResultRequest>()
    expectTypeOf<t.TypeOf<typeof support.operations.DescribeTrustedAdvisorCheckResult.response>>().toEqualTypeOf<DescribeTrustedAdvisorCheckResultResponse>()
    expectTypeOf<t.TypeOf<typeof support.operations.DescribeTrustedAdvisorCheckSummaries.request>>().toEqualTypeOf<DescribeTrustedAdvisorCheckSummariesRequest>()
    expectTypeOf<t.TypeOf<typeof support.operations.DescribeTrustedAdvisorCheckSummaries.response>>().toEqualTypeOf<DescribeTrustedAdvisorCheckSummariesResponse>()
    expectTypeOf<t.TypeOf<typeof support.operations.DescribeTrustedAdvisorChecks.request>>().toEqualTypeOf<DescribeTrustedAdvisorChecksRequest>()
    expectTypeOf<t.TypeOf<typeof support.operations.DescribeTrustedAdvisorChecks.response>>().toEqualTypeOf<DescribeTrustedAdvisorChecksResponse>()
    expectTypeOf<t.TypeOf<typeof support.operations.RefreshTrustedAdvisorCheck.request>>().toEqualTypeOf<RefreshTrustedAdvisorCheckRequest>()
    expectTypeOf<t.TypeOf<typeof support.operations.RefreshTrustedAdvisorCheck.response>>().toEqualTypeOf<RefreshTrustedAdvisorCheckResponse>()
    expectTypeOf<t.TypeOf<typeof support.operations.ResolveCase.request>>().toEqualTypeOf<ResolveCaseRequest>()
    expectTypeOf<t.TypeOf<typeof support.operations.ResolveCase.response>>().toEqualTypeOf<ResolveCaseResponse>()
  })

  it('types a value list as the open union of its values', () => {
    expectTypeOf<SeverityCode>().toEqualTypeOf<Severity>()
  })
})
