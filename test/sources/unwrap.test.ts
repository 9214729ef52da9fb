import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { parseRecords } from '../../src/parse/parse-records.js'
import { parseRecordsAsync } from '../../src/parse/parse-async.js'
import type { SourceKind } from '../../src/sources/unwrap.js'
import { generatedRecord } from './generated-log.js'
import {
  base64Gzip,
  cloudWatchLogsControlMessage,
  cloudWatchLogsLambdaEvent,
  cloudWatchLogsPayload,
  eventBridgeEvent,
  everySingleWrapper,
  everyWrapper,
  lakeQueryResults,
  logFile,
  lookupEvent,
  lookupEventsResponse,
  snsNotification,
} from './wrappers.js'

const records = [0, 1, 2, 3, 4].map(generatedRecord)
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text)

describe('every wrapper gives back its records, whole and in order', () => {
  it.each(everyWrapper(records))('%s: parsed value, JSON text, bytes and gzip bytes', async (_name, wrapper) => {
    const text = JSON.stringify(wrapper)
    for (const result of [
      parseRecords(wrapper),
      parseRecords(text),
      await parseRecordsAsync(wrapper),
      await parseRecordsAsync(text),
      await parseRecordsAsync(bytes(text)),
      await parseRecordsAsync(gzipSync(text)),
    ]) {
      expect(result.issues).toStrictEqual([])
      expect(result.records).toStrictEqual(records)
    }
  })

  it.each(everySingleWrapper(records[0]))('one record in a %s', async (_name, wrapper) => {
    expect(parseRecords(wrapper)).toStrictEqual({ records: [records[0]], issues: [], skipped: [] })
    expect(await parseRecordsAsync(JSON.stringify(wrapper))).toStrictEqual({ records: [records[0]], issues: [], skipped: [] })
  })

  it('a record that arrives as a JSON string is returned as JSON.parse gives it: lossless per record', () => {
    const response = lookupEventsResponse(records)
    const result = parseRecords(response)
    const strings = (response['Events'] as Array<{ CloudTrailEvent: string }>).map((event) => event.CloudTrailEvent)
    expect(result.records).toStrictEqual(strings.map((s) => JSON.parse(s) as unknown))
    expect(result.records.map((record) => JSON.stringify(record))).toStrictEqual(strings)
  })
})

describe('the events AWS SDK calls and Lambda triggers hand to a program', () => {
  it('a LookupEvents response from the AWS SDK for JavaScript, whose EventTime is a Date', () => {
    const response = lookupEventsResponse(records)
    for (const event of response['Events'] as Array<Record<string, unknown>>) event['EventTime'] = new Date('2024-03-01T10:00:00Z')
    expect(parseRecords({ $metadata: { httpStatusCode: 200 }, ...response })).toStrictEqual({ records, issues: [], skipped: [] })
  })

  it('an SNS event delivered to Lambda, whose notifications hold EventBridge events', async () => {
    const event = {
      Records: records.map((record, i) => ({
        EventSource: 'aws:sns',
        EventVersion: '1.0',
        EventSubscriptionArn: 'arn:aws:sns:us-east-1:111122223333:trail-events:2bcfbf39-05c3-41de-beaa-fcfcc21c8f55',
        Sns: { ...snsNotification(eventBridgeEvent(record, i)), SigningCertUrl: 'https://sns.us-east-1.amazonaws.com/EXAMPLE.pem', MessageAttributes: {} },
      })),
    }
    expect(parseRecords(event)).toStrictEqual({ records, issues: [], skipped: [] })
    expect(await parseRecordsAsync(JSON.stringify(event))).toStrictEqual({ records, issues: [], skipped: [] })
    const bad = parseRecords({ Records: [{ EventSource: 'aws:sns', Sns: { Type: 'Notification' } }] })
    expect(bad.issues.map((i) => [i.kind, i.location])).toStrictEqual([['input', '$.Records[0]']])
  })

  it('an SQS event delivered to Lambda, whose bodies hold EventBridge events or SNS notifications', async () => {
    const event = {
      Records: records.map((record, i) => ({
        messageId: `059f36b4-87a3-44ab-83d2-66197583${String(i).padStart(4, '0')}`,
        receiptHandle: 'AQEBwJnKyrHigUMZj6rYigCgxlaS3SLy0a...',
        body: JSON.stringify(i % 2 === 0 ? eventBridgeEvent(record, i) : snsNotification(eventBridgeEvent(record, i))),
        attributes: { ApproximateReceiveCount: '1', SentTimestamp: '1545082649183' },
        messageAttributes: {},
        md5OfBody: 'e4e68fb7bd0e697a0ae8f1bb342846b3',
        eventSource: 'aws:sqs',
        eventSourceARN: 'arn:aws:sqs:us-east-1:111122223333:trail-events',
        awsRegion: 'us-east-1',
      })),
    }
    expect(parseRecords(event)).toStrictEqual({ records, issues: [], skipped: [] })
    expect(await parseRecordsAsync(bytes(JSON.stringify(event)))).toStrictEqual({ records, issues: [], skipped: [] })
    const cut = parseRecords({ Records: [{ eventSource: 'aws:sqs', body: '{"detail-type":' }] })
    expect(cut.issues.map((i) => [i.kind, i.index, i.location, i.raw])).toStrictEqual([['json', 0, '$.Records[0].body', '{"detail-type":']])
  })
})

