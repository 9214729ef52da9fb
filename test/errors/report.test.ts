import { either } from 'fp-ts'
import * as t from 'io-ts'
import { describe, expect, it } from 'vitest'
import type { Problem } from '../../src/errors/issue.js'
import { MAX_KEY_IN_PATH, MAX_PROBLEMS, appendPath, formatProblems, problemsOf } from '../../src/errors/report.js'
import { WebIdFederationData } from '../../src/identity/session-context.js'
import { CloudTrailRecord } from '../../src/record/record.js'
import { nullable } from '../../src/codec/nullable.js'
import { apiCall } from '../record/composed.js'

function problemsWith(codec: t.Decoder<unknown, unknown>, value: unknown): Problem[] {
  const result = codec.decode(value)
  return either.isLeft(result) ? problemsOf(result.left) : []
}

function nested(depth: number): unknown {
  let value: unknown = 'bottom'
  for (let i = 0; i < depth; i++) value = { a: value }
  return value
}

describe('appendPath', () => {
  it.each<[string, string | number, string]>([
    ['$', 'Records', '$.Records'],
    ['$.Records', 3, '$.Records[3]'],
    ['$', '_private$', '$._private$'],
    ['$.additionalEventData', 'x-amz-id-2', '$.additionalEventData["x-amz-id-2"]'],
    ['$', '0', '$["0"]'],
    ['$', '', '$[""]'],
    ['$', 'a"b', '$["a\\"b"]'],
    ['$', 'dotted.key', '$["dotted.key"]'],
  ])('%s + %j = %s', (path, key, expected) => {
    expect(appendPath(path, key)).toBe(expected)
  })

  it('cuts a huge key and marks the cut', () => {
    const path = appendPath('$', 'k'.repeat(1_000_000))
    expect(path).toBe(`$["${'k'.repeat(MAX_KEY_IN_PATH)}…"]`)
  })
})

describe('problemsOf', () => {
  it('gives the JSON path, the expectation and a bounded finding', () => {
    expect(problemsWith(CloudTrailRecord, { ...apiCall(), readOnly: 'true' })).toStrictEqual([
      { path: '$.readOnly', expected: 'boolean', found: '"true" (string)' },
    ])
  })

  it('does not count union or intersection members as steps of the path', () => {
    const record = { ...apiCall(), addendum: { reason: 5 }, sessionCredentialFromConsole: 1 }
    expect(problemsWith(CloudTrailRecord, record)).toStrictEqual([
      { path: '$.addendum.reason', expected: 'AddendumReason', found: '5 (number)' },
      { path: '$.sessionCredentialFromConsole', expected: 'SessionCredentialFromConsole', found: '1 (number)' },
    ])
  })

  it('reports a union whose members all fail at one path once', () => {
    const codec = t.type({ v: t.union([t.literal('a'), t.literal('b'), t.literal('c')]) })
    expect(problemsWith(codec, { v: 'z' })).toStrictEqual([{ path: '$.v', expected: '"a" | "b" | "c"', found: '"z" (string)' }])
  })

  it('names array elements by index and odd keys in brackets', () => {
    const codec = t.type({ list: t.array(t.type({ 'x-amz-id-2': t.string })) })
    expect(problemsWith(codec, { list: [{ 'x-amz-id-2': 'ok' }, { 'x-amz-id-2': 2 }] })).toStrictEqual([
      { path: '$.list[1]["x-amz-id-2"]', expected: 'string', found: '2 (number)' },
    ])
  })

  it('names a missing key as nothing (missing)', () => {
    expect(problemsWith(t.type({ a: t.string }), {})).toStrictEqual([
      { path: '$.a', expected: 'string', found: 'nothing (missing)' },
    ])
  })

  it('reads through nullable without a step', () => {
    expect(problemsWith(t.type({ a: nullable(t.type({ b: t.string })) }), { a: { b: 1 } })).toStrictEqual([
      { path: '$.a.b', expected: 'string', found: '1 (number)' },
    ])
  })

  it('names a nullable codec by the codec it wraps: only a value that is not null fails it', () => {
    const codec = t.type({ readOnly: nullable(t.boolean), when: nullable(nullable(t.string)) })
    expect(problemsWith(codec, { readOnly: 'true', when: 5 })).toStrictEqual([
      { path: '$.readOnly', expected: 'boolean', found: '"true" (string)' },
      { path: '$.when', expected: 'string', found: '5 (number)' },
    ])
    expect(problemsWith(CloudTrailRecord, { ...apiCall(), userIdentity: 'janedoe' })).toStrictEqual([
      { path: '$.userIdentity', expected: 'UserIdentity', found: '"janedoe" (string)' },
    ])
  })

  it(`keeps at most ${MAX_PROBLEMS} problems`, () => {
    const resources = Array.from({ length: 50 }, () => ({ ARN: 0 }))
    const problems = problemsWith(CloudTrailRecord, { ...apiCall(), resources })
    expect(problems).toHaveLength(MAX_PROBLEMS)
    expect(problems[19]).toStrictEqual({ path: '$.resources[19].ARN', expected: 'string', found: '0 (number)' })
  })

  it('gives a bounded finding for a 1 MB string', () => {
    const [problem] = problemsWith(CloudTrailRecord, { ...apiCall(), eventTime: '9'.repeat(1_000_000) })
    expect(problem?.path).toBe('$.eventTime')
    expect(problem?.found.length).toBeLessThanOrEqual(100)
  })

  it('does not overflow on an object nested 100,000 levels deep', () => {
    const deep = nested(100_000)
    const asField = problemsWith(CloudTrailRecord, { ...apiCall(), eventName: deep })
    expect(asField.map((p) => [p.path, p.expected])).toStrictEqual([['$.eventName', 'string']])
    expect(asField[0]!.found).toMatch(/… \(object\)$/)
    expect(asField[0]!.found.length).toBeLessThanOrEqual(100)
    const asRecord = problemsWith(CloudTrailRecord, deep)
    expect(asRecord.map((p) => p.path)).toStrictEqual(['$.eventVersion', '$.eventTime', '$.eventSource', '$.eventName'])
  })

  it('keeps the path bounded when a map has a huge key', () => {
    const attributes = { ['k'.repeat(1_000_000)]: 1 }
    const [problem] = problemsWith(WebIdFederationData, { attributes })
    expect(problem?.path.length).toBeLessThan(100)
    expect(problem?.path.startsWith('$.attributes["kkk')).toBe(true)
  })
})

describe('formatProblems', () => {
  it('writes the problems as one sentence', () => {
    expect(
      formatProblems([
        { path: '$.a', expected: 'string', found: '1 (number)' },
        { path: '$.b', expected: 'boolean', found: 'nothing (missing)' },
      ]),
    ).toBe('$.a: expected string, found 1 (number); $.b: expected boolean, found nothing (missing)')
  })
})
