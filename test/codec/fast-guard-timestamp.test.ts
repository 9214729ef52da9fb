/**
 * `isIsoTimestamp` reads the string character by character instead of with a
 * RegExp (no match array, no substrings): it must answer exactly what the
 * RegExp version answered, kept here as the oracle.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isIsoTimestamp } from '../../src/codec/timestamp.js'
import { isoTimestamp, propertyRuns, propertyTimeout } from '../support/arbitraries.js'

const ISO_UTC = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?Z$/
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const

/** The RegExp version of `isIsoTimestamp`, as it was before the rewrite. */
function regexIsIsoTimestamp(s: string): boolean {
  const m = ISO_UTC.exec(s)
  if (m === null) return false
  const year = Number(m[1])
  const month = Number(m[2])
  const day = Number(m[3])
  if (month < 1 || month > 12 || day < 1) return false
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  const maxDay = month === 2 && !leap ? 28 : (DAYS_IN_MONTH[month - 1] ?? 31)
  return day <= maxDay && Number(m[4]) < 24 && Number(m[5]) < 60 && Number(m[6]) < 61
}

/** Characters that matter to the format, and some that look like them. */
const timestampCharacter = fc.constantFrom(...'0123456789-T:.Z tz+/٣０\n'.split(''), '\u0660', '\ud800')

/** Damages a string: replaces, inserts or deletes one character. */
function damaged(s: string, kind: number, at: number, c: string): string {
  const i = at % (s.length + 1)
  if (kind === 0) return s.slice(0, i) + c + s.slice(i + 1)
  if (kind === 1) return s.slice(0, i) + c + s.slice(i)
  return s.slice(0, i) + s.slice(i + 1)
}

/** Timestamps with every field drawn from 00 to 99 (impossible months, days, hours included). */
const anyFields = fc
  .tuple(
    fc.integer({ min: 0, max: 9999 }),
    fc.array(fc.integer({ min: 0, max: 99 }), { minLength: 5, maxLength: 5 }),
    fc.option(fc.stringMatching(/^\d{0,11}$/), { nil: undefined }),
  )
  .map(([year, [month, day, hour, minute, second], fraction]) => {
    const two = (n: number | undefined): string => String(n ?? 0).padStart(2, '0')
    const tail = fraction === undefined ? '' : `.${fraction}`
    return `${String(year).padStart(4, '0')}-${two(month)}-${two(day)}T${two(hour)}:${two(minute)}:${two(second)}${tail}Z`
  })

describe('isIsoTimestamp without a RegExp', () => {
  it('answers as the RegExp version on valid, impossible, damaged and arbitrary strings', { timeout: propertyTimeout }, () => {
    const candidates = fc.oneof(
      isoTimestamp,
      anyFields,
      fc
        .tuple(fc.oneof(isoTimestamp, anyFields), fc.integer({ min: 0, max: 2 }), fc.nat(), timestampCharacter)
        .map(([s, kind, at, c]) => damaged(s, kind, at, c)),
      fc.string({ unit: timestampCharacter, maxLength: 32 }),
      fc.string(),
    )
    fc.assert(
      fc.property(candidates, (s) => {
        if (isIsoTimestamp(s) !== regexIsIsoTimestamp(s)) throw new Error(`differs on ${JSON.stringify(s)}`)
      }),
      { numRuns: propertyRuns },
    )
  })

  it('answers as the RegExp version on every one-character edit of valid timestamps', () => {
    // Exhaustive, so that no answer of the character-by-character reader depends on what the
    // random property above happens to draw: every position replaced by, or preceded by, every
    // printable ASCII character (the neighbours of the digits '/' and ':' included) and a few
    // look-alikes, and every position deleted.
    const bases = ['2024-02-29T23:59:60Z', '2023-07-19T21:11:57.123456789Z', '2000-01-01T00:00:00.0Z', '1999-12-31T19:09:09.9Z']
    const characters = [...Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)), '\u0660', '０', '\ud800', '\n']
    const edits = new Set<string>()
    for (const base of bases) {
      for (let i = 0; i <= base.length; i++) {
        edits.add(base.slice(0, i) + base.slice(i + 1))
        for (const c of characters) {
          edits.add(base.slice(0, i) + c + base.slice(i + 1))
          edits.add(base.slice(0, i) + c + base.slice(i))
        }
      }
    }
    let accepted = 0
    for (const s of edits) {
      const expected = regexIsIsoTimestamp(s)
      if (isIsoTimestamp(s) !== expected) throw new Error(`differs on ${JSON.stringify(s)}`)
      if (expected) accepted++
    }
    // Both answers occur: the edits that keep a valid timestamp (another digit, a longer fraction) and those that do not.
    expect(accepted).toBeGreaterThan(100)
    expect(edits.size - accepted).toBeGreaterThan(1000)
  })

  it('answers as the RegExp version on the edges', () => {
    const edges = [
      '2024-02-29T23:59:60Z', '2023-02-29T00:00:00Z', '2000-02-29T00:00:00Z', '1900-02-29T00:00:00Z',
      '2024-04-31T00:00:00Z', '2024-01-01T24:00:00Z', '2024-01-01T23:60:00Z', '2024-01-01T23:59:61Z',
      '2024-01-01T00:00:00.Z', '2024-01-01T00:00:00.1Z', '2024-01-01T00:00:00.123456789Z', '2024-01-01T00:00:00.1234567890Z',
      '+024-01-01T00:00:00Z', '2024-1-01T00:00:00Z', '2024-01-01t00:00:00Z', '2024-01-01T00:00:00z', '2024-01-01T00:00:00',
      '2024-01-01T00:00:00Z\n', ' 2024-01-01T00:00:00Z', '0000-00-00T00:00:00Z', '0000-01-01T00:00:00Z', '',
    ]
    for (const s of edges) if (isIsoTimestamp(s) !== regexIsIsoTimestamp(s)) throw new Error(`differs on ${JSON.stringify(s)}`)
  })
})
