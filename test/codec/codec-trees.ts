/**
 * Random codecs, and values for them: a fast-check arbitrary of codec
 * descriptions (trees of bounded depth) of every kind the codec kit and a
 * generator of AWS-API-model codecs build, the io-ts codec of a description
 * (with or without fast guards), and arbitraries of valid, near-valid and
 * random values of it.
 *
 * A description, not a codec, is what fast-check draws, so that the same
 * tree can be built twice: once with io-ts alone (the oracle) and once with
 * `withFastGuard` on some of its object codecs.
 */
import fc from 'fast-check'
import * as t from 'io-ts'
import { dictionaryEncodedAsIs, intersectionEncodedAsIs } from '../../src/codec/encode-as-is.js'
import { withFastGuard } from '../../src/codec/fast-guard.js'
import { nullable } from '../../src/codec/nullable.js'
import { openEnum } from '../../src/codec/open-enum.js'
import { IsoTimestamp } from '../../src/codec/timestamp.js'
import { anyString, hostileJson, isoTimestamp, jsonNumber } from '../support/arbitraries.js'

// ---------------------------------------------------------------------------
// Descriptions

/** A codec with no parameters. */
export type LeafKind =
  | 'string'
  | 'number'
  | 'boolean'
  | 'null'
  | 'undefined'
  | 'unknown'
  | 'timestamp'
  | 'int'
  | 'nonEmpty'
  | 'opaque'
  | 'self'

/** An object codec: `t.type`, `t.partial`, or an intersection of them. */
export type ObjectDesc =
  | { readonly kind: 'type' | 'partial'; readonly props: ReadonlyArray<readonly [string, Desc]>; readonly fast: boolean }
  | { readonly kind: 'intersection'; readonly members: ReadonlyArray<ObjectDesc>; readonly fast: boolean; readonly asIs: boolean }

/** The description of a codec. */
export type Desc =
  | { readonly kind: LeafKind }
  | { readonly kind: 'literal'; readonly value: string | number | boolean }
  | { readonly kind: 'openEnum'; readonly values: ReadonlyArray<string> }
  | { readonly kind: 'nullable' | 'array' | 'refined'; readonly inner: Desc }
  | { readonly kind: 'record'; readonly inner: Desc; readonly asIs: boolean }
  | { readonly kind: 'union'; readonly members: ReadonlyArray<Desc> }
  | { readonly kind: 'tagged'; readonly members: ReadonlyArray<ObjectDesc> }
  | { readonly kind: 'tree'; readonly body: ObjectDesc }
  | ObjectDesc

/**
 * The keys of object codecs: few, so that intersections constrain the same
 * key several times; an integer-like key (enumerated first); and, rarely,
 * keys that `Object.prototype` has.
 */
export const declaredKey: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom('a', 'b', 'c', 'type'), weight: 12 },
  { arbitrary: fc.constantFrom('0', '', 'a b'), weight: 2 },
  { arbitrary: fc.constantFrom('__proto__', 'constructor', 'toString'), weight: 1 },
)

const literalValue = fc.oneof(fc.constantFrom('x', 'y', '', 'a', 'Role'), fc.constantFrom(0, 1, -1, 2.5), fc.boolean())

const leafKinds: ReadonlyArray<Exclude<LeafKind, 'self'>> = [
  'string',
  'number',
  'boolean',
  'null',
  'undefined',
  'unknown',
  'timestamp',
  'int',
  'nonEmpty',
  'opaque',
]

function leaf(withSelf: boolean): fc.Arbitrary<Desc> {
  const kinds = fc.constantFrom<LeafKind>(...leafKinds, ...(withSelf ? (['self', 'self', 'self'] as const) : []))
  return fc.oneof(
    { arbitrary: kinds.map((kind) => ({ kind })), weight: 6 },
    { arbitrary: literalValue.map((value) => ({ kind: 'literal' as const, value })), weight: 2 },
    { arbitrary: fc.uniqueArray(fc.constantFrom('x', 'y', 'Role'), { minLength: 1, maxLength: 3 }).map((values) => ({ kind: 'openEnum' as const, values })), weight: 1 },
  )
}

/**
 * Codec descriptions of at most `depth` levels of combinators; `self` leaves
 * (the enclosing `t.recursion`) only inside a tree.
 */
