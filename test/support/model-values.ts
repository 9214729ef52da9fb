/**
 * Values of the shapes of a model table (the runtime of generated services): valid values built from the
 * table, the leaves of a value that a wrong value makes invalid, and a copy with one leaf replaced. Used by
 * the properties of random tables and of the generated services themselves, and by `arbitraryOf`
 * (`arbitraries.ts`) for the payload codecs of the generated services of `awsServices`.
 */
import fc from 'fast-check'
import type { ModelShape, ModelTable, ShapeRef } from '../../src/services/model/table.js'

const HIDDEN = 'HIDDEN_DUE_TO_SECURITY_REASONS'
const EXTRA_KEYS = ['unmodelled', 'Id', 'extra key']

/** The letters of the primitive shapes. */
export type Letter = 's' | 'n' | 'N' | 'b' | 'B' | 't' | 'x' | 'd'

/**
 * How {@link valueOf} makes what the table leaves open; each field has a default, so that a caller names only
 * what it wants otherwise (the codec-derived arbitraries of `arbitraries.ts` ask for hostile strings, keys and
 * JSON).
 */
export interface ValueOptions {
  /** The values of a primitive shape, by letter (`undefined`: the default for that letter). */
  readonly primitive?: (letter: Letter) => fc.Arbitrary<unknown> | undefined
  /**
   * The entries an object of the table (a structure, an EC2 item set) holds besides the members it names,
   * given those names (default: up to two of a few fixed keys, with small JSON values). A key it names is
   * dropped here, so that the value stays valid.
   */
  readonly extraEntries?: (named: ReadonlySet<string>) => fc.Arbitrary<ReadonlyArray<readonly [string, unknown]>>
  /**
   * The keys of a map. Given, a map is built with `Object.fromEntries` (own `__proto__` keys possible, a plain
   * prototype); by default, `fc.dictionary` of short strings other than `__proto__`.
   */
  readonly mapKey?: fc.Arbitrary<string>
}

function defaultPrimitive(letter: Letter): fc.Arbitrary<unknown> {
  switch (letter) {
    case 's':
    case 'x':
      return fc.string({ maxLength: 6 })
    case 'n':
      return fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }))
    case 'N':
      return fc.oneof(fc.integer(), fc.string({ maxLength: 4 }))
    case 'b':
      return fc.boolean()
    case 'B':
      return fc.oneof(fc.boolean(), fc.constantFrom('true', 'false'))
    case 't':
      return fc.oneof(fc.constantFrom('2024-03-02T13:01:03Z', 'Mar 2, 2024 1:02:03 PM'), fc.integer({ min: 0 }))
    case 'd':
      return fc.jsonValue({ maxDepth: 2 })
  }
}

function defaultExtraEntries(named: ReadonlySet<string>): fc.Arbitrary<ReadonlyArray<readonly [string, unknown]>> {
  return fc
    .dictionary(fc.constantFrom(...EXTRA_KEYS), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 2 })
    .map((extra) => Object.entries(extra).filter(([key]) => !named.has(key)))
}

const ITEMS: ReadonlySet<string> = new Set(['items'])

/**
 * A valid value of `ref`: nested at most `depth` levels (below, the smallest valid value of a container).
 * `options` replaces the default primitives, extra keys and map keys.
 */
export function valueOf(table: ModelTable, ref: ShapeRef, depth: number, options: ValueOptions = {}): fc.Arbitrary<unknown> {
  const shape = table.shapes[ref] as ModelShape
  if (typeof shape === 'string') return options.primitive?.(shape) ?? defaultPrimitive(shape)
  const extraEntries = options.extraEntries ?? defaultExtraEntries
  const orNull = (r: ShapeRef): fc.Arbitrary<unknown> =>
    fc.oneof({ weight: 4, arbitrary: valueOf(table, r, depth - 1, options) }, { weight: 1, arbitrary: fc.constant(null) })
  const list = (r: ShapeRef): fc.Arbitrary<unknown[]> => (depth <= 0 ? fc.constant([]) : fc.array(orNull(r), { maxLength: 3 }))
  switch (shape[0]) {
    case 'S': {
      if (depth <= 0) return fc.constant({})
      const members: Record<string, fc.Arbitrary<unknown>> = {}
      for (let i = 2; i < shape.length; i += 2) members[shape[i] as string] = orNull(shape[i + 1] as ShapeRef)
      // Keys the structure does not name first, then its members.
      return fc
        .tuple(fc.record(members, { requiredKeys: [] }), extraEntries(new Set(Object.keys(members))))
        .map(([named, extra]) => Object.fromEntries([...extra, ...Object.entries(named)]))
    }
    case 'L':
      return list(shape[1])
    case 'I':
      return fc.oneof(
        list(shape[1]),
        fc
          .tuple(fc.option(list(shape[1]), { nil: undefined }), fc.boolean(), extraEntries(ITEMS))
          .map(([items, asNull, extra]) =>
            Object.fromEntries(items === undefined ? (asNull ? [...extra, ['items', null]] : extra) : [...extra, ['items', items]]),
          ),
      )
    case 'M': {
      if (depth <= 0) return fc.constant({})
      const { mapKey } = options
      return mapKey === undefined
        ? fc.dictionary(fc.string({ maxLength: 4 }).filter((k) => k !== '__proto__'), orNull(shape[1]), { maxKeys: 3 })
        : fc.array(fc.tuple(mapKey, orNull(shape[1])), { maxLength: 3 }).map((entries) => Object.fromEntries(entries))
    }
    case 'H':
      return depth <= 0 ? fc.constant(HIDDEN) : fc.oneof(fc.constant(HIDDEN), valueOf(table, shape[1], depth - 1, options))
  }
}

