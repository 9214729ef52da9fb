import { fc, test as fcTest } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { trustedAdvisorActivity } from '../../src/audit/index.js'
import type { TrustedAdvisorActivity } from '../../src/audit/index.js'
import { describeCaller } from '../../src/identity/index.js'
import { alice, ciBot, record, root, scrambled } from './fixtures.js'

const TA = 'trustedadvisor.amazonaws.com'
const SUPPORT = 'support.amazonaws.com'
const rec = 'arn:aws:trustedadvisor::111122223333:recommendation/55fa4d2e-bbb7-491a-833b-5773e9589578'
const res1 = 'arn:aws:trustedadvisor::111122223333:recommendation-resource/55fa4d2e-bbb7-491a-833b-5773e9589578/aaaa1111'
const res2 = 'arn:aws:trustedadvisor::111122223333:recommendation-resource/55fa4d2e-bbb7-491a-833b-5773e9589578/bbbb2222'
const res3 = 'arn:aws:trustedadvisor::111122223333:recommendation-resource/66ab5e3f-ccc8-4a2b-944c-6884f0690689/cccc3333'
const rec3 = 'arn:aws:trustedadvisor::111122223333:recommendation/66ab5e3f-ccc8-4a2b-944c-6884f0690689'
const orgRec = 'arn:aws:trustedadvisor:::organization-recommendation/9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d'

const t01 = record({ id: 't01', time: '08:30:00', who: ciBot, name: 'RefreshTrustedAdvisorCheck', request: { checkId: 'Pfx0RwqBli' } })
const t02 = record({
  id: 't02', time: '08:30:01', who: ciBot, name: 'RefreshTrustedAdvisorCheck', request: { checkId: 'Qch7DwouX1' },
  error: 'InvalidParameterValue',
})
const t03 = record({
  id: 't03', time: '08:31:00', who: ciBot, name: 'DescribeTrustedAdvisorCheckResult', request: { checkId: 'Pfx0RwqBli', language: 'en' },
})
const t04 = record({
  id: 't04', time: '08:32:00', who: ciBot, name: 'DescribeTrustedAdvisorCheckSummaries', request: { checkIds: ['Pfx0RwqBli', 'HCP4007jGY'] },
})
const t05 = record({
  id: 't05', time: '09:00:00', who: alice, source: TA, name: 'RefreshCheck', request: { checkId: 'Pfx0RwqBli' },
  response: { status: { checkId: 'Pfx0RwqBli', status: 'enqueued', millisUntilNextRefreshable: 3599993 } },
})
const t06 = record({ id: 't06', time: '09:01:00', who: alice, source: TA, name: 'DescribeCheckItems', request: { checkId: 'Pfx0RwqBli' } })
const t07 = record({
  id: 't07', time: '09:02:00', who: alice, source: TA, name: 'ExcludeCheckItems', request: { checkId: 'Pfx0RwqBli', items: ['sg-1'] },
})
const t08 = record({ id: 't08', time: '09:03:00', who: alice, source: TA, name: 'IncludeCheckItems', request: { checkId: 'Pfx0RwqBli' } })
const t09 = record({ id: 't09', time: '09:04:00', who: alice, source: TA, name: 'DescribeCheckSummaries', request: { checkIds: ['HCP4007jGY'] } })
const t10 = record({ id: 't10', time: '10:00:00', who: root, source: TA, name: 'SetOrganizationAccess', request: { enabled: true } })
const t11 = record({
  id: 't11', time: '10:01:00', who: root, source: TA, name: 'UpdateNotificationPreferences',
  request: { contacts: [{ id: 'security', type: 'email', active: true }], language: 'en' },
})
const t12 = record({
  id: 't12', time: '10:02:00', who: root, source: TA, name: 'UpdateOrganizationRecommendationLifecycle',
  request: { organizationRecommendationIdentifier: orgRec, lifecycleStage: 'in_progress', updateReasonCode: 'valid_business_case' },
})
const t13 = record({
  id: 't13', time: '11:00:00', who: alice, source: TA, name: 'UpdateRecommendationLifecycle',
  request: { recommendationIdentifier: rec, lifecycleStage: 'dismissed', updateReasonCode: 'not_applicable', updateReason: 'HIDDEN_DUE_TO_SECURITY_REASONS' },
})
const t14 = record({
  id: 't14', time: '11:01:00', who: alice, source: TA, name: 'BatchUpdateRecommendationResourceExclusion',
  request: {
    recommendationResourceExclusions: [
      { arn: res1, isExcluded: true },
      { arn: res2, isExcluded: false },
      { arn: res3, isExcluded: true },
    ],
  },
  response: { batchUpdateRecommendationResourceExclusionErrors: [{ arn: res3, errorCode: 'ValidationException' }] },
})
const t15 = record({ id: 't15', time: '11:02:00', who: alice, source: TA, name: 'GetRecommendation', request: { recommendationIdentifier: rec } })
const t16 = record({ id: 't16', time: '11:03:00', who: ciBot, name: 'DescribeTrustedAdvisorChecks', error: 'AccessDenied' })
const t17 = record({ id: 't17', time: '11:04:00', who: ciBot, source: TA, name: 'SetAccountAccess', error: 'AccessDeniedException' })
const t18 = record({
  id: 't18', time: '11:05:00', who: ciBot, source: TA, name: 'BatchUpdateRecommendationResourceExclusion',
  request: { recommendationResourceExclusions: [{ arn: res3, isExcluded: true }] }, error: 'ConflictException',
})

