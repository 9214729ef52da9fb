import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseRecords } from '../../../src/parse/parse-records.js'
import { support } from '../../../src/aws/support/index.js'
import { repoRoot } from '../../support/corpus.js'

const readSeed = (file: string): string => readFileSync(join(repoRoot, 'test', 'events', 'seed', file), 'utf8')

// The two records of the AWS Support CloudTrail page, as printed there. Their
// printed values are asserted field by field in test/parse/parse-records-seed.test.ts;
// here they must come back as their typed operations, unchanged.
describe('the records of the AWS Support CloudTrail documentation page', () => {
  it('decodes the CreateCase example as a CreateCase event with the printed typed values', () => {
    const text = readSeed('create-case.json')
    const { records, issues } = parseRecords(text, { services: [support] })
    expect(issues).toStrictEqual([])
    expect(records).toStrictEqual([JSON.parse(text)])
    const event = records[0]
    expect(support.is(event) && event.eventName === 'CreateCase').toBe(true)
    if (!support.operations.CreateCase.is(event)) throw new Error('not a CreateCase event')
    expect(event.requestParameters).toStrictEqual({
      severityCode: 'low',
      categoryCode: 'other',
      language: 'en',
      serviceCode: 'support-api',
      issueType: 'technical',
    })
    expect(event.requestParameters?.subject).toBeUndefined()
    expect(event.responseElements?.caseId).toBe('case-111122223333-muen-2016-c3f2077e504940f2')
  })

  it('decodes the same record inside a log file, as the page prints it', () => {
    const record: unknown = JSON.parse(readSeed('create-case.json'))
    const { records, issues } = parseRecords({ Records: [record] }, { services: [support] })
    expect(issues).toStrictEqual([])
    expect(records).toStrictEqual([record])
    expect(support.operations.CreateCase.is(records[0])).toBe(true)
  })

  it('decodes the RefreshTrustedAdvisorCheck example as that event, with a null response', () => {
    const text = readSeed('refresh-trusted-advisor-check.json')
    const { records, issues } = parseRecords(text, { services: [support] })
    expect(issues).toStrictEqual([])
    expect(records).toStrictEqual([JSON.parse(text)])
    const event = records[0]
    expect(support.is(event) && event.eventName === 'RefreshTrustedAdvisorCheck').toBe(true)
    if (!support.operations.RefreshTrustedAdvisorCheck.is(event)) throw new Error('not a RefreshTrustedAdvisorCheck event')
    expect(event.requestParameters?.checkId).toBe('Pfx0RwqBli')
    expect(event.responseElements).toBeNull()
  })
})
