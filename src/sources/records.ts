import { describeValue } from '../errors/excerpt.js'
import { appendPath } from '../errors/report.js'
import type { SourceEntry } from './entry.js'
import { inputIssue } from './source.js'
import type { Nested, Source } from './source.js'

/**
 * An array of records, or of wrappers of records (EventBridge events, SNS
 * notifications, LookupEvents events): each element is recognised on its
 * own. An array is told apart before any object source is asked, so this
 * source says no to every object; picked by name, an object is an `input`
 * issue.
 * (NDJSON and objects back to back are text, split by the reader into the
 * same elements.)
 *
 * @example
 * ```ts
 * const events = [
 *   { version: '0', id: '6f87d04b-9f74-4f04-a780-7acf4b0a9b38', 'detail-type': 'AWS API Call via CloudTrail', source: 'aws.support',
 *     account: '111122223333', time: '2016-04-13T18:05:53Z', region: 'us-east-1', resources: [],
 *     detail: { eventVersion: '1.04', eventTime: '2016-04-13T18:05:53Z', eventSource: 'support.amazonaws.com',
 *       eventName: 'CreateCase', awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.15', userAgent: 'console.amazonaws.com' } },
 * ]
 * parseRecords(events, { source: 'records' }).records.length   // 1: the element is an EventBridge event, its record at $[0].detail
 * ```
 */
export const records: Source<'records'> = {
  name: 'records',
  detect: () => false,
  *unwrap(o, location) {
    yield inputIssue([{ path: '$', expected: 'an array of records', found: describeValue(o) }], undefined, location)
  },
}

/**
 * Unwraps the elements of an array of records or wrappers, each at
 * `location[i]`.
 *
 * @param items - the array
 * @param location - where it sits in the input
 * @param nested - unwraps each element
 * @returns the entries, lazily
 */
export function* unwrapArray(items: ReadonlyArray<unknown>, location: string, nested: Nested): Generator<SourceEntry> {
  for (let i = 0; i < items.length; i++) yield* nested.value(items[i], appendPath(location, i))
}
