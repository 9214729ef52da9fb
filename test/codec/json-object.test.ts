import { describe, expect, it } from 'vitest'
import { isJsonObject } from '../../src/codec/json-object.js'

describe('isJsonObject', () => {
  it('accepts objects, whatever their prototype', () => {
    for (const value of [{}, { a: 1 }, JSON.parse('{"__proto__":1}'), Object.create(null), new Date(0)]) expect(isJsonObject(value)).toBe(true)
  })

  it('rejects null, arrays and every value that is not an object', () => {
    for (const value of [null, undefined, [], [{}], 'x', '', 0, 1, true, false, () => ({}), Symbol('x'), 1n]) expect(isJsonObject(value)).toBe(false)
  })
})
