/**
 * The fast guard of each codec kind the kit and generated API models build,
 * on the values where a one-pass guard could go wrong: the answer must be the
 * one of io-ts's own `is` (kept before wrapping), whatever it is.
 */
import * as t from 'io-ts'
import { describe, expect, it } from 'vitest'
import { withFastGuard } from '../../src/codec/fast-guard.js'

type ObjectCodec = t.InterfaceType<t.Props> | t.PartialType<t.Props> | t.IntersectionType<[t.Mixed, t.Mixed]>

/** A value for a failure message (`String` throws on an object without a prototype). */
const shown = (value: unknown): string => JSON.stringify(value) ?? typeof value

/** Expects the fast guard of `codec` to answer io-ts's answer on each value, and that answer to be `expected`. */
function expectSameAnswers(codec: t.Mixed, cases: ReadonlyArray<readonly [unknown, boolean]>): void {
  const natural = codec.is
  const fast = withFastGuard(codec as ObjectCodec)
  for (const [value, expected] of cases) {
    expect(natural(value), `io-ts on ${shown(value)}`).toBe(expected)
    expect(fast.is(value), `fast guard on ${shown(value)}`).toBe(expected)
  }
}

/** An object with the given own keys (`__proto__` included, as `JSON.parse` makes it). */
const own = (...entries: ReadonlyArray<readonly [string, unknown]>): Record<string, unknown> => Object.fromEntries(entries)

describe('regression: the fast guard differed from io-ts', () => {
  it('on an own undefined under a key required by one member and optional in another', () => {
    // t.type checks the own `undefined` with its codec; t.partial skips an `undefined`, whatever its codec.
    expectSameAnswers(t.intersection([t.type({ a: t.unknown }), t.partial({ a: t.string })]), [
      [{ a: undefined }, true],
      [{}, false],
      [{ a: 'x' }, true],
      [{ a: 1 }, false],
    ])
    expectSameAnswers(t.intersection([t.partial({ a: t.string }), t.type({ a: t.union([t.string, t.undefined]) })]), [
      [{ a: undefined }, true],
      [{ a: 'x' }, true],
      [{}, false],
    ])
    expectSameAnswers(t.intersection([t.type({ a: t.union([t.number, t.undefined]) }), t.type({ a: t.number })]), [
      [{ a: undefined }, false],
      [{ a: 1 }, true],
    ])
  })

  it('on a missing optional key that Object.prototype has (io-ts reads the inherited value)', () => {
    expectSameAnswers(t.partial({ constructor: t.string }), [
      [{}, false],
      [own(['constructor', 'x']), true],
      [Object.create(null), true],
    ])
    expectSameAnswers(t.partial({ toString: t.unknown, b: t.string }), [
      [{}, true],
      [{ b: 1 }, false],
    ])
    expectSameAnswers(t.partial(own(['__proto__', t.string]) as t.Props), [
      [{}, false],
      [JSON.parse('{"__proto__":"x"}'), true],
      [JSON.parse('{"__proto__":1}'), false],
    ])
    expectSameAnswers(t.intersection([t.type({ a: t.string }), t.partial({ hasOwnProperty: t.number })]), [
      [{ a: 'x' }, false],
      [own(['a', 'x'], ['hasOwnProperty', 1]), true],
    ])
  })

  it('on any value, for an intersection of no members (which accepts everything)', () => {
    const empty = new t.IntersectionType('empty', (_u): _u is unknown => true, t.success, t.identity, [] as unknown as [t.Mixed, t.Mixed])
    expectSameAnswers(empty, [
      [5, true],
      [null, true],
      [{}, true],
      [[], true],
    ])
    const holdingEmpty = t.intersection([t.type({ a: t.string }), empty])
    expectSameAnswers(holdingEmpty, [
      [{ a: 'x' }, true],
      [{ a: 1 }, false],
      [5, false],
    ])
  })
})
