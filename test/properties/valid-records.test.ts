/**
 * Property 2: valid records, derived from the codecs themselves (every typed
 * operation of every service, every identity variant, generic and Insights
 * records), decode with no issue, come back as the very objects given, and
 * round-trip through `encode` and through JSON text unchanged; unknown keys,
 * `__proto__`, `constructor` and `prototype` among them, survive as own data.
 */
import fc from 'fast-check'
import type * as t from 'io-ts'
import { describe, expect, it } from 'vitest'
import { isKnownIdentity, knownIdentityCodecs, UserIdentity } from '../../src/identity/index.js'
import { parseRecords, parseRecordsAsync, streamRecords } from '../../src/parse/index.js'
import { CloudTrailRecord, EventRecord } from '../../src/record/index.js'
import { awsServices, findService } from '../../src/aws/index.js'
import {
  arbitraryOf,
  identityArbitraries,
  oneOfLabelled,
  operationsByService,
  propertyRuns,
  propertyTimeout,
  recordArbitraries,
} from '../support/arbitraries.js'
import type { Labelled } from '../support/arbitraries.js'
import { check, expectSameJson } from './check-result.js'

const encoder = new TextEncoder()

/** Every typed service: the payloads of their operations are checked while parsing. */
const services = awsServices

/** The codec that must accept a record: its operation's event codec, or the generic record codec. */
function codecOf(record: unknown): t.Type<unknown, unknown, unknown> {
  const { eventSource, eventName } = record as { eventSource?: unknown; eventName?: unknown }
  const operation = typeof eventSource === 'string' && typeof eventName === 'string' ? findService(eventSource)?.operation(eventName) : undefined
  return (operation?.event ?? CloudTrailRecord) as unknown as t.Type<unknown, unknown, unknown>
}

/**
 * Checks one valid record: it decodes with no issue as the very object given,
 * `encode(decode(x))` deep-equals `x`, and its JSON text reads back equal.
 */
function expectRoundTrip(record: unknown): void {
  const codec = codecOf(record)
  const decoded = codec.decode(record)
  check(decoded._tag === 'Right', () => `${codec.name} rejects ${JSON.stringify(record)}`)
  check(decoded.right === record, () => 'decode returned a copy')
  // The round trip: encode(decode(x)) deep-equals x (and is x itself: nothing is copied).
  expect(codec.encode(decoded.right)).toStrictEqual(record)
  check(codec.encode(decoded.right) === record, () => 'encode returned a copy')
  if (codec !== (CloudTrailRecord as unknown)) check(awsServices.some((service) => service.is(record)), () => `no service of awsServices accepts ${JSON.stringify(record)}`)

  const fromValue = parseRecords([record], { services })
  check(fromValue.issues.length === 0, () => `issues: ${fromValue.issues.map((i) => i.message).join('\n')}`)
  check(fromValue.records.length === 1 && fromValue.records[0] === record, () => 'parseRecords did not return the very record')

  const fromText = parseRecords(JSON.stringify({ Records: [record] }), { services })
  check(fromText.issues.length === 0, () => `issues from text: ${fromText.issues.map((i) => i.message).join('\n')}`)
  check(fromText.records.length === 1, () => `${fromText.records.length} records from text`)
  // Through JSON text the record is a copy; toStrictEqual of two copies fails on an own `constructor` key
  // (vitest compares `a.constructor`), so the copy is compared by firstDifference, which is as strict.
  expectSameJson(fromText.records[0], record)
}

/** Runs the round trip over labelled arbitraries and checks that every label was reached. */
function roundTripProperty(labelled: ReadonlyArray<Labelled>): void {
  const seen = new Set<string>()
  fc.assert(
    fc.property(oneOfLabelled(labelled), ({ label, value }) => {
      seen.add(label)
      expectRoundTrip(value)
    }),
    { numRuns: propertyRuns },
  )
  expect([...seen].sort()).toStrictEqual(labelled.map((l) => l.label).sort())
}

const records = recordArbitraries()

