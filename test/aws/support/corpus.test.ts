import { describe, expect, it } from 'vitest'
import { parseRecords } from '../../../src/parse/parse-records.js'
import { awsServices, findService } from '../../../src/aws/index.js'
import { support } from '../../../src/aws/support/index.js'
import { isInsightRecord } from '../../../src/record/record.js'
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
      const { records, issues } = parseRecords(readCorpusText('records', file), { services: awsServices })
      expect(issues).toStrictEqual([])
      const names: string[] = []
      for (const record of records) {
        if (isInsightRecord(record) || record.eventSource !== SOURCE) continue
        names.push(record.eventName)
        expect(support.is(record)).toBe(true)
        const operation = findService(SOURCE)?.operation(record.eventName)
        expect(operation).toBeDefined()
        expect(operation).toBe(support.operation(record.eventName))
        expect(operation?.event.is(record)).toBe(true)
        expect(operation?.is(record)).toBe(true)
      }
      expect(names).toContain(eventName)
    },
  )
})
