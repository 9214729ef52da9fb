/**
 * Codecs never transform: `encode` returns the very object it is given. io-ts's
 * `t.intersection` and `t.record` encode by copying, and a copy turns an own
 * `__proto__` key into the copy's prototype.
 */
import type * as t from 'io-ts'
import { describe, expect, it } from 'vitest'
import { knownIdentityCodecs, SessionContext, UntypedIdentity, WebIdFederationData } from '../../src/identity/index.js'
import { Addendum, CloudTrailRecord, EventRecord, InsightRecord, RecordFields } from '../../src/record/index.js'
import { trustedAdvisor } from '../../src/aws/trustedadvisor/index.js'
import { modelShapeCodec } from '../../src/services/model/shape-codecs.js'
import { operationsByService } from '../support/arbitraries.js'

const attack = '"__proto__":{"polluted":"yes"}'
/** In a map of strings, `__proto__` holds a string. */
const attackInMap = '"__proto__":"yes"'

const record = (extra: string): Record<string, unknown> =>
  JSON.parse(
    `{"eventVersion":"1.08","eventTime":"2024-05-01T12:00:00Z","eventSource":"s3.amazonaws.com","eventName":"GetObject",${extra}}`,
  ) as Record<string, unknown>

/** Checks that `codec.encode(value)` is `value` itself, with its own `__proto__` key and its plain prototype. */
function expectEncodedAsIs(codec: t.Mixed, value: Record<string, unknown>): void {
  expect(codec.is(value)).toBe(true)
  const encoded = codec.encode(value) as Record<string, unknown>
  expect(encoded).toBe(value)
  expect(Object.hasOwn(encoded, '__proto__')).toBe(true)
  expect(Object.getPrototypeOf(encoded)).toBe(Object.prototype)
  expect(encoded['polluted']).toBeUndefined()
}

describe('regression: encode copied records and turned an own __proto__ key into the copy\'s prototype', () => {
  it('EventRecord, InsightRecord, CloudTrailRecord and RecordFields encode a record with __proto__ as itself', () => {
    const withAddendum = record(`"addendum":{"reason":"UPDATED_DATA",${attack}},${attack}`)
    for (const codec of [EventRecord, CloudTrailRecord, RecordFields]) expectEncodedAsIs(codec, withAddendum)
    expectEncodedAsIs(Addendum, withAddendum['addendum'] as Record<string, unknown>)
    const insight = JSON.parse(
      `{"eventVersion":"1.08","eventTime":"2024-05-01T12:00:00Z","eventType":"AwsCloudTrailInsight","insightDetails":{},${attack}}`,
    ) as Record<string, unknown>
    expectEncodedAsIs(InsightRecord, insight)
  })

  it('every operation event codec encodes its record as itself', () => {
    for (const { operations } of operationsByService) {
      for (const operation of operations) {
        const value = JSON.parse(
          `{"eventVersion":"1.08","eventTime":"2024-05-01T12:00:00Z","eventSource":"${operation.eventSource}","eventName":"${operation.eventName}","addendum":{"reason":"DELIVERY_DELAY"},${attack}}`,
        ) as Record<string, unknown>
        expectEncodedAsIs(operation.event as unknown as t.Mixed, value)
      }
    }
  })

  it('identities, session contexts with web identity attributes, and Trusted Advisor metadata encode as themselves', () => {
    const session = JSON.parse(`{"webIdFederationData":{"attributes":{"a":"b",${attackInMap}},${attack}},${attack}}`) as Record<string, unknown>
    expectEncodedAsIs(SessionContext, session)
    expectEncodedAsIs(WebIdFederationData, session['webIdFederationData'] as Record<string, unknown>)
    for (const [type, codec] of knownIdentityCodecs) {
      expectEncodedAsIs(codec, JSON.parse(`{"type":"${type}",${attack}}`) as Record<string, unknown>)
    }
    expectEncodedAsIs(UntypedIdentity, JSON.parse(`{"sessionContext":${JSON.stringify(session)},${attack}}`) as Record<string, unknown>)
    // A map of strings of a generated service (Trusted Advisor's recommendation metadata).
    const mapRef = trustedAdvisor.table.shapes.findIndex((shape) => Array.isArray(shape) && shape[0] === 'M')
    expect(mapRef).toBeGreaterThan(-1)
    expectEncodedAsIs(modelShapeCodec(trustedAdvisor.table, mapRef), JSON.parse(`{"Region":"us-east-1",${attackInMap}}`) as Record<string, unknown>)
  })
})