function descs(depth: number, withSelf: boolean): { any: fc.Arbitrary<Desc>; object: fc.Arbitrary<ObjectDesc> } {
  const leaves = leaf(withSelf)
  if (depth === 0) {
    const props = fc.array(fc.tuple(declaredKey, leaves), { maxLength: 3 })
    const object = fc.record({ kind: fc.constantFrom('type' as const, 'partial' as const), props, fast: fc.boolean() })
    return { any: leaves, object }
  }
  const below = descs(depth - 1, withSelf)
  const props = fc.array(fc.tuple(declaredKey, below.any), { maxLength: 4 })
  const plain: fc.Arbitrary<ObjectDesc> = fc.record({ kind: fc.constantFrom('type' as const, 'partial' as const), props, fast: fc.boolean() })
  const object: fc.Arbitrary<ObjectDesc> = fc.oneof(
    { arbitrary: plain, weight: 2 },
    {
      arbitrary: fc.record({
        kind: fc.constant('intersection' as const),
        members: fc.array(fc.oneof(plain, below.object), { minLength: 2, maxLength: 4 }),
        fast: fc.boolean(),
        asIs: fc.boolean(),
      }),
      weight: 2,
    },
  )
  const inner = below.any
  const any: fc.Arbitrary<Desc> = fc.oneof(
    { arbitrary: leaves, weight: 3 },
    { arbitrary: object, weight: 3 },
    { arbitrary: fc.record({ kind: fc.constantFrom('nullable' as const, 'array' as const, 'refined' as const), inner }), weight: 3 },
    { arbitrary: fc.record({ kind: fc.constant('record' as const), inner, asIs: fc.boolean() }), weight: 1 },
    { arbitrary: fc.record({ kind: fc.constant('union' as const), members: fc.array(inner, { minLength: 2, maxLength: 4 }) }), weight: 2 },
    { arbitrary: fc.record({ kind: fc.constant('tagged' as const), members: fc.array(below.object, { minLength: 2, maxLength: 3 }) }), weight: 1 },
    ...(depth >= 2 && !withSelf ? [{ arbitrary: descs(depth - 1, true).object.map((body) => ({ kind: 'tree' as const, body })), weight: 1 }] : []),
  )
  return { any, object }
}

/**
 * Object codecs (what `withFastGuard` takes) of at most `depth` levels.
 *
 * @param depth - the most combinators nested under the top one
 * @returns an arbitrary of descriptions
 */
export function objectDesc(depth: number): fc.Arbitrary<ObjectDesc> {
  return descs(depth, false).object
}

// ---------------------------------------------------------------------------
// Codecs

interface NonEmptyBrand {
  readonly NonEmpty: unique symbol
}

const NonEmpty = t.brand(t.string, (s): s is t.Branded<string, NonEmptyBrand> => s.length > 0, 'NonEmpty')

/** A codec of its own kind, which the fast guard calls as it is: even numbers. */
export const Even = new t.Type<number, number, unknown>(
  'Even',
  (u): u is number => typeof u === 'number' && u % 2 === 0,
  (u, c) => (typeof u === 'number' && u % 2 === 0 ? t.success(u) : t.failure(u, c)),
  t.identity,
)

/** The predicate of `refined` codecs: rejects some values of any kind. */
export function refinedPredicate(u: unknown): boolean {
  if (typeof u === 'string') return u.length % 2 === 0
  if (typeof u === 'number') return !(u < 0)
  if (typeof u === 'object' && u !== null) return Object.keys(u).length !== 2
  return true
}

const leafCodecs: Readonly<Record<Exclude<LeafKind, 'self'>, t.Mixed>> = {
  string: t.string,
  number: t.number,
  boolean: t.boolean,
  null: t.null,
  undefined: t.undefined,
  unknown: t.unknown,
  timestamp: IsoTimestamp,
  int: t.Int,
  nonEmpty: NonEmpty,
  opaque: Even,
}

type AnyObjectCodec = t.InterfaceType<t.Props> | t.PartialType<t.Props> | t.IntersectionType<[t.Mixed, t.Mixed]>

/**
 * Builds the io-ts codec of a description.
 *
 * @param desc - the description
 * @param fast - whether to give a fast guard to the object codecs the description marks `fast`
 * @param self - the enclosing `t.recursion`, for `self` leaves
 * @returns the codec
 */
