import fc from 'fast-check'
import { either } from 'fp-ts'
import * as t from 'io-ts'
import { describe, expect, it } from 'vitest'
import { problemsOf } from '../../src/errors/report.js'
import type { Problem } from '../../src/errors/issue.js'
import { CloudTrailRecord, EventRecord, InsightRecord, isEventRecord, isInsightRecord } from '../../src/record/record.js'
import { apiCall, insightEvent, minimalRecord, serviceEvent } from './composed.js'

/** Decodes with the record codec and returns the problems (empty when it decoded). */
function problems(value: unknown): Problem[] {
  const result = CloudTrailRecord.decode(value)
  return either.isLeft(result) ? problemsOf(result.left) : []
}

/** Decodes, expects success, and returns the decoded value. */
function decoded(value: unknown): CloudTrailRecord {
  const result = CloudTrailRecord.decode(value)
  if (either.isLeft(result)) throw new Error(JSON.stringify(problemsOf(result.left)))
  return result.right
}

/** A record with every top-level field of the record-contents page, eventVersion 1.0 to 1.11. */
function everyField(): Record<string, unknown> {
  return {
    ...apiCall(),
    eventVersion: '1.11',
    errorCode: 'AccessDenied',
    errorMessage: 'User is not authorized',
    additionalEventData: { SignatureVersion: 'SigV4', bytesTransferredIn: 0, 'x-amz-id-2': 'EXAMPLE' },
    resources: [
      { ARN: 'arn:aws:iam::111122223333:user/Bob', accountId: '111122223333', type: 'AWS::IAM::User' },
      { ARNPrefix: 'arn:aws:s3:::example-bucket/', type: 'AWS::S3::Object' },
    ],
    apiVersion: '2010-05-08',
    serviceEventDetails: { keyId: '1234abcd-EXAMPLE' },
    sharedEventID: 'bEXAMPLE-efea-4a70-b951-19a88EXAMPLE',
    vpcEndpointId: 'vpce-1234abcd',
    vpcEndpointAccountId: '111122223333',
    addendum: {
      reason: 'UPDATED_DATA',
      updatedFields: 'userIdentity',
      originalRequestID: '11111111-2222-3333-4444-000000000000',
      originalEventID: '00000000-0000-4000-8000-000000000001',
    },
    sessionCredentialFromConsole: 'true',
    edgeDeviceDetails: { type: 'outposts', deviceID: 'op-0123456789abcdef0', attributes: { rack: 1 } },
    eventContext: { requestContext: { 'aws:SourceIp': '198.51.100.7' }, tagContext: { resourceTags: [] } },
    annotation: 'reviewed',
  }
}

