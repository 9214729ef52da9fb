import { describe, expect, it } from 'vitest'
import { parseRecords } from '../../../src/parse/parse-records.js'
import { isInsightRecord } from '../../../src/record/record.js'
import { findOperation } from '../../../src/services/registry.js'
import { Support, isSupportEvent } from '../../../src/services/support/index.js'
import { corpusAvailable, readCorpusText, readManifest } from '../../support/corpus.js'

const SOURCE = 'support.amazonaws.com'

describe.runIf(corpusAvailable())('support.amazonaws.com records of the shared corpus', () => {
  const rows = readManifest('records').filter((row) => row['eventSource'] === SOURCE)

  it('include at least the five documented records', () => {
    expect(rows.length).toBeGreaterThanOrEqual(5)
  })

  it.each(rows.map((row) => [row.file, row['eventName'] ?? ''] as const))(
    '%s decodes as its typed operation (%s)',
    (file, eventName) => {
      const { records, issues } = parseRecords(readCorpusText('records', file))
      expect(issues).toStrictEqual([])
      const names: string[] = []
      for (const record of records) {
        if (isInsightRecord(record) || record.eventSource !== SOURCE) continue
        names.push(record.eventName)
        expect(isSupportEvent(record)).toBe(true)
        const operation = findOperation(SOURCE, record.eventName)
        expect(operation).toBe(Support.byName.get(record.eventName))
        expect(operation?.event.is(record)).toBe(true)
      }
      expect(names).toContain(eventName)
    },
  )
})
