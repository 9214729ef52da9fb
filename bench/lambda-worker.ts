/**
 * One run of `bench/lambda.ts`, in a process of its own, so that its peak RSS
 * is that of a process doing only this (as a Lambda function's is): reads one
 * gzip log and prints one JSON line.
 *
 *   node --import tsx bench/lambda-worker.ts <stream|handler|handler-http> <file.gz | http://127.0.0.1:port/bucket/key>
 *
 * `stream` is `streamRecords` on the file's bytes, the floor. `handler` is
 * `handleS3Notifications` invoked with an S3 event notification for the
 * object, its `fetchObject` returning the file as a Node stream (as the AWS
 * SDK's `GetObject` Body is one). `handler-http` fetches the object with
 * `fetch` from a loopback HTTP server the parent runs (a web stream, as
 * downloaded). Both count the records `onRecords` receives, 1,000 at a time,
 * and check the five typed services' payloads (`services: awsServices`).
 */
import { createReadStream } from 'node:fs'
import { awsServices } from '../src/aws/index.js'
import { streamRecords } from '../src/index.js'
import { handleS3Notifications } from '../src/lambda/index.js'
import type { LambdaMeasurement } from './lambda-api.js'
import { RssSampler } from './measure.js'

const [mode, where] = process.argv.slice(2)
if ((mode !== 'stream' && mode !== 'handler' && mode !== 'handler-http') || where === undefined) {
  process.stderr.write('usage: node --import tsx bench/lambda-worker.ts <stream|handler|handler-http> <file.gz | url>\n')
  process.exit(2)
}

const options = { maxBytes: 2 ** 40, services: awsServices }
const key = 'AWSLogs/111122223333/CloudTrail/us-east-1/2026/12/01/111122223333_CloudTrail_us-east-1_20261201T1000Z_bench.json.gz'
const startRss = process.memoryUsage.rss()
const sampler = new RssSampler()
sampler.start()
const cpuStart = process.cpuUsage()
const start = performance.now()
let records = 0
let issues = 0
if (mode === 'stream') {
  for await (const entry of streamRecords(createReadStream(where), options)) {
    if (entry.kind === 'record') records++
    else if (entry.kind === 'issue') issues++
  }
} else {
  const fetchObject =
    mode === 'handler'
      ? () => createReadStream(where)
      : async () => {
          const response = await fetch(where)
          if (!response.ok) throw new Error(`HTTP ${response.status}`)
          return response.body
        }
  const handler = handleS3Notifications(
    fetchObject,
    (batch) => {
      records += batch.length
      sampler.sample()
    },
    { ...options, onIssue: () => void issues++ },
  )
  await handler({
    Records: [
      {
        eventVersion: '2.1',
        eventSource: 'aws:s3',
        awsRegion: 'us-east-1',
        eventTime: '2026-12-01T10:05:31.000Z',
        eventName: 'ObjectCreated:Put',
        s3: { s3SchemaVersion: '1.0', bucket: { name: 'amzn-s3-demo-bucket' }, object: { key, sequencer: '0055AED6DCD90281E5' } },
      },
    ],
  })
}
const seconds = (performance.now() - start) / 1000
const cpu = process.cpuUsage(cpuStart)
const result: LambdaMeasurement = {
  seconds,
  cpuSeconds: (cpu.user + cpu.system) / 1e6,
  records,
  issues,
  startRss,
  sampledPeakRss: sampler.stop(),
  maxRss: process.resourceUsage().maxRSS * 1024,
}
process.stdout.write(`${JSON.stringify(result)}\n`)
