import * as t from 'io-ts'
import { describe, expect, it } from 'vitest'
import { HiddenDueToSecurityReasons, orHidden } from '../../src/codec/redacted.js'

describe('the redaction marker', () => {
  it('is the one string CloudTrail writes in place of a sensitive value', () => {
    expect(HiddenDueToSecurityReasons.is('HIDDEN_DUE_TO_SECURITY_REASONS')).toBe(true)
    for (const value of ['', 'HIDDEN', 'hidden_due_to_security_reasons', null, undefined, {}]) expect(HiddenDueToSecurityReasons.is(value)).toBe(false)
  })

  it('orHidden accepts the value of the codec, or the marker in its place', () => {
    const codec = orHidden(t.array(t.string))
    expect(codec.is(['a'])).toBe(true)
    expect(codec.is([])).toBe(true)
    expect(codec.is('HIDDEN_DUE_TO_SECURITY_REASONS')).toBe(true)
    expect(codec.is('other')).toBe(false)
    expect(codec.is([1])).toBe(false)
    expect(codec.is(null)).toBe(false)
  })
})
