import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { either, these } from 'fp-ts'
import { describe, expect, it } from 'vitest'
import { support } from '../../src/aws/support/index.js'
import { parseRecord, parseRecordsThese } from '../../src/parse/fp.js'
import { parseRecords } from '../../src/parse/parse-records.js'
import { isEventRecord } from '../../src/record/record.js'
import { booleanOf, storedEventTimeAsDate } from '../../src/record/stored.js'
import { apiCall } from '../record/composed.js'
import { corpusAvailable, readCorpusText, readManifest, repoRoot } from '../support/corpus.js'

/** An API call as a SIEM stores it: eventTime with a space and no zone, no eventVersion, booleans as strings, nulls. */
function storedCall(): Record<string, unknown> {
  const { eventVersion: _dropped, ...rest } = apiCall()
  return { ...rest, eventTime: '2024-05-01 10:05:00', readOnly: 'false', managementEvent: 'true', errorCode: null }
}

const hint = "parse them with { form: 'stored' }"

describe("form: 'stored'", () => {
  it('reads a record as a data lake stores it, keeping every value as it came', () => {
    const record = storedCall()
    const { records, issues } = parseRecords([record], { form: 'stored' })
    expect(issues).toStrictEqual([])
    expect(records[0]).toBe(record)
    expect(records[0]).toStrictEqual(storedCall())
    const read = records[0]!
    expect(isEventRecord(read) && [storedEventTimeAsDate(read).toISOString(), booleanOf(read.readOnly), read.eventVersion]).toStrictEqual([
      '2024-05-01T10:05:00.000Z',
      false,
      undefined,
    ])
  })

  it('by default, the same record is a record issue that names the likely cause and the option', () => {
    const { records, issues } = parseRecords([storedCall()])
    expect(records).toStrictEqual([])
    expect(issues).toHaveLength(1)
    const [issue] = issues
    expect(issue!.problems.map((p) => p.path)).toStrictEqual(['$.eventVersion', '$.eventTime', '$.readOnly', '$.managementEvent'])
    expect(issue!.message).toBe(
      'record 0 at $[0]: $.eventVersion: expected string, found nothing (missing); $.eventTime: expected IsoTimestamp, found "2024-05-01 10:05:00" (string); ' +
        '$.readOnly: expected boolean, found "false" (string); $.managementEvent: expected boolean, found "true" (string) ' +
        '(likely a record that a data lake or SIEM stored in its own form, which CloudTrail never writes ($.eventVersion, $.eventTime, $.readOnly, $.managementEvent): ' +
        'Athena or Glue exports, Panther and Splunk write eventTime with a space and no zone, drop eventVersion and write booleans as strings; ' +
        "if the records come from such a store, parse them with { form: 'stored' })",
    )
  })

  it('names only the values a store explains; other problems get no hint', () => {
    const mixed = parseRecords([{ ...apiCall(), eventTime: '2024-05-01 10:05:00', awsRegion: 5 }]).issues[0]!
    expect(mixed.message).toContain('(likely a record that a data lake or SIEM stored in its own form, which CloudTrail never writes ($.eventTime)')
    const broken = parseRecords([{ eventTime: '2024-05-01 10:05:00' }]).issues[0]!
    expect(broken.message).toContain('which CloudTrail never writes ($.eventVersion, $.eventTime)')
    for (const input of [{ ...apiCall(), eventTime: 'yesterday' }, { ...apiCall(), readOnly: 'no' }, { foo: 1 }, { eventVersion: '1.08' }]) {
      expect(parseRecords([input]).issues[0]!.message, JSON.stringify(input)).not.toContain('form')
    }
  })

  it("form: 'cloudtrail' is the default", () => {
    expect(parseRecords([storedCall()], { form: 'cloudtrail' })).toStrictEqual(parseRecords([storedCall()]))
  })

  it('checks the payloads of the services passed, as in CloudTrail’s form', () => {
    const fixture = JSON.parse(readFileSync(join(repoRoot, 'test', 'events', 'support', 'create-case.success.json'), 'utf8')) as Record<
      string,
      unknown
    >
    const stored = { ...fixture, eventTime: '2016-04-13 18:05:53', readOnly: 'false' }
    expect(parseRecords([stored], { form: 'stored', services: [support] }).issues).toStrictEqual([])
    const broken = { ...stored, responseElements: { caseId: 12345 } }
    const { issues } = parseRecords([broken], { form: 'stored', services: [support] })
    expect(issues.map((issue) => [issue.kind, issue.path])).toStrictEqual([['operation', '$.responseElements.caseId']])
  })

  it('the fp-ts variants, NDJSON and the only filter take it too', () => {
    const one = parseRecord(storedCall(), { form: 'stored' })
    expect(either.isRight(one)).toBe(true)
    expect(either.isLeft(parseRecord(storedCall()))).toBe(true)
    const ndjson = `${JSON.stringify(storedCall())}\n${JSON.stringify({ ...storedCall(), eventName: 'DeleteUser' })}\n`
    expect(these.isRight(parseRecordsThese(ndjson, { form: 'stored' }))).toBe(true)
    const only = parseRecords(ndjson, { form: 'stored', only: { eventNames: ['DeleteUser'] } })
    expect([only.records.length, only.skipped.length, only.issues.length]).toStrictEqual([1, 1, 0])
  })
})

describe.skipIf(!corpusAvailable())('the Panther-normalised records of the corpus (quirks/)', () => {
  const rows = readManifest('quirks').filter((row) => /Panther-normalised/.test(row['expect'] ?? ''))
  /** panther__32 also holds hand-edited booleans ("True") and resources written as Python dicts: not a store's form. */
  const handEdited = new Set(['panther__32.json'])

  it('are many', () => {
    expect(rows.length).toBeGreaterThan(40)
  })

  it.each(rows.map((row) => [row.file] as const))("%s: decodes with form: 'stored', as the very object parsed", (file) => {
    const text = readCorpusText('quirks', file)
    const { records, issues } = parseRecords(text, { form: 'stored' })
    if (handEdited.has(file)) {
      expect(issues.map((issue) => issue.problems.map((p) => p.path))).toStrictEqual([['$.readOnly', '$.resources[0]', '$.managementEvent']])
      return
    }
    expect(issues).toStrictEqual([])
    expect(records).toHaveLength(1)
    expect(records[0]).toStrictEqual(JSON.parse(text))
  })

  it.each(rows.map((row) => [row.file] as const))('%s: by default, a record issue whose message names the option', (file) => {
    const { records, issues } = parseRecords(readCorpusText('quirks', file))
    expect(records).toStrictEqual([])
    expect(issues).toHaveLength(1)
    expect(issues[0]).toMatchObject({ kind: 'record', path: '$.eventTime', expected: 'IsoTimestamp' })
    expect(issues[0]!.message).toContain('a data lake or SIEM stored in its own form')
    expect(issues[0]!.message).toContain(hint)
  })

  it('documentation placeholders ("timestamp") stay issues in either form, with no hint', () => {
    const placeholders = readManifest('quirks').filter((row) => /doc placeholder/.test(row['expect'] ?? ''))
    expect(placeholders.length).toBeGreaterThan(0)
    for (const row of placeholders) {
      const text = readCorpusText('quirks', row.file)
      expect(parseRecords(text, { form: 'stored' }).records, row.file).toStrictEqual([])
      for (const issue of parseRecords(text).issues) expect(issue.message, row.file).not.toContain(hint)
    }
  })
})
