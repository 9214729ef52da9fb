import { describe, expect, it } from 'vitest'
import { EXCERPT_LIMIT, describeValue } from '../../src/errors/excerpt.js'

/** An object nested `depth` levels deep, built without recursion. */
function nested(depth: number): unknown {
  let value: unknown = 'bottom'
  for (let i = 0; i < depth; i++) value = { a: value }
  return value
}

describe('describeValue', () => {
  it.each<[unknown, string]>([
    [true, 'true (boolean)'],
    [0, '0 (number)'],
    [null, 'null (null)'],
    ['x', '"x" (string)'],
    ['', '"" (string)'],
    [[], '[] (array)'],
    [{}, '{} (object)'],
    [{ Records: 5 }, '{"Records":5} (object)'],
    [[1, null, 'x'], '[1,null,"x"] (array)'],
    [undefined, 'nothing (missing)'],
  ])('describes %j as %s', (value, description) => {
    expect(describeValue(value)).toBe(description)
  })

  it('describes a bigint, which JSON.stringify would throw on', () => {
    expect(describeValue(10n)).toBe('10n (bigint)')
  })

  it('names a function or a symbol without running or printing its code', () => {
    expect(describeValue(() => 'secret')).toBe('[Function] (function)')
    expect(describeValue(Symbol('s'))).toBe('Symbol(s) (symbol)')
  })

  it('gives an excerpt of at most 100 characters for a 1 MB string', () => {
    const description = describeValue('a'.repeat(1_000_000))
    expect(description.length).toBeLessThanOrEqual(100)
    expect(description).toMatch(/^"a+…"?…? \(string\)$/)
  })

  it('stays short when escaping makes a string longer', () => {
    expect(describeValue('\u0000'.repeat(10_000)).length).toBeLessThanOrEqual(100)
  })

  it('stays short for a huge key', () => {
    expect(describeValue({ ['k'.repeat(1_000_000)]: 1 }).length).toBeLessThanOrEqual(100)
  })

  it('stays short for a large array and a large object', () => {
    expect(describeValue(Array.from({ length: 100_000 }, (_, i) => i)).length).toBeLessThanOrEqual(100)
    expect(describeValue(Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`k${i}`, i]))).length).toBeLessThanOrEqual(100)
  })

  it('does not overflow on an object nested 100,000 levels deep', () => {
    const description = describeValue(nested(100_000))
    expect(description.length).toBeLessThanOrEqual(100)
    expect(description.startsWith('{"a":{"a":')).toBe(true)
    expect(description.endsWith('… (object)')).toBe(true)
  })

  it('marks a cycle instead of following it', () => {
    const cyclic: Record<string, unknown> = { name: 'loop' }
    cyclic['self'] = cyclic
    expect(describeValue(cyclic)).toBe('{"name":"loop","self":[Circular]} (object)')
  })

  it('writes a shared, non-cyclic value each time it appears', () => {
    const shared = { k: 1 }
    expect(describeValue([shared, shared])).toBe('[{"k":1},{"k":1}] (array)')
  })

  it('honours a smaller limit', () => {
    expect(describeValue('abcdefghij', 4)).toBe('"abc… (string)')
    expect(EXCERPT_LIMIT).toBeLessThanOrEqual(100)
  })

  it('shows an own "__proto__" key as data', () => {
    expect(describeValue(JSON.parse('{"__proto__":{"x":1}}'))).toBe('{"__proto__":{"x":1}} (object)')
  })
})
