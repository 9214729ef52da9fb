/**
 * The codec-derived arbitraries are right: every value they make is accepted
 * by its codec (request and response codecs of every operation, every
 * identity variant), and a codec they cannot walk is an error, not a skip.
 */
import fc from 'fast-check'
import * as t from 'io-ts'
import { describe, expect, it } from 'vitest'
import { knownIdentityCodecs, UserIdentity } from '../../src/identity/index.js'
import { nullable, openEnum } from '../../src/codec/index.js'
import { arbitraryOf, hostileJson, isoTimestamp, operationsByService } from '../support/arbitraries.js'
import { IsoTimestamp } from '../../src/codec/index.js'

const SAMPLES = 100

describe('arbitraryOf', () => {
  it('every value of every operation request and response codec is accepted by that codec', () => {
    for (const { operations } of operationsByService) {
      for (const operation of operations) {
        for (const codec of [operation.request, operation.response] as t.Mixed[]) {
          for (const extraKeys of [false, true]) {
            for (const value of fc.sample(arbitraryOf(codec, { extraKeys }), SAMPLES)) {
              expect(codec.is(value), `${operation.eventName} ${codec.name}: ${JSON.stringify(value)}`).toBe(true)
            }
          }
        }
      }
    }
  })

  it('every identity variant, and UserIdentity as a whole', () => {
    for (const codec of [...knownIdentityCodecs.values(), UserIdentity]) {
      for (const value of fc.sample(arbitraryOf(codec, { extraKeys: true }), SAMPLES)) expect(codec.is(value)).toBe(true)
    }
  })

  it('timestamps reach leap days, leap seconds and nine fraction digits, all accepted by IsoTimestamp', () => {
    const samples = fc.sample(isoTimestamp, 2_000)
    for (const value of samples) expect(IsoTimestamp.is(value), value).toBe(true)
    expect(samples.some((s) => s.includes('-02-29T'))).toBe(true)
    expect(samples.some((s) => /:60(\.\d+)?Z$/.test(s))).toBe(true)
    expect(samples.some((s) => /\.\d{9}Z$/.test(s))).toBe(true)
  })

  it('walks combinators: keyof, tuple, readonly, exact, refinement, record of literals, nullable, open enums', () => {
    const codec = t.type({
      k: t.keyof({ a: null, b: null }),
      tuple: t.tuple([t.string, t.number]),
      frozen: t.readonly(t.type({ n: t.number })),
      exact: t.exact(t.partial({ s: t.string })),
      positive: t.refinement(t.number, (n) => n > 0),
      map: t.record(t.string, t.boolean),
      maybe: nullable(t.string),
      level: openEnum('Level', ['low', 'high'] as const),
      list: t.readonlyArray(t.null),
      anything: t.unknown,
    })
    for (const value of fc.sample(arbitraryOf(codec), SAMPLES)) expect(codec.is(value), JSON.stringify(value)).toBe(true)
  })

  it('hostile JSON survives JSON.stringify and JSON.parse unchanged', () => {
    for (const value of fc.sample(hostileJson, 1_000)) expect(JSON.stringify(JSON.parse(JSON.stringify(value)))).toBe(JSON.stringify(value))
  })

  it('a codec it cannot walk is an error, so that a new combinator is never skipped silently', () => {
    const custom = new t.Type<string, string, unknown>('Custom', t.string.is, t.string.validate, t.identity)
    expect(() => arbitraryOf(t.type({ custom }))).toThrow('no arbitrary for the codec Custom')
    expect(() => arbitraryOf(t.intersection([t.type({ a: t.string }), t.type({ a: t.number })]))).toThrow('several codecs')
    const unsatisfiable: t.Mixed = t.intersection([t.type({ a: t.literal('x') }), t.type({ a: t.string }), t.type({ a: t.refinement(t.string, (s) => s.length > 1) })])
    expect(() => arbitraryOf(unsatisfiable)).toThrow('does not satisfy')
  })
})
