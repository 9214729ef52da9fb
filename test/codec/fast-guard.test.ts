/**
 * The fast guards (`withFastGuard`) answer exactly what io-ts's own `is` of
 * the same codec answers. The oracle is each codec rebuilt with io-ts's
 * constructors (`t.type`, `t.partial`, `t.intersection`, `t.array`,
 * `t.union`, `t.refinement`), so that no fast guard takes part in it.
 */
import fc from 'fast-check'
import * as t from 'io-ts'
import { describe, expect, it } from 'vitest'
import {
  AssumedRoleIdentity,
  InScopeOf,
  InvokedByDelegate,
  knownIdentityCodecs,
  OnBehalfOf,
  SessionAttributes,
  SessionContext,
  SessionIssuer,
  UnrecognizedIdentity,
  UntypedIdentity,
  UserIdentity,
  WebIdFederationData,
} from '../../src/identity/index.js'
import { withFastGuard } from '../../src/codec/fast-guard.js'
import { NullableType, nullable } from '../../src/codec/index.js'
import { CloudTrailRecord, EventRecord, InsightRecord } from '../../src/record/index.js'
import { corpusAvailable, corpusFiles, readCorpusText } from '../support/corpus.js'
import {
  arbitraryOf,
  hostileJson,
  identityArbitraries,
  oneOfLabelled,
  operationsByService,
  propertyRuns,
  propertyTimeout,
  recordArbitraries,
} from '../support/arbitraries.js'

// ---------------------------------------------------------------------------
// The oracle: the same codecs built by io-ts alone

const natural = new Map<t.Mixed, t.Mixed>()

function isObject(u: unknown): u is Record<string, unknown> {
  return typeof u === 'object' && u !== null && !Array.isArray(u)
}

/** `UserIdentity`'s dispatch by `type` (as documented), over the rebuilt variants. */
function naturalUserIdentity(): t.Mixed {
  const variants = new Map([...knownIdentityCodecs].map(([type, codec]) => [type, naturalOf(codec)]))
  const untyped = naturalOf(UntypedIdentity)
  const unrecognized = naturalOf(UnrecognizedIdentity)
  const pick = (u: Record<string, unknown>): t.Mixed => {
    const type = Object.hasOwn(u, 'type') ? u['type'] : undefined
    if (type === undefined || type === null) return untyped
    return (typeof type === 'string' && variants.get(type)) || unrecognized
  }
  return new t.Type('UserIdentity', (u): u is unknown => isObject(u) && pick(u).is(u), t.success, t.identity)
}

function mapProps(props: t.Props): t.Props {
  return Object.fromEntries(Object.entries(props).map(([key, codec]) => [key, naturalOf(codec)]))
}

/** The codec rebuilt with io-ts's own constructors, all the way down. */
function naturalOf(codec: t.Mixed): t.Mixed {
  const known = natural.get(codec)
  if (known !== undefined) return known
  let rebuilt: t.Mixed
  if (codec === UserIdentity) rebuilt = naturalUserIdentity()
  else if (codec === CloudTrailRecord) {
    const event = naturalOf(EventRecord)
    const insight = naturalOf(InsightRecord)
    const absent = (v: unknown): boolean => v === undefined || v === null
    const insightShaped = (u: unknown): boolean =>
      isObject(u) && u['eventType'] === 'AwsCloudTrailInsight' && absent(u['eventName']) && absent(u['eventSource'])
    rebuilt = new t.Type('CloudTrailRecord', (u): u is unknown => (insightShaped(u) ? insight.is(u) : event.is(u)), t.success, t.identity)
  } else if (codec instanceof t.IntersectionType) {
    const members = (codec.types as t.Mixed[]).map(naturalOf) as [t.Mixed, t.Mixed, ...t.Mixed[]]
    rebuilt = t.intersection(members as [t.Mixed, t.Mixed], codec.name)
  } else if (codec instanceof t.InterfaceType) rebuilt = t.type(mapProps(codec.props as t.Props), codec.name)
  else if (codec instanceof t.PartialType) rebuilt = t.partial(mapProps(codec.props as t.Props), codec.name)
  else if (codec instanceof NullableType) rebuilt = nullable(naturalOf(codec.type as t.Mixed))
  else if (codec instanceof t.ArrayType) rebuilt = t.array(naturalOf(codec.type as t.Mixed), codec.name)
  else if (codec instanceof t.UnionType) {
    rebuilt = t.union((codec.types as t.Mixed[]).map(naturalOf) as [t.Mixed, t.Mixed], codec.name)
  } else if (codec instanceof t.RefinementType) {
    const refinement = codec as t.RefinementType<t.Mixed>
    rebuilt = t.refinement(naturalOf(refinement.type), refinement.predicate, codec.name)
  } else rebuilt = codec
  natural.set(codec, rebuilt)
  return rebuilt
}

// ---------------------------------------------------------------------------
// The codecs with a fast guard, and values to try

