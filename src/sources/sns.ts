import * as t from 'io-ts'
import { isJsonObject } from '../codec/json-object.js'
import { appendPath } from '../errors/report.js'
import type { SourceEntry } from './entry.js'
import { hasOwn, mismatch, oneRecordMismatch } from './source.js'
import type { JsonObject, Nested, Source } from './source.js'

/**
 * An Amazon SNS notification, as SNS delivers it to HTTP, SQS or Lambda
 * subscribers: `Message` holds the published event (often an EventBridge
 * event) as a JSON string.
 *
 * @example
 * ```ts
 * SnsNotification.is({ Type: 'Notification', MessageId: '22b80b92-fdea-4c2c-8f9d-bdfb0c7bf324',
 *   TopicArn: 'arn:aws:sns:us-east-1:111122223333:trail-events', Message: '{"detail-type":"AWS API Call via CloudTrail","detail":{}}' })
 * ```
 * @see https://docs.aws.amazon.com/sns/latest/dg/sns-message-and-json-formats.html
 */
export const SnsNotification = /*#__PURE__*/ t.intersection(
  [
    /*#__PURE__*/ t.type({ Type: /*#__PURE__*/ t.literal('Notification'), Message: t.string }),
    /*#__PURE__*/ t.partial({
      MessageId: t.string,
      TopicArn: t.string,
      Subject: t.string,
      Timestamp: t.string,
      SignatureVersion: t.string,
      Signature: t.string,
      SigningCertURL: t.string,
      UnsubscribeURL: t.string,
    }),
  ],
  'SnsNotification',
)
/** An SNS notification whose `Message` is a JSON string. */
export type SnsNotification = t.TypeOf<typeof SnsNotification>

/**
 * One record of the event a Lambda function subscribed to an SNS topic
 * receives (`{"Records": [{"EventSource": "aws:sns", "Sns": {...}}]}`): `Sns`
 * is the notification, whose `Message` holds an EventBridge event or a record.
 *
 * @example
 * ```ts
 * SnsLambdaRecord.is({ EventSource: 'aws:sns', EventVersion: '1.0',
 *   Sns: { Type: 'Notification', Message: '{"detail-type":"AWS API Call via CloudTrail","detail":{}}' } })   // true
 * ```
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-sns.html
 */
export const SnsLambdaRecord = /*#__PURE__*/ t.intersection(
  [/*#__PURE__*/ t.type({ Sns: SnsNotification }), /*#__PURE__*/ t.partial({ EventSource: t.string, EventVersion: t.string, EventSubscriptionArn: t.string })],
  'SnsLambdaRecord',
)
/** One record of an SNS event delivered to Lambda. */
export type SnsLambdaRecord = t.TypeOf<typeof SnsLambdaRecord>

/**
 * One message of the event a Lambda function reading an SQS queue receives
 * (`{"Records": [{"eventSource": "aws:sqs", "body": "..."}]}`): `body` is the
 * message text, here an EventBridge event, an SNS notification or a record.
 *
 * @example
 * ```ts
 * SqsLambdaRecord.is({ messageId: '059f36b4-87a3-44ab-83d2-661975830a7d', eventSource: 'aws:sqs',
 *   body: '{"detail-type":"AWS API Call via CloudTrail","detail":{}}' })   // true
 * ```
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-sqs.html
 */
export const SqsLambdaRecord = /*#__PURE__*/ t.intersection(
  [
    /*#__PURE__*/ t.type({ eventSource: /*#__PURE__*/ t.literal('aws:sqs'), body: t.string }),
    /*#__PURE__*/ t.partial({
      messageId: t.string,
      receiptHandle: t.string,
      attributes: t.UnknownRecord,
      messageAttributes: t.UnknownRecord,
      md5OfBody: t.string,
      eventSourceARN: t.string,
      awsRegion: t.string,
    }),
  ],
  'SqsLambdaRecord',
)
/** One message of an SQS event delivered to Lambda. */
export type SqsLambdaRecord = t.TypeOf<typeof SqsLambdaRecord>

