/**
 * The fast guard of each codec kind the kit and generated API models build,
 * on the values where a one-pass guard could go wrong: the answer must be the
 * one of io-ts's own `is` (kept before wrapping), whatever it is.
 */
import * as t from 'io-ts'
import { describe, expect, it } from 'vitest'
import { withFastGuard } from '../../src/codec/fast-guard.js'
import { nullable } from '../../src/codec/nullable.js'
import { openEnum } from '../../src/codec/open-enum.js'

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

/** Replaces a codec's `is` with one that throws, so a test sees whether the fast guard calls it. */
function forbidIs<C extends t.Mixed>(codec: C): C {
  Object.defineProperty(codec, 'is', {
    value: () => {
      throw new Error(`the fast guard called ${codec.name}.is`)
    },
  })
  return codec
}

/** Makes the `is` of each codec throw, but io-ts's shared primitives (see {@link withPrimitivesForbidden}). */
function forbidCompiled(codecs: Readonly<Record<string, t.Mixed>>): void {
  const shared: ReadonlyArray<t.Mixed> = [t.string, t.number, t.boolean, t.unknown]
  for (const codec of Object.values(codecs)) if (!shared.includes(codec)) forbidIs(codec)
}

/** Runs `body` with the `is` of io-ts's shared primitive codecs throwing. */
function withPrimitivesForbidden(body: () => void): void {
  const primitives = [t.string, t.number, t.boolean, t.unknown] as const
  const saved = primitives.map((codec) => codec.is)
  primitives.forEach((codec) => forbidIs(codec))
  try {
    body()
  } finally {
    primitives.forEach((codec, i) => Object.defineProperty(codec, 'is', { value: saved[i] }))
  }
}

describe('withFastGuard checks the kinds it compiles inline, without calling their is', () => {
  // Built with io-ts's own is, which the codecs lose below; `natural` keeps the answers.
  const members = () => ({
    s: t.string,
    n: t.number,
    b: t.boolean,
    u: t.unknown,
    lit: t.literal('x'),
    open: openEnum('Open', ['a']),
    maybe: nullable(t.string),
    refined: t.refinement(t.number, (n) => n > 0, 'Positive'),
    either: t.union([t.string, t.number]),
    list: t.array(t.string),
    nested: t.type({ k: t.string }),
    nestedPartial: t.partial({ k: t.string }),
    both: t.intersection([t.type({ k: t.string }), t.partial({ l: t.number })]),
  })
  const valid = { s: 'x', n: 1, b: true, u: null, lit: 'x', open: 'z', maybe: null, refined: 2, either: 3, list: ['a'], nested: { k: 'v' }, nestedPartial: {}, both: { k: 'v', l: 1 } }
  const invalid: ReadonlyArray<Record<string, unknown>> = [
    { ...valid, s: 1 },
    { ...valid, n: '1' },
    { ...valid, b: 0 },
    { ...valid, lit: 'y' },
    { ...valid, open: 1 },
    { ...valid, maybe: 1 },
    { ...valid, refined: -1 },
    { ...valid, refined: '2' },
    { ...valid, either: true },
    { ...valid, list: ['a', 1] },
    { ...valid, list: 'a' },
    { ...valid, nested: { k: 1 } },
    { ...valid, nestedPartial: { k: 1 } },
    { ...valid, both: { k: 'v', l: 'x' } },
    { ...valid, both: { l: 1 } },
  ]

  it('for every member kind, in a t.type and in a t.partial', () => {
    for (const make of [t.type, t.partial] as const) {
      const props = members()
      const natural = make(props)
      const answers = [valid, ...invalid].map((value) => natural.is(value))
      expect(answers).toStrictEqual([true, ...invalid.map(() => false)])
      const fast = withFastGuard(make(props))
      forbidCompiled(props)
      withPrimitivesForbidden(() => {
        expect([valid, ...invalid].map((value) => fast.is(value))).toStrictEqual(answers)
        expect(fast.is(Object.assign(Object.create(null) as object, valid))).toBe(true)
      })
    }
  })

  it('for the members of an intersection, nested intersections included', () => {
    const props = members()
    const codec = t.intersection([t.type({ s: props.s, nested: props.nested }), t.intersection([t.partial({ list: props.list }), t.type({ both: props.both })])])
    const fast = withFastGuard(codec)
    forbidCompiled(props)
    withPrimitivesForbidden(() => {
      expect(fast.is(valid)).toBe(true)
      expect(fast.is({ ...valid, list: [1] })).toBe(false)
      expect(fast.is({ ...valid, both: { k: 1 } })).toBe(false)
    })
  })

  it("hands only objects of another prototype to the codec's own is", () => {
    const calls: unknown[] = []
    const natural = t.type({ a: t.string })
    const spied = new t.InterfaceType('Spied', (u): u is { a: string } => (calls.push(u), natural.is(u)), natural.validate, natural.encode, natural.props)
    const fast = withFastGuard(spied)
    expect([fast.is({ a: 'x' }), fast.is(Object.assign(Object.create(null) as object, { a: 'x' })), fast.is({ a: 1 }), fast.is(null), fast.is(['x'])]).toStrictEqual([true, true, false, false, false])
    expect(calls).toStrictEqual([])
    const instance = new (class Holder {
      readonly a = 'x'
    })()
    expect(fast.is(instance)).toBe(true)
    expect(calls).toStrictEqual([instance])
  })

  it('reads each declared key of an object once, and no other key', () => {
    const reads = new Map<string, number>()
    const counted = (entries: Record<string, unknown>): object => {
      const o = {}
      for (const [key, value] of Object.entries(entries)) {
        Object.defineProperty(o, key, { enumerable: true, get: () => (reads.set(key, (reads.get(key) ?? 0) + 1), value) })
      }
      return o
    }
    const fast = withFastGuard(t.intersection([t.type({ a: t.string, b: t.number }), t.partial({ c: t.string, a: t.string })]))
    expect(fast.is(counted({ a: 'x', b: 1, c: 'y', d: 0 }))).toBe(true)
    expect(Object.fromEntries(reads)).toStrictEqual({ a: 1, b: 1, c: 1 })
  })

  it('compiles a codec used in several places once', () => {
    let reads = 0
    const props: t.Props = {}
    Object.defineProperty(props, 'k', { enumerable: true, get: () => (reads++, t.string) })
    const shared = t.type(props)
    reads = 0
    const fast = withFastGuard(t.type({ a: shared, b: shared, c: t.array(shared), d: t.partial({ e: shared }) }))
    expect(reads).toBe(1)
    expect(fast.is({ a: { k: 'x' }, b: { k: 'y' }, c: [], d: {} })).toBe(true)
    expect(fast.is({ a: { k: 'x' }, b: { k: 'y' }, c: [{ k: 1 }], d: {} })).toBe(false)
  })
})