const sessionPieces: ReadonlyArray<readonly [string, t.Mixed]> = [
  ['SessionContext', SessionContext],
  ['SessionIssuer', SessionIssuer],
  ['SessionAttributes', SessionAttributes],
  ['WebIdFederationData', WebIdFederationData],
  ['OnBehalfOf', OnBehalfOf],
  ['InScopeOf', InScopeOf],
  ['InvokedByDelegate', InvokedByDelegate],
]

/** Every operation event of the Support and Trusted Advisor services, and one of each other service. */
const operationEvents: ReadonlyArray<readonly [string, t.Mixed]> = operationsByService.flatMap(({ service, operations }) =>
  (service === 'Support' || service === 'Trusted Advisor' ? operations : operations.slice(0, 1)).map(
    (op) => [`${op.eventName}Event`, op.event as unknown as t.Mixed] as const,
  ),
)

const guarded: ReadonlyArray<readonly [string, t.Mixed]> = [
  ['EventRecord', EventRecord],
  ['InsightRecord', InsightRecord],
  ['CloudTrailRecord', CloudTrailRecord],
  ['UserIdentity', UserIdentity],
  ...[...knownIdentityCodecs].map(([type, codec]) => [`${type}Identity`, codec] as const),
  ['UntypedIdentity', UntypedIdentity],
  ['UnrecognizedIdentity', UnrecognizedIdentity],
  ...sessionPieces,
  ...operationEvents,
]

/** The codecs whose guard disagrees with io-ts's on `u`. */
function disagreements(u: unknown): string[] {
  return guarded.filter(([, codec]) => codec.is(u) !== naturalOf(codec).is(u)).map(([name]) => name)
}

function expectAgreement(u: unknown): void {
  const wrong = disagreements(u)
  if (wrong.length > 0) throw new Error(`fast guard differs from io-ts for ${wrong.join(', ')} on ${JSON.stringify(u)}`)
}

/** A JSON value as `JSON.parse` gives it back (own `__proto__` keys included). */
function reparsed(u: unknown): unknown {
  return JSON.parse(JSON.stringify(u)) as unknown
}

/** The places of a JSON value where a mutation can land: an object key or an array index, with its container. */
function slotsOf(u: unknown, into: Array<readonly [object, string | number]> = []): Array<readonly [object, string | number]> {
  if (Array.isArray(u)) {
    u.forEach((item, i) => {
      into.push([u, i])
      slotsOf(item, into)
    })
  } else if (isObject(u)) {
    for (const key of Object.keys(u)) {
      into.push([u, key])
      slotsOf(u[key], into)
    }
  }
  return into
}

type Mutation = { readonly kind: 'replace' | 'delete' | 'add'; readonly at: number; readonly value: unknown; readonly key: string }

const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('replace', 'delete', 'add'),
  at: fc.nat(),
  value: fc.oneof(hostileJson, fc.constantFrom<unknown>(null, true, 0, '', 'x', [], {}, '2024-02-30T00:00:00Z', 'true')),
  key: fc.constantFrom('__proto__', 'type', 'eventTime', 'sessionContext', 'mfaAuthenticated', 'resources', 'requestParameters', 'x'),
})

/** Applies mutations to a copy of a JSON value (as `JSON.parse` makes it) and returns the copy. */
function mutated(u: unknown, mutations: ReadonlyArray<Mutation>): unknown {
  const copy = reparsed(u)
  for (const m of mutations) {
    const slots = slotsOf(copy)
    if (slots.length === 0) break
    const [container, key] = slots[m.at % slots.length]!
    const target = container as Record<string | number, unknown>
    // A fresh copy each time: fast-check may hand the same object to two mutations, which would make a cycle.
    const value = reparsed(m.value)
    if (m.kind === 'replace') target[key] = value
    else if (m.kind === 'delete' && !Array.isArray(container)) delete target[key]
    else if (m.kind === 'add' && isObject(target[key])) Object.defineProperty(target[key], m.key, { value, enumerable: true, writable: true, configurable: true })
  }
  return copy
}

const validRecords = oneOfLabelled(recordArbitraries({ extraKeys: true })).map(({ value }) => value)
const validIdentities = oneOfLabelled(identityArbitraries({ extraKeys: true })).map(({ value }) => value)
const validSessionPieces = fc.oneof(...sessionPieces.map(([, codec]) => arbitraryOf(codec, { extraKeys: true })))

