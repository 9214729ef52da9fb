/**
 * `intersectionEncodedAsIs` and `dictionaryEncodedAsIs` on codecs made here
 * (encode-as-is.test.ts checks the library's own codecs built with them).
 */
import * as t from 'io-ts'
import { describe, expect, it } from 'vitest'
import { dictionaryEncodedAsIs, intersectionEncodedAsIs } from '../../src/codec/encode-as-is.js'

describe('intersectionEncodedAsIs', () => {
  it('keeps the class, name, is, validate and members, and encodes as the identity', () => {
    const codec = t.intersection([t.type({ a: t.string }), t.partial({ b: t.number })], 'AB')
    const asIs = intersectionEncodedAsIs(codec)
    expect(asIs).toBeInstanceOf(t.IntersectionType)
    expect([asIs.name, asIs.is, asIs.validate, asIs.types]).toStrictEqual([codec.name, codec.is, codec.validate, codec.types])
    expect(asIs.encode).toBe(t.identity)
    const value = JSON.parse('{"a":"x","__proto__":{"b":1}}') as { a: string; b?: number }
    expect(asIs.encode(value)).toBe(value)
  })
})

describe('dictionaryEncodedAsIs', () => {
  it('keeps the class, name, is, validate, domain and codomain, and encodes as the identity', () => {
    const codec = t.record(t.string, t.string, 'Tags')
    const asIs = dictionaryEncodedAsIs(codec)
    expect(asIs).toBeInstanceOf(t.DictionaryType)
    expect([asIs.name, asIs.is, asIs.validate, asIs.domain, asIs.codomain]).toStrictEqual([codec.name, codec.is, codec.validate, codec.domain, codec.codomain])
    expect(asIs.encode).toBe(t.identity)
    const value = JSON.parse('{"a":"x","__proto__":"y"}') as Record<string, string>
    expect(asIs.encode(value)).toBe(value)
  })
})
