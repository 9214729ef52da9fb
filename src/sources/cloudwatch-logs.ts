import * as t from 'io-ts'

/**
 * One log event of a CloudWatch Logs subscription payload; CloudTrail writes
 * one record per log event, as the JSON string `message`. `id` is a decimal
 * string too large for a JavaScript number.
 *
 * @example
 * ```ts
 * CloudWatchLogEvent.is({ id: '31953106606966983378809025079804211143289615424298221568', timestamp: 1432826855000,
 *   message: '{"eventVersion":"1.03", ...}' })   // true
 * ```
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/SubscriptionFilters.html
 */
export const CloudWatchLogEvent = t.intersection(
  [t.type({ message: t.string }), t.partial({ id: t.string, timestamp: t.number })],
  'CloudWatchLogEvent',
)
/** One log event of a CloudWatch Logs payload. */
export type CloudWatchLogEvent = t.TypeOf<typeof CloudWatchLogEvent>

/**
 * A decoded CloudWatch Logs subscription payload (after base64 and gunzip).
 * `CONTROL_MESSAGE` payloads are connectivity checks and hold no records.
 *
 * @example
 * ```ts
 * CloudWatchLogsPayload.is({ messageType: 'DATA_MESSAGE', owner: '111122223333', logGroup: 'CloudTrail/logs',
 *   logStream: '111122223333_CloudTrail_us-east-1', subscriptionFilters: ['Destination'], logEvents: [] })   // true
 * ```
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/SubscriptionFilters.html
 */
export const CloudWatchLogsPayload = t.intersection(
  [
    t.type({ logEvents: t.array(t.unknown) }),
    t.partial({
      messageType: t.string,
      owner: t.string,
      logGroup: t.string,
      logStream: t.string,
      subscriptionFilters: t.array(t.string),
      policyLevel: t.string,
    }),
  ],
  'CloudWatchLogsPayload',
)
/** A decoded CloudWatch Logs subscription payload. */
export type CloudWatchLogsPayload = t.TypeOf<typeof CloudWatchLogsPayload>

/**
 * The event a Lambda function subscribed to a log group receives:
 * `{ awslogs: { data: <base64 of gzip of the payload> } }`. Its records can be
 * read with `parseRecordsAsync`, which decodes base64 and gzip.
 *
 * @example
 * ```ts
 * CloudWatchLogsSubscriptionEvent.is({ awslogs: { data: 'H4sIAAAAAAAAAH...' } })   // true
 * ```
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-cloudwatchlogs.html
 */
export const CloudWatchLogsSubscriptionEvent = t.type(
  { awslogs: t.type({ data: t.string }) },
  'CloudWatchLogsSubscriptionEvent',
)
/** The event a subscribed Lambda function receives from CloudWatch Logs. */
export type CloudWatchLogsSubscriptionEvent = t.TypeOf<typeof CloudWatchLogsSubscriptionEvent>
