import { fc, test as fcTest } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { stringifyJson } from '../../src/cli/json-text.js'

describe('stringifyJson', () => {
  fcTest.prop([fc.jsonValue()], { numRuns: 300 })('writes the same text as JSON.stringify for any JSON value', (value) => {
    expect(stringifyJson(value)).toBe(JSON.stringify(value))
  })

  it('writes a value nested 100,000 levels deep, where JSON.stringify overflows the stack', () => {
    const depth = 100_000
    const text = `{"a":${'{"b":['.repeat(depth)}1${']}'.repeat(depth)},"c":"\\u2028"}`
    const value: unknown = JSON.parse(text)
    expect(() => JSON.stringify(value)).toThrow(RangeError)
    expect(stringifyJson(value)).toBe(text.replace('\\u2028', '\u2028'))
  })

  it('keeps own __proto__ keys, leaves out undefined members and writes non-finite numbers as null, like JSON.stringify', () => {
    const value: unknown = JSON.parse('{"__proto__":{"x":1},"n":2}')
    expect(stringifyJson(value)).toBe('{"__proto__":{"x":1},"n":2}')
    let deep: unknown = { gone: undefined, nan: Number.NaN, list: [undefined, Infinity] }
    for (let i = 0; i < 50_000; i++) deep = [deep]
    const expected = `${'['.repeat(50_000)}{"nan":null,"list":[null,null]}${']'.repeat(50_000)}`
    expect(stringifyJson(deep)).toBe(expected)
  })
})