describe('withFastGuard: values JSON.parse cannot make', () => {
  it('checks a required key that is own but not enumerable, as io-ts does', () => {
    const hidden = (value: unknown): object => Object.defineProperty({}, 'a', { value, enumerable: false })
    expectSameAnswers(t.type({ a: t.string }), [
      [hidden('x'), true],
      [hidden(1), false],
      [hidden(undefined), false],
    ])
    expectSameAnswers(t.intersection([t.type({ a: t.union([t.string, t.undefined]) }), t.partial({ a: t.string })]), [
      [hidden('x'), true],
      [hidden(1), false],
      [hidden(undefined), true],
    ])
  })

  it('reads the keys an object inherits from a prototype other than Object.prototype', () => {
    class WithGetter {
      get a(): unknown {
        return 1
      }
    }
    expectSameAnswers(t.partial({ a: t.string }), [
      [new WithGetter(), false],
      [Object.create({ a: 'x' }), true],
      [Object.create({ a: 1 }), false],
      [Object.assign(Object.create({ a: 1 }) as object, { a: 'x' }), true],
    ])
    expectSameAnswers(t.type({ a: t.number }), [
      [new WithGetter(), true],
      [Object.create({ a: 'x' }), false],
      [new Date(0), false],
    ])
  })

  it('skips the holes of a sparse array and checks its undefined elements', () => {
    const holes = new Array<unknown>(3)
    holes[1] = 'x'
    expectSameAnswers(t.type({ a: t.array(t.string) }), [
      [{ a: holes }, true],
      [{ a: [undefined] }, false],
      [{ a: ['x', undefined] }, false],
      [{ a: [] }, true],
      [{ a: ['x', 1] }, false],
      [{ a: [1, 'x'] }, false],
    ])
  })
})

