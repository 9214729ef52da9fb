import * as t from 'io-ts'

/**
 * An Amazon EventBridge event delivered by CloudTrail ("AWS API Call via
 * CloudTrail" and the other `... via CloudTrail` detail types): the record is
 * in `detail`. `id` is EventBridge's own id, not the record's `eventID`.
 *
 * @example
 * ```ts
 * EventBridgeEvent.is({ version: '0', id: '6f87d04b-9f74-4f04-a780-7acf4b0a9b38', 'detail-type': 'AWS API Call via CloudTrail',
 *   source: 'aws.support', account: '111122223333', time: '2016-04-13T18:05:53Z', region: 'us-east-1',
 *   resources: [], detail: { eventVersion: '1.04', eventName: 'CreateCase' } })   // true
 * ```
 * @see https://docs.aws.amazon.com/eventbridge/latest/ref/events-ref-cloudtrail.html
 */
export const EventBridgeEvent = t.intersection(
  [
    t.type({ 'detail-type': t.string, detail: t.unknown }),
    t.partial({
      version: t.string,
      id: t.string,
      source: t.string,
      // 12 digits as a string; some producers of test events write a number.
      account: t.union([t.string, t.number]),
      time: t.string,
      region: t.string,
      resources: t.array(t.string),
      'replay-name': t.string,
    }),
  ],
  'EventBridgeEvent',
)
/** An EventBridge event that carries a CloudTrail record in `detail`. */
export type EventBridgeEvent = t.TypeOf<typeof EventBridgeEvent>

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
export const SnsNotification = t.intersection(
  [
    t.type({ Type: t.literal('Notification'), Message: t.string }),
    t.partial({
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
export const SnsLambdaRecord = t.intersection(
  [t.type({ Sns: SnsNotification }), t.partial({ EventSource: t.string, EventVersion: t.string, EventSubscriptionArn: t.string })],
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
export const SqsLambdaRecord = t.intersection(
  [
    t.type({ eventSource: t.literal('aws:sqs'), body: t.string }),
    t.partial({
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
