import { describe, expect, it } from 'vitest'
import { IsoTimestamp, eventTimeAsDate, isIsoTimestamp } from '../../src/codec/timestamp.js'

/** Decodes with the codec, so that tests call eventTimeAsDate with a real IsoTimestamp. */
function timestamp(s: string): IsoTimestamp {
  if (!IsoTimestamp.is(s)) throw new Error(`not an IsoTimestamp: ${s}`)
  return s
}

describe('isIsoTimestamp', () => {
  it.each([
    '2014-03-06T21:22:54Z',
    '2016-04-13T18:05:53Z',
    '2024-02-29T00:00:00Z',
    '2000-02-29T12:00:00Z',
    '2023-12-31T23:59:59Z',
    '2016-12-31T23:59:60Z',
    '2023-07-19T21:11:57.1Z',
    '2023-07-19T21:11:57.123Z',
    '2023-07-19T21:11:57.123456789Z',
    '0001-01-01T00:00:00Z',
  ])('accepts %s', (s) => {
    expect(isIsoTimestamp(s)).toBe(true)
  })

  it.each([
    ['2023-02-29T00:00:00Z', 'not a leap year'],
    ['1900-02-29T00:00:00Z', 'a century that is not a leap year'],
    ['2024-02-30T00:00:00Z', 'February has at most 29 days'],
    ['2024-04-31T00:00:00Z', 'April has 30 days'],
    ['2024-13-01T00:00:00Z', 'month 13'],
    ['2024-00-10T00:00:00Z', 'month 0'],
    ['2024-01-00T00:00:00Z', 'day 0'],
    ['2024-01-32T00:00:00Z', 'day 32'],
    ['2024-01-01T24:00:00Z', 'hour 24'],
    ['2024-01-01T23:60:00Z', 'minute 60'],
    ['2024-01-01T23:59:61Z', 'second 61'],
    ['2024-01-01T00:00:00.Z', 'a dot without digits'],
    ['2024-01-01T00:00:00.1234567890Z', 'ten fraction digits'],
    ['2024-01-01T00:00:00', 'no zone'],
    ['2024-01-01T00:00:00z', 'lower-case z'],
    ['2024-01-01T00:00:00+00:00', 'an offset instead of Z'],
    ['2023-06-07 23:59:12.000', 'CloudTrail Lake and Panther form'],
    ['20131102T010628Z', 'basic notation (kept for creationDate, not eventTime)'],
    ['2024-01-01', 'a date alone'],
    ['', 'empty'],
    [' 2024-01-01T00:00:00Z', 'leading space'],
    ['2024-01-01T00:00:00Z\n', 'trailing newline'],
    ['２０２４-01-01T00:00:00Z', 'full-width digits'],
  ])('rejects %j (%s)', (s) => {
    expect(isIsoTimestamp(s)).toBe(false)
  })

  it('answers quickly on a long string that almost matches (no backtracking blow-up)', () => {
    const started = performance.now()
    expect(isIsoTimestamp(`2024-01-01T00:00:00.${'1'.repeat(1_000_000)}`)).toBe(false)
    expect(performance.now() - started).toBeLessThan(500)
  })
})

describe('IsoTimestamp', () => {
  it('keeps the string as it was: decoding does not convert', () => {
    const result = IsoTimestamp.decode('2023-07-19T21:11:57.123456Z')
    expect(result).toStrictEqual({ _tag: 'Right', right: '2023-07-19T21:11:57.123456Z' })
    expect(IsoTimestamp.encode(timestamp('2016-04-13T18:05:53Z'))).toBe('2016-04-13T18:05:53Z')
  })

  it('rejects non-strings', () => {
    for (const value of [null, 1460570753000, new Date('2016-04-13T18:05:53Z'), undefined]) {
      expect(IsoTimestamp.is(value)).toBe(false)
    }
  })

  it('is named IsoTimestamp, and rejects a string that is not a timestamp', () => {
    expect(IsoTimestamp.name).toBe('IsoTimestamp')
    expect(IsoTimestamp.is('2016-04-13')).toBe(false)
    expect(IsoTimestamp.is('2016-04-13T18:05:53Z')).toBe(true)
  })
})

describe('eventTimeAsDate', () => {
  it.each([
    ['2016-04-13T18:05:53Z', '2016-04-13T18:05:53.000Z'],
    ['2023-07-19T21:11:57.1Z', '2023-07-19T21:11:57.100Z'],
    ['2023-07-19T21:11:57.123456789Z', '2023-07-19T21:11:57.123Z'],
    ['2024-02-29T00:00:00Z', '2024-02-29T00:00:00.000Z'],
    ['2016-12-31T23:59:60Z', '2017-01-01T00:00:00.000Z'],
    ['0099-01-01T00:00:00Z', '0099-01-01T00:00:00.000Z'],
  ])('reads %s as %s', (eventTime, iso) => {
    expect(eventTimeAsDate({ eventTime: timestamp(eventTime) }).toISOString()).toBe(iso)
  })

  it('gives an invalid Date, not a throw, for a forged eventTime', () => {
    const forged = { eventTime: 'not a time' as IsoTimestamp }
    expect(Number.isNaN(eventTimeAsDate(forged).getTime())).toBe(true)
  })

  it.each(['x2016-04-13T18:05:53Z', '2016-04-13T18:05:53Zx', '2016-04-13T18:05:53', '2016-04-13T18:05:53.1234567890Z', '2016-4-13T18:05:53Z'])(
    'gives an invalid Date for the forged eventTime %s, which is a timestamp with something around it or missing',
    (eventTime) => {
      expect(Number.isNaN(eventTimeAsDate({ eventTime: eventTime as IsoTimestamp }).getTime())).toBe(true)
    },
  )

  it('leaves the record untouched', () => {
    const record = { eventTime: timestamp('2016-04-13T18:05:53Z') }
    eventTimeAsDate(record)
    expect(record).toStrictEqual({ eventTime: '2016-04-13T18:05:53Z' })
  })
})