/** Records that must change nothing: other calls, refresh-status reads, generic records, non-records. */
const noise: unknown[] = [
  record({ id: 'n1', time: '08:33:00', who: ciBot, name: 'DescribeTrustedAdvisorCheckRefreshStatuses', request: { checkIds: ['Pfx0RwqBli'] } }),
  record({ id: 'n2', time: '08:34:00', who: ciBot, name: 'DescribeTrustedAdvisorChecks', request: { language: 'en' } }),
  record({ id: 'n3', time: '08:35:00', who: ciBot, name: 'CreateCase', response: { caseId: 'case-111122223333-muen-2026-aaaaaaaaaaaaaaaa' } }),
  record({ id: 'n4', time: '08:36:00', who: alice, source: TA, name: 'DescribeAccount' }),
  record({ id: 'n5', time: '08:37:00', who: alice, source: 'ec2.amazonaws.com', name: 'RefreshCheck', request: { checkId: 'Pfx0RwqBli' } }),
  // A RefreshCheck whose payload does not match its operation: the sound guard rejects it.
  record({ id: 'n6', time: '08:38:00', who: alice, source: TA, name: 'RefreshCheck', request: { checkId: 42 } }),
  undefined,
  [t01],
]

const events = [t01, t02, t03, t04, t05, t06, t07, t08, t09, t10, t11, t12, t13, t14, t15, t16, t17, t18]

function call(r: Record<string, unknown>) {
  return {
    eventTime: r['eventTime'] as string,
    eventSource: r['eventSource'] as string,
    eventName: r['eventName'] as string,
    eventId: r['eventID'] as string,
    caller: describeCaller(r),
  }
}

function failed(r: Record<string, unknown>) {
  return { kind: 'failed' as const, ...call(r), errorCode: r['errorCode'] as string, errorMessage: r['errorMessage'] as string }
}

const refresh01 = { kind: 'refresh' as const, ...call(t01), status: undefined }
const read03 = { kind: 'result-read' as const, ...call(t03) }
const read04 = { kind: 'result-read' as const, ...call(t04) }
const refresh05 = { kind: 'refresh' as const, ...call(t05), status: 'enqueued' }
const read06 = { kind: 'result-read' as const, ...call(t06) }
const exclusion07 = { kind: 'exclusion' as const, ...call(t07), resourceArns: [] }
const inclusion08 = { kind: 'inclusion' as const, ...call(t08), resourceArns: [] }
const read09 = { kind: 'result-read' as const, ...call(t09) }
const lifecycle13 = { kind: 'lifecycle' as const, ...call(t13), lifecycleStage: 'dismissed', updateReasonCode: 'not_applicable' }
const exclusion14 = { kind: 'exclusion' as const, ...call(t14), resourceArns: [res1] }
const inclusion14 = { kind: 'inclusion' as const, ...call(t14), resourceArns: [res2] }
const read15 = { kind: 'result-read' as const, ...call(t15) }

