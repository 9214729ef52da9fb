import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { detect, sourceNamed, sources } from '../../src/sources/list.js'
import type { SourceKind } from '../../src/sources/list.js'
import type { JsonObject } from '../../src/sources/source.js'
import { generatedRecord } from './generated-log.js'
import { cloudWatchLogsControlMessage, cloudWatchLogsLambdaEvent, everySingleWrapper, everyWrapper, snsNotification } from './wrappers.js'

/** What asking the list in order, one source at a time, recognises. */
function firstOfList(o: JsonObject): string | undefined {
  return sources.find((source) => source.detect(o))?.name
}

/** The keys the sources look at, and values that make their checks go either way. */
const keys = [
  'Records', 'detail-type', 'detail', 'Type', 'Message', 'Sns', 'eventSource', 'body', 'Events', 'CloudTrailEvent', 'logEvents',
  'messageType', 'QueryResultRows', 'digestS3Object', 'logFiles', 'awslogs', 'data', 'eventVersion', 'eventName',
]
const leaf = fc.oneof(fc.constantFrom('Notification', 'aws:sqs', 'CONTROL_MESSAGE', 'H4sI', '{}', ''), fc.integer(), fc.constant(null), fc.boolean())
const { object } = fc.letrec<{ value: unknown; object: Record<string, unknown> }>((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, leaf, tie('object'), fc.array(tie('value'), { maxLength: 3 })),
  object: fc.dictionary(fc.constantFrom(...keys), tie('value'), { maxKeys: 4 }),
}))

describe('the list of sources', () => {
  const records = [0, 1, 2].map(generatedRecord)
  const samples: ReadonlyArray<readonly [string, unknown]> = [
    ...everyWrapper(records),
    ...everySingleWrapper(records[0]),
    ['CloudWatch Logs subscription event', cloudWatchLogsLambdaEvent({ logEvents: [] })],
    ['CloudWatch Logs control message', cloudWatchLogsControlMessage()],
    ['SNS event delivered to Lambda', { Records: [{ EventSource: 'aws:sns', Sns: snsNotification(records[0]) }] }],
    ['SQS event delivered to Lambda', { Records: [{ eventSource: 'aws:sqs', body: JSON.stringify(records[0]) }] }],
    ['SNS record of a Lambda event', { EventSource: 'aws:sns', Sns: snsNotification(records[0]) }],
    ['SQS record of a Lambda event', { eventSource: 'aws:sqs', body: '{}' }],
    ['digest file', { digestS3Object: 'AWSLogs/111122223333/CloudTrail-Digest/x.json.gz', logFiles: [] }],
  ]
  const objects = samples.filter((sample): sample is readonly [string, JsonObject] => typeof sample[1] === 'object' && sample[1] !== null && !Array.isArray(sample[1]))

  it.each(objects)('detect asks the sources in list order: %s', (_name, o) => {
    expect(detect(o).name).toBe(firstOfList(o))
  })

  it('detect asks the sources in list order when an object has the keys of two sources', () => {
    for (const [, a] of objects) for (const [, b] of objects) {
      const both = { ...a, ...b }
      expect(detect(both).name).toBe(firstOfList(both))
    }
  })

  it('detect asks the sources in list order, whatever the keys', () => {
    fc.assert(fc.property(object, (o) => detect(o).name === firstOfList(o)), { numRuns: 5_000 })
  })

  it('recognises each sample as the source it is', () => {
    const names = Object.fromEntries(objects.map(([name, o]) => [name, detect(o).name]))
    expect(names).toMatchObject({
      'log file': 'logFile',
      'LookupEvents response': 'lookupEvents',
      'CloudWatch Logs payload': 'cloudWatchLogs',
      'CloudTrail Lake query results': 'lakeQueryResults',
      record: 'record',
      'EventBridge event': 'eventBridge',
      'SNS notification of an EventBridge event': 'sns',
      'LookupEvents event': 'lookupEvents',
      'CloudWatch Logs subscription event': 'compressedLogs',
      'CloudWatch Logs control message': 'cloudWatchLogs',
      'SNS event delivered to Lambda': 'lambdaEvent',
      'SQS event delivered to Lambda': 'lambdaEvent',
      'SNS record of a Lambda event': 'snsLambdaRecord',
      'SQS record of a Lambda event': 'sqsLambdaRecord',
      'digest file': 'digest',
    })
  })

  it('ends with a record, which every object is, and no source says yes to an object before an array of records would', () => {
    expect(sources.at(-1)?.name).toBe('record')
    expect(sources.find((source) => source.name === 'records')?.detect({})).toBe(false)
  })

  it('has a source for each name of the source option, and one name per source', () => {
    const kinds: ReadonlyArray<Exclude<SourceKind, 'auto'>> = [
      'logFile', 'records', 'record', 'eventBridge', 'sns', 'lookupEvents', 'cloudWatchLogs', 'lakeQueryResults',
    ]
    for (const kind of kinds) expect(sourceNamed(kind)?.name).toBe(kind)
    expect(new Set(sources.map((source) => source.name)).size).toBe(sources.length)
  })
})