describe('CloudWatch Logs', () => {
  it('a subscription Lambda event (base64 of gzip) is decoded by parseRecordsAsync, as a value and as text', async () => {
    const event = cloudWatchLogsLambdaEvent(cloudWatchLogsPayload(records))
    expect(await parseRecordsAsync(event)).toStrictEqual({ records, issues: [], skipped: [] })
    expect(await parseRecordsAsync(JSON.stringify(event))).toStrictEqual({ records, issues: [], skipped: [] })
    expect(await parseRecordsAsync(gzipSync(JSON.stringify(event)))).toStrictEqual({ records, issues: [], skipped: [] })
  })

  it('parseRecords, which cannot inflate gzip, says to use parseRecordsAsync', () => {
    const result = parseRecords(cloudWatchLogsLambdaEvent(cloudWatchLogsPayload(records)))
    expect(result.records).toStrictEqual([])
    expect(result.issues).toHaveLength(1)
    expect(result.issues[0]).toMatchObject({ kind: 'input', path: '$.awslogs.data' })
    expect(result.issues[0]?.message).toContain('parseRecordsAsync')
  })

  it('bare base64 text of gzip, as a Kinesis or Firehose record carries it', async () => {
    const data = base64Gzip(cloudWatchLogsPayload(records))
    expect(data.startsWith('H4sI')).toBe(true)
    expect(await parseRecordsAsync(data)).toStrictEqual({ records, issues: [], skipped: [] })
    expect(await parseRecordsAsync(bytes(`${data}\n`))).toStrictEqual({ records, issues: [], skipped: [] })
  })

  it('a CONTROL_MESSAGE holds no records and is no issue', async () => {
    const control = cloudWatchLogsControlMessage()
    expect(parseRecords(control)).toStrictEqual({ records: [], issues: [], skipped: [] })
    expect(await parseRecordsAsync(cloudWatchLogsLambdaEvent(control))).toStrictEqual({ records: [], issues: [], skipped: [] })
  })

  it('payloads written back to back with no separator (}{), as Firehose writes them to S3, plain or gzip', async () => {
    const payloads = [cloudWatchLogsPayload(records.slice(0, 2)), cloudWatchLogsControlMessage(), cloudWatchLogsPayload(records.slice(2))]
    const text = payloads.map((p) => JSON.stringify(p)).join('')
    expect(parseRecords(text)).toStrictEqual({ records, issues: [], skipped: [] })
    expect(await parseRecordsAsync(gzipSync(text))).toStrictEqual({ records, issues: [], skipped: [] })
    // Firehose compresses each payload on its own: one gzip member after another.
    const members = Buffer.concat(payloads.map((p) => gzipSync(JSON.stringify(p))))
    expect(await parseRecordsAsync(members)).toStrictEqual({ records, issues: [], skipped: [] })
  })

  it('a log event whose message is not JSON is an issue for that record that keeps the message', () => {
    const payload = cloudWatchLogsPayload(records.slice(0, 2))
    const events = payload['logEvents'] as Array<{ message: string }>
    const cut = events[0]!.message.slice(0, 50)
    events[0]!.message = cut
    const result = parseRecords(payload)
    expect(result.records).toStrictEqual([records[1]])
    expect(result.issues).toHaveLength(1)
    expect(result.issues[0]).toMatchObject({ kind: 'json', index: 0, location: '$.logEvents[0].message', raw: cut })
  })
})