describe('withFastGuard: the same answer as io-ts', () => {
  it('for arbitrary JSON values, own __proto__ keys included', { timeout: propertyTimeout }, () => {
    fc.assert(fc.property(hostileJson, (u) => expectAgreement(u)), { numRuns: propertyRuns })
  })

  it('for valid records, identities and session pieces, as given and as JSON.parse gives them back', { timeout: propertyTimeout }, () => {
    fc.assert(
      fc.property(fc.oneof(validRecords, validIdentities, validSessionPieces), (u) => {
        expectAgreement(u)
        expectAgreement(reparsed(u))
      }),
      { numRuns: propertyRuns / 4 },
    )
  })

  it('for mutated valid records and identities', { timeout: propertyTimeout }, () => {
    fc.assert(
      fc.property(fc.oneof(validRecords, validIdentities, validSessionPieces), fc.array(mutation, { minLength: 1, maxLength: 3 }), (u, ms) =>
        expectAgreement(mutated(u, ms)),
      ),
      { numRuns: propertyRuns / 4 },
    )
  })

  it.runIf(corpusAvailable())('for every corpus record and quirk, as they are and mutated', { timeout: propertyTimeout }, () => {
    const values = (['records', 'quirks'] as const).flatMap((folder) =>
      corpusFiles(folder).flatMap((file) => {
        try {
          const parsed = JSON.parse(readCorpusText(folder, file)) as unknown
          const records = isObject(parsed) && Array.isArray(parsed['Records']) ? (parsed['Records'] as unknown[]) : [parsed]
          return [parsed, ...records]
        } catch {
          return []
        }
      }),
    )
    expect(values.length).toBeGreaterThan(0)
    for (const u of values) expectAgreement(u)
    fc.assert(
      fc.property(fc.constantFrom(...values), fc.array(mutation, { minLength: 1, maxLength: 3 }), (u, ms) => expectAgreement(mutated(u, ms))),
      { numRuns: propertyRuns / 4 },
    )
  })

  it('for objects with a null prototype, another prototype, or a class prototype', () => {
    const record = {
      eventVersion: '1.08', eventTime: '2024-05-01T08:00:00Z', eventSource: 'sts.amazonaws.com', eventName: 'AssumeRole',
      userIdentity: { type: 'AWSService', invokedBy: 'ec2.amazonaws.com' }, awsRegion: 'us-east-1',
    }
    // A hole is skipped by io-ts's `every`; an `undefined` element is checked.
    const sparse: unknown[] = new Array<unknown>(2)
    sparse[1] = { ARN: 'arn:aws:s3:::amzn-s3-demo-bucket' }
    const values: unknown[] = [
      Object.assign(Object.create(null) as object, record),
      Object.assign(Object.create(null) as object, { ...record, awsRegion: 5 }),
      // Inherited keys: io-ts reads them through the prototype; the guard hands such objects to io-ts.
      Object.create(record) as unknown,
      Object.assign(Object.create({ readOnly: 'yes' }) as object, record),
      Object.assign(Object.create({ eventName: undefined }) as object, { ...record, eventName: undefined }),
      new (class Holder {
        readonly eventVersion = '1.08'
        readonly eventTime = '2024-05-01T08:00:00Z'
        readonly eventSource = 'sts.amazonaws.com'
        readonly eventName = 'AssumeRole'
      })(),
      new Date(0),
      [record],
      { ...record, eventName: undefined },
      { ...record, userIdentity: { ...record.userIdentity, type: undefined } },
      { ...record, resources: sparse },
      { ...record, resources: [undefined] },
    ]
    for (const u of values) expectAgreement(u)
    expect(EventRecord.is(values[0])).toBe(true)
    expect(EventRecord.is(values[1])).toBe(false)
    expect(EventRecord.is(values[3])).toBe(false)
  })
})

describe('withFastGuard: the codec is otherwise the same', () => {
  it('keeps the class, name, props, members, validate and encode', () => {
    const base = t.intersection([t.type({ type: t.literal('Role') }), t.partial({ arn: t.string })], 'RoleLike')
    const fast = withFastGuard(base)
    expect(fast).toBeInstanceOf(t.IntersectionType)
    expect(fast.name).toBe(base.name)
    expect(fast.types).toBe(base.types)
    expect(fast.validate).toBe(base.validate)
    expect(fast.encode).toBe(base.encode)
    expect(withFastGuard(t.partial({ arn: t.string }))).toBeInstanceOf(t.PartialType)
    expect(withFastGuard(t.type({ arn: t.string }))).toBeInstanceOf(t.InterfaceType)
    expect(AssumedRoleIdentity).toBeInstanceOf(t.IntersectionType)
    expect(SessionContext).toBeInstanceOf(t.PartialType)
  })

  it('decode returns the very input object, and encode gives it back', () => {
    const identity = { type: 'AssumedRole', arn: 'arn:aws:sts::111122223333:assumed-role/Admin/alice', extra: { kept: true } }
    const record = JSON.parse(
      '{"eventVersion":"1.08","eventTime":"2024-05-01T08:00:00Z","eventSource":"sts.amazonaws.com","eventName":"GetCallerIdentity","__proto__":{"x":1},"userIdentity":' +
        JSON.stringify(identity) +
        '}',
    ) as unknown
    const decoded = EventRecord.decode(record)
    expect(decoded._tag === 'Right' && decoded.right).toBe(record)
    if (decoded._tag === 'Right') expect(EventRecord.encode(decoded.right)).toStrictEqual(record)
    const session = SessionContext.decode({ attributes: { mfaAuthenticated: 'false' } })
    expect(session._tag).toBe('Right')
  })
})
