import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { support } from '../../src/aws/support/index.js'
import type { ParseIssue } from '../../src/errors/issue.js'
import { parseRecords } from '../../src/parse/parse-records.js'
import type { ParseOptions, ParseResult } from '../../src/parse/parse-records.js'
import { apiCall, insightEvent, minimalRecord, serviceEvent } from '../record/composed.js'

/** Parses and asserts that parseRecords did not throw. */
function read(input: unknown, options?: ParseOptions): ParseResult {
  let result: ParseResult | undefined
  expect(() => {
    result = parseRecords(input, options)
  }).not.toThrow()
  return result!
}

/** The one issue of a result. */
function onlyIssue(result: ParseResult): ParseIssue {
  expect(result.issues).toHaveLength(1)
  return result.issues[0]!
}

const createCaseText = readFileSync(new URL('../events/seed/create-case.json', import.meta.url), 'utf8')

describe('parseRecords: the inputs it reads', () => {
  const good = [apiCall(), serviceEvent(), insightEvent()]

  it('reads a log file, as text and as a parsed value', () => {
    const file = { Records: good }
    const fromValue = read(file)
    expect(fromValue.issues).toStrictEqual([])
    expect(fromValue.records).toHaveLength(3)
    fromValue.records.forEach((record, i) => expect(record).toBe(good[i]))
    const fromText = read(JSON.stringify(file))
    expect(fromText.records).toStrictEqual(good)
    expect(fromText.issues).toStrictEqual([])
  })

  it('reads one record', () => {
    expect(read(apiCall()).records).toStrictEqual([apiCall()])
    expect(read(JSON.stringify(apiCall())).records).toStrictEqual([apiCall()])
  })

  it('reads an array of records', () => {
    expect(read(good).records).toStrictEqual(good)
    expect(read(JSON.stringify(good, null, 2)).records).toStrictEqual(good)
  })

  it('reads NDJSON: one record per line, blank lines and CRLF line ends allowed', () => {
    const text = `${good.map((r) => JSON.stringify(r)).join('\r\n')}\r\n\r\n`
    const result = read(text)
    expect(result.issues).toStrictEqual([])
    expect(result.records).toStrictEqual(good)
  })

  it('reads an empty log file as no records and no issues', () => {
    expect(read('{"Records":[]}')).toStrictEqual({ records: [], issues: [], skipped: [] })
    expect(read([])).toStrictEqual({ records: [], issues: [], skipped: [] })
  })

  it('does not take a UTF-8 byte order mark for an error', () => {
    const result = read(`\uFEFF${createCaseText}`)
    expect(result.issues).toStrictEqual([])
    expect(result.records).toStrictEqual([JSON.parse(createCaseText)])
  })

  it('keeps every field as it came: unknown keys, null, and absent keys', () => {
    const record = { ...minimalRecord(), requestParameters: null, p_event_time: '2014-03-06 21:22:54' }
    const [decoded] = read(JSON.stringify({ Records: [record] })).records
    expect(decoded).toStrictEqual(record)
  })
})