describe('withFastGuard: codecs it does not compile keep their own is', () => {
  it('an intersection with a member that is not an object codec', () => {
    expectSameAnswers(t.intersection([t.type({ a: t.string }), t.record(t.string, t.string)]), [
      [{ a: 'x', b: 'y' }, true],
      [{ a: 'x', b: 1 }, false],
      [{ b: 'y' }, false],
    ])
    expectSameAnswers(t.intersection([t.partial({ a: t.string }), t.refinement(t.type({ b: t.number }), (o) => o.b > 0)]), [
      [{ b: 1 }, true],
      [{ b: -1 }, false],
      [{ a: 1, b: 1 }, false],
    ])
  })

  it('members of other kinds: t.null, t.undefined, dictionaries, tagged unions, recursion, opaque codecs', () => {
    type Tree = { name: string; children?: Tree[] }
    const Tree: t.Type<Tree> = t.recursion('Tree', () => t.intersection([t.type({ name: t.string }), t.partial({ children: t.array(Tree) })]))
    const Even = new t.Type<number>('Even', (u): u is number => typeof u === 'number' && u % 2 === 0, t.success as never, t.identity)
    const codec = t.partial({
      n: t.null,
      u: t.undefined,
      d: t.record(t.string, t.number),
      tagged: t.union([t.type({ tag: t.literal('a'), a: t.string }), t.type({ tag: t.literal('b'), b: t.number })]),
      tree: Tree,
      even: Even,
    })
    expectSameAnswers(codec, [
      [{ n: null, u: undefined, d: { x: 1 }, tagged: { tag: 'b', b: 1 }, tree: { name: 'r', children: [{ name: 'c' }] }, even: 2 }, true],
      [{ n: 0 }, false],
      [{ d: { x: '1' } }, false],
      [{ tagged: { tag: 'a', b: 1 } }, false],
      [{ tree: { name: 'r', children: [{ name: 1 }] } }, false],
      [{ even: 3 }, false],
    ])
  })
})

describe('withFastGuard: the codec is otherwise the same', () => {
  it('keeps the class, name, props or members, validate and encode', () => {
    const members = [t.type({ type: t.literal('Role') }), t.partial({ arn: t.string })] as const
    const intersection = t.intersection([...members], 'RoleLike')
    const fast = withFastGuard(intersection)
    expect(fast).toBeInstanceOf(t.IntersectionType)
    expect([fast.name, fast.types, fast.validate, fast.encode]).toStrictEqual([intersection.name, intersection.types, intersection.validate, intersection.encode])
    const partial = t.partial({ arn: t.string }, 'Arn')
    const fastPartial = withFastGuard(partial)
    expect(fastPartial).toBeInstanceOf(t.PartialType)
    expect([fastPartial.name, fastPartial.props, fastPartial.validate, fastPartial.encode]).toStrictEqual([partial.name, partial.props, partial.validate, partial.encode])
    const type = t.type({ arn: t.string }, 'Required')
    const fastType = withFastGuard(type)
    expect(fastType).toBeInstanceOf(t.InterfaceType)
    expect(fastType).not.toBeInstanceOf(t.PartialType)
    expect([fastType.name, fastType.props, fastType.validate, fastType.encode]).toStrictEqual([type.name, type.props, type.validate, type.encode])
  })

  it('gives the same answers when wrapped twice, and when a wrapped codec is a member', () => {
    const inner = withFastGuard(t.type({ a: t.string }))
    const fallback = withFastGuard(t.partial({ constructor: t.string }))
    expectSameAnswers(withFastGuard(inner), [
      [{ a: 'x' }, true],
      [{ a: 1 }, false],
      [new Date(0), false],
    ])
    expectSameAnswers(withFastGuard(fallback), [
      [{}, false],
      [own(['constructor', 'x']), true],
    ])
    expectSameAnswers(t.intersection([inner, t.partial({ b: inner, c: fallback })]), [
      [{ a: 'x', b: { a: 'y' } }, true],
      [{ a: 'x', b: { a: 1 } }, false],
      [{ a: 'x', c: {} }, false],
      [{ a: 'x', c: own(['constructor', 'x']) }, true],
    ])
  })

  it('refuses a codec that is not a t.type, t.partial or t.intersection', () => {
    expect(() => withFastGuard(t.string as unknown as t.InterfaceType<t.Props>)).toThrow(
      new TypeError('withFastGuard: string is not a t.type, t.partial or t.intersection'),
    )
  })
})