describe('CloudTrailRecord: every field of the record-contents page', () => {
  it('decodes a record carrying every top-level field, returning the very object', () => {
    const record = everyField()
    const result = CloudTrailRecord.decode(record)
    expect(either.isRight(result) && result.right).toBe(record)
    expect(CloudTrailRecord.is(record)).toBe(true)
  })

  it('decodes the four required fields alone (eventVersion 1.0 records may have nothing else)', () => {
    expect(problems(minimalRecord())).toStrictEqual([])
  })

  it('decodes a service event whose identity has no type, with null payloads', () => {
    expect(problems(serviceEvent())).toStrictEqual([])
  })

  it.each([
    ['eventVersion'],
    ['eventTime'],
    ['eventSource'],
    ['eventName'],
  ])('requires %s outside Insights events', (field) => {
    const record = apiCall()
    delete record[field]
    expect(problems(record)).toStrictEqual([
      { path: `$.${field}`, expected: field === 'eventTime' ? 'IsoTimestamp' : 'string', found: 'nothing (missing)' },
    ])
  })

  it.each([
    ['awsRegion'],
    ['userIdentity'],
    ['eventID'],
    ['eventType'],
    ['requestID'],
    ['recipientAccountId'],
    ['userAgent'],
    ['sourceIPAddress'],
    ['requestParameters'],
    ['responseElements'],
  ])('accepts a record without %s (absent in real records of some versions)', (field) => {
    const record = apiCall()
    delete record[field]
    expect(problems(record)).toStrictEqual([])
  })

  it.each<[string, unknown, string, string]>([
    ['readOnly', 'true', '$.readOnly', 'boolean'],
    ['managementEvent', 'false', '$.managementEvent', 'boolean'],
    ['eventTime', '2023-06-07 23:59:12.000', '$.eventTime', 'IsoTimestamp'],
    ['eventTime', '2024-02-30T00:00:00Z', '$.eventTime', 'IsoTimestamp'],
    ['eventTime', 1714557900, '$.eventTime', 'IsoTimestamp'],
    ['eventVersion', 1.08, '$.eventVersion', 'string'],
    ['eventType', 5, '$.eventType', 'EventType'],
    ['eventCategory', 5, '$.eventCategory', 'EventCategory'],
    ['resources', [{ ARN: 5 }], '$.resources[0].ARN', 'string'],
    ['resources', ['arn:aws:s3:::example-bucket'], '$.resources[0]', 'object'],
    ['addendum', {}, '$.addendum.reason', 'AddendumReason'],
    ['tlsDetails', 'TLSv1.2', '$.tlsDetails', 'object'],
    ['sessionCredentialFromConsole', 'yes', '$.sessionCredentialFromConsole', 'SessionCredentialFromConsole'],
    ['eventContext', 'enriched', '$.eventContext', 'object'],
    ['edgeDeviceDetails', { deviceID: 7 }, '$.edgeDeviceDetails.deviceID', 'string'],
    ['userIdentity', 'janedoe', '$.userIdentity', 'UserIdentity'],
  ])('reports %s = %j at %s, expecting %s', (field, value, path, expected) => {
    const [first, ...rest] = problems({ ...apiCall(), [field]: value })
    expect(first).toMatchObject({ path, expected })
    expect(rest).toStrictEqual([])
  })

  it('reports every wrong field of one record, each at its own path', () => {
    const record = { ...apiCall(), readOnly: 'true', eventTime: 'yesterday', tlsDetails: { tlsVersion: 1.3 } }
    expect(problems(record).map((p) => p.path)).toStrictEqual(['$.eventTime', '$.readOnly', '$.tlsDetails.tlsVersion'])
  })

  it.each([[null], [1], ['x'], [[]], [true]])('rejects %j as a record, at $', (value) => {
    expect(problems(value)).toStrictEqual([
      expect.objectContaining({ path: '$', expected: 'CloudTrailRecord' }),
    ])
  })

  it('accepts both spellings of sessionCredentialFromConsole: the documented string and a boolean', () => {
    for (const value of ['true', 'false', true, false]) {
      expect(problems({ ...apiCall(), sessionCredentialFromConsole: value })).toStrictEqual([])
    }
  })

  it('keeps a value AWS has not documented in the open enumerations', () => {
    const record = { ...apiCall(), eventType: 'AwsConsoleSignin', eventCategory: 'Anything' }
    expect(decoded(record)).toBe(record)
  })

  it('takes any JSON value as requestParameters, responseElements, additionalEventData and serviceEventDetails', () => {
    for (const value of [null, 'HIDDEN_DUE_TO_SECURITY_REASONS', '', 0, [1, 'a'], { a: { b: [] } }]) {
      const record = {
        ...apiCall(),
        requestParameters: value,
        responseElements: value,
        additionalEventData: value,
        serviceEventDetails: value,
      }
      expect(problems(record)).toStrictEqual([])
    }
  })
})