describe('parseRecords: bad input gets an issue, never a throw', () => {
  it.each<[string, number]>([
    ['{]', 1],
    ['{"Records" 5}', 11],
    ['{"Records": [1,]}', 15],
    ['{"Records": [{}] x', 17],
  ])('malformed JSON %j: a json issue about the input, with the position of the error and no index', (text, position) => {
    const result = read(text)
    expect(result.records).toStrictEqual([])
    const issue = result.issues.find((i) => i.kind === 'json')!
    expect(issue).toMatchObject({ kind: 'json', path: '$', position })
    expect(issue.index).toBeUndefined()
    expect(issue.raw).toBeUndefined()
    expect(issue.message).toContain(`position ${position}`)
  })

  it('malformed JSON inside one record of a log file: a json issue for that record; the others are kept', () => {
    const bad = '{"eventVersion": "1.08",}'
    const text = `{"Records": [${JSON.stringify(apiCall())}, ${bad}, ${JSON.stringify(serviceEvent())}]}`
    const result = read(text)
    expect(result.records).toStrictEqual([apiCall(), serviceEvent()])
    const issue = onlyIssue(result)
    expect(issue).toMatchObject({ kind: 'json', index: 1, location: '$.Records[1]', raw: bad })
    expect(issue.position).toBe(text.indexOf(bad) + bad.indexOf('}'))
  })

  it('JSON cut short: a json issue whose position is the end of the text', () => {
    const text = '{"Records": [{"eventVersion": "1.08"'
    const result = read(text)
    expect(result.records).toStrictEqual([])
    const aboutInput = result.issues.filter((issue) => issue.index === undefined)
    expect(aboutInput).toHaveLength(1)
    expect(aboutInput[0]).toMatchObject({ kind: 'json', position: text.length })
    expect(aboutInput[0]!.message).toMatch(/cut short|ends/)
  })

  it.each([[''], ['   \n\t '], ['\uFEFF']])('an empty input (%j): one input issue', (text) => {
    const result = read(text)
    const issue = onlyIssue(result)
    expect(issue).toMatchObject({ kind: 'input', path: '$' })
    expect(issue.index).toBeUndefined()
    expect(issue.message).toMatch(/empty/)
    expect(result.records).toStrictEqual([])
  })

  it.each<[string, unknown]>([
    ['null', null],
    ['the text null', 'null'],
    ['a number', 42],
    ['the text 42', '42'],
    ['a boolean', true],
    ['undefined', undefined],
    ['a JSON string', '"Records"'],
  ])('%s: one input issue at $, about the input', (_, input) => {
    const result = read(input)
    const issue = onlyIssue(result)
    expect(issue).toMatchObject({ kind: 'input', path: '$' })
    expect(issue.index).toBeUndefined()
    expect(issue.raw).toBeUndefined()
    expect(result.records).toStrictEqual([])
  })

  it('{"Records": 5}: one input issue at $.Records', () => {
    const issue = onlyIssue(read('{"Records": 5}'))
    expect(issue).toMatchObject({ kind: 'input', path: '$.Records', expected: 'array', found: '5 (number)' })
    expect(issue.index).toBeUndefined()
    expect(issue.message).toContain('$.Records: expected array, found 5 (number)')
  })

  it('{"Records": [1, null, "x"]}: one record issue per element, with its index and raw value', () => {
    const result = read('{"Records": [1, null, "x"]}')
    expect(result.records).toStrictEqual([])
    expect(result.issues.map((i) => [i.kind, i.index, i.path, i.location, i.raw])).toStrictEqual([
      ['record', 0, '$', '$.Records[0]', 1],
      ['record', 1, '$', '$.Records[1]', null],
      ['record', 2, '$', '$.Records[2]', 'x'],
    ])
    expect(result.issues[1]!.message).toBe('record 1 at $.Records[1]: $: expected CloudTrailRecord, found null (null)')
  })

  it.each([['eventVersion'], ['eventTime'], ['eventSource'], ['eventName']])(
    'a record missing %s: a record issue at its path; the other records are kept',
    (field) => {
      const bad = apiCall()
      delete bad[field]
      const result = read({ Records: [serviceEvent(), bad, insightEvent()] })
      const issue = onlyIssue(result)
      expect(issue).toMatchObject({ kind: 'record', index: 1, path: `$.${field}`, found: 'nothing (missing)' })
      expect(issue.raw).toBe(bad)
      expect(result.records).toStrictEqual([serviceEvent(), insightEvent()])
    },
  )

  it('an Insights event needs no eventSource or eventName', () => {
    expect(read(insightEvent()).issues).toStrictEqual([])
  })

  it.each([['2023-06-07 23:59:12.000'], ['yesterday'], ['2024-02-30T10:00:00Z'], ['']])(
    'eventTime %j, not a date: a record issue at $.eventTime',
    (eventTime) => {
      const result = read([apiCall(), { ...apiCall(), eventTime }])
      const issue = onlyIssue(result)
      expect(issue).toMatchObject({ kind: 'record', index: 1, path: '$.eventTime', expected: 'IsoTimestamp' })
      expect(result.records).toStrictEqual([apiCall()])
    },
  )

  it.each<[unknown]>([['true'], [1], ['']])('readOnly %j: a record issue at $.readOnly', (readOnly) => {
    const result = read(JSON.stringify({ Records: [{ ...apiCall(), readOnly }, apiCall()] }))
    const issue = onlyIssue(result)
    expect(issue).toMatchObject({ kind: 'record', index: 0, path: '$.readOnly', expected: 'boolean', location: '$.Records[0]' })
    expect(issue.raw).toStrictEqual({ ...apiCall(), readOnly })
    expect(result.records).toStrictEqual([apiCall()])
  })

  it('trailing garbage after the JSON: a json issue with a position, no throw', () => {
    const text = `${createCaseText.trimEnd()} garbage`
    const result = read(text)
    const json = result.issues.filter((i) => i.kind === 'json')
    expect(json.length).toBeGreaterThanOrEqual(1)
    expect(typeof json[0]!.position).toBe('number')
  })

  it('a top-level array of good and bad records: the good ones come back, in order', () => {
    const input = [apiCall(), { eventVersion: '1.08' }, serviceEvent(), 7, insightEvent(), { ...apiCall(), readOnly: 'no' }]
    const result = read(JSON.stringify(input))
    expect(result.records).toStrictEqual([apiCall(), serviceEvent(), insightEvent()])
    expect(result.issues.map((i) => [i.kind, i.index, i.path])).toStrictEqual([
      ['record', 1, '$.eventTime'],
      ['record', 3, '$'],
      ['record', 5, '$.readOnly'],
    ])
    expect(result.issues.map((i) => i.raw)).toStrictEqual([input[1], input[3], input[5]])
  })

  it('NDJSON with a bad line: a json issue for that line with its index; the other lines are kept', () => {
    // A line cut short inside a string, as a writer that crashed mid-line leaves it.
    const cut = JSON.stringify(apiCall()).slice(0, 40)
    const text = [JSON.stringify(apiCall()), cut, JSON.stringify(serviceEvent()), JSON.stringify(insightEvent())].join('\n')
    const result = read(text)
    expect(result.records).toStrictEqual([apiCall(), serviceEvent(), insightEvent()])
    const issue = onlyIssue(result)
    expect(issue).toMatchObject({ kind: 'json', index: 1, location: 'line 2', raw: cut })
    expect(typeof issue.position).toBe('number')
  })

  it('a digest file: one digest issue that says what it is', () => {
    const digest = {
      awsAccountId: '111122223333',
      digestStartTime: '2015-08-17T14:01:31Z',
      digestEndTime: '2015-08-17T15:01:31Z',
      digestS3Bucket: 'example-bucket',
      digestS3Object: 'AWSLogs/111122223333/CloudTrail-Digest/us-east-2/2015/08/17/example.json.gz',
      newestEventTime: null,
      oldestEventTime: null,
      logFiles: [],
    }
    const result = read(JSON.stringify(digest))
    const issue = onlyIssue(result)
    expect(issue.kind).toBe('digest')
    expect(issue.index).toBeUndefined()
    expect(issue.message).toMatch(/digest file/)
    expect(issue.message).toMatch(/no records/)
    expect(result.records).toStrictEqual([])
  })

  it('JSON nested 100,000 levels deep: an issue, no throw', () => {
    const result = read(`${'['.repeat(100_000)}${']'.repeat(100_000)}`)
    expect(result.records).toStrictEqual([])
    expect(result.issues.length).toBeGreaterThanOrEqual(1)
    for (const issue of result.issues) expect(issue.message.length).toBeLessThan(1000)
  })

  it('a cyclic value: an issue, no throw', () => {
    const cyclic: Record<string, unknown> = { ...apiCall(), eventTime: 5 }
    cyclic['self'] = cyclic
    const issue = onlyIssue(read(cyclic))
    expect(issue).toMatchObject({ kind: 'record', index: 0, path: '$.eventTime' })
    expect(issue.raw).toBe(cyclic)
  })

  it('issue messages stay short whatever the input', () => {
    const huge = { ...apiCall(), eventTime: 'x'.repeat(1_000_000), readOnly: 'y'.repeat(1_000_000) }
    const issue = onlyIssue(read(huge))
    expect(issue.message.length).toBeLessThan(400)
  })
})

