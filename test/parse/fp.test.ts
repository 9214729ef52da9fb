import { either, these } from 'fp-ts'
import { describe, expect, it } from 'vitest'
import { support } from '../../src/aws/support/index.js'
import { parseRecord, parseRecordsThese } from '../../src/parse/fp.js'
import { apiCall, insightEvent, serviceEvent } from '../record/composed.js'

describe('parseRecord', () => {
  it('is Right with the very record given', () => {
    const record = apiCall()
    const result = parseRecord(record)
    expect(either.isRight(result) && result.right).toBe(record)
  })

  it('decodes an Insights event', () => {
    expect(either.isRight(parseRecord(insightEvent()))).toBe(true)
  })

  it('is Left with a record issue that keeps the raw value and has no index or location', () => {
    const bad = { ...apiCall(), readOnly: 'false' }
    const result = parseRecord(bad)
    expect(either.isLeft(result)).toBe(true)
    if (either.isLeft(result)) {
      expect(result.left).toMatchObject({ kind: 'record', path: '$.readOnly', expected: 'boolean', raw: bad })
      expect(result.left.index).toBeUndefined()
      expect(result.left.location).toBeUndefined()
      expect(result.left.message).toMatch(/^input: \$\.readOnly: expected boolean, found "false" \(string\) \(likely a record that a data lake or SIEM stored/)
      expect(result.left.message).toContain("{ form: 'stored' }")
    }
  })

  it.each<[unknown]>([[null], [5], ['{"eventVersion":"1.08"}'], [[apiCall()]]])('never throws: %j is Left', (value) => {
    expect(() => parseRecord(value)).not.toThrow()
    expect(either.isLeft(parseRecord(value))).toBe(true)
  })

  it('honours onOperationMismatch', () => {
    const createCase = {
      ...apiCall(),
      eventSource: 'support.amazonaws.com',
      eventName: 'CreateCase',
      requestParameters: { severityCode: 5 },
      responseElements: null,
    }
    const strict = parseRecord(createCase, { services: [support] })
    expect(either.isLeft(strict) && strict.left.kind).toBe('operation')
    expect(either.isRight(parseRecord(createCase, { services: [support], onOperationMismatch: 'generic' }))).toBe(true)
  })

  it('checks no payload without services: the same CreateCase is Right, the very record given', () => {
    const createCase = {
      ...apiCall(),
      eventSource: 'support.amazonaws.com',
      eventName: 'CreateCase',
      requestParameters: { severityCode: 5 },
      responseElements: null,
    }
    const result = parseRecord(createCase)
    expect(either.isRight(result) && result.right).toBe(createCase)
  })
})

describe('parseRecordsThese', () => {
  it('is Right with every record when there is no issue', () => {
    const records = [apiCall(), serviceEvent()]
    const result = parseRecordsThese({ Records: records })
    expect(these.isRight(result) && result.right).toStrictEqual(records)
  })

  it('is Right with no records for an empty log file', () => {
    expect(parseRecordsThese('{"Records":[]}')).toStrictEqual(these.right([]))
  })

  it('is Both when some records decoded and some did not', () => {
    const result = parseRecordsThese([apiCall(), 1, serviceEvent()])
    expect(these.isBoth(result)).toBe(true)
    if (these.isBoth(result)) {
      expect(result.right).toStrictEqual([apiCall(), serviceEvent()])
      expect(result.left.map((i) => [i.kind, i.index])).toStrictEqual([['record', 1]])
    }
  })

  it('is Left when nothing decoded', () => {
    const result = parseRecordsThese('{"Records": 5}')
    expect(these.isLeft(result)).toBe(true)
    if (these.isLeft(result)) expect(result.left[0]).toMatchObject({ kind: 'input', path: '$.Records' })
  })

  it('puts records the only filter skipped on neither side', () => {
    const result = parseRecordsThese([apiCall(), serviceEvent()], { only: { eventSources: ['kms.amazonaws.com'] } })
    expect(result).toStrictEqual(these.right([serviceEvent()]))
  })
})
