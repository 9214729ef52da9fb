import { isJsonObject } from '../codec/json-object.js'
import { decodeS3EventKey, isCloudTrailDigestKey } from './keys.js'

/**
 * An S3 object a notification announced: where it is, and what the
 * notification said of it. `key` is the object's key as S3 names it (decoded
 * from the URL encoding of S3 event notifications).
 *
 * @example
 * ```ts
 * import type { S3ObjectRef } from 'cloudtrail-codecs/lambda'
 *
 * const object: S3ObjectRef = { bucket: 'amzn-s3-demo-bucket', key: 'AWSLogs/111122223333/CloudTrail/us-east-1/2026/11/02/log.json.gz', size: 1024 }
 * ```
 */
export interface S3ObjectRef {
  /** The bucket's name. */
  readonly bucket: string
  /** The object's key, decoded. */
  readonly key: string
  /** Its size in bytes, when the notification says. */
  readonly size?: number
  /** Its ETag, when the notification says. */
  readonly eTag?: string
  /** Its version, in a versioned bucket. */
  readonly versionId?: string
  /** The notification's sequencer (orders events on one key). */
  readonly sequencer?: string
}

/**
 * Why part of a notification announced no object to read:
 *
 * - `digest`: a CloudTrail digest file (`CloudTrail-Digest/`), which holds no records;
 * - `not-a-log`: a key that is not a CloudTrail log file (by `isLogKey`);
 * - `test-event`: the `s3:TestEvent` S3 sends when notifications are set up;
 * - `not-created`: an event of another kind (an object removed, restored, tagged...);
 * - `unrecognized`: a message that is none of the shapes AWS sends for new objects.
 *
 * @example
 * ```ts
 * import type { SkipReason } from 'cloudtrail-codecs/lambda'
 *
 * const quiet: ReadonlyArray<SkipReason> = ['digest', 'not-a-log', 'test-event']
 * ```
 */
export type SkipReason = 'digest' | 'not-a-log' | 'test-event' | 'not-created' | 'unrecognized'

/**
 * A part of a notification that announced no object to read, and why.
 *
 * @example
 * ```ts
 * import type { SkippedNotification } from 'cloudtrail-codecs/lambda'
 *
 * const skipped: SkippedNotification = { reason: 'test-event', messageId: '059f36b4-87a3-44ab-83d2-661975830a7d' }
 * ```
 */
export interface SkippedNotification {
  /** Why. */
  readonly reason: SkipReason
  /** The SQS message it came in, if it came through SQS. */
  readonly messageId?: string
  /** The bucket and key, when the notification named an object. */
  readonly bucket?: string
  readonly key?: string
  /** For `not-created` and `unrecognized`: what it was (an event name, a detail-type, or the start of the message). */
  readonly detail?: string
}

/**
 * What one SQS message (or a whole event that did not come through SQS) announced.
 *
 * @example
 * ```ts
 * import type { NotificationMessage } from 'cloudtrail-codecs/lambda'
 *
 * const message: NotificationMessage = { messageId: undefined, objects: [{ bucket: 'amzn-s3-demo-bucket', key: 'AWSLogs/111122223333/CloudTrail/us-east-1/2026/11/02/log.json.gz' }], skipped: [] }
 * ```
 */
export interface NotificationMessage {
  /** The SQS message's id; `undefined` for an event that did not come through SQS. */
  readonly messageId: string | undefined
  /** The objects to read, in order. */
  readonly objects: ReadonlyArray<S3ObjectRef>
  /** What it announced that is not to be read. */
  readonly skipped: ReadonlyArray<SkippedNotification>
}

/**
 * An event as the handler reads it: its messages, and whether it came from SQS (and from a FIFO queue).
 *
 * @example
 * ```ts
 * import type { NotificationEvent } from 'cloudtrail-codecs/lambda'
 *
 * const event: NotificationEvent = { sqs: false, fifo: false, messages: [] }
 * ```
 */
