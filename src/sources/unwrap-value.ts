import { describeValue } from '../errors/excerpt.js'
import type { IssueDraft } from '../errors/make-issue.js'
import { appendPath, formatProblems, problemsOf } from '../errors/report.js'
import type * as t from 'io-ts'
import { isJsonObject } from '../codec/json-object.js'
import { LogFile } from '../record/log-file.js'
import { CloudWatchLogsPayload, CloudWatchLogsSubscriptionEvent } from './cloudwatch-logs.js'
import type { SourceEntry } from './entry.js'
import { EventBridgeEvent, SnsLambdaRecord, SnsNotification, SqsLambdaRecord } from './eventbridge.js'
import { parseJson, stripBom } from '../read/json-text.js'
import { LakeQueryResults } from './lake.js'
import { LookupEvent, LookupEventsResponse } from './lookup-events.js'

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

type Obj = Record<string, unknown>

/** How deep wrappers may nest (an SNS notification holding an EventBridge event is two). */
const MAX_WRAPPER_DEPTH = 4

const hasOwn = (o: Obj, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k)


function inputIssue(problems: IssueDraft['problems'], detail?: string, location?: string): SourceEntry {
  return {
    kind: 'issue',
    perRecord: false,
    issue: {
      kind: 'input',
      problems,
      ...(detail === undefined ? {} : { detail }),
      ...(location === undefined ? {} : { location }),
    },
  }
}

function* recordsOf(items: ReadonlyArray<unknown>, location: string, depth: number): Generator<SourceEntry> {
  for (let i = 0; i < items.length; i++) yield* unwrapItem(items[i], appendPath(location, i), depth)
}

/**
 * The elements of a log file's `Records` array: each one is a record (or
 * becomes an issue), never a wrapper, so that element `i` is accounted for
 * as record index `i` even when it has a key such as `Records` or `Events`.
 * They are handed on as one `records` entry.
 *
 * @param items - the `Records` array
 * @param location - the array's path, such as `$.Records`
 * @returns the entry of every element
 */
function logFileRecords(items: ReadonlyArray<unknown>, location: string): SourceEntry {
  return { kind: 'records', values: items, location }
}

/**
 * Unwraps an element of a top-level array, or a value parsed from a string
 * (an SNS `Message`, a `CloudTrailEvent`): a wrapper (EventBridge events in an
 * array, ...) or a record. A log file's `Records` are records only.
 *
 * @param item - the parsed element
 * @param location - where it sits in the input
 * @param depth - how many wrappers enclose it
 * @returns the entries, lazily
 */
export function* unwrapItem(item: unknown, location: string, depth: number): Generator<SourceEntry> {
  const kind = isJsonObject(item) ? detect(item) : 'record'
  if (kind === 'record') yield { kind: 'record', value: item, location }
  else yield* unwrapObject(item as Obj, kind, location, depth + 1)
}

/** A JSON string that holds one record, or a wrapper of records. */
function* unwrapString(text: string, location: string, depth: number): Generator<SourceEntry> {
  const parsed = parseJson(stripBom(text), location, true)
  if (!parsed.ok) yield { kind: 'issue', perRecord: true, issue: parsed.issue }
  else yield* unwrapItem(parsed.value, location, depth)
}

/**
 * A kind of object input: the named sources, two that hold no readable
 * records, and the records of SNS and SQS events delivered to Lambda.
 */
type ObjectKind = Exclude<SourceKind, 'auto'> | 'digest' | 'compressedLogs' | 'lambdaEvent' | 'snsLambdaRecord' | 'sqsLambdaRecord'

/**
 * Whether a value is one record of an SNS or SQS event delivered to Lambda
 * (`{"Sns": {...}}`, `{"eventSource": "aws:sqs", "body": ...}`). Such an event
 * is `{"Records": [...]}` like a log file; its first record tells them apart.
 *
 * @param u - the first element of `Records`
 * @returns whether it is an SNS or SQS Lambda record
 */
export function isLambdaRecord(u: unknown): boolean {
  return isJsonObject(u) && (isJsonObject(u['Sns']) || u['eventSource'] === 'aws:sqs')
}

/**
 * Unwraps one SNS or SQS record of a Lambda event (see {@link isLambdaRecord})
 * as what it is, whatever other keys it has (a `Records` key does not make it
 * a log file).
 *
 * @param item - the element of the event's `Records`
 * @param location - where it sits in the input
 * @param depth - how many wrappers enclose it
 * @returns the entries of its one message
 */
export function* unwrapLambdaRecord(item: Obj, location: string, depth: number): Generator<SourceEntry> {
  yield* unwrapObject(item, isJsonObject(item['Sns']) ? 'snsLambdaRecord' : 'sqsLambdaRecord', location, depth + 1)
}

