import * as t from 'io-ts'
import { describe, expect, it } from 'vitest'
import { parseRecords } from '../../../src/parse/parse-records.js'
import {
  isKnownNotificationPreferenceContactId,
  isKnownRecommendationLanguage,
  isKnownRecommendationLifecycleStage,
  isKnownRecommendationPillar,
  isKnownRecommendationSource,
  isKnownRecommendationStatus,
  isKnownRecommendationUpdateReasonCode,
  trustedAdvisor,
} from '../../../src/aws/trustedadvisor/index.js'
import { fixtureRecords } from './service-suite.js'

const services = [trustedAdvisor]
const { GetOrganizationRecommendation, GetRecommendation, ListRecommendations, UpdateRecommendationLifecycle } =
  trustedAdvisor.operations

const HIDDEN = 'HIDDEN_DUE_TO_SECURITY_REASONS'

describe('Trusted Advisor console actions without a public shape', () => {
  it('are the 23 actions the spec marks shapeKnown: false, typed `unknown` both ways', () => {
    const unknownShape = Object.values(trustedAdvisor.operations).filter((op) => op.request === t.unknown)
    expect(unknownShape.map((op) => op.eventName)).toHaveLength(23)
    for (const op of unknownShape) expect(op.response).toBe(t.unknown)
    expect(unknownShape.map((op) => op.eventName)).not.toContain('RefreshCheck')
    expect(unknownShape.map((op) => op.eventName)).not.toContain('ListChecks')
  })

  it.each([
    ['an object', { checkId: 'Qch7DwouX1', items: [{ id: 'i-1', excluded: true }] }],
    ['an array', ['Qch7DwouX1', 'HCP4007jGY']],
    ['a string', HIDDEN],
    ['a number', 3],
  ] as const)('keep %s in requestParameters and responseElements, untouched', (_kind, payload) => {
    const [success] = fixtureRecords('trustedadvisor', 'ExcludeCheckItems')
    const record = { ...success, requestParameters: payload, responseElements: payload }
    const { records, issues } = parseRecords(record, { services })
    expect(issues).toStrictEqual([])
    expect(records[0]).toBe(record)
    expect(trustedAdvisor.is(records[0])).toBe(true)
    expect((records[0] as { requestParameters?: unknown }).requestParameters).toBe(payload)
  })
})

describe('timestamps of the Trusted Advisor API (2022-09-15)', () => {
  it('decode as ISO 8601 strings or epoch numbers, kept as they came', () => {
    expect(
      ListRecommendations.response.is({
        recommendationSummaries: [{ createdAt: '2024-01-10T11:04:21.114Z', lastUpdatedAt: 1709590509.502 }],
      }),
    ).toBe(true)
    expect(ListRecommendations.request.is({ afterLastUpdatedAt: 1706745600, beforeLastUpdatedAt: '2024-03-05' })).toBe(
      true,
    )
    const [success] = fixtureRecords('trustedadvisor', 'ListOrganizationRecommendations')
    const { records } = parseRecords(success, { services })
    const summaries = (records[0] as { responseElements: { organizationRecommendationSummaries: unknown[] } })
      .responseElements.organizationRecommendationSummaries
    expect(summaries[0]).toMatchObject({ createdAt: 1706776200, lastUpdatedAt: 1709590509.502 })
  })

  it('reject values that are neither', () => {
    expect(ListRecommendations.response.is({ recommendationSummaries: [{ createdAt: true }] })).toBe(false)
    expect(GetRecommendation.response.is({ recommendation: { resolvedAt: { seconds: 1 } } })).toBe(false)
  })
})

describe('open enumerations of the Trusted Advisor API', () => {
  it.each([
    ['pillar', isKnownRecommendationPillar, 'security', 'sustainability'],
    ['source', isKnownRecommendationSource, 'cost_optimization_hub', 'resource_explorer'],
    ['status', isKnownRecommendationStatus, 'warning', 'not_available'],
    ['lifecycle stage', isKnownRecommendationLifecycleStage, 'pending_response', 'archived'],
    ['update reason code', isKnownRecommendationUpdateReasonCode, 'valid_business_case', 'duplicate'],
    ['language', isKnownRecommendationLanguage, 'zh_TW', 'pt_PT'],
    ['notification contact', isKnownNotificationPreferenceContactId, 'operational', 'finance'],
  ] as const)('%s: a documented value is known, a new one still decodes but is not known', (_name, isKnown, known, fresh) => {
    expect(isKnown(known)).toBe(true)
    expect(isKnown(fresh)).toBe(false)
  })

  it('let a record with values AWS has not documented yet through, unchanged', () => {
    const [success] = fixtureRecords('trustedadvisor', 'ListRecommendations')
    const record = {
      ...success,
      requestParameters: { pillar: 'sustainability', source: 'resource_explorer', language: 'pt_PT' },
    }
    const { records, issues } = parseRecords(record, { services })
    expect(issues).toStrictEqual([])
    expect(records[0]).toBe(record)
    expect(trustedAdvisor.event.is(records[0])).toBe(true)
    expect(trustedAdvisor.is(records[0])).toBe(true)
  })
})