export interface NotificationEvent {
  /** `true` for an SQS event: the handler then answers with `batchItemFailures`. */
  readonly sqs: boolean
  /** `true` for an SQS event of a FIFO queue: the messages after a failed one fail too, unread, to keep their order. */
  readonly fifo: boolean
  /** The messages, in order (one for an event that did not come through SQS). */
  readonly messages: ReadonlyArray<NotificationMessage>
}

/** How deep wrappers may nest (SQS holding SNS holding an S3 event is 3). */
const MAX_DEPTH = 4

interface Found {
  readonly objects: S3ObjectRef[]
  readonly skipped: SkippedNotification[]
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined
}

function excerpt(value: unknown): string {
  const shown = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value))
  return shown.length > 120 ? `${shown.slice(0, 119)}…` : shown
}

/** An object of the optional fields of a ref, leaving out those the notification lacks. */
function optional(size: unknown, eTag: unknown, versionId: unknown, sequencer: unknown): Omit<S3ObjectRef, 'bucket' | 'key'> {
  return {
    ...(typeof size === 'number' ? { size } : {}),
    ...(typeof eTag === 'string' ? { eTag } : {}),
    ...(typeof versionId === 'string' ? { versionId } : {}),
    ...(typeof sequencer === 'string' ? { sequencer } : {}),
  }
}

function addObject(found: Found, object: S3ObjectRef, isLogKey: (key: string) => boolean): void {
  if (isLogKey(object.key)) found.objects.push(object)
  else found.skipped.push({ reason: isCloudTrailDigestKey(object.key) ? 'digest' : 'not-a-log', bucket: object.bucket, key: object.key })
}

/** One record of `Records`: an S3 event record, or an SNS record wrapping a message. */
function readRecord(record: unknown, found: Found, isLogKey: (key: string) => boolean, depth: number): void {
  if (!isJsonObject(record)) {
    found.skipped.push({ reason: 'unrecognized', detail: excerpt(record) })
    return
  }
  const s3 = record['s3']
  if (record['eventSource'] === 'aws:s3' && isJsonObject(s3) && isJsonObject(s3['bucket']) && isJsonObject(s3['object'])) {
    const eventName = text(record['eventName']) ?? ''
    const bucket = text(s3['bucket']['name'])
    const rawKey = text(s3['object']['key'])
    if (bucket === undefined || rawKey === undefined) found.skipped.push({ reason: 'unrecognized', detail: excerpt(record) })
    else if (!eventName.startsWith('ObjectCreated:')) found.skipped.push({ reason: 'not-created', bucket, key: decodeS3EventKey(rawKey), detail: eventName })
    else {
      const { size, eTag, versionId, sequencer } = s3['object']
      addObject(found, { bucket, key: decodeS3EventKey(rawKey), ...optional(size, eTag, versionId, sequencer) }, isLogKey)
    }
    return
  }
  const sns = record['Sns']
  if (record['EventSource'] === 'aws:sns' && isJsonObject(sns)) {
    readMessage(sns['Message'], found, isLogKey, depth + 1)
    return
  }
  found.skipped.push({ reason: 'unrecognized', detail: excerpt(record) })
}

/**
 * Finds the objects a message announces, unwrapping JSON text, SNS
 * notifications and `Records` lists as it goes.
 */
