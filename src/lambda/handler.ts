import type { ParseIssue } from '../errors/index.js'
import { streamRecords } from '../parse/index.js'
import type { AsyncParseOptions } from '../parse/index.js'
import type { CloudTrailRecord } from '../record/index.js'
import { isCloudTrailLogKey } from './keys.js'
import { readNotifications } from './notifications.js'
import type { NotificationMessage, S3ObjectRef, SkippedNotification } from './notifications.js'

/**
 * Fetches an object with your own S3 client and returns its body as it
 * comes: a Node `Readable`, a web `ReadableStream`, a `Blob`, bytes, or any
 * `AsyncIterable<Uint8Array>` (gzip is recognised and inflated). With the
 * AWS SDK for JavaScript v3, the `Body` of a `GetObjectCommand`.
 *
 * @example
 * ```ts
 * import type { FetchObject } from 'cloudtrail-codecs/lambda'
 *
 * const fetchObject: FetchObject = async ({ bucket, key }) => (await fetch(`https://${bucket}.s3.amazonaws.com/${encodeURI(key)}`)).body
 * ```
 */
export type FetchObject = (object: S3ObjectRef) => unknown

/**
 * Receives the records of an object, a batch at a time, in order; may return
 * a promise (the next batch waits for it). Throwing fails the object: it is
 * read no further, and its notification is retried (so a batch may be seen
 * again: make this idempotent, for instance by `eventID`).
 *
 * @example
 * ```ts
 * import type { OnRecords } from 'cloudtrail-codecs/lambda'
 *
 * const onRecords: OnRecords = async (records, object) => {
 *   console.log(object.key, records.length, records[0]?.eventTime)
 * }
 * ```
 */
export type OnRecords = (records: CloudTrailRecord[], object: S3ObjectRef) => unknown

/**
 * What happened to one object: the records delivered, the issues, the
 * records the `only` filter skipped, and the error that failed it, if any.
 *
 * @example
 * ```ts
 * import type { ObjectReport } from 'cloudtrail-codecs/lambda'
 *
 * const log = (report: ObjectReport): void => console.log(report.object.key, report.records, report.issues, report.failed === undefined ? 'ok' : 'failed')
 * ```
 */
export interface ObjectReport {
  /** The object. */
  readonly object: S3ObjectRef
  /** The SQS message that announced it, if it came through SQS. */
  readonly messageId: string | undefined
  /** Records handed to `onRecords`. */
  readonly records: number
  /** Issues (records that did not decode, a file that is not CloudTrail...). */
  readonly issues: number
  /** Records the `only` filter left out. */
  readonly skipped: number
  /** Why the object failed (fetching it, reading its body, or `onRecords` threw); `undefined` when it did not. */
  readonly failed: unknown
}

/**
 * Options of {@link handleS3Notifications}: those of `streamRecords`, and
 * how the handler reads and reports.
 *
 * @example
 * ```ts
 * import type { S3HandlerOptions } from 'cloudtrail-codecs/lambda'
 *
 * const options: S3HandlerOptions = { batchSize: 500, concurrency: 2, onIssue: (issue, object) => console.warn(object.key, issue.message) }
 * ```
 */
export interface S3HandlerOptions extends AsyncParseOptions {
  /** Records per `onRecords` call (default 1000). */
  readonly batchSize?: number
  /** Objects read at once (default 1). Each holds at most one batch of records and one record in the reader. */
  readonly concurrency?: number
  /** Which keys to read (default `isCloudTrailLogKey`: CloudTrail log files; digest files and other keys are skipped). */
  readonly isLogKey?: (key: string) => boolean
  /** Receives each issue with its object (default: `console.warn` of the key and the message). */
  readonly onIssue?: (issue: ParseIssue, object: S3ObjectRef) => unknown
  /** Receives what a notification announced that is not read (default: `console.warn` for `unrecognized` messages only). */
  readonly onSkip?: (skipped: SkippedNotification) => unknown
  /** Receives the report of each object once it is read or has failed (default: nothing). */
  readonly onObject?: (report: ObjectReport) => unknown
}

/**
 * What the handler answers to an SQS event: the messages to retry, by
 * `messageId` (the event source mapping must have `ReportBatchItemFailures`
 * in its `FunctionResponseTypes`). Empty when every message succeeded.
 *
 * @example
 * ```ts
 * import type { SqsBatchResponse } from 'cloudtrail-codecs/lambda'
 *
 * const none: SqsBatchResponse = { batchItemFailures: [] }
 * ```
 */
