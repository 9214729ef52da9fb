/**
 * S3's `additionalEventData`, typed by its overlay (codegen/overlays/s3.ts): every S3 record of the shared corpus
 * that carries one narrows and round-trips as it is, a typed key of the wrong type is a mismatch named by its path,
 * and services without the rule leave it unchecked.
 */
import { describe, expect, it } from 'vitest'
import { ec2 } from '../../../src/aws/ec2/index.js'
import { s3 } from '../../../src/aws/s3/index.js'
import { problemsOf } from '../../../src/errors/report.js'
import { parseRecords } from '../../../src/parse/parse-records.js'
import { isInsightRecord } from '../../../src/record/record.js'
import { corpusAvailable, corpusFiles, readCorpusText } from '../../support/corpus.js'

type Raw = Record<string, unknown>

/** The keys the overlay types. */
const TYPED = ['SignatureVersion', 'CipherSuite', 'AuthenticationMethod', 'x-amz-id-2', 'bytesTransferredIn', 'bytesTransferredOut', 'aclRequired', 'SSEApplied']

/** A GetObject data event as AWS documents them. */
const getObject = (additionalEventData: unknown): Raw => ({
  eventVersion: '1.11',
  userIdentity: { type: 'IAMUser', principalId: 'AIDACKCEVSQ6C2EXAMPLE', arn: 'arn:aws:iam::111122223333:user/alice', accountId: '111122223333', userName: 'alice' },
  eventTime: '2025-02-10T05:04:32Z',
  eventSource: 's3.amazonaws.com',
  eventName: 'GetObject',
  awsRegion: 'us-east-1',
  sourceIPAddress: '192.0.2.1',
  userAgent: '[aws-cli/2.18.5]',
  requestParameters: { Host: 'amzn-s3-demo-bucket.s3.us-east-1.amazonaws.com', bucketName: 'amzn-s3-demo-bucket', key: 'sitemap.xml' },
  responseElements: null,
  additionalEventData,
  requestID: 'HQJGBHZK9QH33KG7',
  eventID: '8d96391c-83f4-3491-bb84-4b389122ffb9',
  readOnly: true,
  eventType: 'AwsApiCall',
  managementEvent: false,
  recipientAccountId: '111122223333',
  eventCategory: 'Data',
})

const documented = {
  SignatureVersion: 'SigV4',
  CipherSuite: 'TLS_AES_128_GCM_SHA256',
  bytesTransferredIn: 0,
  AuthenticationMethod: 'AuthHeader',
  'x-amz-id-2': 'Plk5qxp4LoJpRJEteWviQ6J7sEr+Fvx5sn0fUbvBq6cUIexQbZm6lSzeW5e5TNss1l/5cxDmUDPXeKJu12KTmg==',
  bytesTransferredOut: 339117,
}

const pathsOf = (record: Raw): string[] => {
  const result = s3.operations.GetObject.event.decode(record)
  return result._tag === 'Left' ? problemsOf(result.left).map((p) => p.path) : []
}

describe.runIf(corpusAvailable())('the S3 records of the shared corpus with additionalEventData', () => {
  const found: Array<{ where: string; record: Raw }> = []
  for (const file of corpusFiles('records')) {
    const { records, issues } = parseRecords(readCorpusText('records', file), { services: [s3] })
    expect(issues).toStrictEqual([])
    records.forEach((record, index) => {
      if (isInsightRecord(record) || record.eventSource !== 's3.amazonaws.com' || record.additionalEventData === undefined || record.additionalEventData === null) return
      found.push({ where: `${file}#${index} ${record.eventName}`, record })
    })
  }

  it('are management and data events alike, and narrow with s3.is and their operation', () => {
    expect(found.length).toBeGreaterThanOrEqual(7)
    expect(new Set(found.map(({ record }) => record['eventName']))).toEqual(
      new Set(['ListBuckets', 'PutBucketAcl', 'GetBucketVersioning', 'DeleteBucket', 'PutObject', 'CopyObject']),
    )
    for (const { where, record } of found) {
      expect(s3.is(record), where).toBe(true)
      expect(s3.operation(record['eventName'] as string)?.is(record), where).toBe(true)
    }
  })

  it('round-trip as they are: decode returns the very object, encode(decode(x)) deep-equals x', () => {
    for (const { where, record } of found) {
      const operation = s3.operation(record['eventName'] as string)
      const decoded = operation?.event.decode(record)
      expect(decoded?._tag, where).toBe('Right')
      if (decoded?._tag !== 'Right') continue
      expect(decoded.right, where).toBe(record)
      const viaService = s3.event.decode(record)
      expect(viaService._tag, where).toBe('Right')
      if (viaService._tag === 'Right') expect(s3.event.encode(viaService.right), where).toStrictEqual(structuredClone(record))
    }
  })

  it('hold the typed keys with the types the overlay gives (and a vpcEndpointId it leaves unchecked)', () => {
    const keys = new Set(found.flatMap(({ record }) => Object.keys(record['additionalEventData'] as Raw)))
    expect([...keys].filter((key) => !TYPED.includes(key))).toStrictEqual(['vpcEndpointId'])
    for (const { where, record } of found) {
      const data = record['additionalEventData'] as Raw
      for (const key of ['bytesTransferredIn', 'bytesTransferredOut']) {
        if (key in data) expect(typeof data[key], `${where} ${key}`).toBe('number')
      }
    }
  })
})

