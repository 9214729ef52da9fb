import { describe, expect, it } from 'vitest'
import { parseRecordsAsync } from '../../src/parse/parse-async.js'
import { parseRecords } from '../../src/parse/parse-records.js'
import type { DecodedEntry } from '../../src/parse/parse-records.js'
import { streamRecords } from '../../src/parse/stream-records.js'
import { carriesCloudTrailRecord } from '../../src/sources/eventbridge.js'
import { apiCall } from '../record/composed.js'
import { corpusAvailable, readCorpusText, readManifest } from '../support/corpus.js'
import { eventBridgeEvent, snsNotification } from './wrappers.js'

/** The EventBridge reference's example of an EC2 state change: an EventBridge event, not CloudTrail's. */
const ec2StateChange = {
  version: '0',
  id: '7bf73129-1428-4cd3-a780-95db273d1602',
  'detail-type': 'EC2 Instance State-change Notification',
  source: 'aws.ec2',
  account: '123456789012',
  time: '2015-11-11T21:29:54Z',
  region: 'us-east-1',
  resources: ['arn:aws:ec2:us-east-1:123456789012:instance/i-abcd1111'],
  detail: { 'instance-id': 'i-abcd1111', state: 'pending' },
}

/** A scheduled rule's event, whose detail is empty. */
const scheduled = {
  version: '0',
  id: '89d1a02d-5ec7-412e-82f5-13505f849b41',
  'detail-type': 'Scheduled Event',
  source: 'aws.events',
  account: '123456789012',
  time: '2016-12-30T18:44:49Z',
  region: 'us-east-1',
  resources: ['arn:aws:events:us-east-1:123456789012:rule/SampleRule'],
  detail: {},
}

const expectedMessage =
  'an EventBridge event of detail-type "EC2 Instance State-change Notification" from aws.ec2, not a CloudTrail record: ' +
  'CloudTrail\'s events have a detail-type that ends in "via CloudTrail" ("AWS API Call via CloudTrail", "AWS Console Sign In via CloudTrail", ...), ' +
  "and this event's detail is not a record"

async function streamed(input: unknown): Promise<DecodedEntry[]> {
  const entries: DecodedEntry[] = []
  for await (const entry of streamRecords(input)) entries.push(entry)
  return entries
}

describe('an EventBridge event that is not CloudTrail’s', () => {
  it('is one input issue that says what it is, not a record with eventVersion missing', () => {
    const { records, issues } = parseRecords(ec2StateChange)
    expect(records).toStrictEqual([])
    expect(issues).toHaveLength(1)
    const [issue] = issues
    expect(issue).toMatchObject({
      kind: 'input',
      index: 0,
      path: '$["detail-type"]',
      expected: 'a CloudTrail detail type ("... via CloudTrail")',
      found: '"EC2 Instance State-change Notification" (string)',
      location: '$',
      raw: ec2StateChange,
    })
    expect(issue!.message).toBe(`record 0: ${expectedMessage}`)
    expect(issue!.message).not.toContain('eventVersion')
  })

  it('among CloudTrail events, costs only its own place', () => {
    const input = [eventBridgeEvent(apiCall(), 0), ec2StateChange, scheduled, eventBridgeEvent(apiCall(), 3)]
    const { records, issues } = parseRecords(input)
    expect(records).toStrictEqual([apiCall(), apiCall()])
    expect(issues.map((issue) => [issue.index, issue.location, issue.kind])).toStrictEqual([
      [1, '$[1]', 'input'],
      [2, '$[2]', 'input'],
    ])
    expect(issues[1]!.message).toContain('detail-type "Scheduled Event" from aws.events, not a CloudTrail record')
  })

  it('reads the same with source: eventBridge, inside SNS, and through the asynchronous readers', async () => {
    const expected = parseRecords(ec2StateChange).issues
    expect(parseRecords(ec2StateChange, { source: 'eventBridge' }).issues).toStrictEqual(expected)
    expect(parseRecords(snsNotification(ec2StateChange)).issues.map((issue) => issue.message)).toStrictEqual([
      `record 0 at $.Message: ${expectedMessage}`,
    ])
    expect((await parseRecordsAsync(JSON.stringify(ec2StateChange))).issues).toStrictEqual(expected)
    expect(await streamed(JSON.stringify(ec2StateChange))).toStrictEqual(expected.map((issue) => ({ kind: 'issue', issue })))
  })

  it('a record put on a bus again with a detail type of its own is still read', () => {
    const republished = { ...eventBridgeEvent(apiCall()), 'detail-type': 'Audit copy' }
    expect(parseRecords(republished)).toStrictEqual({ records: [apiCall()], issues: [], skipped: [] })
    expect(carriesCloudTrailRecord(republished)).toBe(true)
    expect(carriesCloudTrailRecord(ec2StateChange)).toBe(false)
  })

  it('every CloudTrail detail type is read', () => {
    for (const detailType of [
      'AWS API Call via CloudTrail',
      'AWS Console Sign In via CloudTrail',
      'AWS Console Signin via CloudTrail',
      'AWS Console Action via CloudTrail',
      'AWS Service Event via CloudTrail',
      'AWS Insight via CloudTrail',
    ]) {
      const event = { ...eventBridgeEvent({ unrelated: true }), 'detail-type': detailType }
      // The detail is not a record here: the detail type alone says it should be one, so the issue is about the record.
      expect(parseRecords(event).issues.map((issue) => issue.kind)).toStrictEqual(['record'])
    }
  })
})

describe.skipIf(!corpusAvailable())('the EventBridge events of the corpus', () => {
  const files = readManifest('records')
    .filter((row) => row['wrapper'] === 'eventbridge')
    .map((row) => row.file)

  it('still decode with no issue; with another detail-type and a detail that is not a record, each says what it is', () => {
    expect(files.length).toBeGreaterThan(0)
    for (const file of files) {
      const event = JSON.parse(readCorpusText('records', file)) as Record<string, unknown>
      expect(parseRecords(event).issues, file).toStrictEqual([])
      const other = { ...event, 'detail-type': 'Object Created', source: 'aws.s3', detail: { bucket: { name: 'amzn-s3-demo-bucket' } } }
      const { issues } = parseRecords(other)
      expect(issues.map((issue) => issue.message)).toStrictEqual([
        'record 0: an EventBridge event of detail-type "Object Created" from aws.s3, not a CloudTrail record: ' +
          'CloudTrail\'s events have a detail-type that ends in "via CloudTrail" ("AWS API Call via CloudTrail", "AWS Console Sign In via CloudTrail", ...), ' +
          "and this event's detail is not a record",
      ])
    }
  })
})
