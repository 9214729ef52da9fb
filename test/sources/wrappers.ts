/**
 * Builds every wrapper CloudTrail records arrive in, as spec/cloudtrail-record.md §4 describes them,
 * around any records (composed ones, or real ones from the shared corpus). Values are AWS examples.
 */
import { gzipSync } from 'node:zlib'

type Json = Record<string, unknown>

const ACCOUNT = '111122223333'

/** `{"Records": [...]}` as CloudTrail writes to S3. */
export function logFile(records: ReadonlyArray<unknown>): Json {
  return { Records: records }
}

/** An EventBridge "AWS API Call via CloudTrail" event whose `detail` is the record. */
export function eventBridgeEvent(record: unknown, n = 0): Json {
  return {
    version: '0',
    id: `6f87d04b-9f74-4f04-a780-${String(n).padStart(12, '0')}`,
    'detail-type': 'AWS API Call via CloudTrail',
    source: 'aws.support',
    account: ACCOUNT,
    time: '2024-03-01T10:00:00Z',
    region: 'us-east-1',
    resources: [],
    detail: record,
  }
}

/** An SNS notification whose `Message` is the JSON text of `message`. */
export function snsNotification(message: unknown): Json {
  return {
    Type: 'Notification',
    MessageId: '22b80b92-fdea-4c2c-8f9d-bdfb0c7bf324',
    TopicArn: `arn:aws:sns:us-east-1:${ACCOUNT}:trail-events`,
    Subject: 'AWS API Call via CloudTrail',
    Message: JSON.stringify(message),
    Timestamp: '2024-03-01T10:00:01.000Z',
    SignatureVersion: '1',
    Signature: 'EXAMPLEpH+DcEwjAPg8O9mY8dReBSwksfg2S7WKQcikcNKWLQjwu6A4VbeS0QHVCkhRS7fUQvi2egU3N858fiTDN6bkkOxYDVrY0Ad8L10Hs3zH81mtnPk5uvvolIC1CXGu43obcgFxeL3khZl8IKvO61GWB6jI9b5+gLPoBc1Q=',
    SigningCertURL: 'https://sns.us-east-1.amazonaws.com/SimpleNotificationService-0000000000000000000000.pem',
    UnsubscribeURL: `https://sns.us-east-1.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=arn:aws:sns:us-east-1:${ACCOUNT}:trail-events:EXAMPLE`,
  }
}

function field(record: unknown, key: string): unknown {
  return typeof record === 'object' && record !== null ? (record as Json)[key] : undefined
}

/** One event of a LookupEvents response: the record is the JSON string `CloudTrailEvent`. */
export function lookupEvent(record: unknown): Json {
  return {
    EventId: field(record, 'eventID') ?? 'f2545ee3-170f-4340-8af4-a983c669ce37',
    EventName: field(record, 'eventName') ?? 'Unknown',
    ReadOnly: field(record, 'readOnly') === true ? 'true' : 'false',
    AccessKeyId: 'AKIAIOSFODNN7EXAMPLE',
    EventTime: 1709287200.5,
    EventSource: field(record, 'eventSource') ?? 'unknown.amazonaws.com',
    Username: 'JaneRoe',
    Resources: [{ ResourceType: 'AWS::Support::Case', ResourceName: 'case-111122223333-muen-2024-0123456789abcdef' }],
    CloudTrailEvent: JSON.stringify(record),
  }
}

/** A LookupEvents response `{Events, NextToken}`. */
export function lookupEventsResponse(records: ReadonlyArray<unknown>): Json {
  return { Events: records.map(lookupEvent), NextToken: 'kbOt5LlZe++mErCebpy2TgaMgmDvF1kYGFcH64JSjIbZFjsuvrSqg66b5YGssKutDYIyII4lrP4IDbeQdiObkp9YAlju3oXd12juy3CIZW8=' }
}

/** A decoded CloudWatch Logs subscription payload: each record is a log event's `message`. */
export function cloudWatchLogsPayload(records: ReadonlyArray<unknown>): Json {
  return {
    messageType: 'DATA_MESSAGE',
    owner: ACCOUNT,
    logGroup: 'aws-cloudtrail-logs-111122223333',
    logStream: `${ACCOUNT}_CloudTrail_us-east-1`,
    subscriptionFilters: ['Destination'],
    logEvents: records.map((record, i) => ({
      id: `3195310660696698337880902507980421114328961542429822${String(1568 + i).padStart(4, '0')}`,
      timestamp: 1432826855000 + i,
      message: JSON.stringify(record),
    })),
  }
}

/** The connectivity check CloudWatch Logs sends to a new subscription: no records. */
export function cloudWatchLogsControlMessage(): Json {
  return {
    messageType: 'CONTROL_MESSAGE',
    owner: 'CloudwatchLogs',
    logGroup: '',
    logStream: '',
    subscriptionFilters: [],
    logEvents: [{ id: '', timestamp: 1432826855000, message: 'CWL CONTROL MESSAGE: Checking health of destination Firehose.' }],
  }
}

/** Base64 of the gzip of the JSON text of `value`, as CloudWatch Logs, Kinesis and Firehose carry it. */
export function base64Gzip(value: unknown): string {
  return gzipSync(JSON.stringify(value)).toString('base64')
}

/** What a Lambda function subscribed to a log group receives. */
export function cloudWatchLogsLambdaEvent(payload: unknown): Json {
  return { awslogs: { data: base64Gzip(payload) } }
}

/** CloudTrail Lake `GetQueryResults` with the `eventjson` column (and two flattened columns beside it). */
export function lakeQueryResults(records: ReadonlyArray<unknown>): Json {
  return {
    QueryStatus: 'FINISHED',
    QueryStatistics: { ResultsCount: records.length, TotalResultsCount: records.length, BytesScanned: 1024 },
    QueryResultRows: records.map((record) => [
      { eventid: typeof field(record, 'eventID') === 'string' ? field(record, 'eventID') : '' },
      { eventjson: JSON.stringify(record) },
      { useridentity: '{type=IAMUser, principalid=AIDAEXAMPLE}' },
    ]),
  }
}

/** Every wrapper around `records`, by name, each holding the records in order. */
export function everyWrapper(records: ReadonlyArray<unknown>): ReadonlyArray<readonly [string, unknown]> {
  return [
    ['log file', logFile(records)],
    ['array of records', records],
    ['array of EventBridge events', records.map(eventBridgeEvent)],
    ['array of SNS notifications of EventBridge events', records.map((r, i) => snsNotification(eventBridgeEvent(r, i)))],
    ['array of SNS notifications of records', records.map((r) => snsNotification(r))],
    ['LookupEvents response', lookupEventsResponse(records)],
    ['array of LookupEvents events', records.map(lookupEvent)],
    ['CloudWatch Logs payload', cloudWatchLogsPayload(records)],
    ['CloudTrail Lake query results', lakeQueryResults(records)],
  ]
}

/** Every wrapper around one record, by name. */
export function everySingleWrapper(record: unknown): ReadonlyArray<readonly [string, unknown]> {
  return [
    ['record', record],
    ['EventBridge event', eventBridgeEvent(record)],
    ['SNS notification of an EventBridge event', snsNotification(eventBridgeEvent(record))],
    ['LookupEvents event', lookupEvent(record)],
    ...everyWrapper([record]),
  ]
}
