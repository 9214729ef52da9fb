import { isLeft, isRight } from 'fp-ts/lib/Either.js'
import * as t from 'io-ts'
import { describe, expect, it } from 'vitest'
import { problemsOf } from '../../../src/errors/report.js'
import { parseRecordsAsync } from '../../../src/parse/parse-async.js'
import { parseRecords } from '../../../src/parse/parse-records.js'
import { streamRecords } from '../../../src/parse/stream-records.js'
import { operationFinder } from '../../../src/services/mismatch-policy.js'
import { modelService } from '../../../src/services/model/model-service.js'
import type { ModelShape, ModelTable } from '../../../src/services/model/table.js'
import type { ModelService } from '../../../src/services/model/types.js'
import type { AnyService } from '../../../src/services/service.js'
import { ec2Table, recordOf } from './fixtures/records.js'

const EC2 = 'ec2.amazonaws.com'

function ec2Service(table: ModelTable = ec2Table): ModelService<typeof EC2> {
  return modelService({ name: 'ec2', title: 'Amazon EC2', eventSource: EC2, protocol: 'ec2', apiVersion: '2016-11-15', table })
}

const startInstances = (): Record<string, unknown> =>
  recordOf(
    EC2,
    'StartInstances',
    { instancesSet: { items: [{ instanceId: 'i-0123456789abcdef0' }] }, filter: { name: 'a', and: [{ values: ['x', null] }] } },
    {
      requestId: 'c1b1c2e9-0000-4000-8000-000000000000',
      instancesSet: { items: [{ instanceId: 'i-0123456789abcdef0', currentState: { code: 0, name: 'pending' }, previousState: { code: '80', name: 'stopped' } }] },
    },
  )

describe('modelService: the value', () => {
  it('holds the declaration', () => {
    const ec2 = ec2Service()
    expect(ec2.name).toBe('ec2')
    expect(ec2.title).toBe('Amazon EC2')
    expect(ec2.eventSource).toBe(EC2)
    expect(ec2.protocol).toBe('ec2')
    expect(ec2.apiVersion).toBe('2016-11-15')
    expect(ec2.table).toBe(ec2Table)
  })

  it('has an operation per eventName of the table, in its order, as operationOf makes them', () => {
    const ec2 = ec2Service()
    expect(Object.keys(ec2.operations)).toStrictEqual(['StartInstances', 'CreateKeyPair', 'DescribeRegions'])
    const start = ec2.operations['StartInstances']!
    expect(start.eventSource).toBe(EC2)
    expect(start.eventName).toBe('StartInstances')
    expect(start.readOnly).toBe(false)
    expect(ec2.operations['DescribeRegions']!.readOnly).toBe(true)
    expect(start.request.name).toBe('StartInstancesRequest')
    expect(start.response.name).toBe('StartInstancesResponse')
    // No shape in the model: any payload, as the shapeless operations of hand-written services.
    expect(ec2.operations['DescribeRegions']!.request).toBe(t.unknown)
    expect(ec2.operations['DescribeRegions']!.response).toBe(t.unknown)
    expect(ec2.operation('StartInstances')).toBe(start)
    expect(Object.values(ec2.operations).map((o) => o.eventName)).toStrictEqual(['StartInstances', 'CreateKeyPair', 'DescribeRegions'])
  })

  it('knows no other eventName, not even those of Object.prototype', () => {
    const ec2 = ec2Service()
    for (const name of ['RunInstances', 'constructor', 'toString', '__proto__', 'hasOwnProperty', '']) {
      expect(ec2.operation(name), name).toBeUndefined()
      expect(ec2.is(recordOf(EC2, name)), name).toBe(false)
    }
    expect(Object.prototype.hasOwnProperty.call(ec2.operations, 'RunInstances')).toBe(false)
    expect(ec2.operations['RunInstances']).toBeUndefined()
  })

  it('has operations that cannot be replaced or added to', () => {
    const ec2 = ec2Service()
    const operations = ec2.operations as Record<string, unknown>
    expect(() => {
      operations['StartInstances'] = 1
    }).toThrow(TypeError)
    void operations['CreateKeyPair']
    expect(() => {
      operations['CreateKeyPair'] = 1
    }).toThrow(TypeError)
    expect(() => {
      operations['Other'] = 1
    }).toThrow(TypeError)
  })

  it('is an AnyService', () => {
    const services: ReadonlyArray<AnyService> = [ec2Service()]
    expect(services).toHaveLength(1)
  })
})