function readMessage(message: unknown, found: Found, isLogKey: (key: string) => boolean, depth: number): void {
  if (depth > MAX_DEPTH) {
    found.skipped.push({ reason: 'unrecognized', detail: excerpt(message) })
    return
  }
  if (typeof message === 'string') {
    let parsed: unknown
    try {
      parsed = JSON.parse(message)
    } catch {
      found.skipped.push({ reason: 'unrecognized', detail: excerpt(message) })
      return
    }
    readMessage(parsed, found, isLogKey, depth + 1)
    return
  }
  if (!isJsonObject(message)) {
    found.skipped.push({ reason: 'unrecognized', detail: excerpt(message) })
    return
  }
  const records = message['Records']
  if (Array.isArray(records)) {
    for (const record of records) readRecord(record, found, isLogKey, depth)
    return
  }
  // An SNS notification as SQS delivers it (raw message delivery off): the message is JSON text.
  if (message['Type'] === 'Notification' && typeof message['Message'] === 'string') {
    readMessage(message['Message'], found, isLogKey, depth + 1)
    return
  }
  // An EventBridge event from S3: detail.bucket.name and detail.object.key (not URL-encoded).
  const detail = message['detail']
  if (message['source'] === 'aws.s3' && typeof message['detail-type'] === 'string' && isJsonObject(detail)) {
    const bucket = isJsonObject(detail['bucket']) ? text(detail['bucket']['name']) : undefined
    const object = isJsonObject(detail['object']) ? detail['object'] : undefined
    const key = text(object?.['key'])
    if (message['detail-type'] !== 'Object Created') found.skipped.push({ reason: 'not-created', ...(bucket === undefined ? {} : { bucket }), ...(key === undefined ? {} : { key }), detail: message['detail-type'] })
    else if (bucket === undefined || key === undefined || object === undefined) found.skipped.push({ reason: 'unrecognized', detail: excerpt(message) })
    else addObject(found, { bucket, key, ...optional(object['size'], object['etag'], object['version-id'], object['sequencer']) }, isLogKey)
    return
  }
  // CloudTrail's own notification of a log file delivered (through SNS): the bucket and the keys, as written.
  const keys = message['s3ObjectKey']
  const logBucket = text(message['s3Bucket'])
  if (logBucket !== undefined && Array.isArray(keys)) {
    for (const key of keys) {
      if (typeof key === 'string') addObject(found, { bucket: logBucket, key }, isLogKey)
      else found.skipped.push({ reason: 'unrecognized', detail: excerpt(key) })
    }
    return
  }
  if (message['Event'] === 's3:TestEvent') {
    found.skipped.push({ reason: 'test-event', ...(typeof message['Bucket'] === 'string' ? { bucket: message['Bucket'] } : {}) })
    return
  }
  found.skipped.push({ reason: 'unrecognized', detail: excerpt(message) })
}

function isSqsRecord(record: unknown): record is Record<string, unknown> {
  return isJsonObject(record) && record['eventSource'] === 'aws:sqs'
}

/**
 * Reads a Lambda event that announces new S3 objects, in every shape AWS
 * sends: an S3 event notification (`Records[].s3`), the same through SNS
 * (`Records[].Sns.Message`) or SQS (`Records[].body`, also holding an SNS
 * notification when raw delivery is off), an EventBridge "Object Created"
 * event (also through SQS), and CloudTrail's own SNS notification
 * (`{"s3Bucket", "s3ObjectKey": [...]}`). S3's test event, other events,
 * digest files and keys that are not log files are listed as skipped.
 *
 * @param event - the Lambda event, as the runtime passes it
 * @param isLogKey - which keys are read (by default CloudTrail log files)
 * @returns the messages, each with its objects and what it skipped
 *
 * @example
 * ```ts
 * import { readNotifications, isCloudTrailLogKey } from 'cloudtrail-codecs/lambda'
 *
 * const { sqs, messages } = readNotifications({ Records: [] }, isCloudTrailLogKey)
 * for (const message of messages) for (const object of message.objects) console.log(sqs, message.messageId, object.bucket, object.key)
 * ```
 */
export function readNotifications(event: unknown, isLogKey: (key: string) => boolean): NotificationEvent {
  const records = isJsonObject(event) ? event['Records'] : undefined
  if (Array.isArray(records) && records.length > 0 && records.every(isSqsRecord)) {
    const messages = records.map((record): NotificationMessage => {
      const found: Found = { objects: [], skipped: [] }
      const messageId = text(record['messageId']) ?? ''
      readMessage(record['body'], found, isLogKey, 1)
      return { messageId, objects: found.objects, skipped: found.skipped.map((skip) => ({ ...skip, messageId })) }
    })
    const fifo = records.some((record) => text(record['eventSourceARN'])?.endsWith('.fifo') === true)
    return { sqs: true, fifo, messages }
  }
  const found: Found = { objects: [], skipped: [] }
  readMessage(event, found, isLogKey, 0)
  return { sqs: false, fifo: false, messages: [{ messageId: undefined, objects: found.objects, skipped: found.skipped }] }
}