/** Recognises the kind of a parsed object by its keys. */
function detect(o: Obj): Exclude<ObjectKind, 'records'> {
  if (hasOwn(o, 'Records')) return Array.isArray(o['Records']) && isLambdaRecord(o['Records'][0]) ? 'lambdaEvent' : 'logFile'
  if (typeof o['detail-type'] === 'string' && hasOwn(o, 'detail')) return 'eventBridge'
  if (o['Type'] === 'Notification' && typeof o['Message'] === 'string') return 'sns'
  if (isJsonObject(o['Sns'])) return 'snsLambdaRecord'
  if (o['eventSource'] === 'aws:sqs') return 'sqsLambdaRecord'
  if (Array.isArray(o['Events']) || typeof o['CloudTrailEvent'] === 'string') return 'lookupEvents'
  if (Array.isArray(o['logEvents'])) return 'cloudWatchLogs'
  if (Array.isArray(o['QueryResultRows'])) return 'lakeQueryResults'
  if (typeof o['digestS3Object'] === 'string' && Array.isArray(o['logFiles'])) return 'digest'
  if (CloudWatchLogsSubscriptionEvent.is(o)) return 'compressedLogs'
  return 'record'
}

function mismatch(codec: t.Decoder<unknown, unknown>, value: unknown, location: string): SourceEntry | undefined {
  const result = codec.decode(value)
  if (result._tag === 'Right') return undefined
  return inputIssue(problemsOf(result.left), `not a valid ${codec.name}: ${formatProblems(problemsOf(result.left))}`, location)
}

/**
 * Like {@link mismatch}, for a wrapper that carries exactly one record (an
 * SNS or SQS record of a Lambda event): the issue stands for that record, so
 * it takes a record index and keeps the wrapper in `raw`.
 */
function oneRecordMismatch(codec: t.Decoder<unknown, unknown>, value: unknown, location: string): SourceEntry | undefined {
  const result = codec.decode(value)
  if (result._tag === 'Right') return undefined
  const problems = problemsOf(result.left)
  return {
    kind: 'issue',
    perRecord: true,
    issue: { kind: 'input', problems, detail: `not a valid ${codec.name}: ${formatProblems(problems)}`, location, raw: value },
  }
}

/**
 * Walks a parsed input and yields its raw records (and issues) in order,
 * whatever wrapper they arrive in. It decodes no record: `parse` does.
 *
 * @param value - a parsed input
 * @param source - the input's kind, or `auto` to recognise it
 * @param location - where `value` sits in the input, as a JSON path
 * @param depth - how many wrappers enclose `value`
 * @returns the entries, lazily
 */
export function* unwrapValue(
  value: unknown,
  source: SourceKind = 'auto',
  location = '$',
  depth = 0,
): Generator<SourceEntry> {
  if (depth > MAX_WRAPPER_DEPTH) {
    yield inputIssue([{ path: '$', expected: 'a record', found: describeValue(value) }], 'wrappers nested too deeply', location)
    return
  }
  if (Array.isArray(value)) {
    if (source === 'auto' || source === 'records') yield* recordsOf(value, location, depth)
    else yield inputIssue([{ path: '$', expected: `a ${source} object`, found: describeValue(value) }], undefined, location)
    return
  }
  if (!isJsonObject(value)) {
    yield inputIssue([
      { path: '$', expected: 'a log file, a record, an array of records or a wrapper of records', found: describeValue(value) },
    ], undefined, location)
    return
  }
  yield* unwrapObject(value, source === 'auto' ? detect(value) : source, location, depth)
}

