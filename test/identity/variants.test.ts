import * as t from 'io-ts'
import { describe, expect, it } from 'vitest'
import {
  AssumedRoleIdentity,
  AWSAccountIdentity,
  AWSServiceIdentity,
  classifyCaller,
  describeCaller,
  DirectoryIdentity,
  FederatedUserIdentity,
  IAMUserIdentity,
  IdentityCenterUserIdentity,
  isKnownIdentity,
  knownIdentityCodecs,
  RoleIdentity,
  RootIdentity,
  SAMLUserIdentity,
  InScopeOf,
  OnBehalfOf,
  SessionContext,
  SessionIssuer,
  UnknownIdentity,
  UntypedIdentity,
  UserIdentity,
  WebIdentityUserIdentity,
} from '../../src/identity/index.js'
import type { CallerClass } from '../../src/identity/index.js'
import { CloudTrailRecord } from '../../src/record/index.js'
import { parseRecords } from '../../src/parse/index.js'
import { fixtureJson, fixtureText } from './fixtures.js'

/** The keys a variant codec names (its `t.partial` half). */
function propsOf(codec: t.Mixed): string[] {
  if (codec instanceof t.IntersectionType) return (codec.types as t.Mixed[]).flatMap(propsOf)
  if (codec instanceof t.InterfaceType || codec instanceof t.PartialType) return Object.keys(codec.props as t.Props)
  return []
}

interface Variant {
  readonly slug: string
  readonly type: string | undefined
  readonly codec: t.Mixed
  readonly full: CallerClass
  readonly minimal: CallerClass
}

const variants: ReadonlyArray<Variant> = [
  { slug: 'root', type: 'Root', codec: RootIdentity, full: 'root', minimal: 'root' },
  { slug: 'iam-user', type: 'IAMUser', codec: IAMUserIdentity, full: 'iam-user', minimal: 'iam-user' },
  { slug: 'assumed-role', type: 'AssumedRole', codec: AssumedRoleIdentity, full: 'assumed-role', minimal: 'assumed-role' },
  { slug: 'role', type: 'Role', codec: RoleIdentity, full: 'role', minimal: 'role' },
  { slug: 'federated-user', type: 'FederatedUser', codec: FederatedUserIdentity, full: 'federated-user', minimal: 'federated-user' },
  { slug: 'aws-account', type: 'AWSAccount', codec: AWSAccountIdentity, full: 'aws-account', minimal: 'aws-account' },
  { slug: 'aws-service', type: 'AWSService', codec: AWSServiceIdentity, full: 'aws-service', minimal: 'aws-service' },
  { slug: 'saml-user', type: 'SAMLUser', codec: SAMLUserIdentity, full: 'saml-user', minimal: 'saml-user' },
  {
    slug: 'web-identity-user',
    type: 'WebIdentityUser',
    codec: WebIdentityUserIdentity,
    full: 'web-identity-user',
    minimal: 'web-identity-user',
  },
  {
    slug: 'identity-center-user',
    type: 'IdentityCenterUser',
    codec: IdentityCenterUserIdentity,
    full: 'identity-center-user',
    minimal: 'identity-center-user',
  },
  { slug: 'directory', type: 'Directory', codec: DirectoryIdentity, full: 'directory', minimal: 'directory' },
  // AWS's own "Unknown": with onBehalfOf it is the older form of an Identity Center user.
  { slug: 'unknown', type: 'Unknown', codec: UnknownIdentity, full: 'identity-center-user', minimal: 'undetermined' },
  // No type: the full one names its service in invokedBy; the minimal one ({}) says nothing.
  { slug: 'untyped', type: undefined, codec: UntypedIdentity, full: 'aws-service', minimal: 'unknown' },
]

function decodeOne(text: string) {
  const result = parseRecords(text)
  expect(result.issues).toStrictEqual([])
  expect(result.records).toHaveLength(1)
  const [record] = result.records
  if (record === undefined) throw new Error('no record')
  return record
}

describe('every userIdentity variant', () => {
  it('has a fixture pair for every documented type', () => {
    expect(variants.map((v) => v.type).filter((type) => type !== undefined)).toStrictEqual([...knownIdentityCodecs.keys()])
  })

  describe.each(variants)('$slug', ({ slug, type, codec, full, minimal }) => {
    it('decodes the record with every field, round-trips it and classifies it', () => {
      const text = fixtureText(`${slug}.full`)
      const record = decodeOne(text)
      expect(CloudTrailRecord.encode(record)).toStrictEqual(JSON.parse(text))
      expect(UserIdentity.encode(record.userIdentity ?? {})).toStrictEqual(fixtureJson(`${slug}.full`).userIdentity)
      expect(codec.is(record.userIdentity)).toBe(true)
      expect(isKnownIdentity(record.userIdentity)).toBe(type !== undefined)
      expect(classifyCaller(record)).toBe(full)
      expect(classifyCaller(record.userIdentity)).toBe(full)
      expect(describeCaller(record).class).toBe(full)
    })

    it('names every key of its codec in the full fixture', () => {
      const identity = fixtureJson(`${slug}.full`).userIdentity as Record<string, unknown>
      const expected = propsOf(codec).filter((key) => !(type === undefined && key === 'type'))
      expect(Object.keys(identity).sort()).toStrictEqual(expected.sort())
      for (const [key, nested] of [
        ['sessionContext', SessionContext],
        ['inScopeOf', InScopeOf],
        ['onBehalfOf', OnBehalfOf],
      ] as const) {
        if (key in identity) expect(Object.keys(identity[key] as object).sort()).toStrictEqual(propsOf(nested).sort())
      }
      const issuer = (identity['sessionContext'] as { sessionIssuer?: object } | undefined)?.sessionIssuer
      if (issuer !== undefined && Object.keys(issuer).length > 0) {
        expect(Object.keys(issuer).sort()).toStrictEqual(propsOf(SessionIssuer).sort())
      }
    })

    it('decodes the record with the fewest fields, round-trips it and classifies it', () => {
      const text = fixtureText(`${slug}.minimal`)
      const record = decodeOne(text)
      expect(CloudTrailRecord.encode(record)).toStrictEqual(JSON.parse(text))
      expect(Object.keys(record.userIdentity ?? {})).toStrictEqual(type === undefined ? [] : ['type'])
      expect(classifyCaller(record)).toBe(minimal)
      expect(describeCaller(record).class).toBe(minimal)
    })
  })
})