describe('per-record issues inside wrappers keep the raw record', () => {
  it('a LookupEvents CloudTrailEvent that is not JSON', () => {
    const response = lookupEventsResponse(records.slice(0, 3))
    const events = response['Events'] as Array<{ CloudTrailEvent: string }>
    events[1]!.CloudTrailEvent = '{"eventVersion":'
    const result = parseRecords(response)
    expect(result.records).toStrictEqual([records[0], records[2]])
    expect(result.issues.map((i) => [i.kind, i.index, i.location, i.raw])).toStrictEqual([
      ['json', 1, '$.Events[1].CloudTrailEvent', '{"eventVersion":'],
    ])
  })

  it('a LookupEvents event without CloudTrailEvent', () => {
    const response = { Events: [lookupEvent(records[0]), { EventId: 'x' }] }
    const result = parseRecords(response)
    expect(result.records).toStrictEqual([records[0]])
    expect(result.issues.map((i) => [i.kind, i.index, i.location, i.raw])).toStrictEqual([['input', 1, '$.Events[1]', { EventId: 'x' }]])
  })

  it('a CloudTrail Lake row without the eventjson column', () => {
    const results = lakeQueryResults(records.slice(0, 2))
    const rows = results['QueryResultRows'] as unknown[][]
    rows[0] = [{ eventid: 'e1' }]
    const result = parseRecords(results)
    expect(result.records).toStrictEqual([records[1]])
    expect(result.issues[0]).toMatchObject({ kind: 'input', index: 0, location: '$.QueryResultRows[0]', raw: [{ eventid: 'e1' }] })
    expect(result.issues[0]?.message).toContain('eventjson')
  })

  it('a CloudTrail Lake column spelled eventJson, and events of FilterLogEvents read as a CloudWatch Logs payload', () => {
    const rows = records.map((record) => [{ eventJson: JSON.stringify(record) }])
    expect(parseRecords({ QueryResultRows: rows })).toStrictEqual({ records, issues: [], skipped: [] })
    const events = records.map((record, i) => ({ logStreamName: '111122223333_CloudTrail_us-east-1', timestamp: 1709287200000 + i, message: JSON.stringify(record), ingestionTime: 1709287201000, eventId: `3788373928474${i}` }))
    expect(parseRecords({ logEvents: events }, { source: 'cloudWatchLogs' })).toStrictEqual({ records, issues: [], skipped: [] })
  })

  it('an SNS notification whose Message is not JSON', () => {
    const notification = { ...snsNotification(null), Message: 'hello' }
    const result = parseRecords(notification)
    expect(result.issues).toHaveLength(1)
    expect(result.issues[0]).toMatchObject({ kind: 'json', index: 0, location: '$.Message', raw: 'hello' })
  })

  it('an EventBridge detail that is not a record is a record issue at $.detail', () => {
    const result = parseRecords(eventBridgeEvent({ eventVersion: '1.08' }))
    expect(result.issues).toHaveLength(1)
    expect(result.issues[0]).toMatchObject({ kind: 'record', index: 0, location: '$.detail', raw: { eventVersion: '1.08' } })
  })
})

