import { describe, expectTypeOf, it } from 'vitest'
import type { CloudTrailRecord } from '../../../src/record/record.js'
import type { OpenEnum } from '../../../src/codec/open-enum.js'
import { parseRecords } from '../../../src/parse/parse-records.js'
import type { EventOf } from '../../../src/services/service.js'
import { isKnownSeverityCode, support } from '../../../src/aws/support/index.js'
import type { Attachment, CreateCaseRequest, CreateCaseResponse, SupportEvent } from '../../../src/aws/support/index.js'

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
          expectTypeOf(record.requestParameters?.severityCode).toEqualTypeOf<Severity | undefined>()
          expectTypeOf(record.responseElements?.caseId).toEqualTypeOf<string | undefined>()
          expectTypeOf(record.requestParameters?.ccEmailAddresses).toEqualTypeOf<string[] | undefined>()
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
            | undefined
          >()
          break
        case 'RefreshTrustedAdvisorCheck':
          expectTypeOf(record.responseElements?.status?.millisUntilNextRefreshable).toEqualTypeOf<number | undefined>()
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
        Attachment[] | 'HIDDEN_DUE_TO_SECURITY_REASONS' | undefined
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
    expectTypeOf(event.requestParameters?.severityCode).toEqualTypeOf<Severity | undefined>()
    expectTypeOf(event.responseElements?.caseId).toEqualTypeOf<string | undefined>()
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
