import { isLeft, isRight } from 'fp-ts/lib/Either.js'
import type * as t from 'io-ts'
import { describe, expect, it } from 'vitest'
import { problemsOf } from '../../../src/errors/report.js'
import type { Problem } from '../../../src/errors/issue.js'
import { modelShapeCodec } from '../../../src/services/model/shape-codecs.js'
import type { ModelShape, ModelTable } from '../../../src/services/model/table.js'

const HIDDEN = 'HIDDEN_DUE_TO_SECURITY_REASONS'

/** The codec of shape `ref` of a table of these shapes (a fresh table each call). */
function codecOf(shapes: ReadonlyArray<ModelShape>, ref = 0): t.Type<unknown, unknown, unknown> {
  return modelShapeCodec({ shapes, operations: {} }, ref)
}

/** The problems of decoding `u`, as the library reports them (`[]` when it decodes). */
function problems(codec: t.Type<unknown, unknown, unknown>, u: unknown): Problem[] {
  const result = codec.decode(u)
  return isLeft(result) ? problemsOf(result.left) : []
}

/** Checks that `is` and `decode` agree on `u`, and that decoding returns `u` itself. */
function accepts(codec: t.Type<unknown, unknown, unknown>, u: unknown): boolean {
  const result = codec.decode(u)
  expect(isRight(result)).toBe(codec.is(u))
  if (isRight(result)) {
    expect(result.right).toBe(u)
    expect(codec.encode(result.right)).toBe(u)
  }
  return codec.is(u)
}

describe('primitive shapes', () => {
  const cases: ReadonlyArray<readonly [ModelShape, string, ReadonlyArray<unknown>, ReadonlyArray<unknown>]> = [
    ['s', 'string', ['', 'open enum value', HIDDEN], [42, true, {}, [], null]],
    ['x', 'string', ['aGVsbG8=', ''], [42, false, {}, null]],
    ['n', 'number', [0, -1.5, 1e300], ['1', true, {}, null]],
    ['N', 'number | string', [0, 3.5, '42', 'not a number'], [true, {}, [], null]],
    ['b', 'boolean', [true, false], ['true', 'false', 0, null]],
    ['B', 'boolean | "true" | "false"', [true, false, 'true', 'false'], ['TRUE', 'yes', '', 1, null]],
    ['t', 'timestamp', ['2024-03-02T13:01:03Z', 'Mar 2, 2024 1:02:03 PM', 1709384463, 1709384463.123], [true, {}, [], null]],
    ['d', 'unknown', [null, 1, 'x', [1, { a: null }], { nested: { deep: [true] } }, false], []],
  ]
  for (const [shape, name, valid, invalid] of cases) {
    it(`'${String(shape)}' is named ${name}, accepts ${valid.length} values and rejects ${invalid.length}`, () => {
      const codec = codecOf([shape])
      expect(codec.name).toBe(name)
      for (const u of valid) expect(accepts(codec, u), JSON.stringify(u)).toBe(true)
      for (const u of invalid) {
        expect(accepts(codec, u), JSON.stringify(u)).toBe(false)
        expect(problems(codec, u)).toStrictEqual([{ path: '$', expected: name, found: expect.any(String) as string }])
      }
    })
  }
})

