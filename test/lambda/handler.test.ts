/**
 * `handleS3Notifications` (cloudtrail-codecs/lambda) with the notifications
 * AWS sends (test/lambda/events.ts, from the AWS documentation) and a local
 * stand-in for S3 (test/lambda/store.ts: objects served on the loopback
 * interface and fetched with `fetch`).
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { generateRecords } from '../../bench/generate.js'
import { parseRecordsAsync } from '../../src/index.js'
import type { CloudTrailRecord, ParseIssue } from '../../src/index.js'
import { handleS3Notifications, readNotifications, isCloudTrailLogKey, decodeS3EventKey } from '../../src/lambda/index.js'
import type { ObjectReport, S3HandlerOptions, S3ObjectRef, SkippedNotification } from '../../src/lambda/index.js'
import { repoRoot } from '../support/corpus.js'
import { cloudTrailNotification, eventBridgeEvent, s3Event, s3TestEvent, snsEvent, snsNotification, sqsEvent } from './events.js'
import type { Announced } from './events.js'
import { LocalObjectStore } from './store.js'

const bucket = 'amzn-s3-demo-bucket'
const store = new LocalObjectStore()

/** The sample logs of examples/data, as objects under their keys (AWSLogs/...). */
const samples: Announced[] = []
/** A generated log of 3,000 records, three of them invalid (issues: 100 and 2999 without eventTime, 2499 as generated). */
let big: Announced
/** A log under a key with spaces and a plus sign (URL-encoded in S3 notifications). */
let spaced: Announced
/** A log whose download is cut midway. */
let cut: Announced
const missing: Announced = { bucket, key: 'AWSLogs/111122223333/CloudTrail/us-east-1/2026/11/02/gone.json.gz', size: 10 }
const digest: Announced = { bucket, key: 'AWSLogs/111122223333/CloudTrail-Digest/us-east-1/2026/11/02/111122223333_CloudTrail-Digest_us-east-1_trail_us-east-1_20261102T100000Z.json.gz', size: 10 }

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]))
}

beforeAll(async () => {
  const root = join(repoRoot, 'examples', 'data')
  for (const path of walk(root).sort()) {
    const key = path.slice(root.length + 1).split('\\').join('/')
    const body = readFileSync(path)
    store.put(bucket, key, body)
    samples.push({ bucket, key, size: body.byteLength })
  }
  const source = generateRecords(42)
  const records = Array.from({ length: 3000 }, (_, i) => {
    const record = source.next().value
    if (i === 100 || i === 2999) delete record['eventTime']
    return record
  })
  const bigBody = gzipSync(JSON.stringify({ Records: records }))
  big = { bucket, key: 'AWSLogs/o-aa111bb222/111122223333/CloudTrail/eu-west-1/2026/11/02/111122223333_CloudTrail_eu-west-1_20261102T1000Z_big.json.gz', size: bigBody.byteLength }
  store.put(bucket, big.key, bigBody)
  spaced = { bucket, key: 'trail logs+copies/AWSLogs/111122223333/CloudTrail/us-east-1/2026/11/02/log (1).json.gz', size: samples[0]!.size }
  store.put(bucket, spaced.key, readFileSync(join(root, samples[0]!.key)))
  cut = { bucket, key: 'AWSLogs/111122223333/CloudTrail/us-east-1/2026/11/02/cut.json.gz', size: bigBody.byteLength }
  store.put(bucket, cut.key, bigBody, Math.floor(bigBody.byteLength / 2))
  await store.start()
})

afterAll(async () => {
  await store.close()
})

/** What the handler delivered, per object key, in order; and the reports and issues. */
interface Delivered {
  readonly records: Map<string, CloudTrailRecord[]>
  readonly batches: number[]
  readonly reports: ObjectReport[]
  readonly issues: Array<[string, ParseIssue]>
  readonly skipped: SkippedNotification[]
}

function recorder(options: S3HandlerOptions = {}): { delivered: Delivered; handler: ReturnType<typeof handleS3Notifications> } {
  const delivered: Delivered = { records: new Map(), batches: [], reports: [], issues: [], skipped: [] }
  const handler = handleS3Notifications(
    store.fetchObject,
    (records, object) => {
      delivered.batches.push(records.length)
      delivered.records.set(object.key, [...(delivered.records.get(object.key) ?? []), ...records])
    },
    {
      onObject: (report) => delivered.reports.push(report),
      onIssue: (issue, object) => delivered.issues.push([object.key, issue]),
      onSkip: (skipped) => delivered.skipped.push(skipped),
      ...options,
    },
  )
  return { delivered, handler }
}

