/**
 * Values of the shapes of a model table (the runtime of generated services): valid values built from the
 * table, the leaves of a value that a wrong value makes invalid, and a copy with one leaf replaced. Used by
 * the properties of random tables and of the generated services themselves.
 */
import fc from 'fast-check'
import type { ModelShape, ModelTable, ShapeRef } from '../../src/services/model/table.js'

const HIDDEN = 'HIDDEN_DUE_TO_SECURITY_REASONS'
const EXTRA_KEYS = ['unmodelled', 'Id', 'extra key']

/** The letters of the primitive shapes. */
export type Letter = 's' | 'n' | 'N' | 'b' | 'B' | 't' | 'x' | 'd'

/** A valid value of `ref`: nested at most `depth` levels (below, the smallest valid value of a container). */
export function valueOf(table: ModelTable, ref: ShapeRef, depth: number): fc.Arbitrary<unknown> {
  const shape = table.shapes[ref] as ModelShape
  switch (shape) {
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
  const orNull = (r: ShapeRef): fc.Arbitrary<unknown> => fc.oneof({ weight: 4, arbitrary: valueOf(table, r, depth - 1) }, { weight: 1, arbitrary: fc.constant(null) })
  const list = (r: ShapeRef): fc.Arbitrary<unknown[]> => (depth <= 0 ? fc.constant([]) : fc.array(orNull(r), { maxLength: 3 }))
  const extras = fc.dictionary(fc.constantFrom(...EXTRA_KEYS), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 2 })
  switch (shape[0]) {
    case 'S': {
      if (depth <= 0) return fc.constant({})
      const members: Record<string, fc.Arbitrary<unknown>> = {}
      for (let i = 2; i < shape.length; i += 2) members[shape[i] as string] = orNull(shape[i + 1] as ShapeRef)
      // Keys the structure does not name (an extra key that is a member of this structure is left out).
      const unnamed = (extra: Record<string, unknown>) => Object.fromEntries(Object.entries(extra).filter(([key]) => !(key in members)))
      return fc.tuple(fc.record(members, { requiredKeys: [] }), extras).map(([named, extra]) => ({ ...unnamed(extra), ...named }))
    }
    case 'L':
      return list(shape[1])
    case 'I':
      return fc.oneof(
        list(shape[1]),
        fc
          .tuple(fc.option(list(shape[1]), { nil: undefined }), fc.boolean(), extras)
          .map(([items, asNull, extra]) => (items === undefined ? (asNull ? { ...extra, items: null } : extra) : { ...extra, items })),
      )
    case 'M':
      return depth <= 0
        ? fc.constant({})
        : fc.dictionary(fc.string({ maxLength: 4 }).filter((k) => k !== '__proto__'), orNull(shape[1]), { maxKeys: 3 })
    case 'H':
      return depth <= 0 ? fc.constant(HIDDEN) : fc.oneof(fc.constant(HIDDEN), valueOf(table, shape[1], depth - 1))
  }
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
