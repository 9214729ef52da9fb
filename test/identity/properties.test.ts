import fc from 'fast-check'
import * as t from 'io-ts'
import { describe, expect, it } from 'vitest'
import {
  callerClasses,
  classifyCaller,
  credentialKinds,
  describeCaller,
  knownIdentityCodecs,
  UntypedIdentity,
  UserIdentity,
} from '../../src/identity/index.js'
import type { CallerRecord } from '../../src/identity/index.js'
import { NullableType, OpenEnumType } from '../../src/codec/index.js'
import { CloudTrailRecord, EventType } from '../../src/record/index.js'
import { expectedClass } from './expected-class.js'

/** Strings that reach every branch of the caller rules, mixed with arbitrary ones. */
const meaningfulString = fc.oneof(
  fc.constantFrom(
    '',
    'AKIAIOSFODNN7EXAMPLE',
    'ASIAIOSFODNN7EXAMPLE',
    'EXAMPLEKEYID',
    'AWS Internal',
    'signin.amazonaws.com',
    'console.amazonaws.com',
    'console.ec2.amazonaws.com',
    'anonymous',
    '111122223333',
    '444455556666',
    'AROAEXAMPLEROLEID:session',
    'arn:aws:sts::111122223333:assumed-role/AWSReservedSSO_Admin_0123456789abcdef/alice',
    'arn:aws:sts::111122223333:federated-user/bob',
    'AWSReservedSSO_Admin_0123456789abcdef',
    'HIDDEN_DUE_TO_SECURITY_REASONS',
  ),
  fc.string(),
)

/** An arbitrary of the values a codec accepts, built from the codec's own structure. */
function arbitraryOf(codec: t.Mixed): fc.Arbitrary<unknown> {
  if (codec instanceof OpenEnumType) return fc.oneof(fc.constantFrom(...(codec.values as ReadonlyArray<string>)), fc.string())
  if (codec instanceof t.StringType) return meaningfulString
  if (codec instanceof t.BooleanType) return fc.boolean()
  if (codec instanceof t.UndefinedType) return fc.constant(undefined)
  if (codec instanceof t.NullType) return fc.constant(null)
  if (codec instanceof NullableType) return fc.oneof(fc.constant(null), arbitraryOf(codec.type as t.Mixed))
  if (codec instanceof t.UnknownType) return fc.jsonValue()
  if (codec instanceof t.LiteralType) return fc.constant(codec.value)
  if (codec instanceof t.UnionType) return fc.oneof(...(codec.types as t.Mixed[]).map(arbitraryOf))
  if (codec instanceof t.DictionaryType) return fc.dictionary(fc.string(), arbitraryOf(codec.codomain as t.Mixed))
  if (codec instanceof t.InterfaceType || codec instanceof t.PartialType) {
    const props = codec.props as t.Props
    const model = Object.fromEntries(Object.entries(props).map(([key, prop]) => [key, arbitraryOf(prop)]))
    return codec instanceof t.InterfaceType ? fc.record(model) : fc.record(model, { requiredKeys: [] })
  }
  if (codec instanceof t.IntersectionType) {
    return fc.tuple(...(codec.types as t.Mixed[]).map(arbitraryOf)).map((parts) =>
      Object.fromEntries(parts.flatMap((part) => Object.entries(part as object))),
    )
  }
  throw new Error(`no arbitrary for codec ${codec.name}`)
}

/** The keys a codec names, at its top level. */
function namedKeys(codec: t.Mixed): ReadonlySet<string> {
  if (codec instanceof t.IntersectionType) return new Set((codec.types as t.Mixed[]).flatMap((c) => [...namedKeys(c)]))
  if (codec instanceof t.InterfaceType || codec instanceof t.PartialType) return new Set(Object.keys(codec.props as t.Props))
  return new Set()
}

/** Values of a codec plus keys it does not name, with any JSON value: they must pass through. */
function withExtraKeys(codec: t.Mixed): fc.Arbitrary<unknown> {
  const named = namedKeys(codec)
  const extra = fc.dictionary(
    fc.string().filter((key) => !named.has(key)),
    fc.jsonValue(),
    { maxKeys: 3 },
  )
  return fc
    .tuple(arbitraryOf(codec), extra)
    .map(([known, more]) => Object.fromEntries([...Object.entries(more), ...Object.entries(known as object)]))
}