/** The records of an object as `parseRecordsAsync` reads its bytes. */
async function recordsOf(object: Announced): Promise<CloudTrailRecord[]> {
  const stored = store.objects.get(`${object.bucket}/${object.key}`)
  return (await parseRecordsAsync(stored?.body)).records
}

describe('handleS3Notifications reads the objects of every notification shape', () => {
  const shapes: Array<[string, (objects: Announced[]) => unknown]> = [
    ['an S3 event notification', (objects) => s3Event(objects)],
    ['S3 -> SNS -> Lambda', (objects) => snsEvent([s3Event(objects)])],
    ['S3 -> EventBridge -> Lambda', (objects) => (objects.length === 1 ? eventBridgeEvent(objects[0]!) : undefined)],
    ['CloudTrail -> SNS -> Lambda', (objects) => snsEvent([cloudTrailNotification(bucket, objects.map((o) => o.key))])],
  ]
  for (const [name, make] of shapes) {
    it(`${name}: every record, in order, in batches`, async () => {
      const objects = name.includes('EventBridge') ? [samples[0]!] : samples.slice(0, 3)
      const { delivered, handler } = recorder({ batchSize: 4 })
      expect(await handler(make(objects))).toBeUndefined()
      for (const object of objects) expect(delivered.records.get(object.key)).toStrictEqual(await recordsOf(object))
      expect(Math.max(...delivered.batches)).toBe(4)
      expect(delivered.reports.map((r) => [r.object.key, r.failed])).toStrictEqual(objects.map((o) => [o.key, undefined]))
    })
  }

  it('the S3 event notification: the object as named, with size, eTag, versionId and sequencer', async () => {
    const { delivered, handler } = recorder()
    await handler(s3Event([samples[1]!]))
    expect(delivered.reports[0]?.object).toStrictEqual({
      bucket,
      key: samples[1]!.key,
      size: samples[1]!.size,
      eTag: 'd41d8cd98f00b204e9800998ecf8427e',
      versionId: '096fKKXTRTtl3on89fVO.nfljtsv6qko',
      sequencer: '0055AED6DCD90281E5',
    })
  })

  it('URL-decodes S3 event keys (+ is a space) but takes EventBridge and CloudTrail keys as they are', async () => {
    const event = s3Event([spaced])
    const records = event['Records'] as Array<{ s3: { object: { key: string } } }>
    expect(records[0]!.s3.object.key).toBe('trail+logs%2Bcopies/AWSLogs/111122223333/CloudTrail/us-east-1/2026/11/02/log+%281%29.json.gz')
    expect(decodeS3EventKey(records[0]!.s3.object.key)).toBe(spaced.key)
    for (const shaped of [event, eventBridgeEvent(spaced), snsEvent([cloudTrailNotification(bucket, [spaced.key])])]) {
      const { delivered, handler } = recorder()
      await handler(shaped)
      expect(delivered.reports.map((r) => r.object.key)).toStrictEqual([spaced.key])
      expect(delivered.records.get(spaced.key)).toStrictEqual(await recordsOf(spaced))
    }
    expect(decodeS3EventKey('a%ZZb+c')).toBe('a%ZZb+c')
  })

  it('S3 -> SQS and S3 -> SNS -> SQS and EventBridge -> SQS: every message read, batchItemFailures empty', async () => {
    const { delivered, handler } = recorder()
    const answer = await handler(
      sqsEvent([
        ['059f36b4-87a3-44ab-83d2-661975830a7d', s3Event([samples[0]!])],
        ['2e1424d4-f796-459a-8184-9c92662be6da', snsNotification(s3Event([samples[1]!]))],
        ['3f9c8a2e-1b7d-4e5f-9a0b-6c2d8e4f1a3b', eventBridgeEvent(samples[2]!)],
        ['4a0d9b3f-2c8e-4f6a-8b1c-7d3e9f5a2b4c', snsNotification(cloudTrailNotification(bucket, [samples[3]!.key]))],
      ]),
    )
    expect(answer).toStrictEqual({ batchItemFailures: [] })
    for (const object of samples.slice(0, 4)) expect(delivered.records.get(object.key)).toStrictEqual(await recordsOf(object))
    expect(delivered.reports.map((r) => r.messageId)).toStrictEqual([
      '059f36b4-87a3-44ab-83d2-661975830a7d',
      '2e1424d4-f796-459a-8184-9c92662be6da',
      '3f9c8a2e-1b7d-4e5f-9a0b-6c2d8e4f1a3b',
      '4a0d9b3f-2c8e-4f6a-8b1c-7d3e9f5a2b4c',
    ])
  })
})

