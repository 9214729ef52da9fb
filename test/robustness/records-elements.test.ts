/**
 * A log file's `Records` array holds records: an element that looks like a
 * wrapper (it has a `Records`, `Events`, `detail-type` ... key) is still one
 * record, or one issue with its index, and never vanishes.
 */
import { describe, expect, it } from 'vitest'
import { parseRecords, parseRecordsAsync, streamRecords } from '../../src/parse/index.js'

const record = {
  eventVersion: '1.08',
  eventTime: '2024-05-01T12:00:00Z',
  eventSource: 's3.amazonaws.com',
  eventName: 'GetObject',
}

const wrapperShaped: ReadonlyArray<readonly [string, Record<string, unknown>]> = [
  ['an empty log file', { Records: [] }],
  ['a log file of two records', { Records: [record, record] }],
  ['a LookupEvents page', { Events: [] }],
  ['a LookupEvents event', { CloudTrailEvent: JSON.stringify(record) }],
  ['an EventBridge event', { 'detail-type': 'AWS API Call via CloudTrail', detail: record }],
  ['a CloudWatch Logs payload', { logEvents: [] }],
  ['a digest file', { digestS3Object: 'x', logFiles: [] }],
  ['a valid record with an extra Records key', { ...record, Records: [] }],
]

describe('regression: a Records element shaped like a wrapper vanished or became several records', () => {
  it.each(wrapperShaped)('%s inside Records is element 1: one record or one issue with index 1', async (_name, element) => {
    const file = { Records: [record, element, record] }
    const text = JSON.stringify(file)
    const results = [
      parseRecords(file),
      parseRecords(text),
      await parseRecordsAsync(new TextEncoder().encode(text)),
    ]
    for (const result of results) {
      expect(result.records.length + result.issues.length).toBe(3)
      const issue = result.issues[0]
      if (issue === undefined) expect(result.records[1]).toStrictEqual(element)
      else {
        expect(issue.index).toBe(1)
        expect(issue.location).toBe('$.Records[1]')
        expect(issue.raw).toStrictEqual(element)
      }
    }
    const indexes: number[] = []
    for await (const entry of streamRecords(text)) {
      if (entry.kind === 'issue') indexes.push(entry.issue.index ?? -1)
      else indexes.push(entry.index)
    }
    expect(indexes).toStrictEqual([0, 1, 2])
  })

  it('a top-level array may still hold wrappers: an array of EventBridge events gives their records', () => {
    const event = { 'detail-type': 'AWS API Call via CloudTrail', detail: record }
    expect(parseRecords([event, event]).records).toStrictEqual([record, record])
  })
})

describe('regression: in an SNS or SQS event delivered to Lambda, a broken element lost its index and its data, or vanished', () => {
  const message = JSON.stringify(record)
  const event = {
    Records: [
      { EventSource: 'aws:sns', Sns: { Type: 'Notification', Message: message } },
      { EventSource: 'aws:sns', Sns: { Type: 'Notification' } },
      { Records: [] },
      { eventSource: 'aws:sqs', body: 5 },
      { eventSource: 'aws:sqs', body: message },
      { Sns: {}, Records: '' },
    ],
  }

  it('each element is one record or one issue with its index, and a broken one keeps the element in raw (also with a Records key of its own)', async () => {
    const text = JSON.stringify(event)
    for (const result of [parseRecords(event), parseRecords(text), await parseRecordsAsync(new TextEncoder().encode(text))]) {
      expect(result.records).toStrictEqual([record, record])
      expect(result.issues.map((i) => [i.kind, i.index, i.location])).toStrictEqual([
        ['input', 1, '$.Records[1]'],
        ['record', 2, '$.Records[2]'],
        ['input', 3, '$.Records[3]'],
        ['input', 5, '$.Records[5]'],
      ])
      expect(result.issues.map((i) => i.raw)).toStrictEqual([event.Records[1], event.Records[2], event.Records[3], event.Records[5]])
    }
  })
})