/**
 * An Amazon SNS notification, as SNS delivers it to an HTTP or SQS
 * subscriber, or as the `Sns` of a Lambda event: `Message` is JSON text,
 * an EventBridge event or a record, unwrapped at `$.Message`. Recognised by
 * `Type` `Notification` and a string `Message`; its codec is
 * {@link SnsNotification}.
 *
 * @example
 * ```ts
 * const detail = {
 *   eventVersion: '1.08', eventTime: '2024-03-01T10:00:00Z', eventSource: 'support.amazonaws.com', eventName: 'DescribeCases',
 *   awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.15', userAgent: 'console.amazonaws.com',
 *   requestParameters: { includeResolvedCases: false }, responseElements: null, readOnly: true, eventType: 'AwsApiCall',
 * }
 * const notification = {
 *   Type: 'Notification', MessageId: '22b80b92-fdea-4c2c-8f9d-bdfb0c7bf324', TopicArn: 'arn:aws:sns:us-east-1:111122223333:trail-events',
 *   Subject: 'AWS API Call via CloudTrail',
 *   Message: JSON.stringify({ version: '0', id: '6f87d04b-9f74-4f04-a780-7acf4b0a9b38', 'detail-type': 'AWS API Call via CloudTrail',
 *     source: 'aws.support', account: '111122223333', time: '2024-03-01T10:00:00Z', region: 'us-east-1', resources: [], detail }),
 *   Timestamp: '2024-03-01T10:00:01.000Z', SignatureVersion: '1', Signature: 'EXAMPLEpH+DcEwjAPg8O9mY8dReBSwksfg2S7WKQcikcNKWLQjwu6A4VbeS0QHVCkhRS7fUQvi2egU3N858fiTDN6bkkOxYDVrY0Ad8L10Hs3zH81mtnPk5uvvolIC1CXGu43obcgFxeL3khZl8IKvO61GWB6jI9b5+gLPoBc1Q=',
 *   SigningCertURL: 'https://sns.us-east-1.amazonaws.com/SimpleNotificationService-0000000000000000000000.pem',
 *   UnsubscribeURL: 'https://sns.us-east-1.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=arn:aws:sns:us-east-1:111122223333:trail-events:EXAMPLE',
 * }
 * parseRecords(notification, { source: 'sns' }).records   // [detail] (parsed from Message), at $.Message.detail
 * ```
 * @see https://docs.aws.amazon.com/sns/latest/dg/sns-message-and-json-formats.html
 */
export const sns: Source<'sns'> = {
  name: 'sns',
  detect: (o) => o['Type'] === 'Notification' && typeof o['Message'] === 'string',
  *unwrap(o, location, nested) {
    const problem = mismatch(SnsNotification, o, location)
    if (problem !== undefined) yield problem
    else yield* nested.text(o['Message'] as string, appendPath(location, 'Message'))
  },
}

/**
 * One record of an SNS event delivered to Lambda, `{"EventSource":
 * "aws:sns", "Sns": {...}}`, on its own or in the event's `Records` (see
 * {@link lambdaEvent}): `Sns` is the notification, unwrapped at `$.Sns`.
 * Recognised by an object `Sns`; its codec is {@link SnsLambdaRecord}. It
 * stands for one record: when it does not match its codec, the issue takes
 * a record index and keeps it in `raw`.
 */
export const snsLambdaRecord: Source<'snsLambdaRecord'> = {
  name: 'snsLambdaRecord',
  detect: (o) => isJsonObject(o['Sns']),
  *unwrap(o, location, nested) {
    const problem = oneRecordMismatch(SnsLambdaRecord, o, location)
    if (problem !== undefined) yield problem
    else yield* sns.unwrap(o['Sns'] as JsonObject, appendPath(location, 'Sns'), nested)
  },
}