describe('parseRecords: every record is accounted for once', () => {
  it('in records, in an issue with its index, or in skipped', () => {
    const input = [apiCall(), 1, serviceEvent(), insightEvent(), { ...apiCall(), eventTime: 'x' }]
    const result = read(input, { only: { eventSources: ['iam.amazonaws.com'] } })
    expect(result.records).toStrictEqual([apiCall()])
    expect(result.skipped).toStrictEqual([serviceEvent(), insightEvent()])
    expect(result.issues.map((i) => i.index)).toStrictEqual([1, 4])
  })

  it('the only filter leaves records out undecoded, by eventSource and eventName', () => {
    const other = { ...apiCall(), eventName: 'DeleteUser', readOnly: 'not checked' }
    const result = read([apiCall(), other], { only: { eventNames: ['CreateUser'] } })
    expect(result.records).toStrictEqual([apiCall()])
    expect(result.skipped).toStrictEqual([other])
    expect(result.issues).toStrictEqual([])
  })
})

describe('parseRecords: onOperationMismatch', () => {
  const createCase = JSON.parse(createCaseText) as Record<string, unknown>
  const changed = { ...createCase, responseElements: { caseId: 12345 } }

  it("'issue' (the default): an operation issue that keeps the raw record", () => {
    const result = read([changed, createCase], { services: [support] })
    const issue = onlyIssue(result)
    expect(issue).toMatchObject({ kind: 'operation', index: 0, path: '$.responseElements.caseId' })
    expect(issue.raw).toBe(changed)
    expect(issue.message).toMatch(/CreateCase/)
    expect(issue.message).toMatch(/onOperationMismatch/)
    expect(result.records).toStrictEqual([createCase])
  })

  it("'generic': the record comes back as a generic record", () => {
    const result = read([changed, createCase], { services: [support], onOperationMismatch: 'generic' })
    expect(result.issues).toStrictEqual([])
    expect(result.records).toStrictEqual([changed, createCase])
  })

  it('without services no payload is checked: the changed record is a plain record, with no issue', () => {
    const result = read([changed, createCase])
    expect(result.issues).toStrictEqual([])
    expect(result.records).toStrictEqual([changed, createCase])
    expect(result.records[0]).toBe(changed)
  })

  it('a record that fails the generic codec is a record issue under either policy', () => {
    const broken = { ...changed, eventTime: 'x' }
    expect(onlyIssue(read(broken, { services: [support], onOperationMismatch: 'generic' })).kind).toBe('record')
    expect(onlyIssue(read(broken, { services: [support] })).kind).toBe('record')
    expect(onlyIssue(read(broken)).kind).toBe('record')
  })
})

