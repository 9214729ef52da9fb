/**
 * A Lambda function that reads the CloudTrail log files S3 announces, with
 * the AWS SDK for JavaScript v3's S3 client, and counts what they hold.
 *
 *   npx tsx examples/lambda-s3-handler.ts
 *
 * Deployed, the function is `export const handler = makeHandler(new S3Client({}))`,
 * triggered by the trail bucket's notifications in any shape: directly, through
 * SNS or SQS (with ReportBatchItemFailures), or through EventBridge. Run as a
 * program, it needs no AWS account: the S3 client's request handler is a
 * stand-in that answers GetObject from the sample logs in examples/data, and
 * the program sends the handler an SQS event (built as SQS sends one) that
 * announces each sample log, a digest file and S3's test event.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import { Readable } from 'node:stream'
import { fileURLToPath } from 'node:url'
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3'
import type { S3ClientConfig } from '@aws-sdk/client-s3'
import { support } from 'cloudtrail-codecs/aws/support'
import { handleS3Notifications } from 'cloudtrail-codecs/lambda'
import { inflateGzip } from 'cloudtrail-codecs/node'
import type { S3NotificationHandler } from 'cloudtrail-codecs/lambda'

/** What the function tells about each object: records, Support calls, issues. */
export interface Tally {
  records: number
  supportCalls: number
  issues: number
}

/**
 * The Lambda handler: each log file announced is fetched with `s3`, its
 * records counted a batch at a time (a real function would index or forward
 * them), and the Support operations' payloads checked.
 */
export function makeHandler(s3: S3Client, tally: Tally = { records: 0, supportCalls: 0, issues: 0 }): S3NotificationHandler {
  return handleS3Notifications(
    async ({ bucket, key, versionId }) => {
      const { Body } = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key, VersionId: versionId }))
      return Body // a stream of the gzip bytes: pass it as it is (not Body.transformToString())
    },
    (records, object) => {
      tally.records += records.length
      tally.supportCalls += records.filter((record) => support.is(record)).length
      console.log(`s3://${object.bucket}/${object.key}: ${records.length} records`)
    },
    {
      services: [support],
      inflate: inflateGzip, // node:zlib: in Lambda (Node) it costs less CPU than the default DecompressionStream
      onIssue: (issue, object) => {
        tally.issues++
        console.warn(`${object.key}: ${issue.message}`)
      },
    },
  )
}

/** The sample logs, by key (AWSLogs/...). */
const data = fileURLToPath(new URL('./data', import.meta.url))
function keysOf(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? keysOf(join(dir, entry.name)) : [relative(data, join(dir, entry.name)).split('\\').join('/')]))
}

/**
 * A request handler in place of the network: GetObject of `/<bucket>/<key>`
 * (path-style) answers with the sample log of that key, or 404.
 */
const standIn: S3ClientConfig['requestHandler'] = {
  handle: (request: { path: string }) => {
    const key = decodeURIComponent(request.path.split('/').slice(2).join('/'))
    let body: Buffer
    try {
      body = readFileSync(join(data, key))
    } catch {
      const error = Buffer.from('<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message></Error>')
      return Promise.resolve({ response: { statusCode: 404, headers: { 'content-type': 'application/xml' }, body: Readable.from([error]) } })
    }
    const headers = { 'content-type': 'application/gzip', 'content-length': String(body.byteLength) }
    return Promise.resolve({ response: { statusCode: 200, headers, body: Readable.from([body]) } })
  },
}

const s3 = new S3Client({
  region: 'us-east-1',
  forcePathStyle: true,
  credentials: { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' },
  requestHandler: standIn,
})

const bucket = 'amzn-s3-demo-bucket'
/** An S3 event notification for one key (as S3 writes it: URL-encoded). */
const s3Event = (key: string): string =>
  JSON.stringify({
    Records: [
      {
        eventVersion: '2.1',
        eventSource: 'aws:s3',
        awsRegion: 'us-east-1',
        eventTime: '2026-11-02T10:05:31.000Z',
        eventName: 'ObjectCreated:Put',
        s3: { s3SchemaVersion: '1.0', bucket: { name: bucket, arn: `arn:aws:s3:::${bucket}` }, object: { key: encodeURIComponent(key).replace(/%2F/g, '/'), size: 1024, sequencer: '0055AED6DCD90281E5' } },
      },
    ],
  })
const keys = keysOf(data).filter((key) => key.endsWith('.json.gz'))
const bodies = [
  ...keys.map(s3Event),
  s3Event('AWSLogs/111122223333/CloudTrail-Digest/us-east-1/2026/11/02/111122223333_CloudTrail-Digest_us-east-1_trail_us-east-1_20261102T110000Z.json.gz'),
  JSON.stringify({ Service: 'Amazon S3', Event: 's3:TestEvent', Time: '2026-11-02T10:00:00.000Z', Bucket: bucket }),
  s3Event('AWSLogs/111122223333/CloudTrail/us-east-1/2026/11/02/111122223333_CloudTrail_us-east-1_20261102T2355Z_gone.json.gz'),
]
const event = {
  Records: bodies.map((body, i) => ({ messageId: `message-${i + 1}`, body, eventSource: 'aws:sqs', eventSourceARN: 'arn:aws:sqs:us-east-1:111122223333:cloudtrail-logs', awsRegion: 'us-east-1' })),
}

const tally: Tally = { records: 0, supportCalls: 0, issues: 0 }
const answer = await makeHandler(s3, tally)(event)
console.log(`${keys.length} log files: ${tally.records} records, ${tally.supportCalls} AWS Support calls, ${tally.issues} issues`)
console.log(`messages to retry: ${JSON.stringify(answer?.batchItemFailures.map((failure) => failure.itemIdentifier))}`)
if (tally.records === 0 || answer?.batchItemFailures.length !== 1) process.exitCode = 1