export function build(desc: Desc, fast: boolean, self?: t.Mixed): t.Mixed {
  switch (desc.kind) {
    case 'self':
      if (self === undefined) throw new Error('build: a self leaf outside a tree')
      return self
    case 'literal':
      return t.literal(desc.value)
    case 'openEnum':
      return openEnum('Open', desc.values)
    case 'nullable':
      return nullable(build(desc.inner, fast, self))
    case 'array':
      return t.array(build(desc.inner, fast, self))
    case 'refined':
      return t.refinement(build(desc.inner, fast, self), refinedPredicate, 'Refined')
    case 'record': {
      const record = t.record(t.string, build(desc.inner, fast, self))
      return desc.asIs ? dictionaryEncodedAsIs(record) : record
    }
    case 'union':
      return t.union(desc.members.map((member) => build(member, fast, self)) as [t.Mixed, t.Mixed])
    case 'tagged':
      // io-ts makes a union whose members share a literal key a TaggedUnionType.
      return t.union(
        desc.members.map((member, i) => t.intersection([t.type({ tag: t.literal(`t${i}`) }), build(member, fast, self)])) as unknown as [t.Mixed, t.Mixed],
      )
    case 'tree':
      return t.recursion('Tree', (tree) => build(desc.body, fast, tree))
    case 'type':
    case 'partial':
    case 'intersection':
      return buildObject(desc, fast, self)
    default:
      return leafCodecs[desc.kind]
  }
}

function buildObject(desc: ObjectDesc, fast: boolean, self: t.Mixed | undefined): t.Mixed {
  let codec: AnyObjectCodec
  if (desc.kind === 'intersection') {
    const members = desc.members.map((member) => build(member, fast, self)) as [t.Mixed, t.Mixed]
    const intersection = t.intersection(members)
    codec = desc.asIs ? intersectionEncodedAsIs(intersection) : intersection
  } else {
    // Built key by key, so that a `__proto__` key is an own key of the props.
    const props: t.Props = {}
    for (const [key, value] of desc.props) Object.defineProperty(props, key, { value: build(value, fast, self), enumerable: true, writable: true, configurable: true })
    codec = desc.kind === 'type' ? t.type(props) : t.partial(props)
  }
  return fast && desc.fast ? withFastGuard(codec) : codec
}

/**
 * The codec of an object description with a fast guard at the top, and the
 * same codec built by io-ts alone.
 *
 * @param desc - the description
 * @returns both codecs, or `undefined` when io-ts cannot build the codec
 */
export function fastAndNatural(desc: ObjectDesc): { readonly fast: t.Mixed; readonly natural: t.Mixed } | undefined {
  let natural: t.Mixed
  try {
    natural = buildObject(desc, false, undefined)
  } catch {
    // io-ts cannot build a union of objects that declare `constructor` (its tag index is a plain object).
    return undefined
  }
  const fast = withFastGuard(buildObject(desc, true, undefined) as AnyObjectCodec)
  return { fast, natural }
}

// ---------------------------------------------------------------------------
// Values

/** Own keys of an object, `__proto__` included, with `undefined` values kept. */
function objectFrom(entries: ReadonlyArray<readonly [string, unknown]>): Record<string, unknown> {
  const o: Record<string, unknown> = {}
  for (const [key, value] of entries) Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true })
  return o
}

/** The keys of an object description, with every description of each and whether a `t.type` requires it. */
function slotsOf(desc: ObjectDesc, into = new Map<string, { descs: Desc[]; required: boolean }>()): Map<string, { descs: Desc[]; required: boolean }> {
  if (desc.kind === 'intersection') {
    for (const member of desc.members) slotsOf(member, into)
    return into
  }
  for (const [key, value] of desc.props) {
    const slot = into.get(key) ?? { descs: [], required: false }
    slot.descs.push(value)
    slot.required ||= desc.kind === 'type'
    into.set(key, slot)
  }
  return into
}

const ABSENT = Symbol('absent')

/** Any number, `-0`, `NaN` and the infinities included. */
const anyNumber = fc.oneof(jsonNumber, fc.constantFrom(-0, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY))

/**
 * Values that mostly satisfy a codec description: a key constrained several
 * times takes a value for one of its descriptions (a literal when there is
 * one), so values of intersections whose members disagree are near-valid.
 *
 * @param desc - the description
 * @param depth - how many more levels a tree may nest
 * @param tree - the enclosing tree's body, for `self` leaves
 * @returns an arbitrary of values
 */
