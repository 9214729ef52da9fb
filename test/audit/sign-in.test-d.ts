import { describe, expectTypeOf, it } from 'vitest'
import type { CloudTrailRecord } from '../../src/record/record.js'
import type { OperationName } from '../../src/services/service.js'
import { signInAdditionalData, signInSummary } from '../../src/audit/index.js'
import type { SigninAdditionalData, SigninEventName, SignInOutcome, SignInSummary } from '../../src/audit/index.js'
import { signin } from '../../src/aws/signin/index.js'
import type {
  ConsoleLoginAdditionalData,
  CredentialType,
  SigninEvent,
  UserAuthenticationAdditionalData,
} from '../../src/aws/signin/index.js'
import { describeCaller } from '../../src/identity/index.js'

declare const record: CloudTrailRecord

describe('the sign-in helpers of cloudtrail-codecs/audit', () => {
  it('type the additionalEventData of each event after switch (event.eventName)', () => {
    if (signin.is(record)) {
      switch (record.eventName) {
        case 'ConsoleLogin':
          expectTypeOf(signInAdditionalData(record)).toEqualTypeOf<ConsoleLoginAdditionalData | undefined>()
          expectTypeOf(signInAdditionalData(record)?.SamlProviderArn).toEqualTypeOf<string | null | undefined>()
          break
        case 'SwitchRole':
          expectTypeOf(signInAdditionalData(record)?.SwitchFrom).toEqualTypeOf<string | null | undefined>()
          break
        case 'UserAuthentication':
          expectTypeOf(signInAdditionalData(record)).toEqualTypeOf<UserAuthenticationAdditionalData | undefined>()
          expectTypeOf(signInAdditionalData(record)?.CredentialType).toEqualTypeOf<CredentialType | null | undefined>()
          break
        case 'PasswordRecoveryRequested':
          // an operation that does not type it: any object
          expectTypeOf(signInAdditionalData(record)).toEqualTypeOf<{ [key: string]: unknown } | undefined>()
          break
        default:
          break
      }
      // a sign-in event needs no cast to be summed up or described
      expectTypeOf(signInSummary(record)).toEqualTypeOf<SignInSummary>()
      expectTypeOf(signInSummary(record).outcome).toEqualTypeOf<SignInOutcome | undefined>()
      expectTypeOf(signInSummary(record).eventName).toEqualTypeOf<SigninEventName>()
      expectTypeOf(describeCaller(record).mfa).toEqualTypeOf<boolean | undefined>()
    }
  })

  it('type one operation’s event', () => {
    const u: unknown = record
    if (signin.operations.ConsoleLogin.is(u)) {
      expectTypeOf(u).toEqualTypeOf<SigninEvent<'ConsoleLogin'>>()
      expectTypeOf(signInAdditionalData(u)).toEqualTypeOf<SigninAdditionalData<'ConsoleLogin'> | undefined>()
    }
  })

  it('refuse a record that was not narrowed', () => {
    // @ts-expect-error: a generic record may be of any service
    signInSummary(record)
    // @ts-expect-error: a generic record may be of any service
    signInAdditionalData(record)
  })

  it('keep the eventNames and the operation table in step', () => {
    expectTypeOf<SigninEventName>().toEqualTypeOf<OperationName<typeof signin>>()
  })
})
