/**
 * The bounded structures the report is gathered in (issue 15, point 3): they
 * answer as the naive unbounded ones do, and hold no more than their limit,
 * whatever the length of the stream.
 */
import { fc, test as fcTest } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { BoundedGroups } from '../../src/cli/bounded-groups.js'
import { FirstEntries } from '../../src/cli/first-entries.js'
import { HashedIds } from '../../src/cli/hashed-ids.js'

const byValue = (a: readonly [number, number], b: readonly [number, number]): number => a[0] - b[0]

describe('FirstEntries', () => {
  fcTest.prop([fc.array(fc.integer({ min: 0, max: 20 })), fc.integer({ min: 1, max: 8 })], { numRuns: 300 })(
    'shows the first `limit` items in a stable sort, and counts them all',
    (values, limit) => {
      const list = new FirstEntries<readonly [number, number]>(limit, byValue)
      values.forEach((value, i) => list.add([value, i]))
      const expected = values.map((value, i) => [value, i] as const).sort(byValue).slice(0, limit)
      expect(list.shown).toStrictEqual(expected)
      expect(list.count).toBe(values.length)
      expect(list.hidden).toBe(values.length - expected.length)
    },
  )

  fcTest.prop([fc.array(fc.integer({ min: 0, max: 20 })), fc.array(fc.integer({ min: 0, max: 20 })), fc.integer({ min: 1, max: 8 })], { numRuns: 200 })(
    'absorbs another list as if its items had been added',
    (first, second, limit) => {
      const a = new FirstEntries<readonly [number, number]>(limit, byValue)
      const b = new FirstEntries<readonly [number, number]>(limit, byValue)
      const all = new FirstEntries<readonly [number, number]>(limit, byValue)
      first.forEach((value, i) => {
        a.add([value, i])
        all.add([value, i])
      })
      second.forEach((value, i) => {
        b.add([value, first.length + i])
        all.add([value, first.length + i])
      })
      a.absorb(b)
      expect([a.shown, a.count]).toStrictEqual([all.shown, all.count])
    },
  )

  it('holds at most twice its limit while a long stream passes, and everything without a limit', () => {
    const list = new FirstEntries<number>(10, (a, b) => a - b)
    let held = 0
    for (let i = 100_000; i > 0; i--) {
      list.add(i)
      held = Math.max(held, (list as unknown as { items: unknown[] }).items.length)
    }
    expect(held).toBeLessThanOrEqual(20)
    expect(list.shown).toStrictEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    const all = new FirstEntries<number>(Number.POSITIVE_INFINITY, (a, b) => b - a)
    for (let i = 0; i < 1000; i++) all.add(i)
    expect(all.shown).toHaveLength(1000)
    expect(all.shown[0]).toBe(999)
  })
})

describe('HashedIds', () => {
  fcTest.prop([fc.array(fc.string({ maxLength: 12 }), { maxLength: 300 }), fc.array(fc.string({ maxLength: 12 }), { maxLength: 50 })], { numRuns: 200 })(
    'answers as a Set of strings',
    (added, probed) => {
      const ids = new HashedIds()
      const set = new Set<string>()
      for (const id of added) {
        expect(ids.add(id)).toBe(!set.has(id))
        set.add(id)
      }
      expect(ids.size).toBe(set.size)
      for (const id of [...added, ...probed]) expect(ids.has(id)).toBe(set.has(id))
    },
  )

  it('keeps 200,000 distinct event ids apart, in a table of 8 bytes a slot at most half full', () => {
    const ids = new HashedIds()
    for (let i = 0; i < 200_000; i++) expect(ids.add(`00000000-0000-4000-a000-${String(i).padStart(12, '0')}`)).toBe(true)
    expect(ids.size).toBe(200_000)
    expect(ids.has('00000000-0000-4000-a000-000000000007')).toBe(true)
    expect(ids.has('00000000-0000-4000-a000-000000200000')).toBe(false)
    const table = (ids as unknown as { table: Uint32Array }).table
    expect(table.byteLength).toBeLessThanOrEqual(4 * 8 * 200_000)
  })
})

describe('BoundedGroups', () => {
  fcTest.prop([fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h')), fc.integer({ min: 1, max: 4 }), fc.boolean()], { numRuns: 300 })(
    'keeps the first keys met, or the smallest, each with all of its items, and counts every key',
    (keys, limit, smallest) => {
      const groups = new BoundedGroups<string[]>(limit, () => [], smallest ? (a, b) => (a < b ? -1 : a > b ? 1 : 0) : undefined)
      keys.forEach((key, i) => groups.admit(key)?.push(`${key}${i}`))
      const distinct = [...new Set(keys)]
      const kept = (smallest ? [...distinct].sort() : distinct).slice(0, limit)
      expect(groups.count).toBe(distinct.length)
      expect(groups.groups.map(([key]) => key).sort()).toStrictEqual([...kept].sort())
      for (const [key, items] of groups.groups) {
        expect(items).toStrictEqual(keys.flatMap((k, i) => (k === key ? [`${k}${i}`] : [])))
        expect(groups.find(key)).toBe(items)
      }
    },
  )
})
