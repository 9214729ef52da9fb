import * as t from 'io-ts'
import { describe, expect, it } from 'vitest'
import { NullableType } from '../../src/codec/nullable.js'
import { isJsonObject } from '../../src/codec/json-object.js'
import { SessionContext } from '../../src/identity/session-context.js'
import { isKnownIdentity, knownIdentityCodecs, UntypedIdentity, UserIdentity } from '../../src/identity/user-identity.js'
import { parseRecords } from '../../src/parse/parse-records.js'
import { CloudTrailRecord, EventRecord, InsightRecord, isInsightRecord } from '../../src/record/record.js'
import { RecordFields } from '../../src/record/fields.js'
import { apiCall, insightEvent, serviceEvent } from './composed.js'
import { corpusAvailable, corpusFiles, readCorpusText } from '../support/corpus.js'

type Json = Record<string, unknown>

/** The codec a nullable member wraps, or the codec itself. */
function unwrapped(codec: t.Mixed): t.Mixed {
  return codec instanceof NullableType ? (codec.type as t.Mixed) : codec
}

/** The optional members of an object codec (`t.partial` parts), and its required ones. */
function membersOf(codec: t.Mixed): { readonly optional: Map<string, t.Mixed>; readonly required: Map<string, t.Mixed> } {
  const optional = new Map<string, t.Mixed>()
  const required = new Map<string, t.Mixed>()
  const walk = (c: t.Mixed): void => {
    if (c instanceof t.IntersectionType) for (const member of c.types as t.Mixed[]) walk(member)
    else if (c instanceof t.PartialType) for (const [key, prop] of Object.entries(c.props as t.Props)) optional.set(key, prop)
    else if (c instanceof t.InterfaceType) for (const [key, prop] of Object.entries(c.props as t.Props)) required.set(key, prop)
  }
  walk(checkerOf(codec))
  return { optional, required }
}

/** The codec that checks a value: the record's kind, the identity's variant, or the codec itself. */
function checkerOf(codec: t.Mixed, value?: unknown): t.Mixed {
  if (codec === CloudTrailRecord) return isJsonObject(value) && value['eventType'] === 'AwsCloudTrailInsight' && value['eventName'] === undefined ? InsightRecord : EventRecord
  if (codec === UserIdentity && isJsonObject(value)) {
    const type = value['type']
    return typeof type === 'string' ? (knownIdentityCodecs.get(type) ?? UserIdentity) : UntypedIdentity
  }
  return codec
}

/**
 * A record as a data lake exports it (Athena, Glue, Security Lake): every
 * optional member the codecs declare, at every level, that the record lacks
 * is written as `null`. A copy; the record is left alone.
 */
function asDataLakeExport(codec: t.Mixed, value: unknown): unknown {
  const chosen = checkerOf(codec, value)
  if (Array.isArray(value) && chosen instanceof t.ArrayType) return value.map((item) => asDataLakeExport(chosen.type as t.Mixed, item))
  if (!isJsonObject(value) || chosen === UserIdentity) return value
  const { optional, required } = membersOf(chosen)
  if (optional.size === 0 && required.size === 0) return value
  const out: Json = { ...value }
  for (const [key, prop] of [...required, ...optional]) {
    if (!(key in out)) {
      if (optional.has(key)) out[key] = null
    } else out[key] = asDataLakeExport(unwrapped(prop), out[key])
  }
  return out
}

function decodesAsItself(value: unknown): void {
  const result = CloudTrailRecord.decode(value)
  expect(result._tag === 'Right' && result.right).toBe(value)
  expect(CloudTrailRecord.is(value)).toBe(true)
  expect(CloudTrailRecord.encode(value as CloudTrailRecord)).toStrictEqual(value)
}