const knownTypes = new Set(knownIdentityCodecs.keys())
const identityKeys = [
  'principalId',
  'arn',
  'accountId',
  'accessKeyId',
  'userName',
  'invokedBy',
  'invokedByDelegate',
  'sessionContext',
  'onBehalfOf',
  'inScopeOf',
  'identityProvider',
  'credentialId',
] as const

/** An identity of an unseen type: the usual keys hold any JSON value (an unrecognized identity's fields are unknown). */
const unrecognizedIdentity = fc
  .tuple(
    fc.oneof(fc.constantFrom('User', 'AssumedRole | FederatedUser', 'constructor', ''), fc.string()),
    fc.record(
      Object.fromEntries(
        identityKeys.map((key) => [
          key,
          key === 'sessionContext'
            ? fc.oneof(
                fc.jsonValue(),
                fc.record(
                  { attributes: fc.jsonValue(), sessionIssuer: fc.jsonValue(), assumedRoot: fc.jsonValue() },
                  { requiredKeys: [] },
                ),
              )
            : fc.oneof(meaningfulString, fc.jsonValue()),
        ]),
      ),
      { requiredKeys: [] },
    ),
  )
  .filter(([type]) => !knownTypes.has(type))
  .map(([type, fields]) => Object.fromEntries([...Object.entries(fields), ['type', type]]))

/** Arbitrary objects without `type` that happen to decode as an untyped identity. */
const arbitraryUntyped = fc.object({ maxDepth: 2 }).filter((o) => !('type' in o) && UntypedIdentity.is(o))

const decodableIdentity = fc.oneof(
  ...[...knownIdentityCodecs.values()].map(withExtraKeys),
  withExtraKeys(UntypedIdentity),
  unrecognizedIdentity,
  arbitraryUntyped,
  fc.constantFrom(null, undefined),
)

/** The record-level fields describeCaller reads, all optional. */
const recordFields = fc.record(
  {
    eventType: fc.oneof(fc.constantFrom(...EventType.values, 'AwsConsoleSignin'), fc.string()),
    eventSource: fc.oneof(fc.constant('signin.amazonaws.com'), meaningfulString),
    userAgent: meaningfulString,
    recipientAccountId: meaningfulString,
    sessionCredentialFromConsole: fc.constantFrom('true', 'false', true, false),
    additionalEventData: fc.oneof(
      fc.record({ MFAUsed: fc.oneof(fc.constantFrom('Yes', 'YES', 'No', 'no'), fc.jsonValue()) }),
      fc.jsonValue(),
    ),
  },
  { requiredKeys: [] },
)

const record = fc.tuple(decodableIdentity, recordFields).map(([userIdentity, fields]) => ({
  eventVersion: '1.08',
  eventTime: '2025-03-04T10:00:00Z',
  eventSource: 'iam.amazonaws.com',
  eventName: 'ListUsers',
  ...fields,
  ...(userIdentity === undefined ? {} : { userIdentity }),
}))

const classes: ReadonlySet<string> = new Set(callerClasses)
const kinds: ReadonlySet<string> = new Set(credentialKinds)

describe('classifyCaller and describeCaller are total', () => {
  it('over every decodable identity and record (10,000 runs)', () => {
    const started = performance.now()
    const seen = new Set<string>()
    fc.assert(
      fc.property(record, (raw) => {
        // Plain checks (no expect per run) keep 10,000 runs cheap; fast-check reports the counterexample.
        const decoded = raw as CallerRecord
        const identity = decoded.userIdentity
        const description = describeCaller(decoded)
        seen.add(description.class)
        return (
          CloudTrailRecord.is(raw) &&
          (identity === undefined || identity === null || UserIdentity.is(identity)) &&
          classes.has(description.class) &&
          kinds.has(description.credential) &&
          description.class === classifyCaller(decoded) &&
          description.class === expectedClass(identity, decoded.eventType) &&
          // Only an untyped identity in an AwsServiceEvent needs its record to be classified.
          (identity?.type === undefined && description.class === 'aws-service'
            ? true
            : classifyCaller(identity) === description.class) &&
          typeof description.console === 'boolean' &&
          typeof description.crossAccount === 'boolean' &&
          typeof description.assumedRoot === 'boolean' &&
          typeof description.anonymous === 'boolean'
        )
      }),
      { numRuns: 10_000 },
    )
    expect(performance.now() - started).toBeLessThan(15_000)
    // The arbitraries reach every class, so the property says something about each rule.
    expect([...seen].sort()).toStrictEqual([...callerClasses].sort())
  })
})
