import { isJsonObject } from '../codec/json-object.js'
import { describeValue } from '../errors/excerpt.js'
import { parseJson, stripBom } from '../read/json-text.js'
import { cloudWatchLogs, compressedLogs } from './cloudwatch-logs.js'
import { digest } from './digest.js'
import type { SourceEntry } from './entry.js'
import { eventBridge } from './eventbridge.js'
import { lakeQueryResults } from './lake.js'
import { logFile } from './log-file.js'
import { lookupEvents } from './lookup-events.js'
import { record } from './record.js'
import { records, unwrapArray } from './records.js'
import { lambdaEvent, sns, snsLambdaRecord, sqsLambdaRecord } from './sns.js'
import { inputIssue } from './source.js'
import type { JsonObject, Nested, Source } from './source.js'

/**
 * Every input source, in the order detection asks them: the first whose
 * `detect` says yes unwraps an object. The order matters where shapes
 * overlap: an SNS or SQS event delivered to Lambda has `Records` like a log
 * file, so it comes first; a compressed CloudWatch Logs event is checked by
 * its codec, so it comes late; anything else is a record, last. An array is
 * told apart before the list is asked (`records` never says yes to an object).
 */
export const sources = [
  lambdaEvent,
  logFile,
  eventBridge,
  sns,
  snsLambdaRecord,
  sqsLambdaRecord,
  lookupEvents,
  cloudWatchLogs,
  lakeQueryResults,
  digest,
  compressedLogs,
  records,
  record,
] as const

/** The name of a source of the list: those the `source` option names, and those only ever recognised. */
export type SourceName = (typeof sources)[number]['name']

/**
 * Where records come from. `auto` (the default) recognises every other kind by
 * its shape; naming one turns guessing off, and an input of another shape is
 * an `input` issue.
 *
 * - `logFile`: `{"Records": [...]}` as CloudTrail writes to S3
 * - `records`: an array of records
 * - `record`: one record
 * - `eventBridge`: an EventBridge event (`detail` is the record)
 * - `sns`: an SNS notification whose `Message` is an EventBridge event or a record
 * - `lookupEvents`: a LookupEvents response or one of its events (`CloudTrailEvent` strings)
 * - `cloudWatchLogs`: a decoded CloudWatch Logs subscription payload (`logEvents[].message` strings)
 * - `lakeQueryResults`: CloudTrail Lake query results with an `eventjson` column
 */
export type SourceKind =
  | 'auto'
  | 'logFile'
  | 'records'
  | 'record'
  | 'eventBridge'
  | 'sns'
  | 'lookupEvents'
  | 'cloudWatchLogs'
  | 'lakeQueryResults'

/** Every source by name. */
const byName: ReadonlyMap<string, Source> = /*#__PURE__*/ new Map(/*#__PURE__*/ sources.map((source): [string, Source] => [source.name, source]))

/**
 * Recognises the source of a parsed object by its keys: the first of
 * {@link sources} whose `detect` says yes ({@link record} when no other does).
 *
 * This is the list written out, one direct call per source: it runs once
 * per element of an array and per line of NDJSON, and a loop over the list
 * (an indirect call per source) costs three times as much.
 * `test/sources/list.test.ts` checks that it asks the sources in the order
 * of the list.
 *
 * @param o - the object
 * @returns its source
 */
export function detect(o: JsonObject): Source {
  if (lambdaEvent.detect(o)) return lambdaEvent
  if (logFile.detect(o)) return logFile
  if (eventBridge.detect(o)) return eventBridge
  if (sns.detect(o)) return sns
  if (snsLambdaRecord.detect(o)) return snsLambdaRecord
  if (sqsLambdaRecord.detect(o)) return sqsLambdaRecord
  if (lookupEvents.detect(o)) return lookupEvents
  if (cloudWatchLogs.detect(o)) return cloudWatchLogs
  if (lakeQueryResults.detect(o)) return lakeQueryResults
  if (digest.detect(o)) return digest
  if (compressedLogs.detect(o)) return compressedLogs
  return record
}

/** A name the `source` option gives, which is the name of a source of the list (or this does not compile). */
type NamedKind = Exclude<SourceKind, 'auto'> & SourceName

/**
 * The source the `source` option names.
 *
 * @param kind - a name other than `auto`
 * @returns its source; none for a name outside `SourceKind` (from untyped code: such an input yields no entry)
 */
export function sourceNamed(kind: NamedKind): Source | undefined {
  return byName.get(kind)
}

/**
 * Unwraps an element of a top-level array, or a value parsed from a string
 * (an SNS `Message`, a `CloudTrailEvent`): a wrapper (EventBridge events in an
 * array, ...) or a record. A log file's `Records` are records only.
 *
 * @param item - the parsed element
 * @param location - where it sits in the input
 * @returns the entries, lazily
 */
export function* unwrapItem(item: unknown, location: string): Generator<SourceEntry> {
  const source = isJsonObject(item) ? detect(item) : record
  // A record is yielded here, without a generator of its own: arrays and NDJSON come this way, once per record.
  if (source === record) yield { kind: 'record', value: item, location }
  else yield* source.unwrap(item as JsonObject, location, nested)
}

/** A JSON string that holds one record, or a wrapper of records. */
function* unwrapString(text: string, location: string): Generator<SourceEntry> {
  const parsed = parseJson(stripBom(text), location, true)
  if (!parsed.ok) yield { kind: 'issue', perRecord: true, issue: parsed.issue }
  else yield* unwrapItem(parsed.value, location)
}

/** What every source is given to unwrap what it carries: the list again, from the top. */
export const nested: Nested = { value: unwrapItem, text: unwrapString }

/**
 * Walks a parsed input and yields its raw records (and issues) in order,
 * whatever wrapper they arrive in. It decodes no record: `parse` does.
 *
 * @param value - a parsed input
 * @param source - the input's kind, or `auto` to recognise it
 * @param location - where `value` sits in the input, as a JSON path
 * @returns the entries, lazily
 */
export function* unwrapValue(value: unknown, source: SourceKind = 'auto', location = '$'): Generator<SourceEntry> {
  if (Array.isArray(value)) {
    if (source === 'auto' || source === 'records') yield* unwrapArray(value, location, nested)
    else yield inputIssue([{ path: '$', expected: `a ${source} object`, found: describeValue(value) }], undefined, location)
    return
  }
  if (!isJsonObject(value)) {
    yield inputIssue(
      [{ path: '$', expected: 'a log file, a record, an array of records or a wrapper of records', found: describeValue(value) }],
      undefined,
      location,
    )
    return
  }
  const chosen = source === 'auto' ? detect(value) : sourceNamed(source)
  if (chosen !== undefined) yield* chosen.unwrap(value, location, nested)
}
