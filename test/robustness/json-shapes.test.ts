/**
 * Inputs whose JSON is valid but hostile in shape: `Records` that is not an
 * array, duplicate keys and numbers beyond 2^53 (which `JSON.parse` itself
 * resolves: the last duplicate wins, precision is lost), and records of
 * 10,000 fields.
 */
import { describe, expect, it } from 'vitest'
import { parseRecords } from '../../src/parse/index.js'
import { CloudTrailRecord } from '../../src/record/index.js'
import { MAX_MESSAGE_LENGTH } from '../properties/check-result.js'
import { logFileText, readers, readWith, recordText } from './support.js'

describe('Records that is not an array', () => {
  const notArrays = ['5', 'null', '"records"', '{}', '{"0":{}}', 'true', '[]']

  it.each(readers)('%s: {"Records": 5}, null, a string, an object, true: one input issue, no index, no record', async (reader) => {
    for (const records of notArrays) {
      const { records: decoded, issues } = await readWith(reader, `{"Records":${records}}`)
      expect(decoded, records).toStrictEqual([])
      if (records === '[]') {
        expect(issues, records).toStrictEqual([])
        continue
      }
      expect(issues.map((i) => [i.kind, i.index, i.path]), records).toStrictEqual([['input', undefined, '$.Records']])
      expect(issues[0]!.message, records).toContain('LogFile')
    }
  })

  it('as a parsed value too', () => {
    for (const records of notArrays.filter((r) => r !== '[]')) {
      const { issues } = parseRecords(JSON.parse(`{"Records":${records}}`))
      expect(issues.map((i) => [i.kind, i.index]), records).toStrictEqual([['input', undefined]])
    }
  })
})

describe('what JSON.parse decides: duplicate keys and numbers beyond 2^53', () => {
  it.each(readers)('%s: a duplicate key keeps the last value (JSON.parse does so; the first value is gone)', async (reader) => {
    const text = logFileText(recordText('"eventName":"DeleteBucket"', '"requestID":"first"', '"requestID":"last"'))
    const { records, issues } = await readWith(reader, text)
    expect(issues).toStrictEqual([])
    expect((records[0] as { eventName?: unknown }).eventName).toBe('DeleteBucket')
    expect(records[0]!.requestID).toBe('last')
    expect(Object.keys(records[0]!).filter((k) => k === 'requestID')).toHaveLength(1)
  })

  it.each(readers)('%s: a duplicate eventTime decides validity by its last value', async (reader) => {
    const good = logFileText(recordText('"eventTime":"not a time"', '"eventTime":"2024-05-01T12:00:00Z"'))
    const bad = logFileText(recordText('"eventTime":"not a time"'))
    expect((await readWith(reader, good)).issues).toStrictEqual([])
    expect((await readWith(reader, bad)).issues.map((i) => i.path)).toStrictEqual(['$.eventTime'])
  })

  it.each(readers)('%s: integers beyond 2^53 lose precision, 1e400 becomes Infinity, -0 stays -0', async (reader) => {
    const text = logFileText(
      recordText('"requestParameters":{"big":9007199254740993,"bigger":123456789012345678901234567890,"huge":1e400,"negativeZero":-0}'),
    )
    const { records, issues } = await readWith(reader, text)
    expect(issues).toStrictEqual([])
    const parameters = records[0]!.requestParameters as Record<string, number>
    expect(parameters['big']).toBe(9007199254740992)
    expect(parameters['bigger']).toBe(1.2345678901234568e29)
    expect(parameters['huge']).toBe(Number.POSITIVE_INFINITY)
    expect(Object.is(parameters['negativeZero'], -0)).toBe(true)
  })

  it('parseRecords: a duplicate Records key keeps the last array (JSON.parse); the first is gone', () => {
    const text = `{"Records":[${recordText('"requestID":"first"')}],"Records":[${recordText('"requestID":"second"')}]}`
    const { records, issues } = parseRecords(text)
    expect(issues).toStrictEqual([])
    expect(records.map((r) => r.requestID)).toStrictEqual(['second'])
  })

  it.each(readers.filter((r) => r !== 'parseRecords(text)'))(
    'regression: %s dropped a second Records key silently; it reads the first and reports the second, kept in raw',
    async (reader) => {
      const second = [JSON.parse(recordText('"requestID":"second"')), JSON.parse(recordText('"requestID":"third"'))] as unknown[]
      const text = `{"Records":[${recordText('"requestID":"first"')}],"Records":${JSON.stringify(second)}}`
      const { records, issues } = await readWith(reader, text)
      expect(records.map((r) => r.requestID)).toStrictEqual(['first'])
      expect(issues.map((i) => [i.kind, i.index, i.location])).toStrictEqual([['input', undefined, '$.Records']])
      expect(issues[0]!.message).toContain('second "Records" key, with 2 more elements')
      expect(issues[0]!.raw).toStrictEqual(second)
    },
  )

  it('a number beyond 2^53 where a typed field wants a string (an account id) is an issue naming the rounded number', () => {
    const { issues } = parseRecords(logFileText(recordText('"recipientAccountId":111122223333444455556666')))
    expect(issues.map((i) => [i.path, i.found])).toStrictEqual([['$.recipientAccountId', '1.1112222333344445e+23 (number)']])
  })
})

describe('records of 10,000 fields', () => {
  const FIELDS = 10_000
  const extraFields = Array.from({ length: FIELDS }, (_, i) => `"field${i}":${i}`)

  it.each(readers)('%s: a valid record with 10,000 unknown fields decodes with every field', async (reader) => {
    const { records, issues } = await readWith(reader, logFileText(recordText(...extraFields)))
    expect(issues).toStrictEqual([])
    expect(Object.keys(records[0]!).length).toBe(Object.keys(JSON.parse(recordText())).length + FIELDS)
    expect(CloudTrailRecord.encode(records[0]!)).toBe(records[0])
  })

  it.each(readers)('%s: 10,000 fields of the wrong type in typed objects: one issue, at most 20 problems, a bounded message', async (reader) => {
    const wrongFields = Array.from({ length: FIELDS }, (_, i) => `"${i}":${i}`).join(',')
    const text = logFileText(`{"eventVersion":{${wrongFields}},"eventTime":[${Array.from({ length: FIELDS }, (_, i) => i).join(',')}],"resources":[${Array.from({ length: FIELDS }, () => '{"ARN":5}').join(',')}]}`)
    const { records, issues } = await readWith(reader, text)
    expect(records).toStrictEqual([])
    expect(issues).toHaveLength(1)
    expect(issues[0]!.problems.length).toBeLessThanOrEqual(20)
    expect(issues[0]!.message.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH)
    for (const problem of issues[0]!.problems) expect(problem.found.length).toBeLessThanOrEqual(100)
  })

  it.each(readers)('%s: a userIdentity of 10,000 fields decodes as its variant', async (reader) => {
    const identity = `"userIdentity":{"type":"Root","accountId":"111122223333",${extraFields.join(',')}}`
    const { records, issues } = await readWith(reader, logFileText(recordText(identity).replace(/"userIdentity":\{[^}]*\},/, '')))
    expect(issues).toStrictEqual([])
    expect(Object.keys(records[0]!.userIdentity ?? {}).length).toBe(FIELDS + 2)
  })
})