describe('valid records decode with no issue and round-trip (toStrictEqual)', () => {
  it('the arbitraries cover every operation of every service, generic and Insights records', () => {
    const operations = operationsByService.flatMap(({ operations: ops }) => ops.map((op) => `${op.eventSource} ${op.eventName}`))
    expect(records.map((r) => r.label).sort()).toStrictEqual([...operations, 'generic event record', 'Insights record'].sort())
    expect(operations.length).toBeGreaterThanOrEqual(70)
  })

  for (const { service, operations } of operationsByService) {
    const labels = new Set(operations.map((op) => `${op.eventSource} ${op.eventName}`))
    it(
      `every ${service} operation's event codec (${operations.length} operations, ${propertyRuns} runs)`,
      () => roundTripProperty(records.filter((r) => labels.has(r.label))),
      propertyTimeout,
    )
  }

  it(
    `generic event records and Insights records (${propertyRuns} runs)`,
    () => roundTripProperty(records.filter((r) => r.label === 'generic event record' || r.label === 'Insights record')),
    propertyTimeout,
  )

  it(
    `records of every userIdentity variant (${propertyRuns} runs)`,
    () => {
      const variants = identityArbitraries()
      expect(variants.map((v) => v.label)).toStrictEqual([...knownIdentityCodecs.keys(), 'untyped', 'unrecognized'])
      const withIdentity = variants.map(({ label, arbitrary }) => ({
        label,
        arbitrary: fc
          .tuple(arbitraryOf(EventRecord), arbitrary)
          .filter(([record]) => codecOf(record) === (CloudTrailRecord as unknown))
          .map(([record, identity]) => ({ ...(record as object), userIdentity: identity })),
      }))
      roundTripProperty(withIdentity)
    },
    propertyTimeout,
  )

  it(
    `every userIdentity variant decodes as itself, and only known types pass isKnownIdentity (${propertyRuns} runs)`,
    () => {
      fc.assert(
        fc.property(oneOfLabelled(identityArbitraries()), ({ label, value }) => {
          const decoded = UserIdentity.decode(value)
          check(decoded._tag === 'Right', () => `UserIdentity rejects the ${label} identity ${JSON.stringify(value)}`)
          check(decoded.right === value, () => 'decode returned a copy')
          expect(UserIdentity.encode(decoded.right)).toStrictEqual(value)
          check(isKnownIdentity(value) === knownIdentityCodecs.has(label), () => `isKnownIdentity is wrong for the ${label} identity ${JSON.stringify(value)}`)
        }),
        { numRuns: propertyRuns },
      )
    },
    propertyTimeout,
  )
})

/** Visits every object and array inside a value, without recursion. */
function everyContainer(root: unknown, visit: (container: object) => void): void {
  const stack: unknown[] = [root]
  while (stack.length > 0) {
    const value = stack.pop()
    if (typeof value !== 'object' || value === null) continue
    visit(value)
    for (const key of Object.keys(value)) stack.push((value as Record<string, unknown>)[key])
  }
}

/** Every object has the plain prototype it was parsed with: no `__proto__` key became a prototype. */
function expectPlainPrototypes(value: unknown): void {
  everyContainer(value, (container) => {
    const prototype = Object.getPrototypeOf(container) as unknown
    check(prototype === Object.prototype || prototype === Array.prototype, () => `an object with another prototype in ${JSON.stringify(value)}`)
  })
}

/** Adds own `__proto__`, `constructor` and `prototype` keys to a record's JSON text, as an attacker would write them. */
function withDangerousKeys(recordText: string): string {
  return `${recordText.slice(0, -1)},"__proto__":{"polluted":"record"},"constructor":{"prototype":{"polluted":"record"}},"prototype":{"polluted":"record"}}`
}

describe('valid records with unknown keys (__proto__, constructor, prototype among them) keep them as own data', () => {
  const extended = recordArbitraries({ extraKeys: true })

  it(
    `through parseRecords, parseRecordsAsync and streamRecords, and decode/encode (${propertyRuns} runs)`,
    async () => {
      const seen = new Set<string>()
      await fc.assert(
        fc.asyncProperty(oneOfLabelled(extended), async ({ label, value }) => {
          seen.add(label)
          const text = withDangerousKeys(JSON.stringify(value))
          const expected = JSON.parse(text) as Record<string, unknown>
          const expectedText = JSON.stringify(expected)
          check(Object.hasOwn(expected, '__proto__'), () => 'JSON.parse made __proto__ an own key')

          const codec = codecOf(expected)
          const decoded = codec.decode(expected)
          check(decoded._tag === 'Right', () => `${codec.name} rejects ${expectedText}`)
          check(decoded.right === expected && codec.encode(decoded.right) === expected, () => `${label}: decode or encode copied the record`)

          const bytes = encoder.encode(`{"Records":[${text}]}`)
          const streamed: unknown[] = []
          for await (const entry of streamRecords(bytes, { services })) streamed.push(entry.kind === 'record' ? entry.record : entry)
          const outcomes = [
            parseRecords(`{"Records":[${text}]}`, { services }),
            parseRecords(text, { services }),
            await parseRecordsAsync(bytes, { services }),
            { records: streamed, issues: [] },
          ]
          for (const outcome of outcomes) {
            check(outcome.issues.length === 0 && outcome.records.length === 1, () => `${label}: ${JSON.stringify(outcome.issues)}`)
            const record = outcome.records[0] as Record<string, unknown>
            expectSameJson(record, expected)
            check(JSON.stringify(record) === expectedText, () => `${label}: keys out of order in ${JSON.stringify(record)}`)
            check(Object.hasOwn(record, '__proto__') && Object.hasOwn(record, 'constructor') && Object.hasOwn(record, 'prototype'), () => 'own keys lost')
            expectPlainPrototypes(record)
          }
          check(({} as Record<string, unknown>)['polluted'] === undefined, () => 'Object.prototype polluted')
        }),
        { numRuns: propertyRuns },
      )
      expect(seen.size).toBe(extended.length)
    },
    propertyTimeout,
  )
})
