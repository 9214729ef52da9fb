import { describe, expect, it } from 'vitest'
import { makeIssue } from '../../src/errors/make-issue.js'

const problem = { path: '$.eventTime', expected: 'IsoTimestamp', found: '"yesterday" (string)' }

describe('makeIssue', () => {
  it('writes an issue about one record with its index, location, path, expectation and finding', () => {
    const raw = { eventTime: 'yesterday' }
    expect(makeIssue({ kind: 'record', problems: [problem], location: '$.Records[3]', raw }, 3)).toStrictEqual({
      kind: 'record',
      message: 'record 3 at $.Records[3]: $.eventTime: expected IsoTimestamp, found "yesterday" (string)',
      path: '$.eventTime',
      expected: 'IsoTimestamp',
      found: '"yesterday" (string)',
      problems: [problem],
      index: 3,
      location: '$.Records[3]',
      raw,
    })
  })

  it('writes an issue about the whole input without an index, and with its position', () => {
    const issue = makeIssue({
      kind: 'json',
      problems: [{ path: '$', expected: 'JSON text', found: '"{]" (string)' }],
      detail: 'not valid JSON: Unexpected token',
      position: 1,
    })
    expect(issue).toStrictEqual({
      kind: 'json',
      message: 'input (position 1): not valid JSON: Unexpected token',
      path: '$',
      expected: 'JSON text',
      found: '"{]" (string)',
      problems: [{ path: '$', expected: 'JSON text', found: '"{]" (string)' }],
      position: 1,
    })
    expect('index' in issue).toBe(false)
    expect('raw' in issue).toBe(false)
  })

  it('leaves the location out of the message when it is the input itself', () => {
    const issue = makeIssue({ kind: 'record', problems: [problem], location: '$', raw: {} }, 0)
    expect(issue.message).toBe('record 0: $.eventTime: expected IsoTimestamp, found "yesterday" (string)')
    expect(issue.location).toBe('$')
  })

  it('keeps a raw value of null or false (only undefined means no raw)', () => {
    expect(makeIssue({ kind: 'record', problems: [problem], raw: null }, 0).raw).toBeNull()
    expect(makeIssue({ kind: 'record', problems: [problem], raw: false }, 0).raw).toBe(false)
  })

  it('fills path, expected and found even without problems', () => {
    const issue = makeIssue({ kind: 'input', problems: [], detail: 'the input is empty' })
    expect(issue).toMatchObject({ path: '$', expected: 'a value', found: 'nothing (missing)', message: 'input: the input is empty' })
  })
})
