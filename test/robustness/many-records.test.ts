/**
 * 1,000,000 empty records `{}` (200,000 in the test command, to keep within
 * its time budget; the full size under `npm run fuzz`): every one gives a
 * `record` issue with its own index and location, in order, and nothing else
 * breaks.
 */
import { describe, expect, it } from 'vitest'
import type { ParseIssue } from '../../src/errors/index.js'
import { parseRecords, parseRecordsAsync, streamRecords } from '../../src/parse/index.js'
import { adversarialSize, propertyTimeout } from '../support/arbitraries.js'
import { check } from '../properties/check-result.js'

const COUNT = adversarialSize(200_000, 1_000_000)

/** Checks the issue of the `i`th empty record. */
function checkEmptyRecordIssue(issue: ParseIssue | undefined, i: number): void {
  check(issue !== undefined, () => `no issue for record ${i}`)
  check(issue.kind === 'record' && issue.index === i && issue.location === `$.Records[${i}]`, () => `record ${i}: ${issue.kind} ${issue.index} ${issue.location}`)
  check(issue.path === '$.eventVersion' && issue.problems.length === 4, () => `record ${i}: ${issue.message}`)
  check(typeof issue.raw === 'object' && issue.raw !== null && Object.keys(issue.raw).length === 0, () => `record ${i}: raw is not {}`)
}

describe(`${COUNT.toLocaleString('en-US')} empty records {}`, () => {
  const text = `{"Records":[${Array.from({ length: COUNT }, () => '{}').join(',')}]}`
  const bytes = new TextEncoder().encode(text)

  it(
    'parseRecords: one record issue per record, each with its index, in order',
    () => {
      const { records, issues, skipped } = parseRecords(text)
      expect(records).toHaveLength(0)
      expect(skipped).toHaveLength(0)
      expect(issues).toHaveLength(COUNT)
      issues.forEach(checkEmptyRecordIssue)
    },
    propertyTimeout,
  )

  it(
    'parseRecordsAsync over bytes: the same',
    async () => {
      const { records, issues } = await parseRecordsAsync(bytes)
      expect(records).toHaveLength(0)
      expect(issues).toHaveLength(COUNT)
      issues.forEach(checkEmptyRecordIssue)
    },
    propertyTimeout,
  )

  it(
    'streamRecords over bytes: the same, one at a time, and the reader is still usable after',
    async () => {
      let seen = 0
      for await (const entry of streamRecords(bytes)) {
        check(entry.kind === 'issue', () => `entry ${seen} is a ${entry.kind}`)
        checkEmptyRecordIssue(entry.issue, seen)
        seen++
      }
      expect(seen).toBe(COUNT)
      const after = parseRecords('{"Records":[{}]}')
      expect(after.issues.map((i) => i.index)).toStrictEqual([0])
    },
    propertyTimeout,
  )
})
