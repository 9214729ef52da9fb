/**
 * Properties of model services on random small tables (cycles included): values built from a table are
 * accepted, decoded as the very record and encoded back; one member made wrong is rejected, by `is` and by
 * `parseRecords`, with its path.
 */
import fc from 'fast-check'
import { isRight } from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { appendPath } from '../../../src/errors/report.js'
import { parseRecords } from '../../../src/parse/parse-records.js'
import { modelService } from '../../../src/services/model/model-service.js'
import type { ModelShape, ModelTable, ShapeRef } from '../../../src/services/model/table.js'
import { propertyRuns, propertyTimeout } from '../../support/arbitraries.js'
import { recordOf } from './fixtures/records.js'

const runs = Math.max(100, Math.round(propertyRuns / 40))
const HIDDEN = 'HIDDEN_DUE_TO_SECURITY_REASONS'
const SOURCE = 'random.amazonaws.com'
const MEMBER_NAMES = ['id', 'name', 'items', 'state', 'x-amz-id', 'nextToken', 'Filters', 'constructor']
const EXTRA_KEYS = ['unmodelled', 'Id', 'extra key']

type Letter = 's' | 'n' | 'N' | 'b' | 'B' | 't' | 'x' | 'd'
const letters: ReadonlyArray<Letter> = ['s', 'n', 'N', 'b', 'B', 't', 'x', 'd']

/** A table of 1 to 6 shapes that refer to each other at random; shape 0 is the request. */
const tableArbitrary: fc.Arbitrary<ModelTable> = fc.integer({ min: 1, max: 6 }).chain((count) => {
  const ref = fc.integer({ min: 0, max: count - 1 })
  const shape: fc.Arbitrary<ModelShape> = fc.oneof(
    fc.constantFrom(...letters),
    fc
      .uniqueArray(fc.constantFrom(...MEMBER_NAMES), { maxLength: 4 })
      .chain((keys) => fc.tuple(fc.constant(keys), fc.array(ref, { minLength: keys.length, maxLength: keys.length })))
      .map(([keys, refs]): ModelShape => ['S', 'Shape', ...keys.flatMap((key, i) => [key, refs[i] as number])]),
    fc.tuple(fc.constantFrom('L', 'I', 'M', 'H'), ref).map(([kind, r]) => [kind, r] as ModelShape),
  )
  return fc.array(shape, { minLength: count, maxLength: count }).map((shapes) => ({ shapes, operations: { Call: [0, -1, 0] as const } }))
})

/** A valid value of `ref`: nested at most `depth` levels (below, the smallest valid value of a container). */
function valueOf(table: ModelTable, ref: ShapeRef, depth: number): fc.Arbitrary<unknown> {
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
      return fc.tuple(fc.record(members, { requiredKeys: [] }), extras).map(([named, extra]) => ({ ...extra, ...named }))
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
interface Leaf {
  readonly path: ReadonlyArray<string | number>
  readonly wrong: unknown
}

const wrongValues: { readonly [L in Letter]: unknown } = { s: 42, x: false, n: 'one', N: true, b: 'true', B: 'yes', t: false, d: undefined }

/** Every leaf of `value` that a wrong value makes invalid. */
function leavesOf(table: ModelTable, ref: ShapeRef, value: unknown, path: ReadonlyArray<string | number>, out: Leaf[]): Leaf[] {
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
function replaced(value: unknown, path: ReadonlyArray<string | number>, wrong: unknown): unknown {
  if (path.length === 0) return wrong
  const copy = structuredClone(value) as Record<string | number, unknown>
  let holder = copy
  for (const key of path.slice(0, -1)) holder = holder[key] as Record<string | number, unknown>
  holder[path[path.length - 1] as string | number] = wrong
  return copy
}

const cases = tableArbitrary.chain((table) =>
  fc.tuple(fc.constant(table), valueOf(table, 0, 3), fc.nat()).map(([t, value, pick]) => ({ table: t, value, pick })),
)

function serviceOf(table: ModelTable): ReturnType<typeof modelService<typeof SOURCE>> {
  return modelService({ name: 'random', title: 'Random', eventSource: SOURCE, protocol: 'json', apiVersion: '1', table })
}

describe('model services on random tables', () => {
  it('accept every value built from the table, decode the very record and encode it back', { timeout: propertyTimeout }, () => {
    fc.assert(
      fc.property(cases, ({ table, value }) => {
        const service = serviceOf(table)
        const record = recordOf(SOURCE, 'Call', value)
        const request = service.operations['Call']!.request
        expect(request.is(value)).toBe(true)
        expect(service.is(record)).toBe(true)
        const decoded = service.event.decode(record)
        expect(isRight(decoded) && decoded.right).toBe(record)
        expect(service.event.encode(record as never)).toStrictEqual(record)
        expect(parseRecords({ Records: [record] }, { services: [service] }).issues).toStrictEqual([])
      }),
      { numRuns: runs },
    )
  })

  it('reject a value with one leaf made wrong, naming its path', { timeout: propertyTimeout }, () => {
    let tried = 0
    fc.assert(
      fc.property(cases, ({ table, value, pick }) => {
        const leaves = leavesOf(table, 0, value, [], [])
        fc.pre(leaves.length > 0)
        tried++
        const leaf = leaves[pick % leaves.length] as Leaf
        const wrong = replaced(value, leaf.path, leaf.wrong)
        const service = serviceOf(table)
        const record = recordOf(SOURCE, 'Call', wrong)
        expect(service.operations['Call']!.request.is(wrong)).toBe(false)
        expect(service.is(record)).toBe(false)
        const { records, issues } = parseRecords({ Records: [record] }, { services: [service] })
        expect(records).toStrictEqual([])
        const expected = leaf.path.reduce<string>((at, key) => appendPath(at, key), '$.requestParameters')
        expect(issues.map((issue) => issue.problems.map((p) => p.path))).toStrictEqual([[expected]])
      }),
      { numRuns: runs },
    )
    expect(tried).toBeGreaterThan(runs / 4)
  })
})
