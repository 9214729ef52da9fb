import { describe, expectTypeOf, it } from 'vitest'
import type { CloudTrailRecord } from '../../../src/record/record.js'
import { signin } from '../../../src/aws/signin/index.js'
import type {
  ConsoleLoginAdditionalData,
  ConsoleLoginRequest,
  ConsoleLoginResponse,
  CredentialType,
  PasswordUpdatedAdditionalData,
  SigninEvent,
  SigninResult,
  UserAuthenticationAdditionalData,
  UserAuthenticationResponse,
  YesNo,
} from '../../../src/aws/signin/index.js'
import { describeCaller } from '../../../src/identity/index.js'

declare const record: CloudTrailRecord

describe('narrowing sign-in records', () => {
  it('types the result and the additionalEventData of each event after switch (event.eventName)', () => {
    if (signin.is(record)) {
      switch (record.eventName) {
        case 'ConsoleLogin':
          expectTypeOf(record.requestParameters).toEqualTypeOf<ConsoleLoginRequest | null | undefined>()
          expectTypeOf(record.responseElements).toEqualTypeOf<ConsoleLoginResponse | null | undefined>()
          expectTypeOf(record.responseElements?.ConsoleLogin).toEqualTypeOf<SigninResult | null | undefined>()
          expectTypeOf(record.additionalEventData).toEqualTypeOf<ConsoleLoginAdditionalData | null | undefined>()
          // a root console sign-in without MFA needs no cast
          expectTypeOf(record.additionalEventData?.MFAUsed).toEqualTypeOf<YesNo | null | undefined>()
          expectTypeOf(record.additionalEventData?.SamlProviderArn).toEqualTypeOf<string | null | undefined>()
          // @ts-expect-error: the member is ConsoleLogin, the event's own name
          void record.responseElements?.SwitchRole
          break
        case 'SwitchRole':
          expectTypeOf(record.responseElements?.SwitchRole).toEqualTypeOf<SigninResult | null | undefined>()
          expectTypeOf(record.additionalEventData?.SwitchFrom).toEqualTypeOf<string | null | undefined>()
          break
        case 'UserAuthentication':
          // the result is in serviceEventDetails: responseElements is any object
          expectTypeOf(record.responseElements).toEqualTypeOf<UserAuthenticationResponse | null | undefined>()
          expectTypeOf(record.additionalEventData).toEqualTypeOf<UserAuthenticationAdditionalData | null | undefined>()
          expectTypeOf(record.additionalEventData?.CredentialType).toEqualTypeOf<CredentialType | null | undefined>()
          break
        case 'PasswordUpdated':
          expectTypeOf(record.additionalEventData).toEqualTypeOf<PasswordUpdatedAdditionalData | null | undefined>()
          break
        case 'PasswordRecoveryRequested':
          expectTypeOf(record.responseElements).toEqualTypeOf<unknown>()
          expectTypeOf(record.additionalEventData).toEqualTypeOf<unknown>()
          break
        case 'CreateOAuth2Token':
          // an operation of the AWS Sign-In API, typed from its model
          expectTypeOf(record.requestParameters?.tokenInput?.clientId).toEqualTypeOf<string | null | undefined>()
          expectTypeOf(record.additionalEventData).toEqualTypeOf<unknown>()
          break
        default:
          expectTypeOf(record.eventName).toEqualTypeOf<
            | 'CreateOAuth2TokenWithIAM'
            | 'DeleteConsoleAuthorizationConfiguration'
            | 'DeleteResourcePermissionStatement'
            | 'GetConsoleAuthorizationConfiguration'
            | 'GetResourcePolicy'
            | 'IntrospectOAuth2TokenWithIAM'
            | 'ListResourcePermissionStatements'
            | 'PutConsoleAuthorizationConfiguration'
            | 'PutResourcePermissionStatement'
            | 'RevokeOAuth2TokenWithIAM'
            | 'CheckMfa'
            | 'ExitRole'
            | 'RenewRole'
            | 'GetSigninToken'
            | 'CredentialChallenge'
            | 'CredentialVerification'
            | 'PasswordRecoveryCompleted'
          >()
      }
      // a sign-in event needs no cast to be described
      expectTypeOf(describeCaller(record).mfa).toEqualTypeOf<boolean | undefined>()
    }
  })

  it('types one operation’s guard as the service event of that name', () => {
    const u: unknown = record
    if (signin.operations.ConsoleLogin.is(u)) {
      expectTypeOf(u).toEqualTypeOf<SigninEvent<'ConsoleLogin'>>()
      expectTypeOf(u.additionalEventData).toEqualTypeOf<ConsoleLoginAdditionalData | null | undefined>()
    }
  })

  it('exports the value lists as open unions', () => {
    expectTypeOf<'Success'>().toMatchTypeOf<SigninResult>()
    expectTypeOf<'YES'>().toMatchTypeOf<YesNo>()
    expectTypeOf<'PASSWORD,TOTP'>().toMatchTypeOf<CredentialType>()
  })
})