describe('an optional member that is null decodes, and stays null', () => {
  it.each(Object.keys(RecordFields.props))('the record’s %s', (key) => {
    decodesAsItself({ ...apiCall(), [key]: null })
  })

  it.each([...knownIdentityCodecs.keys()])('every optional member of a %s identity, and of its session context', (type) => {
    const identity = asDataLakeExport(UserIdentity, { type }) as Json
    expect(Object.values(identity).filter((v) => v === null).length).toBeGreaterThan(0)
    decodesAsItself({ ...apiCall(), userIdentity: identity })
    expect(isKnownIdentity(identity)).toBe(true)
  })

  it('every member of a session context and of the objects inside it', () => {
    const full = {
      sessionIssuer: {},
      webIdFederationData: {},
      attributes: {},
    }
    const sessionContext = asDataLakeExport(SessionContext, full) as Json
    expect(sessionContext).toMatchObject({
      sessionIssuer: { type: null, principalId: null, arn: null, accountId: null, userName: null },
      webIdFederationData: { federatedProvider: null, attributes: null },
      attributes: { creationDate: null, mfaAuthenticated: null },
      sourceIdentity: null,
      assumedRoot: null,
    })
    decodesAsItself({ ...apiCall(), userIdentity: { type: 'AssumedRole', sessionContext, inScopeOf: null, onBehalfOf: { userId: null } } })
    decodesAsItself({ ...apiCall(), userIdentity: { type: 'AssumedRole', sessionContext: null } })
  })

  it('an identity whose type is null is an identity with no type', () => {
    const identity = { type: null, accountId: '111122223333', invokedBy: 'AWS Internal', principalId: null }
    decodesAsItself({ ...serviceEvent(), userIdentity: identity })
    expect(UntypedIdentity.is(identity)).toBe(true)
    expect(isKnownIdentity(identity)).toBe(false)
  })

  it('the members of tlsDetails, addendum, resources, edgeDeviceDetails and insightDetails', () => {
    decodesAsItself({
      ...apiCall(),
      tlsDetails: { tlsVersion: null, cipherSuite: 'TLS_AES_128_GCM_SHA256', clientProvidedHostHeader: null, keyExchange: null },
      addendum: { reason: 'UPDATED_DATA', updatedFields: null, originalRequestID: null, originalEventID: null },
      resources: [{ ARN: 'arn:aws:iam::111122223333:user/Bob', ARNPrefix: null, accountId: null, type: null }],
      edgeDeviceDetails: { type: null, deviceID: null, deviceId: null, deviceFamily: null, snowJobId: null, attributes: null },
    })
    decodesAsItself(asDataLakeExport(CloudTrailRecord, insightEvent()))
  })

  it('an Insights event whose eventSource, eventName and userIdentity are null is an Insights event', () => {
    const insight = { ...insightEvent(), eventSource: null, eventName: null, userIdentity: null }
    decodesAsItself(insight)
    expect(isInsightRecord(insight as CloudTrailRecord)).toBe(true)
    expect(InsightRecord.is(insight)).toBe(true)
  })

  it('a required field that is null stays an issue', () => {
    for (const key of ['eventVersion', 'eventTime', 'eventSource', 'eventName']) {
      const { issues } = parseRecords({ ...apiCall(), [key]: null })
      expect(issues.map((issue) => issue.path), key).toStrictEqual([`$.${key}`])
    }
  })

  it('a null member is checked no further: a value of another type next to it still is', () => {
    const { issues } = parseRecords({ ...apiCall(), errorCode: null, readOnly: 'yes' })
    expect(issues.map((issue) => issue.path)).toStrictEqual(['$.readOnly'])
  })
})

describe.skipIf(!corpusAvailable())('every record of the corpus, exported by a data lake with null for each absent member', () => {
  it('decodes, as the very object, with the nulls kept', () => {
    let nulls = 0
    let records = 0
    for (const file of corpusFiles('records')) {
      for (const record of parseRecords(readCorpusText('records', file)).records) {
        const exported = asDataLakeExport(CloudTrailRecord, record)
        nulls += JSON.stringify(exported).split(':null').length - 1
        records++
        const { records: decoded, issues } = parseRecords([exported])
        expect(issues, file).toStrictEqual([])
        expect(decoded[0], file).toBe(exported)
        expect(JSON.parse(JSON.stringify(decoded[0]))).toStrictEqual(exported)
      }
    }
    expect(records).toBeGreaterThan(300)
    expect(nulls).toBeGreaterThan(records * 10)
  })
})
