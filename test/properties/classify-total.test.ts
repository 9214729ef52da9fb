/**
 * Property 3: the caller helpers are total. `classifyCaller` and
 * `describeCaller` answer for any value, whether a decoded record, a decoded
 * identity, hostile JSON or an odd JavaScript value, and never throw.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { callerClasses, classifyCaller, credentialKinds, describeCaller } from '../../src/identity/index.js'
import type { CallerRecord, CallerSubject } from '../../src/identity/index.js'
import { hostileJson, hostileObject, identityArbitraries, oneOfLabelled, ownObject, propertyRuns, propertyTimeout, recordArbitraries } from '../support/arbitraries.js'
import { check } from './check-result.js'

const classes: ReadonlySet<string> = new Set(callerClasses)
const credentials: ReadonlySet<string> = new Set(credentialKinds)

/** Records whose `userIdentity` is hostile JSON, or a valid identity with unknown keys. */
const recordWithAnyIdentity = fc
  .tuple(hostileObject, fc.oneof(hostileJson, oneOfLabelled(identityArbitraries({ extraKeys: true })).map((l) => l.value)))
  .map(([fields, identity]) => ownObject([...Object.entries(fields), ['userIdentity', identity]]))

const anySubject: fc.Arbitrary<unknown> = fc.oneof(
  hostileJson,
  recordWithAnyIdentity,
  oneOfLabelled(recordArbitraries({ extraKeys: true })).map((l) => l.value),
  oneOfLabelled(identityArbitraries({ extraKeys: true })).map((l) => l.value),
  fc.anything({ maxDepth: 3, maxKeys: 5, withNullPrototype: true, withSparseArray: true, withBigInt: true, withMap: true }),
)

/** Checks one description: every field has its documented type. */
function checkDescription(subject: unknown): void {
  const description = describeCaller(subject as CallerRecord)
  const shown = (): string => `${JSON.stringify(description)} for ${String(JSON.stringify(subject, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v)))}`
  check(classes.has(description.class), () => `class: ${shown()}`)
  check(credentials.has(description.credential), () => `credential: ${shown()}`)
  for (const flag of [description.console, description.assumedRoot, description.anonymous, description.crossAccount]) {
    check(typeof flag === 'boolean', () => `flags: ${shown()}`)
  }
  check(description.mfa === undefined || typeof description.mfa === 'boolean', () => `mfa: ${shown()}`)
  const texts = [
    description.identityType,
    description.accountId,
    description.principalId,
    description.arn,
    description.userName,
    description.issuerType,
    description.issuerArn,
    description.issuerName,
    description.sessionName,
    description.permissionSet,
    description.accessKeyId,
    description.invokedBy,
    description.delegateAccountId,
    description.sourceIdentity,
    description.recipientAccountId,
  ]
  check(
    texts.every((text) => text === undefined || typeof text === 'string'),
    () => `text fields: ${shown()}`,
  )
}

describe('classifyCaller and describeCaller are total', () => {
  it(
    `classifyCaller answers a documented class for any value (${propertyRuns} runs)`,
    () => {
      fc.assert(
        fc.property(anySubject, (subject) => {
          const answer = classifyCaller(subject as CallerSubject)
          check(classes.has(answer), () => `classifyCaller returned ${String(answer)}`)
        }),
        { numRuns: propertyRuns },
      )
    },
    propertyTimeout,
  )

  it(
    `describeCaller answers a well-typed description for any value (${propertyRuns} runs)`,
    () => {
      fc.assert(
        fc.property(anySubject, (subject) => checkDescription(subject)),
        { numRuns: propertyRuns },
      )
    },
    propertyTimeout,
  )

  it('answers for the edge values: nothing, null, primitives, arrays and objects without a prototype', () => {
    const edges: unknown[] = [undefined, null, 0, '', 'Root', true, [], [{ type: 'Root' }], Object.create(null), { userIdentity: Object.create(null) }]
    for (const edge of edges) {
      expect(classes.has(classifyCaller(edge as CallerSubject))).toBe(true)
      checkDescription(edge)
    }
  })
})
