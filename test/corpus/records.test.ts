import { either } from 'fp-ts'
import { describe, expect, it } from 'vitest'
import { awsServices } from '../../src/aws/index.js'
import { parseRecords } from '../../src/parse/parse-records.js'
import { CloudTrailRecord, isInsightRecord } from '../../src/record/record.js'
import { corpusAvailable, corpusFiles, readCorpusText, readManifest } from '../support/corpus.js'
import { cell, statedCount } from './manifest.js'

type Json = Record<string, unknown>

/**
 * The raw records of one corpus file, found by hand from the manifest's
 * `wrapper` column (independently of `src/sources`). Records that a wrapper
 * holds as JSON strings are parsed here, one by one.
 */
function rawRecordsOf(value: unknown, wrapper: string): unknown[] {
  const object = value as Json
  switch (wrapper) {
    case 'record':
      return [value]
    case 'logfile':
      return object['Records'] as unknown[]
    case 'eventbridge':
      return [object['detail']]
    case 'lookupevents': {
      const events = Array.isArray(object['Events']) ? (object['Events'] as Json[]) : [object]
      return events.map((event) => JSON.parse(event['CloudTrailEvent'] as string) as unknown)
    }
    case 'cwlogs':
      return (object['logEvents'] as Json[]).map((event) => JSON.parse(event['message'] as string) as unknown)
    default:
      throw new Error(`a wrapper kind this test does not know: ${wrapper}`)
  }
}

describe.skipIf(!corpusAvailable())('the real records of the shared corpus', () => {
  const rows = readManifest('records')

  it('the manifest lists every file of the folder, and only those', () => {
    expect(rows.map((row) => row.file).sort()).toStrictEqual(corpusFiles('records'))
    expect(rows.length).toBeGreaterThan(300)
  })

  it('the manifest states a record count for every log file', () => {
    const logFiles = rows.filter((row) => cell(row, 'wrapper') === 'logfile')
    expect(logFiles.length).toBeGreaterThan(50)
    expect(logFiles.filter((row) => statedCount(row) === undefined).map((row) => row.file)).toStrictEqual([])
  })

  describe.each(rows.map((row) => [row.file, row] as const))('%s', (file, row) => {
    const text = readCorpusText('records', file)

    it('decodes every record with zero issues, as text and as a parsed value, every typed service checked', () => {
      const expected = rawRecordsOf(JSON.parse(text), cell(row, 'wrapper'))
      const fromText = parseRecords(text, { services: awsServices })
      expect(fromText.issues).toStrictEqual([])
      expect(fromText.skipped).toStrictEqual([])
      expect(fromText.records).toStrictEqual(expected)
      const fromValue = parseRecords(JSON.parse(text), { services: awsServices })
      expect(fromValue.issues).toStrictEqual([])
      expect(fromValue.records).toStrictEqual(expected)
      const stated = statedCount(row)
      if (stated !== undefined) expect(fromText.records).toHaveLength(stated)
      else expect(fromText.records).toHaveLength(cell(row, 'wrapper') === 'logfile' ? expected.length : 1)
    })

    it('encode(decode(x)) deep-equals x for every record, and decode returns x itself', () => {
      const records = rawRecordsOf(JSON.parse(text), cell(row, 'wrapper'))
      const pristine = rawRecordsOf(JSON.parse(text), cell(row, 'wrapper'))
      expect(records.length).toBeGreaterThan(0)
      records.forEach((record, i) => {
        const result = CloudTrailRecord.decode(record)
        expect(either.isRight(result)).toBe(true)
        if (either.isLeft(result)) return
        expect(result.right).toBe(record)
        expect(CloudTrailRecord.encode(result.right)).toStrictEqual(pristine[i])
      })
    })
  })

  it('includes Insights events, and each decodes as an Insights event', () => {
    const insights = rows.flatMap((row) =>
      rawRecordsOf(JSON.parse(readCorpusText('records', row.file)), cell(row, 'wrapper')).filter(
        (record) => (record as Json)['eventType'] === 'AwsCloudTrailInsight',
      ),
    )
    expect(insights.length).toBeGreaterThan(0)
    for (const record of insights) {
      const result = CloudTrailRecord.decode(record)
      expect(either.isRight(result) && isInsightRecord(result.right)).toBe(true)
    }
  })

  it('keeps the AwsConsoleSignin spelling as it is', () => {
    const spellings = new Set(
      rows.flatMap((row) =>
        parseRecords(readCorpusText('records', row.file)).records.map((record) => record.eventType),
      ),
    )
    expect(spellings.has('AwsConsoleSignIn')).toBe(true)
    expect(spellings.has('AwsConsoleSignin')).toBe(true)
  })
})
