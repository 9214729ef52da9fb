import { either } from 'fp-ts'
import * as t from 'io-ts'
import { describe, expect, it } from 'vitest'
import { problemsOf } from '../../src/errors/report.js'
import { nullable } from '../../src/codec/nullable.js'

/** A codec whose encode is not the identity: a number written as a string. */
const NumberAsString = new t.Type<number, string, unknown>(
  'NumberAsString',
  (u): u is number => typeof u === 'number',
  (u, c) => (typeof u === 'number' ? t.success(u) : t.failure(u, c)),
  (n) => String(n),
)

describe('nullable', () => {
  const Response = nullable(t.type({ caseId: t.string }))

  it('accepts null and the value, and returns each as it is', () => {
    const value = { caseId: 'case-111122223333-muen-2016-c3f2077e504940f2', extra: 1 }
    expect(Response.decode(null)).toStrictEqual(either.right(null))
    const result = Response.decode(value)
    expect(either.isRight(result) && result.right).toBe(value)
    expect(Response.is(null)).toBe(true)
    expect(Response.is(value)).toBe(true)
  })

  it('rejects undefined and other values with the inner codec’s own problem, once', () => {
    expect(Response.is(undefined)).toBe(false)
    const result = Response.decode({ caseId: 5 })
    expect(either.isLeft(result) && problemsOf(result.left)).toStrictEqual([
      { path: '$.caseId', expected: 'string', found: '5 (number)' },
    ])
  })

  it('is named after the inner codec', () => {
    expect(Response.name).toBe('{ caseId: string } | null')
  })

  it('encodes with the inner codec, keeping null', () => {
    const codec = nullable(NumberAsString)
    expect(codec.encode(42)).toBe('42')
    expect(codec.encode(null)).toBeNull()
  })

  it('encodes as the identity when the inner codec does', () => {
    expect(Response.encode).toBe(t.identity)
  })
})
