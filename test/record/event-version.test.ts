import { describe, expect, it } from 'vitest'
import { EventVersion, compareEventVersions, parseEventVersion } from '../../src/record/event-version.js'

describe('parseEventVersion', () => {
  it.each<[string, readonly [number, number] | undefined]>([
    ['1.0', [1, 0]],
    ['1.01', [1, 1]],
    ['1.09', [1, 9]],
    ['1.10', [1, 10]],
    ['1.11', [1, 11]],
    ['2.0', [2, 0]],
    ['1', undefined],
    ['1.', undefined],
    ['.5', undefined],
    ['v1.08', undefined],
    ['1.08.1', undefined],
    ['', undefined],
  ])('%j → %j', (version, parts) => {
    expect(parseEventVersion(version)).toStrictEqual(parts)
  })
})

describe('compareEventVersions', () => {
  it('compares the minor part as an integer: 1.10 comes after 1.9 and 1.09', () => {
    expect(compareEventVersions('1.10', '1.9')).toBeGreaterThan(0)
    expect(compareEventVersions('1.10', '1.09')).toBeGreaterThan(0)
    expect(compareEventVersions('1.9', '1.10')).toBeLessThan(0)
  })

  it('is not fooled where floats and strings go wrong', () => {
    // parseFloat('1.10') === parseFloat('1.1') and '1.10' < '1.9' as strings.
    expect(compareEventVersions('1.10', '1.1')).toBeGreaterThan(0)
    expect(compareEventVersions('1.05', '1.5')).toBe(0)
  })

  it('orders the major part first', () => {
    expect(compareEventVersions('2.0', '1.11')).toBeGreaterThan(0)
    expect(compareEventVersions('1.99', '2.0')).toBeLessThan(0)
  })

  it('treats equal numbers as equal whatever the zero padding', () => {
    expect(compareEventVersions('1.09', '1.9')).toBe(0)
    expect(compareEventVersions('1.0', '1.00')).toBe(0)
  })

  it('sorts every documented version in release order', () => {
    const released = ['1.0', '1.01', '1.02', '1.03', '1.04', '1.05', '1.06', '1.07', '1.08', '1.09', '1.10', '1.11']
    const shuffled = ['1.10', '1.02', '1.0', '1.11', '1.09', '1.05', '1.01', '1.08', '1.03', '1.07', '1.04', '1.06']
    expect([...shuffled].sort(compareEventVersions)).toStrictEqual(released)
  })

  it('sorts versions that do not parse after the valid ones, in string order, without throwing', () => {
    expect(['beta', '1.10', 'alpha', '1.9'].sort(compareEventVersions)).toStrictEqual(['1.9', '1.10', 'alpha', 'beta'])
    expect(compareEventVersions('x', 'x')).toBe(0)
  })

  it('is antisymmetric', () => {
    const versions = ['1.0', '1.01', '1.1', '1.10', '2.0', 'x', 'y', '']
    for (const a of versions) {
      for (const b of versions) expect(Math.sign(compareEventVersions(a, b))).toBe(-Math.sign(compareEventVersions(b, a)) || 0)
    }
  })
})

describe('EventVersion', () => {
  it('decodes any string, a future version included, and keeps it as written', () => {
    for (const version of ['1.0', '1.09', '1.11', '2.0']) expect(EventVersion.decode(version)).toStrictEqual({ _tag: 'Right', right: version })
    expect(EventVersion.is(1.08)).toBe(false)
  })
})
