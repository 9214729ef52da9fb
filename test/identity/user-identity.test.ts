import { describe, expect, it } from 'vitest'
import {
  AssumedRoleIdentity,
  isKnownIdentity,
  knownIdentityCodecs,
  UnrecognizedIdentity,
  UntypedIdentity,
  UserIdentity,
} from '../../src/identity/index.js'
import { parseRecords } from '../../src/parse/index.js'
import { fixtureJson, fixtureText } from './fixtures.js'

describe('UserIdentity', () => {
  it('decodes an unseen type as UnrecognizedIdentity, keeping every field as it came', () => {
    const name = 'unrecognized.future-type'
    const { records, issues } = parseRecords(fixtureText(name))
    expect(issues).toStrictEqual([])
    const identity = records[0]?.userIdentity
    expect(identity).toStrictEqual(fixtureJson(name).userIdentity)
    expect(UnrecognizedIdentity.is(identity)).toBe(true)
    expect(isKnownIdentity(identity)).toBe(false)
    expect(UserIdentity.encode(identity ?? { type: 'x' })).toStrictEqual(fixtureJson(name).userIdentity)
  })

  it.each(['unrecognized.user-type', 'unrecognized.documentation-placeholder'])(
    'decodes the %s fixture without issues, as an unrecognized identity',
    (name) => {
      const { records, issues } = parseRecords(fixtureText(name))
      expect(issues).toStrictEqual([])
      expect(isKnownIdentity(records[0]?.userIdentity)).toBe(false)
    },
  )

  it('mfaAuthenticated: true (a boolean) is a record issue at its path', () => {
    const name = 'malformed.mfa-authenticated-boolean'
    const { records, issues } = parseRecords(fixtureText(name))
    expect(records).toStrictEqual([])
    expect(issues).toHaveLength(1)
    expect(issues[0]).toMatchObject({
      kind: 'record',
      index: 0,
      path: '$.userIdentity.sessionContext.attributes.mfaAuthenticated',
      found: 'true (boolean)',
      raw: fixtureJson(name),
    })
    expect(issues[0]?.problems).toHaveLength(1)
  })

  it('reports a malformed field of a known type at its path, never falling back to UnrecognizedIdentity', () => {
    const result = UserIdentity.decode({ type: 'IAMUser', accessKeyId: 42 })
    expect(result._tag).toBe('Left')
    const { issues } = parseRecords({
      eventVersion: '1.08',
      eventTime: '2025-03-04T10:00:00Z',
      eventSource: 'iam.amazonaws.com',
      eventName: 'ListUsers',
      userIdentity: { type: 'AssumedRole', sessionContext: { sessionIssuer: { arn: ['not', 'a', 'string'] } } },
    })
    expect(issues.map((issue) => issue.path)).toStrictEqual(['$.userIdentity.sessionContext.sessionIssuer.arn'])
  })

  it('treats a type key holding undefined like a missing type, in is and in decode alike', () => {
    const identity = { type: undefined, invokedBy: 'AWS Internal' }
    expect(UntypedIdentity.is(identity)).toBe(true)
    expect(UserIdentity.is(identity)).toBe(true)
    expect(UserIdentity.decode(identity)).toStrictEqual({ _tag: 'Right', right: identity })
  })

  it('rejects values that are not identity objects', () => {
    for (const value of [null, 'IAMUser', 42, [], [{ type: 'Root' }]]) {
      expect(UserIdentity.is(value)).toBe(false)
      expect(UserIdentity.decode(value)._tag).toBe('Left')
    }
  })

  it('does not treat inherited names as types', () => {
    expect(UserIdentity.is({ type: 'constructor' })).toBe(true)
    expect(isKnownIdentity({ type: 'constructor' })).toBe(false)
    expect(isKnownIdentity({ type: 'hasOwnProperty' })).toBe(false)
  })

  it('isKnownIdentity is sound: a documented type whose fields do not match is not known', () => {
    expect(isKnownIdentity({ type: 'AssumedRole', sessionContext: { attributes: { mfaAuthenticated: true } } })).toBe(false)
    expect(isKnownIdentity({ type: 'AssumedRole' })).toBe(true)
    expect(isKnownIdentity({ invokedBy: 'AWS Internal' })).toBe(false)
    expect(isKnownIdentity(null)).toBe(false)
  })

  it('knownIdentityCodecs maps every documented type to its codec', () => {
    expect(knownIdentityCodecs.get('AssumedRole')).toBe(AssumedRoleIdentity)
    expect(knownIdentityCodecs.size).toBe(12)
    for (const [type, codec] of knownIdentityCodecs) expect(codec.name).toBe(`${type}Identity`)
  })
})

describe('UserIdentity: null members, as data lakes write absent ones', () => {
  it('a type that is null is no type: an untyped identity, in is and in decode alike', () => {
    const identity = { type: null, accountId: '111122223333', invokedBy: 'AWS Internal', arn: null }
    expect(UntypedIdentity.is(identity)).toBe(true)
    expect(UserIdentity.is(identity)).toBe(true)
    expect(UserIdentity.decode(identity)).toStrictEqual({ _tag: 'Right', right: identity })
    expect(isKnownIdentity(identity)).toBe(false)
  })

  it('null members of a known type keep it known, and are kept', () => {
    const identity = {
      type: 'AssumedRole',
      principalId: 'AROAEXAMPLEROLEID:alice',
      arn: null,
      accessKeyId: null,
      userName: null,
      invokedBy: null,
      sessionContext: {
        sessionIssuer: { type: 'Role', arn: 'arn:aws:iam::111122223333:role/Admin', userName: null },
        webIdFederationData: null,
        attributes: { creationDate: '2024-05-01T08:00:00Z', mfaAuthenticated: null },
        sourceIdentity: null,
        ec2RoleDelivery: null,
      },
      inScopeOf: { issuerType: null, credentialsIssuedTo: null },
      onBehalfOf: null,
    }
    expect(AssumedRoleIdentity.is(identity)).toBe(true)
    expect(isKnownIdentity(identity)).toBe(true)
    expect(UserIdentity.decode(identity)).toStrictEqual({ _tag: 'Right', right: identity })
  })

  it('a member that is neither null nor its type is still an issue at its path', () => {
    const { issues } = parseRecords({
      eventVersion: '1.08',
      eventTime: '2024-05-01T10:00:00Z',
      eventSource: 'iam.amazonaws.com',
      eventName: 'ListUsers',
      userIdentity: { type: 'AssumedRole', arn: null, sessionContext: { attributes: { mfaAuthenticated: true } } },
    })
    expect(issues.map((issue) => [issue.path, issue.expected])).toStrictEqual([
      ['$.userIdentity.sessionContext.attributes.mfaAuthenticated', 'StringBoolean'],
    ])
  })
})
