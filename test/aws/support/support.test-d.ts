import { describe, expectTypeOf, it } from 'vitest'
import type { CloudTrailRecord } from '../../../src/record/record.js'
import type { OpenEnum } from '../../../src/codec/open-enum.js'
import {
  isAddAttachmentsToSetEvent,
  isCreateCaseEvent,
  isKnownSeverityCode,
  isSupportEvent,
} from '../../../src/services/support/index.js'
import type {
  Attachment,
  CreateCaseEvent,
  CreateCaseRequest,
  CreateCaseResponse,
  SupportEvent,
} from '../../../src/services/support/index.js'

type Severity = OpenEnum<'low' | 'normal' | 'high' | 'urgent' | 'critical'>

declare const record: CloudTrailRecord

describe('narrowing a record with isSupportEvent and switch (event.eventName)', () => {
  it('types CreateCase payloads, both of which may be null', () => {
    if (isSupportEvent(record)) {
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
    if (isSupportEvent(record)) {
      // @ts-expect-error: not an operation of the Support API
      if (record.eventName === 'DeleteCase') expectTypeOf(record).toBeNever()
    }
  })
})

describe('operation guards and value lists', () => {
  it('isCreateCaseEvent narrows unknown values to CreateCaseEvent', () => {
    const u: unknown = record
    if (isCreateCaseEvent(u)) {
      expectTypeOf(u).toEqualTypeOf<CreateCaseEvent>()
      expectTypeOf(u.eventSource).toEqualTypeOf<'support.amazonaws.com'>()
      expectTypeOf(u.errorCode).toEqualTypeOf<string | undefined>()
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
    if (isAddAttachmentsToSetEvent(u)) {
      expectTypeOf(u.requestParameters?.attachments).toEqualTypeOf<
        Attachment[] | 'HIDDEN_DUE_TO_SECURITY_REASONS' | undefined
      >()
    }
  })
})