describe('Insights events', () => {
  it('decode without userIdentity, eventSource and eventName', () => {
    const event = insightEvent()
    expect(decoded(event)).toBe(event)
    expect(InsightRecord.is(event)).toBe(true)
    expect(EventRecord.is(event)).toBe(false)
  })

  it('require insightDetails', () => {
    const event = insightEvent()
    delete event['insightDetails']
    expect(problems(event)).toStrictEqual([
      { path: '$.insightDetails', expected: 'object', found: 'nothing (missing)' },
    ])
  })

  it('report a wrong insightDetails field at its nested path', () => {
    const event = insightEvent()
    event['insightDetails'] = { state: 'Start', insightContext: { statistics: { baseline: { average: '9.8' } } } }
    expect(problems(event)).toStrictEqual([
      expect.objectContaining({ path: '$.insightDetails.insightContext.statistics.baseline.average', expected: 'number' }),
    ])
  })

  it('are told apart by isInsightRecord', () => {
    expect(isInsightRecord(decoded(insightEvent()))).toBe(true)
    expect(isInsightRecord(decoded(apiCall()))).toBe(false)
  })

  it('and by isEventRecord, its opposite', () => {
    for (const record of [insightEvent(), apiCall(), serviceEvent(), minimalRecord(), { ...insightEvent(), eventSource: null, eventName: null }]) {
      const value = decoded(record)
      expect(isEventRecord(value)).toBe(!isInsightRecord(value))
    }
    expect(isEventRecord(decoded(apiCall()))).toBe(true)
    expect(isEventRecord(decoded(insightEvent()))).toBe(false)
  })

  it('an AwsCloudTrailInsight record that names only an eventSource is read as an activity record', () => {
    const record = { ...insightEvent(), eventSource: 'ec2.amazonaws.com' }
    expect(problems(record)).toStrictEqual([{ path: '$.eventName', expected: 'string', found: 'nothing (missing)' }])
  })

  it('an AwsCloudTrailInsight record that names an eventName is read as an activity record', () => {
    const record = { ...insightEvent(), eventName: 'DescribeRegions' }
    expect(problems(record)).toStrictEqual([
      { path: '$.eventSource', expected: 'string', found: 'nothing (missing)' },
    ])
  })
})

