import { describe, expectTypeOf, it } from 'vitest'
import type { InScopeOf, OnBehalfOf, SessionAttributes, SessionContext, SessionIssuer } from '../../src/identity/session-context.js'
import type { AssumedRoleIdentity, UntypedIdentity } from '../../src/identity/user-identity.js'
import type { Addendum, EventType, Resource, TlsDetails } from '../../src/record/index.js'
import type { EventRecord, InsightRecord } from '../../src/record/record.js'

declare const record: EventRecord
declare const insight: InsightRecord
declare const role: AssumedRoleIdentity
declare const untyped: UntypedIdentity
declare const context: SessionContext
declare const issuer: SessionIssuer
declare const attributes: SessionAttributes

describe('the types show that an optional member may be null', () => {
  it('the record’s optional fields', () => {
    expectTypeOf(record.errorCode).toEqualTypeOf<string | null | undefined>()
    expectTypeOf(record.eventID).toEqualTypeOf<string | null | undefined>()
    expectTypeOf(record.readOnly).toEqualTypeOf<boolean | null | undefined>()
    expectTypeOf(record.eventType).toEqualTypeOf<EventType | null | undefined>()
    expectTypeOf(record.resources).toEqualTypeOf<Resource[] | null | undefined>()
    expectTypeOf(record.tlsDetails).toEqualTypeOf<TlsDetails | null | undefined>()
    expectTypeOf(record.addendum).toEqualTypeOf<Addendum | null | undefined>()
    expectTypeOf(insight.recipientAccountId).toEqualTypeOf<string | null | undefined>()
  })

  it('the members of the objects inside the record', () => {
    expectTypeOf<Resource['ARN']>().toEqualTypeOf<string | null | undefined>()
    expectTypeOf<TlsDetails['tlsVersion']>().toEqualTypeOf<string | null | undefined>()
    expectTypeOf<Addendum['originalEventID']>().toEqualTypeOf<string | null | undefined>()
    expectTypeOf<Addendum['reason']>().not.toEqualTypeOf<null>()
  })

  it('the identity’s members, its session context and what is inside', () => {
    expectTypeOf(role.arn).toEqualTypeOf<string | null | undefined>()
    expectTypeOf(role.sessionContext).toEqualTypeOf<SessionContext | null | undefined>()
    expectTypeOf(role.inScopeOf).toEqualTypeOf<InScopeOf | null | undefined>()
    expectTypeOf(role.onBehalfOf).toEqualTypeOf<OnBehalfOf | null | undefined>()
    expectTypeOf(role.type).toEqualTypeOf<'AssumedRole'>()
    expectTypeOf(untyped.type).toEqualTypeOf<null | undefined>()
    expectTypeOf(context.sessionIssuer).toEqualTypeOf<SessionIssuer | null | undefined>()
    expectTypeOf(context.sourceIdentity).toEqualTypeOf<string | null | undefined>()
    expectTypeOf(issuer.arn).toEqualTypeOf<string | null | undefined>()
    expectTypeOf(attributes.mfaAuthenticated).toEqualTypeOf<'true' | 'false' | null | undefined>()
  })

  it('the four required fields are never null', () => {
    expectTypeOf(record.eventVersion).toEqualTypeOf<string>()
    expectTypeOf(record.eventSource).toEqualTypeOf<string>()
    expectTypeOf(record.eventName).toEqualTypeOf<string>()
  })
})