describe('text that is not one JSON document', () => {
  const lines = records.map((r) => JSON.stringify(r))

  it('NDJSON of wrappers: each line is unwrapped, and named by its line', () => {
    const text = [eventBridgeEvent(records[0]), lookupEvent(records[1]), logFile(records.slice(2))].map((w) => JSON.stringify(w)).join('\n')
    const result = parseRecords(text)
    expect(result).toStrictEqual({ records, issues: [], skipped: [] })
    const bad = text.replace('"detail":{"eventVersion":"1.08"', '"detail":{"eventVersion":1')
    expect(parseRecords(bad).issues.map((i) => i.location)).toStrictEqual(['line 1.detail'])
  })

  it('objects back to back with no separator, and with white space between them', () => {
    expect(parseRecords(lines.join(''))).toStrictEqual({ records, issues: [], skipped: [] })
    expect(parseRecords(lines.join(' \r\n\t'))).toStrictEqual({ records, issues: [], skipped: [] })
    const pretty = records.map((r) => JSON.stringify(r, null, 2)).join('\n')
    expect(parseRecords(pretty)).toStrictEqual({ records, issues: [], skipped: [] })
  })

  it('trailing garbage: the values before it are kept and the garbage is a json issue with its position', () => {
    const head = JSON.stringify(logFile(records))
    const text = `${head}\n  ]} trailing`
    const result = parseRecords(text)
    expect(result.records).toStrictEqual(records)
    expect(result.issues).toHaveLength(1)
    expect(result.issues[0]).toMatchObject({ kind: 'json', position: text.indexOf(']}', head.length) })
    expect(result.issues[0]?.index).toBeUndefined()
  })

  it('garbage between NDJSON lines costs the garbage only', () => {
    const text = [lines[0], 'nothing JSON here', lines[1], '}}}', lines[2]].join('\n')
    const result = parseRecords(text)
    expect(result.records).toStrictEqual(records.slice(0, 3))
    expect(result.issues.map((i) => [i.kind, i.position])).toStrictEqual([
      ['json', text.indexOf('nothing')],
      ['json', text.indexOf(`\n}}}\n`) + 1],
    ])
  })

  it('an NDJSON line cut inside a string or after a colon costs that line only', () => {
    const text = [lines[0], lines[1]!.slice(0, 30), lines[2], '{"eventVersion": ', lines[3]].join('\n')
    const result = parseRecords(text)
    expect(result.records).toStrictEqual([records[0], records[2], records[3]])
    expect(result.issues.map((i) => [i.kind, i.index, i.location, i.raw])).toStrictEqual([
      ['json', 1, 'line 2', lines[1]!.slice(0, 30)],
      ['json', 3, 'line 4', '{"eventVersion": '],
    ])
  })

  it('a log file cut short: the complete records are kept, the cut one is an issue, and the input is said to be cut', () => {
    const text = JSON.stringify(logFile(records)).slice(0, -40)
    const result = parseRecords(text)
    expect(result.records).toStrictEqual(records.slice(0, 4))
    expect(result.issues.map((i) => [i.kind, i.index, i.location])).toStrictEqual([
      ['json', 4, '$.Records[4]'],
      ['json', undefined, '$.Records'],
    ])
    expect(result.issues[1]?.message).toMatch(/cut short/)
  })

  it('a syntax error between records of a log file ends the log file there with an issue', () => {
    const text = `{"Records":[${lines[0]} ${lines[1]}]}`
    const result = parseRecords(text)
    expect(result.records).toStrictEqual([records[0]])
    expect(result.issues.map((i) => [i.kind, i.location, i.position])).toStrictEqual([['json', '$.Records', text.indexOf(lines[1]!)]])
  })

  it.each([
    ['{"Records": [], }', 16],
    ['{"Records": [], "x": }', 21],
    ['{"Records": [] ,, }', 16],
  ])('a syntax error after the Records array (%j) is a json issue at its position', (text, position) => {
    const result = parseRecords(text)
    expect(result.issues.map((i) => [i.kind, i.position])).toStrictEqual([['json', position]])
  })

  it('an unexpected token is reported where it is', () => {
    const text = `{"Records": [${lines[0]}], "x": tru}`
    expect(parseRecords(text).issues.map((i) => i.position)).toStrictEqual([text.lastIndexOf('}')])
    expect(parseRecords('{"a": }').issues[0]?.position).toBe(6)
  })
})

describe('options.source names the wrapper and turns guessing off', () => {
  const cases: ReadonlyArray<readonly [SourceKind, unknown]> = [
    ['logFile', logFile(records)],
    ['records', records],
    ['eventBridge', eventBridgeEvent(records[0])],
    ['sns', snsNotification(eventBridgeEvent(records[0]))],
    ['lookupEvents', lookupEventsResponse(records)],
    ['lookupEvents', lookupEvent(records[0])],
    ['cloudWatchLogs', cloudWatchLogsPayload(records)],
    ['lakeQueryResults', lakeQueryResults(records)],
    ['record', records[0]],
  ]

  it.each(cases)('source %s reads its own wrapper, sync and async, text and bytes', async (source, wrapper) => {
    const expected = parseRecords(wrapper)
    expect(expected.issues).toStrictEqual([])
    expect(parseRecords(wrapper, { source })).toStrictEqual(expected)
    expect(parseRecords(JSON.stringify(wrapper), { source })).toStrictEqual(expected)
    expect(await parseRecordsAsync(bytes(JSON.stringify(wrapper)), { source })).toStrictEqual(expected)
  })

  it.each(cases)('source %s refuses the other wrappers with an input issue, the same sync and async', async (source, own) => {
    for (const [other, wrapper] of cases) {
      if (other === source || (source === 'records' && other === 'record') || (source === 'record' && wrapper !== own && !Array.isArray(wrapper))) continue
      const sync = parseRecords(JSON.stringify(wrapper), { source })
      expect(sync.records).toStrictEqual([])
      expect(sync.issues.length).toBeGreaterThan(0)
      expect(await parseRecordsAsync(bytes(JSON.stringify(wrapper)), { source })).toStrictEqual(sync)
    }
  })

  it('source cloudWatchLogs also reads the Lambda event around the payload', async () => {
    const event = cloudWatchLogsLambdaEvent(cloudWatchLogsPayload(records))
    expect(await parseRecordsAsync(event, { source: 'cloudWatchLogs' })).toStrictEqual({ records, issues: [], skipped: [] })
    expect((await parseRecordsAsync(event, { source: 'eventBridge' })).issues[0]?.kind).toBe('input')
  })
})