export interface SqsBatchResponse {
  readonly batchItemFailures: Array<{ readonly itemIdentifier: string }>
}

/**
 * The Lambda handler {@link handleS3Notifications} makes: give it the event
 * as the runtime passes it.
 *
 * @example
 * ```ts
 * import { handleS3Notifications } from 'cloudtrail-codecs/lambda'
 * import type { S3NotificationHandler } from 'cloudtrail-codecs/lambda'
 *
 * const handler: S3NotificationHandler = handleS3Notifications(async () => new Uint8Array(), () => undefined)
 * const answer = await handler({ Records: [] })   // undefined: nothing to read
 * ```
 */
export type S3NotificationHandler = (event: unknown) => Promise<SqsBatchResponse | undefined>

/** Records are delivered this many at a time, by default. */
const DEFAULT_BATCH = 1000

/** A reading failure of a body, kept aside: `streamRecords` turns it into an issue, but it fails the object. */
interface Failure {
  error?: unknown
  failed: boolean
}

function isAsyncIterable(value: unknown): value is AsyncIterable<Uint8Array> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value
}

function isReader(value: unknown): value is ReadableStream<Uint8Array> {
  return typeof value === 'object' && value !== null && typeof (value as { getReader?: unknown }).getReader === 'function'
}

/**
 * The body, read through a wrapper that notes whether reading it failed (a
 * reset connection): `streamRecords` never throws, and would report it as
 * an issue, but the object must then be read again.
 */
function watched(body: unknown, failure: Failure): unknown {
  if (isAsyncIterable(body)) {
    return (async function* (): AsyncGenerator<Uint8Array, void, undefined> {
      try {
        for await (const chunk of body) yield chunk
      } catch (error) {
        failure.failed = true
        failure.error = error
        throw error
      }
    })()
  }
  if (isReader(body)) {
    return (async function* (): AsyncGenerator<Uint8Array, void, undefined> {
      const reader = body.getReader()
      let done = false
      try {
        for (;;) {
          const next = await reader.read()
          if (next.done) break
          yield next.value
        }
        done = true
      } catch (error) {
        failure.failed = true
        failure.error = error
        throw error
      } finally {
        if (!done && !failure.failed) await reader.cancel()
        reader.releaseLock()
      }
    })()
  }
  return body
}

function defaultOnIssue(issue: ParseIssue, object: S3ObjectRef): void {
  console.warn(`cloudtrail-codecs: s3://${object.bucket}/${object.key}: ${issue.message}`)
}

function defaultOnSkip(skipped: SkippedNotification): void {
  if (skipped.reason === 'unrecognized') console.warn(`cloudtrail-codecs: a notification that announces no S3 object was skipped: ${skipped.detail ?? ''}`)
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** Reads one object: fetches it, streams its records to `onRecords` a batch at a time. */
async function readObject(
  object: S3ObjectRef,
  messageId: string | undefined,
  fetchObject: FetchObject,
  onRecords: OnRecords,
  options: S3HandlerOptions,
): Promise<ObjectReport> {
  const size = options.batchSize ?? DEFAULT_BATCH
  const onIssue = options.onIssue ?? defaultOnIssue
  const failure: Failure = { failed: false }
  let records = 0
  let issues = 0
  let skipped = 0
  try {
    const body = watched(await fetchObject(object), failure)
    let batch: CloudTrailRecord[] = []
    for await (const entry of streamRecords(body, options)) {
      if (entry.kind === 'record') {
        batch.push(entry.record)
        if (batch.length >= size) {
          records += batch.length
          await onRecords(batch, object)
          batch = []
        }
      } else if (entry.kind === 'skipped') skipped++
      else if (!failure.failed) {
        issues++
        await onIssue(entry.issue, object)
      }
    }
    if (!failure.failed && batch.length > 0) {
      records += batch.length
      await onRecords(batch, object)
    }
  } catch (error) {
    failure.failed = true
    failure.error = error
  }
  return { object, messageId, records, issues, skipped, failed: failure.failed ? (failure.error ?? new Error('reading failed')) : undefined }
}

/**
 * Runs `work` on every item, `concurrency` at a time, and returns the results in order.
 */
async function inTurn<T, R>(items: ReadonlyArray<T>, concurrency: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = []
  let next = 0
  const runner = async (): Promise<void> => {
    for (let at = next++; at < items.length; at = next++) results[at] = await work(items[at]!)
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, runner))
  return results
}

