import { describe, expect, it } from 'vitest'
import {
  CaseLanguage,
  CaseStatus,
  CommunicationType,
  IssueType,
  LanguageAvailability,
  SeverityCode,
  SeverityLevelName,
  TrustedAdvisorCheckStatus,
  TrustedAdvisorLanguage,
  TrustedAdvisorRefreshStatus,
  isKnownCaseLanguage,
  isKnownCaseStatus,
  isKnownCommunicationType,
  isKnownIssueType,
  isKnownLanguageAvailability,
  isKnownSeverityCode,
  isKnownSeverityLevelName,
  isKnownTrustedAdvisorCheckStatus,
  isKnownTrustedAdvisorLanguage,
  isKnownTrustedAdvisorRefreshStatus,
  support,
} from '../../../src/aws/support/index.js'
import { readSupportFixture } from './fixtures.js'

/** What the test needs of an open value list codec. */
interface ValueList {
  readonly name: string
  readonly values: ReadonlyArray<string>
  readonly decode: (u: unknown) => unknown
  readonly is: (u: unknown) => boolean
}

const lists: ReadonlyArray<readonly [ValueList, (value: string) => boolean, ReadonlyArray<string>]> = [
  [SeverityCode, isKnownSeverityCode, ['low', 'normal', 'high', 'urgent', 'critical']],
  [
    SeverityLevelName,
    isKnownSeverityLevelName,
    [
      'General guidance',
      'System impaired',
      'Production system impaired',
      'Production system down',
      'Business-critical system down',
    ],
  ],
  [CaseLanguage, isKnownCaseLanguage, ['en', 'ja', 'zh', 'ko']],
  [
    TrustedAdvisorLanguage,
    isKnownTrustedAdvisorLanguage,
    ['zh', 'zh_TW', 'en', 'fr', 'de', 'id', 'it', 'ja', 'ko', 'pt_BR', 'es'],
  ],
  [IssueType, isKnownIssueType, ['customer-service', 'technical']],
  [
    CaseStatus,
    isKnownCaseStatus,
    [
      'all-open',
      'customer-action-completed',
      'opened',
      'pending-customer-action',
      'reopened',
      'resolved',
      'unassigned',
      'work-in-progress',
    ],
  ],
  [TrustedAdvisorCheckStatus, isKnownTrustedAdvisorCheckStatus, ['ok', 'warning', 'error', 'not_available']],
  [
    TrustedAdvisorRefreshStatus,
    isKnownTrustedAdvisorRefreshStatus,
    ['none', 'enqueued', 'processing', 'success', 'abandoned'],
  ],
  [LanguageAvailability, isKnownLanguageAvailability, ['available', 'best_effort', 'unavailable']],
  [CommunicationType, isKnownCommunicationType, ['chat', 'web', 'call']],
]

describe.each(lists.map(([codec, guard, values]) => [codec.name, codec, guard, values] as const))(
  '%s',
  (_name, codec, isKnown, values) => {
    it('documents the listed values and its isKnown guard accepts exactly those', () => {
      expect(codec.values).toStrictEqual(values)
      for (const value of values) expect(isKnown(value)).toBe(true)
      expect(isKnown('a-value-aws-adds-later')).toBe(false)
      expect(isKnown(values[0]!.toUpperCase() + '!')).toBe(false)
    })

    it('decodes any other string unchanged and rejects non-strings', () => {
      expect(codec.decode('a-value-aws-adds-later')).toStrictEqual({ _tag: 'Right', right: 'a-value-aws-adds-later' })
      expect(codec.is(1)).toBe(false)
      expect(codec.is(null)).toBe(false)
    })
  },
)

describe('an undocumented case status in a record', () => {
  it('still decodes as the operation, and is told apart by isKnownCaseStatus', () => {
    const record = JSON.parse(readSupportFixture('resolve-case.success.json')) as {
      responseElements: { initialCaseStatus: string }
    }
    record.responseElements.initialCaseStatus = 'awaiting-third-party'
    expect(support.operations.ResolveCase.is(record)).toBe(true)
    expect(isKnownCaseStatus(record.responseElements.initialCaseStatus)).toBe(false)
  })
})