describe('modelService: guards and codecs', () => {
  const ec2 = ec2Service()

  it('is answers for records of its operations whose payloads match, null and absent payloads included', () => {
    expect(ec2.is(startInstances())).toBe(true)
    expect(ec2.is(recordOf(EC2, 'StartInstances', null, null))).toBe(true)
    expect(ec2.is(recordOf(EC2, 'StartInstances'))).toBe(true)
    expect(ec2.is(recordOf(EC2, 'DescribeRegions', { anything: [1] }, 'any'))).toBe(true)
    expect(ec2.is(recordOf(EC2, 'CreateKeyPair', { keyName: 'k', dryRun: 'false' }, { keyMaterial: 'HIDDEN_DUE_TO_SECURITY_REASONS', tags: { a: 'b' } }))).toBe(true)
  })

  it('is rejects other sources, unknown names, wrong payloads and non-records', () => {
    expect(ec2.is({ ...startInstances(), eventSource: 's3.amazonaws.com' })).toBe(false)
    expect(ec2.is(recordOf(EC2, 'StartInstances', { instancesSet: { items: [{ instanceId: 1 }] } }))).toBe(false)
    expect(ec2.is(recordOf(EC2, 'StartInstances', undefined, { instancesSet: 'none' }))).toBe(false)
    expect(ec2.is(recordOf(EC2, 'CreateKeyPair', undefined, { keyMaterial: 42 }))).toBe(false)
    expect(ec2.is(recordOf(EC2, 'CreateKeyPair', { dryRun: 'yes' }))).toBe(false)
    const { eventTime: _dropped, ...noTime } = startInstances()
    expect(ec2.is(noTime)).toBe(false)
    for (const u of [null, undefined, 'StartInstances', [], { eventSource: EC2, eventName: 'StartInstances' }]) expect(ec2.is(u)).toBe(false)
  })

  it('the operation guards and payloadIs give the same answers as is', () => {
    const start = ec2.operations['StartInstances']!
    const good = startInstances()
    const bad = recordOf(EC2, 'StartInstances', { additionalInfo: 5 })
    expect(start.is(good)).toBe(true)
    expect(start.is(bad)).toBe(false)
    expect(start.payloadIs(good as never)).toBe(true)
    expect(start.payloadIs(bad as never)).toBe(false)
    expect(start.event.is(good)).toBe(true)
    expect(start.event.is(bad)).toBe(false)
  })

  it('decoding returns the very record and encoding gives it back', () => {
    const record = startInstances()
    for (const codec of [ec2.event, ec2.operations['StartInstances']!.event]) {
      const result = codec.decode(record)
      expect(isRight(result)).toBe(true)
      if (isRight(result)) {
        expect(result.right).toBe(record)
        expect(codec.encode(result.right)).toStrictEqual(record)
      }
    }
    const request = (record['requestParameters'] as Record<string, unknown>)
    const decoded = ec2.operations['StartInstances']!.request.decode(request)
    expect(isRight(decoded) && decoded.right).toBe(request)
  })

  it('the service codec names the wrong member by its path from the record', () => {
    const record = recordOf(EC2, 'StartInstances', { instancesSet: { items: [{ instanceId: 'i-1' }, { instanceId: 42 }] } })
    const result = ec2.event.decode(record)
    expect(isLeft(result) && problemsOf(result.left)).toStrictEqual([
      { path: '$.requestParameters.instancesSet.items[1].instanceId', expected: 'string', found: '42 (number)' },
    ])
    expect(isLeft(ec2.event.decode(recordOf('s3.amazonaws.com', 'StartInstances')))).toBe(true)
    expect(isLeft(ec2.event.decode(recordOf(EC2, 'RunInstances')))).toBe(true)
    expect(ec2.event.name).toBe('ec2.amazonaws.com event')
  })
})