/**
 * One message of an SQS event delivered to Lambda, `{"eventSource":
 * "aws:sqs", "body": "..."}`, on its own or in the event's `Records` (see
 * {@link lambdaEvent}): `body` is JSON text (an EventBridge event, an SNS
 * notification or a record), unwrapped at `$.body`. Recognised by
 * `eventSource` `aws:sqs`; its codec is {@link SqsLambdaRecord}. It stands
 * for one record, as {@link snsLambdaRecord} does.
 */
export const sqsLambdaRecord: Source<'sqsLambdaRecord'> = {
  name: 'sqsLambdaRecord',
  detect: (o) => o['eventSource'] === 'aws:sqs',
  *unwrap(o, location, nested) {
    const problem = oneRecordMismatch(SqsLambdaRecord, o, location)
    if (problem !== undefined) yield problem
    else yield* nested.text(o['body'] as string, appendPath(location, 'body'))
  },
}

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
 * @param nested - unwraps the message it carries
 * @returns the entries of its one message
 */
export function* unwrapLambdaRecord(item: JsonObject, location: string, nested: Nested): Generator<SourceEntry> {
  yield* (isJsonObject(item['Sns']) ? snsLambdaRecord : sqsLambdaRecord).unwrap(item, location, nested)
}

/**
 * The event a Lambda function subscribed to an SNS topic, or reading an SQS
 * queue, receives: `{"Records": [...]}` of {@link snsLambdaRecord}s or
 * {@link sqsLambdaRecord}s. It has a `Records` key like a log file, so it
 * comes before `logFile` in the list and is recognised by its first
 * record. Each element stands for one record: an SNS or SQS record is
 * unwrapped, anything else is a record to decode. Recognised only, never
 * named by the `source` option.
 *
 * @example
 * ```ts
 * const detail = {
 *   eventVersion: '1.08', eventTime: '2024-03-01T10:00:00Z', eventSource: 'support.amazonaws.com', eventName: 'DescribeCases',
 *   awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.15', userAgent: 'console.amazonaws.com',
 *   requestParameters: { includeResolvedCases: false }, responseElements: null, readOnly: true, eventType: 'AwsApiCall',
 * }
 * const body = JSON.stringify({ version: '0', id: '6f87d04b-9f74-4f04-a780-7acf4b0a9b38', 'detail-type': 'AWS API Call via CloudTrail',
 *   source: 'aws.support', account: '111122223333', time: '2024-03-01T10:00:00Z', region: 'us-east-1', resources: [], detail })
 * const sqsEvent = {
 *   Records: [{
 *     messageId: '059f36b4-87a3-44ab-83d2-661975830a7d', receiptHandle: 'AQEBwJnKyrHigUMZj6rYigCgxlaS3SLy0a...', body,
 *     attributes: { ApproximateReceiveCount: '1', SentTimestamp: '1545082649183', SenderId: 'AIDAIENQZJOLO23YVJ4VO', ApproximateFirstReceiveTimestamp: '1545082649185' },
 *     messageAttributes: {}, md5OfBody: 'e4e68fb7bd0e697a0ae8f1bb342846b3', eventSource: 'aws:sqs',
 *     eventSourceARN: 'arn:aws:sqs:us-east-1:111122223333:trail-events', awsRegion: 'us-east-1',
 *   }],
 * }
 * parseRecords(sqsEvent).records   // [detail] (parsed from body), at $.Records[0].body.detail
 * ```
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-sns.html
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-sqs.html
 */
export const lambdaEvent: Source<'lambdaEvent'> = {
  name: 'lambdaEvent',
  detect: (o) => Array.isArray(o['Records']) && isLambdaRecord(o['Records'][0]) && hasOwn(o, 'Records'),
  *unwrap(o, location, nested) {
    const items = o['Records'] as unknown[]
    const at = appendPath(location, 'Records')
    for (let i = 0; i < items.length; i++) {
      const item = items[i]
      if (isLambdaRecord(item)) yield* unwrapLambdaRecord(item as JsonObject, appendPath(at, i), nested)
      else yield { kind: 'record', value: item, location: appendPath(at, i) }
    }
  },
}