function* unwrapObject(value: Obj, kind: ObjectKind, location: string, depth: number): Generator<SourceEntry> {
  switch (kind) {
    case 'digest':
      yield {
        kind: 'issue',
        perRecord: false,
        issue: {
          kind: 'digest',
          problems: [{ path: '$', expected: 'a log file with Records', found: describeValue(value) }],
          detail: 'this is a CloudTrail digest file (CloudTrail-Digest/): it lists log files and their hashes and holds no records',
          location,
        },
      }
      return
    case 'compressedLogs':
      yield inputIssue(
        [{ path: '$.awslogs.data', expected: 'decoded records', found: describeValue(value['awslogs']) }],
        'a compressed CloudWatch Logs subscription event: read it with parseRecordsAsync, which decodes base64 and gzip',
        location,
      )
      return
    case 'logFile': {
      // `is` first: decoding a valid log file would allocate a context and a result per element.
      const problem = LogFile.is(value) ? undefined : mismatch(LogFile, value, location)
      if (problem !== undefined) yield problem
      else yield logFileRecords(value['Records'] as unknown[], appendPath(location, 'Records'))
      return
    }
    case 'records':
      yield inputIssue([{ path: '$', expected: 'an array of records', found: describeValue(value) }], undefined, location)
      return
    case 'record':
      yield { kind: 'record', value, location }
      return
    case 'eventBridge': {
      const problem = mismatch(EventBridgeEvent, value, location)
      if (problem !== undefined) yield problem
      else yield { kind: 'record', value: value['detail'], location: appendPath(location, 'detail') }
      return
    }
    case 'sns': {
      const problem = mismatch(SnsNotification, value, location)
      if (problem !== undefined) yield problem
      else yield* unwrapString(value['Message'] as string, appendPath(location, 'Message'), depth + 1)
      return
    }
    case 'lambdaEvent': {
      // Each element stands for one record: an SNS or SQS record is unwrapped, anything else is a record to decode.
      const items = value['Records'] as unknown[]
      const at = appendPath(location, 'Records')
      for (let i = 0; i < items.length; i++) {
        const item = items[i]
        if (isLambdaRecord(item)) yield* unwrapLambdaRecord(item as Obj, appendPath(at, i), depth)
        else yield { kind: 'record', value: item, location: appendPath(at, i) }
      }
      return
    }
    case 'snsLambdaRecord': {
      const problem = oneRecordMismatch(SnsLambdaRecord, value, location)
      if (problem !== undefined) yield problem
      else yield* unwrapObject(value['Sns'] as Obj, 'sns', appendPath(location, 'Sns'), depth + 1)
      return
    }
    case 'sqsLambdaRecord': {
      const problem = oneRecordMismatch(SqsLambdaRecord, value, location)
      if (problem !== undefined) yield problem
      else yield* unwrapString(value['body'] as string, appendPath(location, 'body'), depth + 1)
      return
    }
    case 'lookupEvents': {
      if (!hasOwn(value, 'Events')) {
        const problem = mismatch(LookupEvent, value, location)
        if (problem !== undefined) yield problem
        else yield* unwrapString(value['CloudTrailEvent'] as string, appendPath(location, 'CloudTrailEvent'), depth + 1)
        return
      }
      const problem = mismatch(LookupEventsResponse, value, location)
      if (problem !== undefined) {
        yield problem
        return
      }
      const events = value['Events'] as unknown[]
      for (let i = 0; i < events.length; i++) {
        const at = appendPath(appendPath(location, 'Events'), i)
        const event = events[i]
        const bad = LookupEvent.decode(event)
        if (bad._tag === 'Left') {
          const problems = problemsOf(bad.left)
          yield { kind: 'issue', perRecord: true, issue: { kind: 'input', problems, location: at, raw: event } }
        } else yield* unwrapString((event as Obj)['CloudTrailEvent'] as string, appendPath(at, 'CloudTrailEvent'), depth + 1)
      }
      return
    }
    case 'cloudWatchLogs': {
      const problem = mismatch(CloudWatchLogsPayload, value, location)
      if (problem !== undefined) {
        yield problem
        return
      }
      if (value['messageType'] === 'CONTROL_MESSAGE') return
      const events = value['logEvents'] as unknown[]
      for (let i = 0; i < events.length; i++) {
        const at = appendPath(appendPath(location, 'logEvents'), i)
        const event = events[i]
        const message = isJsonObject(event) ? event['message'] : undefined
        if (typeof message === 'string') yield* unwrapString(message, appendPath(at, 'message'), depth + 1)
        else yield { kind: 'record', value: event, location: at }
      }
      return
    }
    case 'lakeQueryResults': {
      const problem = mismatch(LakeQueryResults, value, location)
      if (problem !== undefined) {
        yield problem
        return
      }
      const rows = value['QueryResultRows'] as ReadonlyArray<ReadonlyArray<Record<string, string>>>
      for (let i = 0; i < rows.length; i++) {
        const at = appendPath(appendPath(location, 'QueryResultRows'), i)
        // Lake returns column names in lower case; a query may still spell the column eventJson.
        const column = rows[i]?.flatMap((c) => Object.keys(c)).find((key) => key.toLowerCase() === 'eventjson')
        const cell = column === undefined ? undefined : rows[i]?.find((c) => hasOwn(c, column))
        if (cell === undefined || column === undefined) {
          yield {
            kind: 'issue',
            perRecord: true,
            issue: {
              kind: 'input',
              problems: [{ path: '$', expected: 'an eventjson column', found: describeValue(rows[i]) }],
              detail: 'a CloudTrail Lake row without an eventjson column: select eventjson to get the original record',
              location: at,
              raw: rows[i],
            },
          }
        } else yield* unwrapString(cell[column] as string, `${at}.${column}`, depth + 1)
      }
      return
    }
  }
}
