/**
 * A 100 MB string field and a 100 MB key: records decode, issues stay small,
 * and the streaming readers (which keep at most 64 Mi characters of one
 * record) skip the record with a `limit` issue instead of holding it.
 */
import { describe, expect, it } from 'vitest'
import { parseRecords, parseRecordsAsync, streamRecords } from '../../src/parse/index.js'
import { MAX_VALUE_CHARS } from '../../src/sources/unwrap-input.js'
import { MAX_MESSAGE_LENGTH } from '../properties/check-result.js'
import { logFileText, recordText } from './support.js'

const HUGE = 100 * 1024 * 1024
const huge = 'x'.repeat(HUGE)
const MAX_FOUND_LENGTH = 100

describe('a 100 MB string field', () => {
  it('parseRecords: a 100 MB userAgent decodes, whole', () => {
    const { records, issues } = parseRecords(logFileText(recordText(`"userAgent":"${huge}"`)))
    expect(issues).toStrictEqual([])
    expect(records).toHaveLength(1)
    expect(records[0]!.userAgent?.length).toBe(HUGE)
  })

  it('parseRecords: a 100 MB eventTime is an issue with a bounded message; raw keeps the value', () => {
    const { records, issues } = parseRecords(logFileText(recordText(), recordText(`"eventTime":"${huge}"`).replace(/"eventTime":"[^"]{1,40}",/, '')))
    expect(records).toHaveLength(1)
    expect(issues).toHaveLength(1)
    const issue = issues[0]!
    expect([issue.kind, issue.index, issue.path]).toStrictEqual(['record', 1, '$.eventTime'])
    expect(issue.message.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH)
    expect(issue.found.length).toBeLessThanOrEqual(MAX_FOUND_LENGTH)
    expect(((issue.raw as Record<string, string>)['eventTime'] ?? '').length).toBe(HUGE)
  })

  it('parseRecords: a 100 MB key in a map of strings (webIdFederationData.attributes) is cut in the issue path', () => {
    const identity = `"userIdentity":{"type":"AssumedRole","sessionContext":{"webIdFederationData":{"attributes":{"${huge}":5}}}}`
    const { issues } = parseRecords(logFileText(recordText(identity).replace(/"userIdentity":\{[^}]*\},/, '')))
    expect(issues).toHaveLength(1)
    expect(issues[0]!.path.length).toBeLessThan(200)
    expect(issues[0]!.path.startsWith('$.userIdentity.sessionContext.webIdFederationData.attributes["xxxx')).toBe(true)
    expect(issues[0]!.message.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH)
  })

  it('parseRecordsAsync and streamRecords: a record over 64 Mi characters is a limit issue with its index; its neighbours decode', async () => {
    expect(HUGE).toBeGreaterThan(MAX_VALUE_CHARS)
    const text = logFileText(recordText('"requestID":"a"'), recordText(`"userAgent":"${huge}"`), recordText('"requestID":"c"'))
    const bytes = new TextEncoder().encode(text)
    const whole = await parseRecordsAsync(bytes)
    expect(whole.records.map((r) => r.requestID)).toStrictEqual(['a', 'c'])
    expect(whole.issues.map((i) => [i.kind, i.index, i.location])).toStrictEqual([['limit', 1, '$.Records[1]']])
    expect(whole.issues[0]!.message.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH)
    const indexes: Array<[string, number | undefined]> = []
    for await (const entry of streamRecords(bytes)) {
      indexes.push(entry.kind === 'issue' ? [entry.issue.kind, entry.issue.index] : [entry.kind, entry.index])
    }
    expect(indexes).toStrictEqual([
      ['record', 0],
      ['limit', 1],
      ['record', 2],
    ])
  })
})
