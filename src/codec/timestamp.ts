import * as t from 'io-ts'

/**
 * Brand of {@link IsoTimestamp}: only a string the codec checked is an
 * `IsoTimestamp`.
 *
 * @example
 * ```ts
 * const at: t.Branded<string, IsoTimestampBrand> = record.eventTime
 * ```
 */
export interface IsoTimestampBrand {
  // `symbol`, not a `unique symbol`: the ESM and CommonJS declarations of the package (and a
  // service's, which CommonJS reads from the ESM ones) then give one and the same brand.
  readonly IsoTimestamp: symbol
}

// Linear: fixed-width fields and one run of digits; no nested quantifiers.
const ISO_UTC = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?Z$/

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

/** The two ASCII digits at `i` as a number, or -1 when either is not a digit. */
function twoDigits(s: string, i: number): number {
  const high = s.charCodeAt(i) - 48
  const low = s.charCodeAt(i + 1) - 48
  return high >= 0 && high <= 9 && low >= 0 && low <= 9 ? high * 10 + low : -1
}

/**
 * Tells whether a string is an ISO-8601 UTC timestamp as CloudTrail writes it:
 * `YYYY-MM-DDTHH:MM:SSZ`, with an optional fraction of a second (1 to 9
 * digits), and a real calendar date and time of day (no 31 April, no
 * 29 February outside leap years, no hour 24; second 60 is a leap second).
 *
 * @param s - the string to check
 * @returns `true` for a valid UTC timestamp
 *
 * @example
 * ```ts
 * isIsoTimestamp('2016-04-13T18:05:53Z')        // true
 * isIsoTimestamp('2023-06-07 23:59:12.000')     // false: CloudTrail Lake's form
 * ```
 */
export function isIsoTimestamp(s: string): boolean {
  // Read character by character (what ISO_UTC matches, without its match array and substrings):
  // 20 characters, or 22 to 30 with a fraction of 1 to 9 digits.
  const n = s.length
  if (n < 20 || n === 21 || n > 30) return false
  if (s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(10) !== 84) return false // - - T
  if (s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58 || s.charCodeAt(n - 1) !== 90) return false // : : Z
  if (n > 20) {
    if (s.charCodeAt(19) !== 46) return false // .
    for (let i = 20; i < n - 1; i++) {
      const c = s.charCodeAt(i)
      if (c < 48 || c > 57) return false
    }
  }
  const century = twoDigits(s, 0)
  const yearOfCentury = twoDigits(s, 2)
  const month = twoDigits(s, 5)
  const day = twoDigits(s, 8)
  const hour = twoDigits(s, 11)
  const minute = twoDigits(s, 14)
  const second = twoDigits(s, 17)
  if (century < 0 || yearOfCentury < 0 || hour < 0 || minute < 0 || second < 0) return false
  if (month < 1 || month > 12 || day < 1) return false
  const maxDay = month === 2 && !isLeapYear(century * 100 + yearOfCentury) ? 28 : (DAYS_IN_MONTH[month - 1] ?? 31)
  return day <= maxDay && hour < 24 && minute < 60 && second < 61
}

/**
 * An ISO-8601 UTC timestamp string such as `2016-04-13T18:05:53Z`, validated
 * and kept as the string it was (branded, never converted); see
 * {@link eventTimeAsDate} for a `Date`.
 *
 * @example
 * ```ts
 * IsoTimestamp.is('2016-04-13T18:05:53Z')   // true
 * IsoTimestamp.is('2016-04-13')             // false
 * ```
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-record-contents.html
 */
export const IsoTimestamp = /*#__PURE__*/ t.brand(
  t.string,
  (s): s is t.Branded<string, IsoTimestampBrand> => isIsoTimestamp(s),
  'IsoTimestamp',
)
/** An ISO-8601 UTC timestamp string; see the codec of the same name. */
export type IsoTimestamp = t.TypeOf<typeof IsoTimestamp>

/**
 * Turns a record's `eventTime` into a `Date`, leaving the record untouched.
 *
 * The string is read field by field rather than handed to `Date.parse`, so
 * the answer does not depend on the JavaScript engine: a fraction longer than
 * milliseconds is truncated to milliseconds, and a leap second (`23:59:60`)
 * is the first instant of the next minute, as in POSIX time.
 *
 * @param record - any value with a decoded `eventTime`
 * @returns the instant the request completed (an invalid `Date` only if
 *   `eventTime` was forged past the codec and is not an ISO-8601 UTC timestamp)
 *
 * @example
 * ```ts
 * eventTimeAsDate({ eventTime: '2016-04-13T18:05:53Z' as IsoTimestamp }).toISOString()
 * // '2016-04-13T18:05:53.000Z'
 * ```
 */
export function eventTimeAsDate(record: { readonly eventTime: IsoTimestamp }): Date {
  const m = ISO_UTC.exec(record.eventTime)
  if (m === null) return new Date(Number.NaN)
  const date = new Date(0)
  // setUTCFullYear, unlike Date.UTC, leaves the years 0 to 99 alone.
  date.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]))
  date.setUTCHours(Number(m[4]), Number(m[5]), Number(m[6]), Number((m[7] ?? '').padEnd(3, '0').slice(0, 3)))
  return date
}