/**
 * The depth {@link valueOf} needs to reach every shape under `ref` (structures, lists, item sets, maps and
 * sensitive shapes each count one level), or `cap` when that is more or the shapes refer to themselves.
 */
export function depthOf(table: ModelTable, ref: ShapeRef, cap: number): number {
  const height = (r: ShapeRef, path: ReadonlySet<ShapeRef>): number => {
    const shape = table.shapes[r] as ModelShape
    if (typeof shape === 'string') return 0
    if (path.has(r) || path.size >= cap) return cap
    const inner = new Set(path).add(r)
    let deepest = 0
    if (shape[0] === 'S') for (let i = 3; i < shape.length; i += 2) deepest = Math.max(deepest, height(shape[i] as ShapeRef, inner))
    else deepest = height(shape[1], inner)
    return Math.min(cap, 1 + deepest)
  }
  return height(ref, new Set())
}

/** A place in a value that holds a primitive that can be made wrong, and a wrong value for it. */
export interface Leaf {
  readonly path: ReadonlyArray<string | number>
  readonly wrong: unknown
}

const wrongValues: { readonly [L in Letter]: unknown } = { s: 42, x: false, n: 'one', N: true, b: 'true', B: 'yes', t: false, d: undefined }

/** Every leaf of `value` that a wrong value makes invalid. */
export function leavesOf(table: ModelTable, ref: ShapeRef, value: unknown, path: ReadonlyArray<string | number>, out: Leaf[]): Leaf[] {
  if (value === null || value === undefined) return out
  const shape = table.shapes[ref] as ModelShape
  if (typeof shape === 'string') {
    if (shape !== 'd') out.push({ path, wrong: wrongValues[shape] })
    return out
  }
  const items = (r: ShapeRef, array: unknown[], at: ReadonlyArray<string | number>): void =>
    array.forEach((item, i) => leavesOf(table, r, item, [...at, i], out))
  switch (shape[0]) {
    case 'S': {
      const o = value as Record<string, unknown>
      for (let i = 2; i < shape.length; i += 2) {
        const key = shape[i] as string
        if (Object.prototype.hasOwnProperty.call(o, key)) leavesOf(table, shape[i + 1] as ShapeRef, o[key], [...path, key], out)
      }
      break
    }
    case 'L':
      items(shape[1], value as unknown[], path)
      break
    case 'I':
      if (Array.isArray(value)) items(shape[1], value, path)
      else if (Array.isArray((value as { items?: unknown }).items)) items(shape[1], (value as { items: unknown[] }).items, [...path, 'items'])
      break
    case 'M':
      for (const [key, v] of Object.entries(value as Record<string, unknown>)) leavesOf(table, shape[1], v, [...path, key], out)
      break
    case 'H':
      if (value !== HIDDEN) leavesOf(table, shape[1], value, path, out)
      break
  }
  return out
}

/** `value` with the leaf at `path` replaced (a copy). */
export function replaced(value: unknown, path: ReadonlyArray<string | number>, wrong: unknown): unknown {
  if (path.length === 0) return wrong
  const copy = structuredClone(value) as Record<string | number, unknown>
  let holder = copy
  for (const key of path.slice(0, -1)) holder = holder[key] as Record<string | number, unknown>
  holder[path[path.length - 1] as string | number] = wrong
  return copy
}