describe('modelService: parsing with services: [service]', () => {
  const ec2 = ec2Service()
  const wrong = (): Record<string, unknown> =>
    recordOf(EC2, 'StartInstances', { instancesSet: { items: [{ instanceId: 42 }] } }, { instancesSet: { items: [{ currentState: { name: 7 } }] } })

  it('reports a wrong member as an operation issue with its path and message, keeping the raw record', () => {
    const raw = wrong()
    const { records, issues } = parseRecords({ Records: [startInstances(), raw] }, { services: [ec2] })
    expect(records).toHaveLength(1)
    expect(issues).toHaveLength(1)
    const issue = issues[0]!
    expect(issue.kind).toBe('operation')
    expect(issue.index).toBe(1)
    expect(issue.raw).toBe(raw)
    expect(issue.path).toBe('$.requestParameters.instancesSet.items[0].instanceId')
    expect(issue.expected).toBe('string')
    expect(issue.found).toBe('42 (number)')
    expect(issue.problems.map((p) => p.path)).toStrictEqual([
      '$.requestParameters.instancesSet.items[0].instanceId',
      '$.responseElements.instancesSet.items[0].currentState.name',
    ])
    expect(issue.message).toContain(
      'ec2.amazonaws.com StartInstances does not match its operation codec: $.requestParameters.instancesSet.items[0].instanceId: expected string, found 42 (number)',
    )
  })

  it("keeps such a record as a generic record with onOperationMismatch: 'generic', which the guards reject", () => {
    const raw = wrong()
    const { records, issues } = parseRecords({ Records: [raw] }, { services: [ec2], onOperationMismatch: 'generic' })
    expect(issues).toStrictEqual([])
    expect(records).toStrictEqual([raw])
    expect(records[0]).toBe(raw)
    expect(ec2.is(records[0])).toBe(false)
  })

  it('checks nothing when the service is not passed', () => {
    const raw = wrong()
    expect(parseRecords({ Records: [raw] }).issues).toStrictEqual([])
  })

  it('passes good records through unchanged, and narrows them', () => {
    const good = startInstances()
    const { records, issues } = parseRecords(JSON.stringify({ Records: [good] }), { services: [ec2] })
    expect(issues).toStrictEqual([])
    expect(records).toStrictEqual([good])
    expect(ec2.is(records[0])).toBe(true)
  })

  it('works with parseRecordsAsync and streamRecords, and with operationFinder', async () => {
    const text = JSON.stringify({ Records: [startInstances(), wrong()] })
    const result = await parseRecordsAsync(text, { services: [ec2] })
    expect(result.records).toHaveLength(1)
    expect(result.issues.map((i) => i.path)).toStrictEqual(['$.requestParameters.instancesSet.items[0].instanceId'])
    const kinds: string[] = []
    for await (const item of streamRecords(new TextEncoder().encode(text), { services: [ec2] })) kinds.push(item.kind)
    expect(kinds).toStrictEqual(['record', 'issue'])
    const find = operationFinder([ec2])
    expect(find?.(EC2, 'CreateKeyPair')).toBe(ec2.operations['CreateKeyPair'])
    expect(find?.(EC2, 'RunInstances')).toBeUndefined()
  })
})

describe('modelService: additionalEventData', () => {
  // GetObject's entry has a fourth element: the shape of its additionalEventData; PutObject's has none.
  const table: ModelTable = {
    shapes: ['s', 'n', ['S', 'AdditionalEventData', 'SignatureVersion', 0, 'bytesTransferredOut', 1]],
    operations: { GetObject: [-1, -1, 1, 2], PutObject: [-1, -1, 0] },
  }
  const S3 = 's3.amazonaws.com'
  const s3 = modelService({ name: 's3', title: 'Amazon S3', eventSource: S3, protocol: 'rest-xml', apiVersion: '2006-03-01', table })
  const withData = (eventName: string, additionalEventData: unknown): Record<string, unknown> => ({
    ...recordOf(S3, eventName, { bucketName: 'amzn-s3-demo-bucket' }),
    additionalEventData,
  })

  it('is checked where the entry names its shape, leniently: null, absent, unknown keys and null members pass', () => {
    expect(s3.operations['GetObject']?.additional).toBeDefined()
    for (const data of [{ SignatureVersion: 'SigV4', bytesTransferredOut: 12, other: [1] }, { bytesTransferredOut: null }, null, undefined]) {
      expect(s3.is(withData('GetObject', data)), JSON.stringify(data)).toBe(true)
    }
    expect(s3.is(withData('GetObject', { bytesTransferredOut: '12' }))).toBe(false)
    expect(s3.is(withData('GetObject', 'SigV4'))).toBe(false)
  })

  it('is a mismatch named by its path in the event codec', () => {
    const result = s3.event.decode(withData('GetObject', { SignatureVersion: 4 }))
    expect(isLeft(result) ? problemsOf(result.left).map((p) => p.path) : []).toStrictEqual(['$.additionalEventData.SignatureVersion'])
  })

  it('stays unchecked where the entry has no fourth element', () => {
    expect(s3.operations['PutObject']?.additional).toBeUndefined()
    expect(s3.is(withData('PutObject', { bytesTransferredOut: '12' }))).toBe(true)
    expect(isRight(s3.event.decode(withData('PutObject', 'anything')))).toBe(true)
  })
})