describe("structures ('S')", () => {
  const shapes: ReadonlyArray<ModelShape> = ['s', ['S', 'Thing', 'name', 0, 'size', 2, 'child', 1], 'n']
  const Thing = codecOf(shapes, 1)

  it('is named by the table and accepts JSON objects whose members are absent, null or of their shape', () => {
    expect(Thing.name).toBe('Thing')
    for (const u of [{}, { name: 'a' }, { name: null, size: null, child: null }, { name: 'a', size: 1, child: { name: 'b', child: {} } }]) {
      expect(accepts(Thing, u), JSON.stringify(u)).toBe(true)
    }
  })

  it('keeps keys the table does not name, unchecked, and returns the very object', () => {
    const u = { name: 'a', unknownKey: { anything: [1, 2] }, Name: 42, '': null, constructor: 1, toString: 'x' }
    expect(accepts(Thing, u)).toBe(true)
    expect(JSON.parse(JSON.stringify(Thing.encode(u)))).toStrictEqual(u)
  })

  it('rejects what is not a JSON object', () => {
    for (const u of [null, [], [{ name: 'a' }], 'Thing', 0, true]) {
      expect(accepts(Thing, u), JSON.stringify(u)).toBe(false)
      expect(problems(Thing, u)).toStrictEqual([{ path: '$', expected: 'Thing', found: expect.any(String) as string }])
    }
  })

  it('names every wrong member by its path, and what it expected', () => {
    expect(problems(Thing, { name: 42, size: 'big', child: { name: 'ok', child: { size: true } } })).toStrictEqual([
      { path: '$.name', expected: 'string', found: '42 (number)' },
      { path: '$.size', expected: 'number', found: '"big" (string)' },
      { path: '$.child.child.size', expected: 'number', found: 'true (boolean)' },
    ])
    expect(problems(Thing, { child: [] })).toStrictEqual([{ path: '$.child', expected: 'Thing', found: '[] (array)' }])
  })

  it('reads an own __proto__ key as a member of that name, as JSON.parse makes it', () => {
    const codec = codecOf(['s', ['S', 'Odd', '__proto__', 0]], 1)
    expect(accepts(codec, JSON.parse('{"__proto__":"x"}'))).toBe(true)
    expect(accepts(codec, JSON.parse('{"__proto__":1}'))).toBe(false)
  })
})

describe("lists ('L') and maps ('M')", () => {
  it('a list accepts arrays of the shape whose items may be null, and names a wrong item by its index', () => {
    const codec = codecOf(['s', ['L', 0]], 1)
    expect(codec.name).toBe('Array<string>')
    for (const u of [[], ['a'], ['a', null, 'b']]) expect(accepts(codec, u)).toBe(true)
    for (const u of [{}, 'a', null, { items: ['a'] }, [1], ['a', undefined]]) expect(accepts(codec, u)).toBe(false)
    expect(problems(codec, ['a', 2, 'c', false])).toStrictEqual([
      { path: '$[1]', expected: 'string', found: '2 (number)' },
      { path: '$[3]', expected: 'string', found: 'false (boolean)' },
    ])
  })

  it('a map accepts objects whose every value is the shape or null, and names a wrong value by its key', () => {
    const codec = codecOf(['n', ['M', 0]], 1)
    expect(codec.name).toBe('{ [key: string]: number }')
    for (const u of [{}, { a: 1 }, { a: 1, 'b c': null, __proto__x: 2 }]) expect(accepts(codec, u)).toBe(true)
    for (const u of [[], null, 'a', { a: '1' }]) expect(accepts(codec, u)).toBe(false)
    expect(problems(codec, { good: 1, 'x-amz-id': 'no' })).toStrictEqual([{ path: '$["x-amz-id"]', expected: 'number', found: '"no" (string)' }])
    expect(problems(codec, [1])).toStrictEqual([{ path: '$', expected: '{ [key: string]: number }', found: '[1] (array)' }])
  })
})

describe("EC2 item sets ('I')", () => {
  const shapes: ReadonlyArray<ModelShape> = ['s', ['S', 'Item', 'instanceId', 0], ['I', 1]]
  const codec = codecOf(shapes, 2)

  it('accepts an array, or an object whose items are an array, null or absent, keeping its other keys', () => {
    expect(codec.name).toBe('Array<Item> | ItemSet<Item>')
    const valid = [
      [],
      [{ instanceId: 'i-1' }, null],
      {},
      { items: null },
      { items: [] },
      { items: [{ instanceId: 'i-1' }, null, { instanceId: null, other: 1 }] },
      { items: [{ instanceId: 'i-1' }], nextToken: 'abc', count: 3 },
    ]
    for (const u of valid) expect(accepts(codec, u), JSON.stringify(u)).toBe(true)
  })

  it('rejects other values, naming the wrong item under items', () => {
    for (const u of [null, 'i-1', 1, { items: {} }, { items: 'i-1' }, [{ instanceId: 1 }], { items: [{ instanceId: 1 }] }]) {
      expect(accepts(codec, u), JSON.stringify(u)).toBe(false)
    }
    expect(problems(codec, { items: [{ instanceId: 'i-1' }, { instanceId: 42 }] })).toStrictEqual([
      { path: '$.items[1].instanceId', expected: 'string', found: '42 (number)' },
    ])
    expect(problems(codec, [{ instanceId: 'i-1' }, 7])).toStrictEqual([{ path: '$[1]', expected: 'Item', found: '7 (number)' }])
    expect(problems(codec, { items: { instanceId: 'i-1' } })).toStrictEqual([
      { path: '$.items', expected: 'Array<Item>', found: '{"instanceId":"i-1"} (object)' },
    ])
    expect(problems(codec, 'i-1')).toStrictEqual([{ path: '$', expected: 'Array<Item> | ItemSet<Item>', found: '"i-1" (string)' }])
  })
})

