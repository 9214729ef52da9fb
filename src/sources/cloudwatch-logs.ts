import * as t from 'io-ts'
import { isJsonObject } from '../codec/json-object.js'
import { describeValue } from '../errors/excerpt.js'
import { appendPath } from '../errors/report.js'
import { inputIssue, mismatch } from './source.js'
import type { Source } from './source.js'

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
export const CloudWatchLogEvent = /*#__PURE__*/ t.intersection(
  [/*#__PURE__*/ t.type({ message: t.string }), /*#__PURE__*/ t.partial({ id: t.string, timestamp: t.number })],
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
export const CloudWatchLogsPayload = /*#__PURE__*/ t.intersection(
  [
    /*#__PURE__*/ t.type({ logEvents: /*#__PURE__*/ t.array(t.unknown) }),
    /*#__PURE__*/ t.partial({
      messageType: t.string,
      owner: t.string,
      logGroup: t.string,
      logStream: t.string,
      subscriptionFilters: /*#__PURE__*/ t.array(t.string),
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
export const CloudWatchLogsSubscriptionEvent = /*#__PURE__*/ t.type(
  { awslogs: /*#__PURE__*/ t.type({ data: t.string }) },
  'CloudWatchLogsSubscriptionEvent',
)
/** The event a subscribed Lambda function receives from CloudWatch Logs. */
export type CloudWatchLogsSubscriptionEvent = t.TypeOf<typeof CloudWatchLogsSubscriptionEvent>

/**
 * A decoded CloudWatch Logs subscription payload (after base64 and gzip),
 * or a page of `FilterLogEvents` / `GetLogEvents` passed as
 * `{ logEvents }`: a trail that sends events to CloudWatch Logs writes one
 * record per log event, as the JSON text `message`, unwrapped at
 * `$.logEvents[i].message`. Recognised by a `logEvents` array; its codecs
 * are {@link CloudWatchLogsPayload} and {@link CloudWatchLogEvent}. A
 * `CONTROL_MESSAGE` (the check a new subscription sends) holds no records
 * and is no issue.
 *
 * @example
 * ```ts
 * const payload = {
 *   messageType: 'DATA_MESSAGE', owner: '111122223333', logGroup: 'aws-cloudtrail-logs-111122223333',
 *   logStream: '111122223333_CloudTrail_us-east-1', subscriptionFilters: ['Destination'],
 *   logEvents: [{
 *     id: '31953106606966983378809025079804211143289615424298221568', timestamp: 1432826855000,
 *     message: JSON.stringify({
 *       eventVersion: '1.08', eventTime: '2015-05-28T15:27:35Z', eventSource: 'signin.amazonaws.com', eventName: 'ConsoleLogin',
 *       awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.15', userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64)',
 *       requestParameters: null, responseElements: { ConsoleLogin: 'Success' }, eventType: 'AwsConsoleSignIn',
 *       recipientAccountId: '111122223333',
 *     }),
 *   }],
 * }
 * parseRecords(payload, { source: 'cloudWatchLogs' }).records.length   // 1, from $.logEvents[0].message
 * ```
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/SubscriptionFilters.html
 */
export const cloudWatchLogs: Source<'cloudWatchLogs'> = {
  name: 'cloudWatchLogs',
  detect: (o) => Array.isArray(o['logEvents']),
  *unwrap(o, location, nested) {
    const problem = mismatch(CloudWatchLogsPayload, o, location)
    if (problem !== undefined) {
      yield problem
      return
    }
    if (o['messageType'] === 'CONTROL_MESSAGE') return
    const events = o['logEvents'] as unknown[]
    for (let i = 0; i < events.length; i++) {
      const at = appendPath(appendPath(location, 'logEvents'), i)
      const event = events[i]
      const message = isJsonObject(event) ? event['message'] : undefined
      if (typeof message === 'string') yield* nested.text(message, appendPath(at, 'message'))
      else yield { kind: 'record', value: event, location: at }
    }
  },
}

/**
 * The event a Lambda function subscribed to a log group receives,
 * `{"awslogs": {"data": "<base64 of gzip of the payload>"}}`. The async
 * readers decode `data` and read the payload as {@link cloudWatchLogs}
 * (before any source sees it); `parseRecords`, which does not inflate gzip,
 * reports it as an `input` issue that says so. Recognised by its codec,
 * {@link CloudWatchLogsSubscriptionEvent}, after every other source but a
 * record.
 *
 * @example
 * ```ts
 * // A payload of one ConsoleLogin record, as base64 of gzip.
 * const event = { awslogs: { data: 'H4sIAAAAAAACA2WRX4ucMBTFv8t9VsmfiRPzJrvTZaAtpUofWpch1SABTSQ3VrbDfPeiznaX9vWe3z3ncO8VRoOoe1O/TAYUPJZ1efl0qqry6QQJ+MWZAAoopZQxxjjnHBIYfP8U/DyBAr1g2g5+7mLQdkgH32P6P13FYPT4j9HlYd2r173LjKnRGFMKCeD8E9tgp2i9+2CHaAKC+gGPBqN1ep3C8+Z6+mVcXLUr2A4UcFoITkmek7zI80JyfpSSFIQJciwkOTBK6YEzWeRUHNiBFZIxKnIJCUQ7Gox6nEBtCMulEISQ5PU+oODagFkTv5mA1rsGVAM0I7KB5K7UdjTbmBEqUiJSJmsqFDsqLr6/YZWfQ7uDaHtnXaZH/ds7vWDW+vEN/Kzvfg/eoR/MR99bt8l6wa+mf23x93qbhpv9+UvZdcEg7j0LmQmaUUIyKt4Vfpn2gHLBe0Zle3feQ4Jp7WSNi2Xb+tnFc7d7vfthAze4Pd/+AE6P23RHAgAA' } }
 * parseRecords(event).issues[0]?.kind          // 'input': parseRecords does not inflate gzip
 * const { records } = await parseRecordsAsync(event)   // data decoded, then read as a payload: 1 record
 * ```
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-cloudwatchlogs.html
 */
export const compressedLogs: Source<'compressedLogs'> = {
  name: 'compressedLogs',
  detect: (o) => CloudWatchLogsSubscriptionEvent.is(o),
  *unwrap(o, location) {
    yield inputIssue(
      [{ path: '$.awslogs.data', expected: 'decoded records', found: describeValue(o['awslogs']) }],
      'a compressed CloudWatch Logs subscription event: read it with parseRecordsAsync, which decodes base64 and gzip',
      location,
    )
  },
}