const expected: TrustedAdvisorActivity = {
  checks: [
    {
      checkId: 'HCP4007jGY',
      refreshes: [],
      resultReads: [read04, read09],
      exclusions: [],
      inclusions: [],
      failedCalls: [],
      timeline: [read04, read09],
    },
    {
      checkId: 'Pfx0RwqBli',
      refreshes: [refresh01, refresh05],
      resultReads: [read03, read04, read06],
      exclusions: [exclusion07],
      inclusions: [inclusion08],
      failedCalls: [],
      timeline: [refresh01, read03, read04, refresh05, read06, exclusion07, inclusion08],
    },
    {
      checkId: 'Qch7DwouX1',
      refreshes: [],
      resultReads: [],
      exclusions: [],
      inclusions: [],
      failedCalls: [failed(t02)],
      timeline: [failed(t02)],
    },
  ],
  recommendations: [
    {
      recommendationArn: rec,
      lifecycleChanges: [lifecycle13],
      resultReads: [read15],
      exclusions: [exclusion14],
      inclusions: [inclusion14],
      failedCalls: [],
      timeline: [lifecycle13, exclusion14, inclusion14, read15],
    },
    {
      recommendationArn: rec3,
      lifecycleChanges: [],
      resultReads: [],
      exclusions: [],
      inclusions: [],
      failedCalls: [failed(t18)],
      timeline: [failed(t18)],
    },
  ],
  settingsChanges: [
    { kind: 'setting', ...call(t10), scope: 'organization', target: undefined, lifecycleStage: undefined, updateReasonCode: undefined },
    { kind: 'setting', ...call(t11), scope: 'account', target: undefined, lifecycleStage: undefined, updateReasonCode: undefined },
    {
      kind: 'setting', ...call(t12), scope: 'organization', target: orgRec, lifecycleStage: 'in_progress',
      updateReasonCode: 'valid_business_case',
    },
  ],
  failedCalls: [failed(t16), failed(t17)],
}

describe('trustedAdvisorActivity', () => {
  it('gathers refreshes, reads, exclusions and inclusions per check from both event sources, with who and when', () => {
    expect(trustedAdvisorActivity(events)).toStrictEqual(expected)
  })

  it('gives the same activity whatever the input order', () => {
    expect(trustedAdvisorActivity(scrambled(events))).toStrictEqual(expected)
    expect(trustedAdvisorActivity([...events].reverse())).toStrictEqual(expected)
  })

  fcTest.prop([fc.shuffledSubarray(events, { minLength: events.length, maxLength: events.length })], { numRuns: 50 })(
    'gives the same activity for any permutation of the input',
    (permutation) => {
      expect(trustedAdvisorActivity(permutation)).toStrictEqual(expected)
    },
  )

  it('ignores other records and counts a record delivered twice once', () => {
    expect(trustedAdvisorActivity([...noise, ...events, { ...t05 }, t14])).toStrictEqual(expected)
  })

  it('reads the event sources apart: RefreshCheck from support.amazonaws.com is not a Trusted Advisor call', () => {
    const misplaced = record({ id: 'x1', time: '12:00:00', who: ciBot, source: SUPPORT, name: 'RefreshCheck', request: { checkId: 'Pfx0RwqBli' } })
    expect(trustedAdvisorActivity([misplaced])).toStrictEqual({ checks: [], recommendations: [], settingsChanges: [], failedCalls: [] })
  })

  it('leaves a console exclusion without a readable check id to nobody, and a failed one to failedCalls', () => {
    const opaque = record({ id: 'x2', time: '12:00:00', who: alice, source: TA, name: 'ExcludeCheckItems', request: ['sg-1'] })
    const opaqueFailed = record({
      id: 'x3', time: '12:01:00', who: alice, source: TA, name: 'ExcludeCheckItems', request: { checkId: 7 }, error: 'AccessDenied',
    })
    expect(trustedAdvisorActivity([opaque, opaqueFailed])).toStrictEqual({
      checks: [],
      recommendations: [],
      settingsChanges: [],
      failedCalls: [failed(opaqueFailed)],
    })
  })

  it('returns nothing for an empty input', () => {
    expect(trustedAdvisorActivity([])).toStrictEqual({ checks: [], recommendations: [], settingsChanges: [], failedCalls: [] })
  })
})
