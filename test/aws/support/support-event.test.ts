import { describe, expect, it } from 'vitest'
import { awsServices } from '../../../src/aws/index.js'
import { support } from '../../../src/aws/support/index.js'
import type { SupportEvent } from '../../../src/aws/support/index.js'
import { problemsOf } from '../../../src/errors/report.js'
import { readSupportFixture } from './fixtures.js'

describe('support.event, the codec of any Support API record', () => {
  it('decodes a record of any of its operations to the very object it was given', () => {
    for (const file of ['create-case.success.json', 'describe-trusted-advisor-checks.failed.json']) {
      const record: unknown = JSON.parse(readSupportFixture(file))
      const result = support.event.decode(record)
      expect(result).toStrictEqual({ _tag: 'Right', right: record })
      if (result._tag === 'Right') expect(result.right).toBe(record)
      expect(support.event.encode(record as SupportEvent)).toBe(record)
    }
  })

  it('rejects records of other event sources or unknown event names, and values that are not records', () => {
    const record = JSON.parse(readSupportFixture('resolve-case.success.json')) as Record<string, unknown>
    for (const value of [
      { ...record, eventSource: 'supportapp.amazonaws.com' },
      { ...record, eventName: 'DeleteCase' },
      { ...record, eventName: 7 },
      null,
      'ResolveCase',
    ]) {
      expect(support.event.decode(value)._tag).toBe('Left')
      expect(support.is(value)).toBe(false)
      expect(awsServices.some((service) => service.is(value))).toBe(false)
    }
  })

  it("names the mismatching member of the operation's codec", () => {
    const record = JSON.parse(readSupportFixture('resolve-case.success.json')) as Record<string, unknown>
    record['responseElements'] = { initialCaseStatus: 'unassigned', finalCaseStatus: false }
    const result = support.event.decode(record)
    expect(result._tag).toBe('Left')
    if (result._tag === 'Left') {
      expect(problemsOf(result.left).map((p) => p.path)).toStrictEqual(['$.responseElements.finalCaseStatus'])
    }
  })
})
