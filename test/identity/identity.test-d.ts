import { describe, expectTypeOf, it } from 'vitest'
import { classifyCaller, describeCaller, isKnownIdentity, succeeded } from '../../src/identity/index.js'
import type {
  CallerClass,
  CallerDescription,
  CredentialKind,
  KnownIdentityType,
  OnBehalfOf,
  SessionContext,
  UserIdentity,
} from '../../src/identity/index.js'
import type { CloudTrailRecord } from '../../src/record/index.js'

declare const identity: UserIdentity
declare const record: CloudTrailRecord

describe('userIdentity narrowing', () => {
  // `.exclude<null | undefined>()`: whether an absent member may also be written `null` is the record codecs' call
  it('types sessionContext after isKnownIdentity and case AssumedRole, and the switch is exhaustive', () => {
    if (isKnownIdentity(identity)) {
      switch (identity.type) {
        case 'AssumedRole':
          expectTypeOf(identity.sessionContext).exclude<null | undefined>().toEqualTypeOf<SessionContext>()
          expectTypeOf(identity.onBehalfOf).exclude<null | undefined>().toEqualTypeOf<OnBehalfOf>()
          break
        case 'Root':
        case 'IAMUser':
        case 'Role':
        case 'FederatedUser':
          expectTypeOf(identity.sessionContext).exclude<null | undefined>().toEqualTypeOf<SessionContext>()
          break
        case 'SAMLUser':
        case 'WebIdentityUser':
          expectTypeOf(identity.identityProvider).exclude<null | undefined>().toEqualTypeOf<string>()
          break
        case 'IdentityCenterUser':
          expectTypeOf(identity.credentialId).exclude<null | undefined>().toEqualTypeOf<string>()
          break
        case 'AWSAccount':
        case 'AWSService':
        case 'Directory':
        case 'Unknown':
          expectTypeOf(identity.accountId).exclude<null | undefined>().toEqualTypeOf<string>()
          break
        default:
          expectTypeOf(identity).toBeNever()
      }
    }
  })

  it('does not narrow on a bare type comparison, since an unrecognized type is any string', () => {
    if (identity.type === 'AssumedRole') {
      // @ts-expect-error an UnrecognizedIdentity of type "AssumedRole" has no typed sessionContext
      void identity.sessionContext
    }
  })

  it('names the documented types', () => {
    expectTypeOf<KnownIdentityType>().toEqualTypeOf<
      | 'Root'
      | 'IAMUser'
      | 'AssumedRole'
      | 'Role'
      | 'FederatedUser'
      | 'AWSAccount'
      | 'AWSService'
      | 'SAMLUser'
      | 'WebIdentityUser'
      | 'IdentityCenterUser'
      | 'Directory'
      | 'Unknown'
    >()
  })
})

describe('caller classification', () => {
  it('classifyCaller returns the literal union, for a record, an identity or nothing', () => {
    expectTypeOf(classifyCaller(record)).toEqualTypeOf<CallerClass>()
    expectTypeOf(classifyCaller(record.userIdentity)).toEqualTypeOf<CallerClass>()
    expectTypeOf(classifyCaller(identity)).toEqualTypeOf<CallerClass>()
    expectTypeOf(classifyCaller(null)).toEqualTypeOf<CallerClass>()
    expectTypeOf<CallerClass>().toEqualTypeOf<
      | 'root'
      | 'iam-user'
      | 'assumed-role'
      | 'role'
      | 'federated-user'
      | 'identity-center-user'
      | 'saml-user'
      | 'web-identity-user'
      | 'aws-service'
      | 'aws-account'
      | 'directory'
      | 'undetermined'
      | 'unknown'
      | 'none'
    >()
  })

  it('describeCaller takes any decoded record and returns the description', () => {
    const description = describeCaller(record)
    expectTypeOf(description).toEqualTypeOf<CallerDescription>()
    expectTypeOf(description.class).toEqualTypeOf<CallerClass>()
    expectTypeOf(description.credential).toEqualTypeOf<CredentialKind>()
    expectTypeOf<CredentialKind>().toEqualTypeOf<'long-term' | 'temporary' | 'none' | 'unknown'>()
    expectTypeOf(description.identityCenterUser).toEqualTypeOf<OnBehalfOf | undefined>()
    expectTypeOf(description.mfa).toEqualTypeOf<boolean | undefined>()
    expectTypeOf(description.mfaAuthenticated).toEqualTypeOf<boolean | undefined>()
    expectTypeOf(description.mfaUsed).toEqualTypeOf<boolean | undefined>()
    expectTypeOf(description.principalName).toEqualTypeOf<string | undefined>()
    expectTypeOf(description.crossAccount).toEqualTypeOf<boolean>()
  })

  it('succeeded takes any decoded record and answers a boolean', () => {
    expectTypeOf(succeeded(record)).toEqualTypeOf<boolean>()
    expectTypeOf(succeeded({ errorCode: 'AccessDenied' })).toEqualTypeOf<boolean>()
    // @ts-expect-error errorCode is a string
    succeeded({ errorCode: 403 })
  })

  it('refuses values that are neither a record nor an identity', () => {
    // @ts-expect-error a string is not an identity
    classifyCaller('IAMUser')
    // @ts-expect-error an identity is not a record
    describeCaller({ type: 'IAMUser' })
  })
})