describe('handleS3Notifications skips what is not a log file', () => {
  it('ignores the S3 test event, digest files, other keys and other events, reading nothing', async () => {
    const before = store.requests.length
    const { delivered, handler } = recorder()
    const other: Announced = { bucket, key: 'AWSLogs/111122223333/Config/ConfigWritabilityCheckFile', size: 0 }
    expect(await handler(s3TestEvent(bucket))).toBeUndefined()
    expect(await handler(s3Event([digest, other]))).toBeUndefined()
    expect(await handler(s3Event([samples[0]!], 'ObjectRemoved:Delete'))).toBeUndefined()
    expect(await handler(eventBridgeEvent(samples[0]!, 'Object Deleted'))).toBeUndefined()
    const answer = await handler(sqsEvent([['m-1', s3TestEvent(bucket)], ['m-2', snsNotification(s3Event([digest]))]]))
    expect(answer).toStrictEqual({ batchItemFailures: [] })
    expect(store.requests.length).toBe(before)
    expect(delivered.skipped.map((s) => s.reason)).toStrictEqual(['test-event', 'digest', 'not-a-log', 'not-created', 'not-created', 'test-event', 'digest'])
    expect(delivered.skipped[2]).toMatchObject({ bucket, key: other.key })
    expect(delivered.skipped[3]).toMatchObject({ detail: 'ObjectRemoved:Delete' })
    expect(delivered.skipped.slice(5).map((s) => s.messageId)).toStrictEqual(['m-1', 'm-2'])
  })

  it('skips messages it does not recognise without failing them, and warns about them by default', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    try {
      const handler = handleS3Notifications(store.fetchObject, () => undefined)
      expect(await handler(sqsEvent([['m-1', 'Test message.'], ['m-2', { hello: 'world' }]]))).toStrictEqual({ batchItemFailures: [] })
      expect(await handler({ detail: {} })).toBeUndefined()
      expect(warn).toHaveBeenCalledTimes(3)
      expect(String(warn.mock.calls[0]?.[0])).toMatch(/announces no S3 object.*Test message/)
    } finally {
      warn.mockRestore()
    }
  })

  it('reads the keys isLogKey accepts', async () => {
    const { delivered, handler } = recorder({ isLogKey: (key) => key.endsWith('1005Z_aB3dE5fG7hJ9kL1m.json.gz') })
    await handler(s3Event(samples))
    expect(delivered.reports.map((r) => r.object.key)).toStrictEqual(samples.filter((s) => s.key.endsWith('1005Z_aB3dE5fG7hJ9kL1m.json.gz')).map((s) => s.key))
    expect(isCloudTrailLogKey(big.key)).toBe(true)
    expect(isCloudTrailLogKey(digest.key)).toBe(false)
    expect(isCloudTrailLogKey('AWSLogs/111122223333/CloudTrail-Insight/us-east-1/2026/11/02/x.json.gz')).toBe(true)
  })
})