describe("S3's additionalEventData", () => {
  it('is typed for every operation, in the table and on the operation', () => {
    for (const [eventName, entry] of Object.entries(s3.table.operations)) {
      expect(entry[3], eventName).toBeTypeOf('number')
      expect(s3.operation(eventName)?.additional, eventName).toBeDefined()
    }
    const shape = s3.table.shapes[s3.table.operations['GetObject']?.[3] as number]
    expect(Array.isArray(shape) ? shape.filter((_, i) => i === 1 || (i >= 2 && i % 2 === 0)) : shape).toStrictEqual([
      'AdditionalEventData',
      ...TYPED,
    ])
  })

  it("accepts AWS's documented example, null, absence, unknown keys and null members", () => {
    expect(s3.operations.GetObject.is(getObject(documented))).toBe(true)
    expect(s3.operations.GetObject.is(getObject(null))).toBe(true)
    const { additionalEventData: _, ...absent } = getObject(documented)
    expect(s3.operations.GetObject.is(absent)).toBe(true)
    expect(s3.is(getObject({ ...documented, vpcEndpointId: 'vpce-1a2b3c4d', newKey: { any: ['thing'] } }))).toBe(true)
    expect(s3.is(getObject({ ...documented, CipherSuite: null, bytesTransferredOut: null }))).toBe(true)
  })

  it('rejects a typed key of the wrong type, with its path', () => {
    const wrong = getObject({ ...documented, bytesTransferredIn: 'x' })
    expect(s3.is(wrong)).toBe(false)
    expect(s3.operations.GetObject.is(wrong)).toBe(false)
    expect(s3.operations.GetObject.payloadIs(wrong as never)).toBe(false)
    expect(pathsOf(wrong)).toStrictEqual(['$.additionalEventData.bytesTransferredIn'])
    expect(pathsOf(getObject({ ...documented, SignatureVersion: { version: 4 }, bytesTransferredOut: '12' }))).toStrictEqual([
      '$.additionalEventData.SignatureVersion',
      '$.additionalEventData.bytesTransferredOut',
    ])
    const service = s3.event.decode(wrong)
    expect(service._tag === 'Left' ? problemsOf(service.left).map((p) => p.path) : []).toStrictEqual([
      '$.additionalEventData.bytesTransferredIn',
    ])
  })

  it('is checked by parseRecords with the service: a wrong type is an operation issue with its path, the good record kept', () => {
    const good = getObject(documented)
    const wrong = getObject({ ...documented, bytesTransferredIn: 'x' })
    const { records, issues } = parseRecords(JSON.stringify({ Records: [good, wrong] }), { services: [s3] })
    expect(records).toStrictEqual([good])
    expect(issues).toHaveLength(1)
    expect(issues[0]).toMatchObject({ kind: 'operation', index: 1, path: '$.additionalEventData.bytesTransferredIn' })
    const kept = parseRecords(JSON.stringify({ Records: [wrong] }), { services: [s3], onOperationMismatch: 'generic' })
    expect(kept.records).toStrictEqual([wrong])
  })

  it('rejects an additionalEventData that is not an object', () => {
    for (const value of ['SigV4', 42, ['SigV4']]) {
      expect(s3.operations.GetObject.is(getObject(value)), JSON.stringify(value)).toBe(false)
      expect(pathsOf(getObject(value))).toStrictEqual(['$.additionalEventData'])
    }
  })

  it('round-trips a documented record as it is', () => {
    const record = getObject({ ...documented, extra: [1, { b: null }] })
    const decoded = s3.operations.GetObject.event.decode(record)
    expect(decoded._tag).toBe('Right')
    if (decoded._tag === 'Right') {
      expect(decoded.right).toBe(record)
      expect(s3.operations.GetObject.event.encode(decoded.right)).toStrictEqual(structuredClone(record))
    }
  })
})

describe('a service without the rule', () => {
  it('leaves additionalEventData unchecked and its table entries of three', () => {
    const record = { ...getObject('anything at all'), eventSource: 'ec2.amazonaws.com', eventName: 'StopInstances', requestParameters: null }
    expect(ec2.operations.StopInstances.is(record)).toBe(true)
    expect(ec2.operations.StopInstances.additional).toBeUndefined()
    expect(Object.values(ec2.table.operations).every((entry) => entry.length === 3)).toBe(true)
  })
})