describe('redaction of updateReason (sensitive in the 2022-09-15 model)', () => {
  it('accepts HIDDEN_DUE_TO_SECURITY_REASONS in requests, responses and lifecycle summaries', () => {
    expect(UpdateRecommendationLifecycle.request.is({ lifecycleStage: 'dismissed', updateReason: HIDDEN })).toBe(true)
    expect(GetOrganizationRecommendation.response.is({ organizationRecommendation: { updateReason: HIDDEN } })).toBe(
      true,
    )
    const [success] = fixtureRecords('trustedadvisor', 'UpdateRecommendationLifecycle')
    expect((success as { requestParameters: { updateReason: string } }).requestParameters.updateReason).toBe(HIDDEN)
    expect(UpdateRecommendationLifecycle.is(parseRecords(success, { services }).records[0])).toBe(true)
  })

  it('does not stand in for a structure the model does not mark sensitive', () => {
    expect(GetOrganizationRecommendation.response.is({ organizationRecommendation: HIDDEN })).toBe(false)
  })
})

describe('a RefreshCheck record whose millisUntilNextRefreshable is a string (AWS changed the shape)', () => {
  function changedRecord(): Record<string, unknown> {
    const [success] = fixtureRecords('trustedadvisor', 'RefreshCheck')
    return { ...success, responseElements: { status: { checkId: 'Qch7DwouX1', millisUntilNextRefreshable: 'soon' } } }
  }

  it('is an operation issue naming the member, and keeps the raw record', () => {
    const raw = changedRecord()
    const { records, issues } = parseRecords({ Records: [raw] }, { services })
    expect(records).toStrictEqual([])
    expect(issues.map((issue) => [issue.kind, issue.path, issue.expected])).toStrictEqual([
      ['operation', '$.responseElements.status.millisUntilNextRefreshable', 'number'],
    ])
    expect(issues[0]!.raw).toBe(raw)
  })

  it('is a plain record, with no issue, when the service is not passed to parseRecords', () => {
    const raw = changedRecord()
    const { records, issues } = parseRecords({ Records: [raw] })
    expect(issues).toStrictEqual([])
    expect(records).toStrictEqual([raw])
    expect(records[0]).toBe(raw)
    expect(trustedAdvisor.operations.RefreshCheck.is(records[0])).toBe(false)
    expect(trustedAdvisor.is(records[0])).toBe(false)
  })

  it("is a generic record with onOperationMismatch: 'generic', and the guards reject it", () => {
    const raw = changedRecord()
    const { records, issues } = parseRecords(raw, { services, onOperationMismatch: 'generic' })
    expect(issues).toStrictEqual([])
    expect(records[0]).toBe(raw)
    expect(trustedAdvisor.operations.RefreshCheck.is(records[0])).toBe(false)
    expect(trustedAdvisor.is(records[0])).toBe(false)
  })
})

describe('keys the codecs do not name', () => {
  it('pass through a typed request and round-trip', () => {
    const [success] = fixtureRecords('trustedadvisor', 'ListChecks')
    const record = { ...success, requestParameters: { pillar: 'security', includeRetired: true } }
    const { records, issues } = parseRecords(record, { services })
    expect(issues).toStrictEqual([])
    expect(records[0]).toBe(record)
    if (!trustedAdvisor.is(record)) throw new Error('the record should be a Trusted Advisor event')
    expect(trustedAdvisor.event.encode(record)).toStrictEqual({
      ...success,
      requestParameters: { pillar: 'security', includeRetired: true },
    })
  })
})

describe('names logged by Trusted Advisor that the spec lists as unverified', () => {
  it('decode as generic records, not as Trusted Advisor events', () => {
    const [success] = fixtureRecords('trustedadvisor', 'DescribeChecks')
    const record = { ...success, eventName: 'CreateEngagement', requestParameters: { engagementType: 'x' } }
    const { records, issues } = parseRecords(record, { services })
    expect(issues).toStrictEqual([])
    expect(records[0]).toBe(record)
    expect(trustedAdvisor.is(records[0])).toBe(false)
  })
})