describe('modelService: laziness', () => {
  const OPERATIONS = 800

  /** A table of 800 operations whose reads are counted: operation entries by name, shapes by index. */
  function countedTable(): { table: ModelTable; entries: Set<string>; shapes: Set<number> } {
    const shapes: ModelShape[] = ['s']
    const operations: Record<string, readonly [number, number, 0 | 1]> = {}
    for (let i = 0; i < OPERATIONS; i++) {
      const request = shapes.push(['S', `Op${i}Request`, 'id', 0, 'items', shapes.length + 1]) - 1
      shapes.push(['L', 0])
      operations[`Op${i}`] = [request, -1, (i % 2) as 0 | 1]
    }
    const entries = new Set<string>()
    const read = new Set<number>()
    const table: ModelTable = {
      shapes: new Proxy(shapes, {
        get(target, key, receiver) {
          if (typeof key === 'string' && /^\d+$/.test(key)) read.add(Number(key))
          return Reflect.get(target, key, receiver) as unknown
        },
      }),
      operations: new Proxy(operations, {
        get(target, key, receiver) {
          if (typeof key === 'string') entries.add(key)
          return Reflect.get(target, key, receiver) as unknown
        },
      }),
    }
    return { table, entries, shapes: read }
  }

  it('builds nothing when made', () => {
    const { table, entries, shapes } = countedTable()
    ec2Service(table)
    expect(entries.size).toBe(0)
    expect(shapes.size).toBe(0)
  })

  it('is builds the operation of the record it sees, and the shapes its check reaches, only', () => {
    const { table, entries, shapes } = countedTable()
    const service = modelService({ name: 'big', title: 'Big', eventSource: 'big.amazonaws.com', protocol: 'json', apiVersion: '1', table })
    expect(service.is(recordOf('big.amazonaws.com', 'Op7', { id: 'a', items: ['b'] }))).toBe(true)
    expect([...entries]).toStrictEqual(['Op7'])
    // The request structure, then (checking a value) its members: the string and the list.
    expect([...shapes].sort((a, b) => a - b)).toStrictEqual([0, 15, 16])
    expect(service.is(recordOf('big.amazonaws.com', 'Op7'))).toBe(true)
    expect(service.is(recordOf('big.amazonaws.com', 'Op9'))).toBe(true)
    expect([...entries]).toStrictEqual(['Op7', 'Op9'])
    expect(service.is(recordOf('other.amazonaws.com', 'Op11'))).toBe(false)
    expect([...entries]).toStrictEqual(['Op7', 'Op9'])
  })

  it('operations builds an operation when it is read, and the same one operation(name) returns', () => {
    const { table, entries } = countedTable()
    const service = modelService({ name: 'big', title: 'Big', eventSource: 'big.amazonaws.com', protocol: 'json', apiVersion: '1', table })
    const operations = service.operations
    expect(service.operations).toBe(operations)
    expect(Object.keys(operations)).toHaveLength(OPERATIONS)
    expect(entries.size).toBe(0)
    const op = operations['Op42']!
    expect([...entries]).toStrictEqual(['Op42'])
    expect(op.readOnly).toBe(false)
    expect(operations['Op43']!.readOnly).toBe(true)
    expect(service.operation('Op42')).toBe(op)
    expect(operations['Op42']).toBe(op)
    expect(Object.values(operations)).toHaveLength(OPERATIONS)
    expect(entries.size).toBe(OPERATIONS)
  })

  it('reading every operation of 800 takes little time', () => {
    const { table } = countedTable()
    const service = modelService({ name: 'big', title: 'Big', eventSource: 'big.amazonaws.com', protocol: 'json', apiVersion: '1', table })
    const started = performance.now()
    expect(Object.values(service.operations).every((o) => o.request.name.startsWith('Op'))).toBe(true)
    expect(performance.now() - started).toBeLessThan(1000)
  })
})
