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
  readonly IsoTimestamp: unique symbol
}

// Linear: fixed-width fields and one run of digits; no nested quantifiers.
const ISO_UTC = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?Z$/

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
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
  const m = ISO_UTC.exec(s)
  if (m === null) return false
  const year = Number(m[1])
  const month = Number(m[2])
  const day = Number(m[3])
  if (month < 1 || month > 12 || day < 1) return false
  const maxDay = month === 2 && !isLeapYear(year) ? 28 : (DAYS_IN_MONTH[month - 1] ?? 31)
  return day <= maxDay && Number(m[4]) < 24 && Number(m[5]) < 60 && Number(m[6]) < 61
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
export const IsoTimestamp = t.brand(
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
