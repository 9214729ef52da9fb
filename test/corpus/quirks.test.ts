import { describe, expect, it } from 'vitest'
import type { ParseIssue } from '../../src/errors/issue.js'
import { awsServices } from '../../src/aws/index.js'
import { parseRecords } from '../../src/parse/parse-records.js'
import type { ParseResult } from '../../src/parse/parse-records.js'
import { corpusAvailable, corpusFiles, readCorpusText, readManifest } from '../support/corpus.js'
import { cell, statedCount } from './manifest.js'

/** What each value of the manifest's `expect` column means for the issues of a file. */
const expectations: ReadonlyArray<{
  readonly expect: RegExp
  readonly check: (issue: ParseIssue) => void
}> = [
  {
    // Panther-normalised eventTime ("YYYY-MM-DD hh:mm:ss[.fff]") and documentation placeholders.
    expect: /^eventTime not ISO-8601/,
    check: (issue) => {
      expect(issue).toMatchObject({ kind: 'record', path: '$.eventTime', expected: 'IsoTimestamp' })
      expect(issue.problems.map((p) => p.path)).toContain('$.eventTime')
    },
  },
  {
    expect: /^no eventSource\/eventName outside an Insights event/,
    check: (issue) => {
      expect(issue.kind).toBe('record')
      expect(['$.eventSource', '$.eventName']).toContain(issue.path)
    },
  },
  {
    // The wrapper is fine; each message string is cut short, so each record is a json issue.
    expect: /^wrapper message is truncated JSON/,
    check: (issue) => {
      expect(issue.kind).toBe('json')
      expect(typeof issue.raw).toBe('string')
      expect(typeof issue.position).toBe('number')
    },
  },
]

/** The records of a quirks file as they sit in it: objects, or the JSON strings a wrapper holds. */
function rawItemsOf(value: unknown, wrapper: string): unknown[] {
  const object = value as Record<string, unknown>
  switch (wrapper) {
    case 'record':
      return [value]
    case 'logfile':
      return object['Records'] as unknown[]
    case 'cwlogs':
      return (object['logEvents'] as Array<Record<string, unknown>>).map((event) => event['message'])
    default:
      throw new Error(`a wrapper kind this test does not know: ${wrapper}`)
  }
}

describe.skipIf(!corpusAvailable())('the odd records of the shared corpus', () => {
  const rows = readManifest('quirks')

  it('the manifest lists every file of the folder, and only those', () => {
    expect(rows.map((row) => row.file).sort()).toStrictEqual(corpusFiles('quirks'))
  })

  it('every expect value of the manifest is one this test knows', () => {
    const unknown = rows.filter((row) => !expectations.some((e) => e.expect.test(cell(row, 'expect'))))
    expect(unknown.map((row) => `${row.file}: ${cell(row, 'expect')}`)).toStrictEqual([])
  })

  describe.each(rows.map((row) => [row.file, cell(row, 'expect'), row] as const))('%s (%s)', (file, expectation, row) => {
    const text = readCorpusText('quirks', file)

    it('never throws; each record comes back decoded or as an issue that keeps it, with its index', () => {
      let result: ParseResult | undefined
      expect(() => {
        result = parseRecords(text, { services: awsServices })
      }).not.toThrow()
      const { records, issues, skipped } = result!
      expect(skipped).toStrictEqual([])
      const items = rawItemsOf(JSON.parse(text), cell(row, 'wrapper'))
      expect(items).toHaveLength(statedCount(row) ?? 1)
      // Every issue is about one record: its index says which, and raw is that record as it came.
      for (const issue of issues) {
        expect(issue.index).toBeTypeOf('number')
        expect(issue.raw).toStrictEqual(items[issue.index!])
      }
      const indices = issues.map((issue) => issue.index)
      expect(new Set(indices).size).toBe(indices.length)
      expect(records.length + issues.length).toBe(items.length)
    })

    it(`reports the expected issue: ${expectation}`, () => {
      const { issues } = parseRecords(text, { services: awsServices })
      expect(issues.length).toBeGreaterThan(0)
      const rule = expectations.find((e) => e.expect.test(expectation))!
      for (const issue of issues) rule.check(issue)
    })
  })
})