describe('lossless decoding (io-ts traps)', () => {
  it('absent stays absent: decoding adds no key, not even one holding undefined', () => {
    for (const record of [minimalRecord(), apiCall(), insightEvent(), serviceEvent()]) {
      const keys = Object.keys(record)
      const result = decoded(record)
      expect(Object.keys(result)).toStrictEqual(keys)
      expect(CloudTrailRecord.encode(result)).toStrictEqual(JSON.parse(JSON.stringify(record)))
    }
  })

  it('null stays null in every nullable field', () => {
    const record = { ...apiCall(), userIdentity: null, requestParameters: null, responseElements: null, resources: null }
    const result = decoded(record)
    expect(result).toStrictEqual({ ...apiCall(), userIdentity: null, requestParameters: null, responseElements: null, resources: null })
  })

  it('unknown fields pass through at every level (t.exact/t.strict would drop them)', () => {
    const text = JSON.stringify({
      ...apiCall(),
      p_log_type: 'AWS.CloudTrail',
      userIdentity: {
        type: 'AssumedRole',
        principalId: 'AROAEXAMPLEROLEID:alice',
        futureKey: [1, 2],
        sessionContext: {
          sessionIssuer: { type: 'Role', newIssuerKey: true },
          attributes: { creationDate: '20131102T010628Z', mfaAuthenticated: 'false', extra: null },
          futureContext: {},
        },
        inScopeOf: { issuerType: 'AWS::Lambda::Function', credentialsIssuedToVersion: 'arn:aws:lambda:us-east-1:111122223333:function:f:1' },
      },
      tlsDetails: { tlsVersion: 'TLSv1.3', keyExchange: 'x25519', unknownTls: 'kept' },
      addendum: { reason: 'DELIVERY_DELAY', unknownAddendum: 1 },
    })
    const record: unknown = JSON.parse(text)
    const result = decoded(record)
    expect(result).toBe(record)
    expect(CloudTrailRecord.encode(result)).toStrictEqual(JSON.parse(text))
  })

  it('an own "__proto__" key survives decoding and encoding, at the top and nested', () => {
    const text =
      '{"eventVersion":"1.08","eventTime":"2024-01-01T00:00:00Z","eventSource":"s3.amazonaws.com","eventName":"GetObject",' +
      '"__proto__":{"polluted":true},"userIdentity":{"type":"IAMUser","__proto__":"kept"},' +
      '"requestParameters":{"__proto__":[1]},"tlsDetails":{"__proto__":null}}'
    const record = JSON.parse(text) as Record<string, unknown>
    const result = decoded(record) as unknown as Record<string, unknown>
    expect(result).toBe(record)
    expect(Object.keys(result)).toContain('__proto__')
    expect(Object.getPrototypeOf(result)).toBe(Object.prototype)
    expect(Object.prototype.hasOwnProperty.call(result['userIdentity'], '__proto__')).toBe(true)
    expect(CloudTrailRecord.encode(result as unknown as CloudTrailRecord)).toStrictEqual(JSON.parse(text))
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  })

  it('t.partial accepts an explicit undefined at run time and keeps the key as it is', () => {
    // Not reachable from JSON, but a caller with exactOptionalPropertyTypes may rely on it.
    const record = { ...minimalRecord(), readOnly: undefined, eventID: undefined }
    expect(CloudTrailRecord.is(record)).toBe(true)
    const result = decoded(record)
    expect(result).toBe(record)
    expect(Object.keys(result)).toContain('readOnly')
  })

  it('why the codecs avoid t.union([X, t.undefined]) in t.type: it adds the key when decoding {}', () => {
    const trap = t.type({ v: t.union([t.string, t.undefined]) })
    const result = trap.decode({})
    expect(either.isRight(result) && Object.keys(result.right)).toStrictEqual(['v'])
  })

  it('encode(decode(x)) deep-equals x and decode returns x itself, for generated records', () => {
    const optional = {
      awsRegion: fc.constantFrom('us-east-1', 'eu-west-3'),
      userIdentity: fc.constantFrom<unknown>(null, { type: 'Root', accountId: '111122223333' }, { invokedBy: 'AWS Internal' }),
      readOnly: fc.boolean(),
      managementEvent: fc.boolean(),
      eventType: fc.string(),
      eventCategory: fc.string(),
      requestParameters: fc.jsonValue(),
      responseElements: fc.jsonValue(),
      resources: fc.option(fc.array(fc.record({ ARN: fc.string(), type: fc.string() }, { requiredKeys: [] })), { nil: null }),
      addendum: fc.record({ reason: fc.string(), originalEventID: fc.uuid() }, { requiredKeys: ['reason'] }),
    }
    const generated = fc.record(
      {
        eventVersion: fc.constantFrom('1.0', '1.05', '1.09', '1.10', '1.11', '2.0'),
        eventTime: fc
          .date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2999-12-31T23:59:59Z'), noInvalidDate: true })
          .map((d) => d.toISOString()),
        eventSource: fc.string(),
        eventName: fc.string(),
        ...optional,
      },
      { requiredKeys: ['eventVersion', 'eventTime', 'eventSource', 'eventName'] },
    )
    // No own "constructor" key: toStrictEqual compares constructors, and two distinct {} never match.
    const extras = fc.dictionary(
      fc.oneof(fc.constantFrom('__proto__', 'p_any_domain_names', 'toString', 'hasOwnProperty'), fc.string()),
      fc.jsonValue(),
      { maxKeys: 3 },
    )
    fc.assert(
      fc.property(generated, extras, (record, extra) => {
        const text = JSON.stringify({ ...extra, ...record })
        const value: unknown = JSON.parse(text)
        const result = CloudTrailRecord.decode(value)
        expect(either.isRight(result) && result.right).toBe(value)
        expect(CloudTrailRecord.encode(result._tag === 'Right' ? result.right : (value as CloudTrailRecord))).toStrictEqual(
          JSON.parse(text),
        )
      }),
      { numRuns: 300 },
    )
  })

  it('is and decode agree on any JSON value, and decode never copies', () => {
    const recordLike = fc.record(
      {
        eventVersion: fc.oneof(fc.string(), fc.jsonValue()),
        eventTime: fc.oneof(fc.constant('2024-01-01T00:00:00Z'), fc.jsonValue()),
        eventSource: fc.oneof(fc.string(), fc.jsonValue()),
        eventName: fc.oneof(fc.string(), fc.jsonValue()),
        eventType: fc.oneof(fc.constant('AwsCloudTrailInsight'), fc.jsonValue()),
        insightDetails: fc.jsonValue(),
        userIdentity: fc.jsonValue(),
        readOnly: fc.jsonValue(),
      },
      { requiredKeys: [] },
    )
    fc.assert(
      fc.property(fc.oneof(recordLike, fc.jsonValue()), (value) => {
        const result = CloudTrailRecord.decode(value)
        expect(CloudTrailRecord.is(value)).toBe(either.isRight(result))
        if (either.isRight(result)) expect(result.right).toBe(value)
      }),
      { numRuns: 500 },
    )
  })
})