describe('handleS3Notifications reports failures', () => {
  it('answers an SQS batch with the ids of the messages whose object failed (missing, cut, onRecords threw)', async () => {
    const { delivered, handler } = recorder({ batchSize: 500 })
    const answer = await handler(
      sqsEvent([
        ['ok-1', s3Event([samples[0]!])],
        ['missing', s3Event([missing])],
        ['cut', snsNotification(s3Event([cut]))],
        ['ok-2', eventBridgeEvent(big)],
      ]),
    )
    expect(answer).toStrictEqual({ batchItemFailures: [{ itemIdentifier: 'missing' }, { itemIdentifier: 'cut' }] })
    expect(delivered.records.get(big.key)).toStrictEqual(await recordsOf(big))
    const failed = delivered.reports.filter((r) => r.failed !== undefined)
    expect(failed.map((r) => r.messageId)).toStrictEqual(['missing', 'cut'])
    expect(String(failed[0]?.failed)).toMatch(/HTTP 404/)
    // The cut is a failure, not an issue: the issues of the cut object are those of its records before the cut.
    expect(delivered.issues.filter(([key, issue]) => key === cut.key && issue.kind !== 'record')).toStrictEqual([])

    const throwing = handleS3Notifications(store.fetchObject, () => {
      throw new Error('the database is down')
    })
    expect(await throwing(sqsEvent([['a', s3Event([samples[0]!])], ['b', s3Test()]]))).toStrictEqual({ batchItemFailures: [{ itemIdentifier: 'a' }] })
  })

  it('fails the rest of a FIFO batch, unread, after the first failure', async () => {
    const { handler } = recorder()
    const before = store.requests.length
    const answer = await handler(
      sqsEvent([['f-1', s3Event([samples[0]!])], ['f-2', s3Event([missing])], ['f-3', s3Event([samples[1]!])]], 'cloudtrail-logs.fifo'),
    )
    expect(answer).toStrictEqual({ batchItemFailures: [{ itemIdentifier: 'f-2' }, { itemIdentifier: 'f-3' }] })
    expect(store.requests.slice(before)).toStrictEqual([`${bucket}/${samples[0]!.key}`, `${bucket}/${missing.key}`])
  })

  it('throws for any other event, so that Lambda retries it, naming what failed', async () => {
    const { handler } = recorder()
    await expect(handler(s3Event([samples[0]!, missing]))).rejects.toThrow(/reading failed, retry the event: s3:\/\/amzn-s3-demo-bucket\/.*gone\.json\.gz: GetObject .* HTTP 404/)
    await expect(handler(eventBridgeEvent(cut))).rejects.toThrow(/cut\.json\.gz/)
  })

  it('stops reading an object when onRecords throws', async () => {
    let calls = 0
    const handler = handleS3Notifications(
      store.fetchObject,
      () => {
        if (++calls === 2) throw new Error('stop')
      },
      { batchSize: 10 },
    )
    await expect(handler(s3Event([big]))).rejects.toThrow(/stop/)
    expect(calls).toBe(2)
  })

  it('hands records that do not decode to onIssue, which is no failure', async () => {
    const { delivered, handler } = recorder()
    expect(await handler(s3Event([big]))).toBeUndefined()
    expect(delivered.issues.map(([key, issue]) => [key, issue.index])).toStrictEqual([
      [big.key, 100],
      [big.key, 2499],
      [big.key, 2999],
    ])
    expect(delivered.reports[0]).toMatchObject({ records: 2997, issues: 3, skipped: 0, failed: undefined })
  })
})

describe('handleS3Notifications options', () => {
  it('reads several objects at once with concurrency, each in order', async () => {
    const { delivered, handler } = recorder({ concurrency: 3, batchSize: 100 })
    await handler(s3Event([...samples, big]))
    for (const object of [...samples, big]) expect(delivered.records.get(object.key)).toStrictEqual(await recordsOf(object))
    expect(() => handleS3Notifications(store.fetchObject, () => undefined, { concurrency: 0 })).toThrow(RangeError)
  })

  it('passes the parse options on (only: skipped records are counted, not delivered)', async () => {
    const { delivered, handler } = recorder({ only: { eventSources: ['support.amazonaws.com'] } })
    await handler(s3Event([big]))
    const records = delivered.records.get(big.key) ?? []
    expect(records.length).toBeGreaterThan(0)
    expect(records.every((r) => 'eventSource' in r && r.eventSource === 'support.amazonaws.com')).toBe(true)
    expect(delivered.reports[0]!.records + delivered.reports[0]!.skipped + delivered.reports[0]!.issues).toBe(3000)
  })

  it('takes bodies of any kind the reader takes: a Node Readable, bytes, a web stream', async () => {
    const body = store.objects.get(`${bucket}/${samples[0]!.key}`)!.body
    const expected = await recordsOf(samples[0]!)
    for (const fetchObject of [() => Readable.from([body.subarray(0, 100), body.subarray(100)]), () => body, () => new Blob([Uint8Array.from(body)]).stream()]) {
      const received: CloudTrailRecord[] = []
      await handleS3Notifications(fetchObject, (records) => void received.push(...records))(s3Event([samples[0]!]))
      expect(received).toStrictEqual(expected)
    }
  })

  it('reads the notification shapes without reading objects (readNotifications)', () => {
    const event = readNotifications(snsEvent([s3Event([samples[0]!, digest])]), isCloudTrailLogKey)
    expect(event).toMatchObject({ sqs: false, fifo: false })
    expect(event.messages[0]?.objects.map((o: S3ObjectRef) => o.key)).toStrictEqual([samples[0]!.key])
    expect(event.messages[0]?.skipped.map((s) => s.reason)).toStrictEqual(['digest'])
  })
})

function s3Test(): Record<string, unknown> {
  return s3TestEvent(bucket)
}
