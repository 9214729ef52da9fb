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
import type { ModelShape, ModelTable } from '../../../src/services/model/table.js'
import { propertyRuns, propertyTimeout } from '../../support/arbitraries.js'
import { leavesOf, replaced, valueOf } from '../../support/model-values.js'
import type { Leaf, Letter } from '../../support/model-values.js'
import { recordOf } from './fixtures/records.js'

const runs = Math.max(100, Math.round(propertyRuns / 40))
const SOURCE = 'random.amazonaws.com'
const MEMBER_NAMES = ['id', 'name', 'items', 'state', 'x-amz-id', 'nextToken', 'Filters', 'constructor']

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