describe("sensitive shapes ('H')", () => {
  it('accept the redaction marker in place of a structure, a list or a string', () => {
    const shapes: ReadonlyArray<ModelShape> = ['s', ['S', 'Secret', 'value', 0], ['H', 1], ['L', 0], ['H', 3], ['H', 0]]
    for (const ref of [2, 4, 5]) expect(accepts(codecOf(shapes, ref), HIDDEN)).toBe(true)
    expect(accepts(codecOf(shapes, 2), { value: 'v' })).toBe(true)
    expect(accepts(codecOf(shapes, 4), ['v'])).toBe(true)
    expect(accepts(codecOf(shapes, 2), 'hidden')).toBe(false)
    expect(accepts(codecOf(shapes, 4), 'HIDDEN')).toBe(false)
    expect(accepts(codecOf(shapes, 5), 5)).toBe(false)
  })

  it('are named as orHidden names its union, and errors inside them keep their paths', () => {
    const shapes: ReadonlyArray<ModelShape> = ['s', ['S', 'Secret', 'value', 0], ['H', 1], ['S', 'Holder', 'secret', 2]]
    const holder = codecOf(shapes, 3)
    expect(codecOf(shapes, 2).name).toBe('(Secret | "HIDDEN_DUE_TO_SECURITY_REASONS")')
    expect(problems(holder, { secret: 'nope' })).toStrictEqual([
      { path: '$.secret', expected: 'Secret | "HIDDEN_DUE_TO_SECURITY_REASONS"', found: '"nope" (string)' },
    ])
    expect(problems(holder, { secret: { value: 1 } })).toStrictEqual([{ path: '$.secret.value', expected: 'string', found: '1 (number)' }])
  })
})

describe('cyclic shapes', () => {
  // A filter holds a list of filters; a node holds a map of nodes; a list holds itself.
  const shapes: ReadonlyArray<ModelShape> = [
    ['S', 'Filter', 'name', 1, 'and', 2, 'not', 0],
    's',
    ['L', 0],
    ['S', 'Node', 'children', 4],
    ['M', 3],
    ['L', 5],
    ['L', 5],
  ]

  it('accept values nested through the cycle, and name a wrong member deep inside', () => {
    const Filter = codecOf(shapes, 0)
    let filter: Record<string, unknown> = { name: 'leaf' }
    for (let i = 0; i < 200; i++) filter = { name: `level ${i}`, and: [filter, null], not: i % 2 === 0 ? null : { name: 'x' } }
    expect(accepts(Filter, filter)).toBe(true)
    const wrong = { and: [{ and: [{ not: { name: 7 } }] }] }
    expect(problems(Filter, wrong)).toStrictEqual([{ path: '$.and[0].and[0].not.name', expected: 'string', found: '7 (number)' }])
    const Node = codecOf(shapes, 3)
    expect(accepts(Node, { children: { a: { children: { b: {} } }, c: null } })).toBe(true)
    expect(problems(Node, { children: { a: { children: { b: 'leaf' } } } })).toStrictEqual([
      { path: '$.children.a.children.b', expected: 'Node', found: '"leaf" (string)' },
    ])
  })

  it('work for a list of itself, whose name stops after a few levels', () => {
    const codec = codecOf(shapes, 5)
    expect(codec.name).toBe(`${'Array<'.repeat(8)}…${'>'.repeat(8)}`)
    expect(accepts(codec, [[], [[[]]], null])).toBe(true)
    expect(accepts(codec, [[], [[1]]])).toBe(false)
  })

  it('reject, without throwing, a value nested deeper than the stack allows', () => {
    const Filter = codecOf(shapes, 0)
    let deep: Record<string, unknown> = {}
    for (let i = 0; i < 200_000; i++) deep = { not: deep }
    expect(Filter.is(deep)).toBe(false)
    const result = Filter.decode(deep)
    expect(isLeft(result)).toBe(true)
    if (isLeft(result)) expect(result.left[0]?.message).toBe('Filter: nested too deeply to check')
  })
})