/**
 * Makes a Lambda handler for CloudTrail log files announced by S3: it reads
 * the notification in whatever shape AWS delivered it (S3 event
 * notifications directly, through SNS or SQS; EventBridge "Object Created"
 * events, directly or through SQS; CloudTrail's own SNS notifications),
 * fetches each new log file with your S3 client, streams it through
 * `streamRecords` and hands you its records in batches. Digest files, keys
 * that are not log files and S3's test event are skipped. Runs on any
 * runtime with `DecompressionStream` (Node.js 18 and later); the library
 * depends on no AWS SDK: the client is yours.
 *
 * Failures: an object fails when fetching it throws, reading its body
 * fails, or `onRecords` throws. For an SQS event the handler answers with
 * the failed messages' ids in `batchItemFailures`, so that SQS retries only
 * those (for a FIFO queue, every message after the first failure too); for
 * any other event it throws, so that Lambda retries the event. Records that
 * do not decode are issues (`onIssue`), never failures: reading again would
 * not change them.
 *
 * Memory stays bounded by `concurrency` × (`batchSize` records + one record
 * being read), whatever the size of the objects.
 *
 * @param fetchObject - fetches an object's body with your S3 client
 * @param onRecords - receives the records, a batch at a time
 * @param options - the options of `streamRecords`, and how to read and report
 * @returns the handler: `export const handler = handleS3Notifications(...)`
 *
 * @example
 * ```ts
 * import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3'
 * import { handleS3Notifications } from 'cloudtrail-codecs/lambda'
 *
 * const s3 = new S3Client({})
 * export const handler = handleS3Notifications(
 *   async ({ bucket, key, versionId }) => (await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key, VersionId: versionId }))).Body,
 *   async (records, object) => console.log(object.key, records.length, 'records'),
 * )
 * ```
 */
export function handleS3Notifications(fetchObject: FetchObject, onRecords: OnRecords, options: S3HandlerOptions = {}): S3NotificationHandler {
  const isLogKey = options.isLogKey ?? isCloudTrailLogKey
  const onSkip = options.onSkip ?? defaultOnSkip
  const concurrency = options.concurrency ?? 1
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new RangeError(`concurrency must be a whole number of at least 1, got ${String(options.concurrency)}`)

  const read = async ({ message, object }: { readonly message: NotificationMessage; readonly object: S3ObjectRef }): Promise<ObjectReport> => {
    const report = await readObject(object, message.messageId, fetchObject, onRecords, options)
    await options.onObject?.(report)
    return report
  }
  const pairs = (list: ReadonlyArray<NotificationMessage>): Array<{ readonly message: NotificationMessage; readonly object: S3ObjectRef }> =>
    list.flatMap((message) => message.objects.map((object) => ({ message, object })))

  return async (event) => {
    const { sqs, fifo, messages } = readNotifications(event, isLogKey)
    for (const message of messages) for (const skipped of message.skipped) await onSkip(skipped)
    const failed = new Set<NotificationMessage>()
    const failures: ObjectReport[] = []
    if (fifo) {
      // A FIFO queue keeps order: after a failed message, the next ones are not read, and fail too.
      for (const message of messages) {
        if (failed.size > 0) failed.add(message)
        else for (const report of await inTurn(pairs([message]), concurrency, read)) if (report.failed !== undefined) failed.add(message)
      }
    } else {
      for (const report of await inTurn(pairs(messages), concurrency, read)) {
        if (report.failed === undefined) continue
        failures.push(report)
        for (const message of messages) if (message.messageId === report.messageId) failed.add(message)
      }
    }
    if (sqs) return { batchItemFailures: messages.filter((m) => failed.has(m)).map((m) => ({ itemIdentifier: m.messageId ?? '' })) }
    if (failures.length > 0) {
      const what = failures.map((r) => `s3://${r.object.bucket}/${r.object.key}: ${errorText(r.failed)}`).join('; ')
      throw new Error(`cloudtrail-codecs: reading failed, retry the event: ${what}`, { cause: failures[0]?.failed })
    }
    return undefined
  }
}