export function valueOf(desc: Desc, depth = 2, tree?: ObjectDesc): fc.Arbitrary<unknown> {
  switch (desc.kind) {
    case 'string':
      return anyString
    case 'number':
      return anyNumber
    case 'boolean':
      return fc.boolean()
    case 'null':
      return fc.constant(null)
    case 'undefined':
      return fc.constant(undefined)
    case 'unknown':
      return hostileJson
    case 'timestamp':
      return isoTimestamp
    case 'int':
      return fc.oneof(fc.integer(), fc.constantFrom(0.5, -0))
    case 'nonEmpty':
      return fc.string({ maxLength: 3 })
    case 'opaque':
      return fc.integer({ min: -4, max: 4 })
    case 'self':
      return tree === undefined || depth === 0 ? fc.constant(null) : valueOf(tree, depth - 1, tree)
    case 'literal':
      return fc.constant(desc.value)
    case 'openEnum':
      return fc.oneof(fc.constantFrom(...desc.values), anyString)
    case 'nullable':
      return fc.oneof(fc.constant(null), valueOf(desc.inner, depth, tree))
    case 'array':
      return fc.array(valueOf(desc.inner, depth, tree), { maxLength: 3 })
    case 'refined':
      return valueOf(desc.inner, depth, tree)
    case 'record':
      return fc.array(fc.tuple(fc.oneof(declaredKey, fc.string()), valueOf(desc.inner, depth, tree)), { maxLength: 3 }).map(objectFrom)
    case 'union':
      return fc.oneof(...desc.members.map((member) => valueOf(member, depth, tree)))
    case 'tagged':
      return fc.oneof(
        ...desc.members.map((member, i) =>
          valueOf(member, depth, tree).map((value) =>
            typeof value === 'object' && value !== null && !Array.isArray(value) ? objectFrom([...Object.entries(value), ['tag', `t${i}`]]) : value,
          ),
        ),
      )
    case 'tree':
      return valueOf(desc.body, depth, desc.body)
    case 'type':
    case 'partial':
    case 'intersection':
      return objectValueOf(desc, depth, tree)
  }
}

function objectValueOf(desc: ObjectDesc, depth: number, tree: ObjectDesc | undefined): fc.Arbitrary<unknown> {
  const entries = [...slotsOf(desc)].map(([key, { descs: keyDescs, required }]) => {
    const literal = keyDescs.find((d) => d.kind === 'literal')
    const value = literal !== undefined ? valueOf(literal) : fc.oneof(...keyDescs.map((d) => valueOf(d, depth, tree)))
    // An optional key is left out, or holds `undefined` (which t.partial accepts whatever the codec).
    const slot = required ? value : fc.oneof({ arbitrary: value, weight: 3 }, { arbitrary: fc.constantFrom<unknown>(ABSENT, undefined), weight: 1 })
    return slot.map((v) => [key, v] as const)
  })
  const extra = fc.array(fc.tuple(fc.oneof(fc.string({ maxLength: 3 }), fc.constantFrom('x', 'Extra')), hostileJson), { maxLength: 2 })
  return fc
    .tuple(fc.tuple(...entries), extra)
    .map(([known, more]) => objectFrom([...more, ...known].filter(([, value]) => value !== ABSENT)))
}

// ---------------------------------------------------------------------------
// Near-valid values: one mutation

/** A copy of a value that keeps what `structuredClone` would not: own `__proto__` keys, holes, prototypes. */
export function copyOf(u: unknown): unknown {
  if (Array.isArray(u)) {
    const copy = new Array<unknown>(u.length)
    for (let i = 0; i < u.length; i++) if (i in u) copy[i] = copyOf(u[i])
    return copy
  }
  if (typeof u === 'object' && u !== null) {
    const copy = Object.create(Object.getPrototypeOf(u) as object | null) as Record<string, unknown>
    for (const key of Object.keys(u)) Object.defineProperty(copy, key, { value: copyOf((u as Record<string, unknown>)[key]), enumerable: true, writable: true, configurable: true })
    return copy
  }
  return u
}

/** The containers of a value (objects and arrays, the value itself included), outermost first. */
function containersOf(u: unknown, into: object[] = []): object[] {
  if (typeof u !== 'object' || u === null) return into
  into.push(u)
  for (const key of Object.keys(u)) containersOf((u as Record<string, unknown>)[key], into)
  return into
}