describe('building', () => {
  /** A table whose shapes count the reads of each index. */
  function countingTable(shapes: ReadonlyArray<ModelShape>): { table: ModelTable; reads: Set<number> } {
    const reads = new Set<number>()
    const counted = new Proxy(shapes, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads.add(Number(key))
        return Reflect.get(target, key, receiver) as unknown
      },
    })
    return { table: { shapes: counted, operations: {} }, reads }
  }

  it('is lazy: a codec reads its own shape when built, and the shapes it refers to when it first checks a value', () => {
    const { table, reads } = countingTable(['s', ['S', 'A', 'b', 2, 'c', 3], ['S', 'B', 'a', 1], ['L', 4], 'n', ['S', 'Unused', 'x', 0]])
    const A = modelShapeCodec(table, 1)
    expect([...reads].sort()).toStrictEqual([1])
    expect(A.is({})).toBe(true)
    // Linking A builds B and the list (reading the number shape for the list's name), not what they refer to.
    expect([...reads].sort()).toStrictEqual([1, 2, 3, 4])
    expect(A.is({ b: { a: { c: [1] } } })).toBe(true)
    expect(reads.has(5)).toBe(false)
  })

  it('keeps one codec per shape of a table', () => {
    const table: ModelTable = { shapes: ['s', ['L', 0]], operations: {} }
    expect(modelShapeCodec(table, 1)).toBe(modelShapeCodec(table, 1))
    expect(modelShapeCodec(table, 0)).not.toBe(modelShapeCodec({ shapes: ['s'], operations: {} }, 0))
  })

  it('throws a TypeError naming what is wrong with a malformed table, when it reads it', () => {
    const bad = (shapes: ReadonlyArray<unknown>, ref: number): t.Type<unknown, unknown, unknown> =>
      modelShapeCodec({ shapes: shapes as ReadonlyArray<ModelShape>, operations: {} }, ref)
    expect(() => bad(['s'], 1)).toThrow(new TypeError('model table: 1 is not a shape reference (the table has 1 shapes)'))
    expect(() => bad(['s'], -1)).toThrow(TypeError)
    expect(() => bad(['s'], 0.5)).toThrow(TypeError)
    expect(() => bad(['q'], 0)).toThrow(new TypeError('model table: shape 0 is "q", not a shape'))
    expect(() => bad(['toString'], 0)).toThrow(TypeError)
    expect(() => bad([['Z', 0]], 0)).toThrow(new TypeError('model table: shape 0 is ["Z",0], not a shape'))
    expect(() => bad([7], 0)).toThrow(new TypeError('model table: shape 0 is 7, not a shape'))
    expect(() => bad([['L', 3]], 0)).toThrow(TypeError)
    expect(() => bad([['S', 1]], 0)).toThrow(new TypeError('model table: structure 0 has no name'))
    const late = bad(['s', ['S', 'Late', 'a', 9]], 1)
    expect(() => late.is({})).toThrow(new TypeError('model table: 9 is not a shape reference (the table has 2 shapes)'))
    const numericKey = bad(['s', ['S', 'Odd', 0, 0]], 1)
    expect(() => numericKey.is({})).toThrow(new TypeError('model table: structure 1 (Odd) has 0 where a member name belongs'))
  })
})
