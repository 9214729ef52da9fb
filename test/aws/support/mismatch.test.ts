import { describe, expect, it } from 'vitest'
import { parseRecords } from '../../../src/parse/parse-records.js'
import { support } from '../../../src/aws/support/index.js'
import { readSupportFixture } from './fixtures.js'

function createCaseWithNumericCaseId(): Record<string, unknown> {
  const record = JSON.parse(readSupportFixture('create-case.success.json')) as Record<string, unknown>
  record['responseElements'] = { caseId: 1234567890 }
  return record
}

describe('a CreateCase record whose responseElements.caseId is a number (AWS changed the shape)', () => {
  it('is an operation issue by default, naming $.responseElements.caseId and keeping the raw record', () => {
    const raw = createCaseWithNumericCaseId()
    const { records, issues } = parseRecords({ Records: [raw] }, { services: [support] })
    expect(records).toStrictEqual([])
    expect(issues).toHaveLength(1)
    const issue = issues[0]!
    expect(issue.kind).toBe('operation')
    expect(issue.index).toBe(0)
    expect(issue.path).toBe('$.responseElements.caseId')
    expect(issue.expected).toBe('string')
    expect(issue.found).toContain('1234567890')
    expect(issue.problems.map((p) => p.path)).toStrictEqual(['$.responseElements.caseId'])
    expect(issue.message).toContain('$.responseElements.caseId')
    expect(issue.message).toContain('CreateCase')
    expect(issue.raw).toBe(raw)
  })

  it("comes back as a generic record with onOperationMismatch: 'generic', and the guards reject it", () => {
    const raw = createCaseWithNumericCaseId()
    const { records, issues } = parseRecords({ Records: [raw] }, { services: [support], onOperationMismatch: 'generic' })
    expect(issues).toStrictEqual([])
    expect(records).toHaveLength(1)
    expect(records[0]).toBe(raw)
    expect(support.operations.CreateCase.is(records[0])).toBe(false)
    expect(support.is(records[0])).toBe(false)
  })

  it('is a plain record with no issue when parseRecords is not given the service (no payload is checked)', () => {
    const raw = createCaseWithNumericCaseId()
    const { records, issues } = parseRecords({ Records: [raw] })
    expect(issues).toStrictEqual([])
    expect(records).toHaveLength(1)
    expect(records[0]).toBe(raw)
    expect(support.operations.CreateCase.is(records[0])).toBe(false)
    expect(support.is(records[0])).toBe(false)
  })

  it('does not cost the other records of the input', () => {
    const good: unknown = JSON.parse(readSupportFixture('create-case.success.json'))
    const { records, issues } = parseRecords({ Records: [good, createCaseWithNumericCaseId(), good] }, { services: [support] })
    expect(records).toHaveLength(2)
    expect(issues.map((i) => i.index)).toStrictEqual([1])
  })

  it('reports a wrong nested member by its full path', () => {
    const raw = JSON.parse(readSupportFixture('describe-cases.success.json')) as {
      responseElements: { cases: Array<{ recentCommunications: { communications: Array<Record<string, unknown>> } }> }
    }
    raw.responseElements.cases[0]!.recentCommunications.communications[1]!['attachmentSet'] = 'none'
    const { issues } = parseRecords(raw, { services: [support] })
    expect(issues.map((i) => [i.kind, i.path])).toStrictEqual([
      ['operation', '$.responseElements.cases[0].recentCommunications.communications[1].attachmentSet'],
    ])
  })
})