class Holder {
  readonly a = 'x'
}

/** What a mutation puts in place of a value. */
const replacement: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(null, undefined, -0, Number.NaN, Number.POSITIVE_INFINITY, '', 'x', 0, 1, true, [], {}, 't0', 'Role', '2024-02-30T00:00:00Z'),
  hostileJson,
)

type Mutation =
  | { readonly op: 'set'; readonly key: string; readonly value: unknown }
  | { readonly op: 'delete' }
  | { readonly op: 'sparse' }
  | { readonly op: 'prototype'; readonly to: 'null' | 'class' | 'inherit' }
  | { readonly op: 'asArray' }

const mutationOf: fc.Arbitrary<Mutation> = fc.oneof(
  { arbitrary: fc.record({ op: fc.constant('set' as const), key: fc.oneof(declaredKey, fc.constantFrom('__proto__', 'constructor', 'x', 'tag')), value: replacement }), weight: 5 },
  { arbitrary: fc.constant({ op: 'delete' as const }), weight: 2 },
  { arbitrary: fc.constant({ op: 'sparse' as const }), weight: 1 },
  { arbitrary: fc.record({ op: fc.constant('prototype' as const), to: fc.constantFrom('null' as const, 'class' as const, 'inherit' as const) }), weight: 1 },
  { arbitrary: fc.constant({ op: 'asArray' as const }), weight: 1 },
)

/** Replaces the value at `path` under `root` (the root itself for an empty path) and returns the new root. */
function replaceAt(root: unknown, target: object, by: unknown): unknown {
  if (root === target) return by
  for (const container of containersOf(root)) {
    const holder = container as Record<string, unknown>
    for (const key of Object.keys(holder)) if (holder[key] === target) holder[key] = by
  }
  return root
}

/**
 * Applies one mutation to a copy of a value: sets a key (to `null`, `undefined`,
 * a value of another type, `-0`, `NaN`, ...; declared keys, `__proto__` and
 * `constructor` included), deletes one, makes an array sparse, changes an
 * object's prototype, or puts an array in place of an object.
 *
 * @param u - the value
 * @param at - which container the mutation lands on
 * @param m - the mutation
 * @returns the mutated copy
 */
export function mutated(u: unknown, at: number, m: Mutation): unknown {
  const root = copyOf(u)
  const containers = containersOf(root)
  if (containers.length === 0) return m.op === 'set' ? m.value : root
  const target = containers[at % containers.length] as Record<string, unknown>
  const keys = Object.keys(target)
  switch (m.op) {
    case 'set':
      if (Array.isArray(target)) target[at % (target.length + 1)] = m.value
      else Object.defineProperty(target, m.key, { value: m.value, enumerable: true, writable: true, configurable: true })
      return root
    case 'delete':
      if (keys.length > 0) delete target[keys[at % keys.length] as string]
      return root
    case 'sparse':
      if (Array.isArray(target)) target.length += 1
      else return replaceAt(root, target, Object.assign(new Array<unknown>(2), { 1: target }))
      return root
    case 'prototype': {
      if (Array.isArray(target)) return root
      const proto = m.to === 'null' ? null : m.to === 'class' ? Holder.prototype : { ...target }
      return replaceAt(root, target, Object.setPrototypeOf(m.to === 'inherit' ? {} : { ...target }, proto))
    }
    case 'asArray':
      return replaceAt(root, target, Array.isArray(target) ? { ...target } : Object.values(target))
  }
}

/** One mutation: where it lands, and what it does. */
export const mutation: fc.Arbitrary<readonly [number, Mutation]> = fc.tuple(fc.nat(), mutationOf)

/**
 * Random values: any JSON value, anything fast-check makes (null
 * prototypes, sparse arrays, boxed values, dates, ...), and objects over the
 * declared keys.
 */
export const randomValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileJson,
  fc.anything({ maxDepth: 2, maxKeys: 4, withNullPrototype: true, withSparseArray: true, withBoxedValues: true, withDate: true, withMap: true }),
  fc.array(fc.tuple(declaredKey, fc.oneof(fc.constantFrom<unknown>(null, undefined, 'x', 1, true, [], {}), hostileJson)), { maxLength: 4 }).map(objectFrom),
)