// Regressions of the JSON text reader (src/sources) found while testing parseRecords, now fixed there.
describe('parseRecords: JSON text reader regressions', () => {
  it('the position of an "Unexpected token" syntax error is where the token is, not the end of the text', () => {
    const text = '{"Records": ]'
    const issue = onlyIssue(read(text))
    expect(issue).toMatchObject({ kind: 'json', position: text.indexOf(']') })
    expect(issue.index).toBeUndefined()
  })

  it.each([['{"Records": [], }'], ['{"Records": [] ,, }'], ['{"Records": [], "x": }'], ['{"Records": [], "x": 1 2}']])(
    'a syntax error in the log file envelope, outside every record, is reported (%j)',
    (text) => {
      const json = read(text).issues.filter((issue) => issue.kind === 'json')
      expect(json.length).toBeGreaterThanOrEqual(1)
      expect(typeof json[0]!.position).toBe('number')
    },
  )

  it('an NDJSON line cut after a colon does not swallow the next line', () => {
    const text = [JSON.stringify(apiCall()), '{"eventVersion": ', JSON.stringify(serviceEvent())].join('\n')
    const result = read(text)
    expect(result.records).toStrictEqual([apiCall(), serviceEvent()])
    expect(onlyIssue(result)).toMatchObject({ kind: 'json', index: 1, location: 'line 2' })
  })
})
