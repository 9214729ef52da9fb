import { describe, expectTypeOf, it } from 'vitest'
import type { CloudTrailRecord } from '../../../src/record/record.js'
import type { OperationName } from '../../../src/services/service.js'
import { signin, signInAdditionalData, signInSummary } from '../../../src/aws/signin/index.js'
import type {
  ConsoleLoginAdditionalData,
  CredentialType,
  SigninAdditionalData,
  SigninEvent,
  SigninEventName,
  SigninResult,
  SignInOutcome,
  SignInSummary,
  UserAuthenticationAdditionalData,
  UserAuthenticationResponse,
} from '../../../src/aws/signin/index.js'
import { describeCaller } from '../../../src/identity/index.js'

declare const record: CloudTrailRecord

describe('narrowing sign-in records', () => {
  it('types the result of each event after switch (event.eventName)', () => {
    if (signin.is(record)) {
      switch (record.eventName) {
        case 'ConsoleLogin':
          expectTypeOf(record.responseElements?.ConsoleLogin).toEqualTypeOf<SigninResult | undefined>()
          expectTypeOf(signInAdditionalData(record)).toEqualTypeOf<ConsoleLoginAdditionalData | undefined>()
          expectTypeOf(signInAdditionalData(record)?.SamlProviderArn).toEqualTypeOf<string | undefined>()
          // @ts-expect-error: the member is ConsoleLogin, the event's own name
          void record.responseElements?.SwitchRole
          break
        case 'SwitchRole':
          expectTypeOf(record.responseElements?.SwitchRole).toEqualTypeOf<SigninResult | undefined>()
          expectTypeOf(signInAdditionalData(record)?.SwitchFrom).toEqualTypeOf<string | undefined>()
          break
        case 'UserAuthentication':
          // the result is in serviceEventDetails: responseElements is any object
          expectTypeOf(record.responseElements).toEqualTypeOf<UserAuthenticationResponse | null | undefined>()
          expectTypeOf(signInAdditionalData(record)).toEqualTypeOf<UserAuthenticationAdditionalData | undefined>()
          expectTypeOf(signInAdditionalData(record)?.CredentialType).toEqualTypeOf<CredentialType | undefined>()
          break
        case 'PasswordRecoveryRequested':
          expectTypeOf(record.responseElements).toEqualTypeOf<unknown>()
          break
        default:
          expectTypeOf(record.eventName).toEqualTypeOf<
            | 'CheckMfa'
            | 'ExitRole'
            | 'RenewRole'
            | 'GetSigninToken'
            | 'PasswordUpdated'
            | 'CredentialChallenge'
            | 'CredentialVerification'
            | 'PasswordRecoveryCompleted'
          >()
      }
      // a sign-in event needs no cast to be summed up or described
      expectTypeOf(signInSummary(record)).toEqualTypeOf<SignInSummary>()
      expectTypeOf(signInSummary(record).outcome).toEqualTypeOf<SignInOutcome | undefined>()
      expectTypeOf(signInSummary(record).eventName).toEqualTypeOf<SigninEventName>()
      expectTypeOf(describeCaller(record).mfa).toEqualTypeOf<boolean | undefined>()
    }
  })

  it('types one operation’s guard as the service event of that name', () => {
    const u: unknown = record
    if (signin.operations.ConsoleLogin.is(u)) {
      expectTypeOf(u).toEqualTypeOf<SigninEvent<'ConsoleLogin'>>()
      expectTypeOf(signInAdditionalData(u)).toEqualTypeOf<SigninAdditionalData<'ConsoleLogin'> | undefined>()
    }
  })

  it('refuses a record that was not narrowed', () => {
    // @ts-expect-error: a generic record may be of any service
    signInSummary(record)
    // @ts-expect-error: a generic record may be of any service
    signInAdditionalData(record)
  })

  it('keeps the additionalEventData table and the operation table in step', () => {
    expectTypeOf<SigninEventName>().toEqualTypeOf<OperationName<typeof signin>>()
  })
})
