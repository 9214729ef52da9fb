import * as t from 'io-ts'

/**
 * The `eventVersion` of a record, such as `"1.0"`, `"1.05"` or `"1.11"`, kept
 * as the string it was. Any string decodes (a future `"2.0"` included); compare
 * versions with {@link compareEventVersions}, never as strings or floats.
 *
 * @example
 * ```ts
 * EventVersion.is('1.11')   // true
 * ```
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-record-contents.html
 */
export const EventVersion = t.string
/** The `eventVersion` string of a record. */
export type EventVersion = t.TypeOf<typeof EventVersion>

const VERSION = /^(\d{1,9})\.(\d{1,9})$/

/**
 * Splits an `eventVersion` into its integer parts.
 *
 * @param version - an eventVersion string
 * @returns `[major, minor]`, or `undefined` when the string is not `<int>.<int>`
 *
 * @example
 * ```ts
 * parseEventVersion('1.09')   // [1, 9]
 * parseEventVersion('1.10')   // [1, 10]
 * ```
 */
export function parseEventVersion(version: string): readonly [major: number, minor: number] | undefined {
  const m = VERSION.exec(version)
  return m === null ? undefined : [Number(m[1]), Number(m[2])]
}

/**
 * Orders two eventVersions numerically: `"1.10"` comes after `"1.9"` and
 * `"1.09"` equals `"1.9"`. Versions that do not parse sort after every valid
 * one, in string order among themselves, so sorting never throws.
 *
 * @param a - an eventVersion
 * @param b - another eventVersion
 * @returns a negative number, zero or a positive number, as `Array.prototype.sort` expects
 *
 * @example
 * ```ts
 * compareEventVersions('1.10', '1.9') > 0                             // true
 * const sorted = ['1.10', '1.02', '1.9'].sort(compareEventVersions)   // ['1.02', '1.9', '1.10']
 * ```
 */
export function compareEventVersions(a: string, b: string): number {
  const pa = parseEventVersion(a)
  const pb = parseEventVersion(b)
  if (pa === undefined || pb === undefined) {
    if (pa !== undefined) return -1
    if (pb !== undefined) return 1
    return a < b ? -1 : a > b ? 1 : 0
  }
  return pa[0] - pb[0] || pa[1] - pb[1]
}
