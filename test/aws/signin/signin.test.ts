/**
 * AWS Sign-In (`signin.amazonaws.com`): every operation against its fixture in test/events/signin/ (one log
 * file per event; AWS documentation examples — CloudTrail user guide "AWS Management Console sign-in events",
 * IAM user guide "Logging IAM and AWS STS API calls", IAM Identity Center user guide "Understanding IAM
 * Identity Center sign-in events" — and records composed in the documented shapes), the summary and typed
 * additionalEventData helpers, and the caller facts of the sign-in records.
 */
import * as t from 'io-ts'
import { describe, expect, it } from 'vitest'
import { awsServices, findService } from '../../../src/aws/index.js'
import * as signinEntry from '../../../src/aws/signin/index.js'
import {
  ConsoleLoginAdditionalData,
  ConsoleLoginResponse,
  SIGNIN_EVENT_SOURCE,
  signin,
  signinAdditionalDataCodecs,
  signInAdditionalData,
  signInSummary,
} from '../../../src/aws/signin/index.js'
import type { SignInSummary, SigninEvent } from '../../../src/aws/signin/index.js'
import { describeCaller, succeeded } from '../../../src/identity/index.js'
import { parseRecords } from '../../../src/parse/parse-records.js'
import { eventCodecOf, fixtureRecords, readFixture } from '../trustedadvisor/service-suite.js'

const operations = Object.entries(signin.operations)

/** The fixture's records, decoded with the service, each narrowed by `signin.is`. */
function signinEvents(eventName: string): SigninEvent[] {
  const { records, issues } = parseRecords(readFixture('signin', eventName), { services: [signin] })
  expect(issues).toStrictEqual([])
  return records.map((record) => {
    if (!signin.is(record)) throw new Error(`${eventName}: not a sign-in event`)
    return record
  })
}

describe('signin, the AWS Sign-In service', () => {
  it('is its own entry, in awsServices, found by its eventSource', () => {
    expect(signin.name).toBe('signin')
    expect(signin.title).toBe('AWS Sign-In')
    expect(signin.eventSource).toBe('signin.amazonaws.com')
    expect(SIGNIN_EVENT_SOURCE).toBe('signin.amazonaws.com')
    expect(awsServices).toContain(signin)
    expect(findService('signin.amazonaws.com')).toBe(signin)
  })

  it('types the documented sign-in events, and names two more whose shapes are unknown', () => {
    expect(Object.keys(signin.operations)).toStrictEqual([
      'ConsoleLogin',
      'CheckMfa',
      'SwitchRole',
      'ExitRole',
      'RenewRole',
      'GetSigninToken',
      'PasswordUpdated',
      'CredentialChallenge',
      'CredentialVerification',
      'UserAuthentication',
      'PasswordRecoveryRequested',
      'PasswordRecoveryCompleted',
    ])
    for (const operation of Object.values(signin.operations)) expect(operation.readOnly).toBe(false)
    const shapeless = operations.filter(([, op]) => op.request === t.unknown && op.response === t.unknown).map(([name]) => name)
    expect(shapeless).toStrictEqual(['PasswordRecoveryRequested', 'PasswordRecoveryCompleted'])
    // one additionalEventData codec per operation, in the same order
    expect(Object.keys(signinAdditionalDataCodecs)).toStrictEqual(Object.keys(signin.operations))
  })

  describe.each(operations)('%s', (eventName, operation) => {
    const typed = !(operation.request === t.unknown && operation.response === t.unknown)

    it('exports its XRequest, XResponse and XAdditionalData (typed operations), and no operation const', () => {
      const barrel = signinEntry as Readonly<Record<string, unknown>>
      expect(barrel[`${eventName}Request`]).toBe(typed ? operation.request : undefined)
      expect(barrel[`${eventName}Response`]).toBe(typed ? operation.response : undefined)
      expect(barrel[`${eventName}AdditionalData`]).toBe(
        typed ? signinAdditionalDataCodecs[eventName as keyof typeof signinAdditionalDataCodecs] : undefined,
      )
      expect(barrel[eventName]).toBeUndefined()
    })

    it('decodes its fixture through parseRecords with zero issues, each record narrowed by its guards only', () => {
      const text = readFixture('signin', eventName)
      const { records, issues, skipped } = parseRecords(text, { services: [signin] })
      expect(issues).toStrictEqual([])
      expect(skipped).toStrictEqual([])
      expect(records).toStrictEqual(fixtureRecords('signin', eventName))
      expect(records.length).toBeGreaterThan(0)
      for (const record of records) {
        expect(record).toMatchObject({ eventSource: SIGNIN_EVENT_SOURCE, eventName })
        expect(operation.is(record)).toBe(true)
        expect(operation.event.is(record)).toBe(true)
        expect(signin.is(record)).toBe(true)
        for (const [otherName, other] of operations) if (otherName !== eventName) expect(other.is(record)).toBe(false)
      }
    })

    it('round-trips: decode returns the record itself, encode gives it back deep-equal', () => {
      for (const [index, record] of fixtureRecords('signin', eventName).entries()) {
        const decoded = operation.event.decode(record)
        expect(decoded._tag).toBe('Right')
        if (decoded._tag !== 'Right') continue
        expect(decoded.right).toBe(record)
        expect(eventCodecOf(operation).encode(decoded.right)).toStrictEqual(fixtureRecords('signin', eventName)[index])
      }
    })

    it('reads the typed additionalEventData of every record, the very object', () => {
      for (const event of signinEvents(eventName)) {
        const data = signInAdditionalData(event)
        expect(data).toBe(event.additionalEventData ?? undefined)
      }
    })
  })

  it('rejects a result of the wrong JSON type, and reports it as an operation issue', () => {
    const [success] = fixtureRecords('signin', 'ConsoleLogin')
    const odd = { ...success, responseElements: { ConsoleLogin: true } }
    expect(signin.is(odd)).toBe(false)
    const { records, issues } = parseRecords(odd, { services: [signin] })
    expect(records).toStrictEqual([])
    expect(issues.map((issue) => [issue.kind, issue.path])).toStrictEqual([['operation', '$.responseElements.ConsoleLogin']])
    // without the service, it is a generic record
    expect(parseRecords(odd).records).toHaveLength(1)
  })

  it('keeps result values and flags AWS may add, and unknown keys', () => {
    expect(ConsoleLoginResponse.is({ ConsoleLogin: 'Pending', Reason: 'x' })).toBe(true)
    const data = { MFAUsed: 'YES', MobileVersion: 'No', NewKey: { nested: [1] } }
    expect(ConsoleLoginAdditionalData.decode(data)).toStrictEqual({ _tag: 'Right', right: data })
    expect(ConsoleLoginAdditionalData.is({ MFAUsed: true })).toBe(false)
  })

  it('shapeless events keep any payload and still narrow', () => {
    const [record] = fixtureRecords('signin', 'PasswordRecoveryRequested')
    const odd = { ...record, requestParameters: 'x', responseElements: [1] }
    expect(signin.operations.PasswordRecoveryRequested.is(odd)).toBe(true)
  })
})

describe('signInAdditionalData', () => {
  it('is undefined when additionalEventData is absent, null, or has a member of the wrong JSON type', () => {
    const [login] = signinEvents('ConsoleLogin')
    if (login === undefined) throw new Error('no record')
    expect(signInAdditionalData({ ...login, additionalEventData: null })).toBeUndefined()
    const { additionalEventData: _dropped, ...bare } = login
    expect(signInAdditionalData(bare)).toBeUndefined()
    expect(signInAdditionalData({ ...login, additionalEventData: { MFAUsed: true } })).toBeUndefined()
    expect(signInAdditionalData({ ...login, additionalEventData: 'a sentence' })).toBeUndefined()
  })
})

/** What a summary should say of each fixture record, in order (the other keys are checked below). */
const expectedSummaries: ReadonlyArray<readonly [string, ReadonlyArray<Partial<SignInSummary>>]> = [
  [
    'ConsoleLogin',
    [
      { outcome: 'success', result: 'Success', mfaUsed: true, mfaIdentifier: 'arn:aws:iam::111122223333:u2f/user/anaya/default-AAAAAAAABBBBBBBBCCCCCCCCDD', mobile: false },
      { outcome: 'failure', result: 'Failure', mfaUsed: true, errorMessage: 'Failed authentication' },
      { outcome: 'failure', result: 'Failure', mfaUsed: false, errorMessage: 'No username found in supplied account' },
      { outcome: 'success', mfaUsed: true, mfaIdentifier: 'arn:aws:iam::111122223333:mfa/root-account-mfa-device' }, // MFAUsed "YES"
      { outcome: 'success', mfaUsed: false, samlProviderArn: 'arn:aws:iam::111122223333:saml-provider/ExampleIdP', destination: 'https://console.aws.amazon.com/console/home' },
      { outcome: 'success', mfaUsed: false, samlProviderArn: undefined },
    ],
  ],
  ['CheckMfa', [{ outcome: 'success', mfaType: 'U2F MFA' }, { outcome: 'failure', mfaType: 'Virtual MFA' }]],
  [
    'SwitchRole',
    [
      { outcome: 'success', switchFrom: 'arn:aws:iam::111122223333:user/Alice', destination: 'https://console.aws.amazon.com/s3/home?region=us-east-1' },
      { outcome: 'failure', result: 'Failure' },
    ],
  ],
  ['ExitRole', [{ outcome: 'success', destination: 'https://console.aws.amazon.com/console/home' }]],
  ['RenewRole', [{ outcome: 'success', destination: 'https://console.aws.amazon.com/console/home' }]],
  ['GetSigninToken', [{ outcome: 'success', mfaUsed: false, mobile: false }, { outcome: 'failure', errorMessage: 'Session token expired' }]],
  ['PasswordUpdated', [{ outcome: 'success', mfaUsed: undefined }, { outcome: 'failure' }]],
  [
    'CredentialChallenge',
    [
      { outcome: 'success', credentialType: 'PASSWORD', authWorkflowId: '9de74b32-8362-4a01-a524-de21df59fd83', mfaUsed: undefined },
      { outcome: 'success', credentialType: 'TOTP', mfaUsed: undefined },
    ],
  ],
  [
    'CredentialVerification',
    [
      { outcome: 'success', result: 'Success' },
      { outcome: 'failure', result: 'Failure', errorMessage: undefined }, // no error: the result alone says it
    ],
  ],
  [
    'UserAuthentication',
    [
      { outcome: 'success', credentialType: 'PASSWORD,TOTP', mfaUsed: true, destination: 'https://d-1234567890.awsapps.com/start/' },
      { outcome: 'success', credentialType: 'EXTERNAL_IDP', mfaUsed: undefined },
      { outcome: 'success', credentialType: 'PASSWORD', mfaUsed: false },
      { outcome: 'success', credentialType: 'EXTERNAL_IDP', mfaUsed: undefined },
    ],
  ],
  ['PasswordRecoveryRequested', [{ outcome: 'success', result: 'Success' }]],
  ['PasswordRecoveryCompleted', [{ outcome: 'success', result: 'Success' }]],
]

describe('signInSummary', () => {
  it('covers every operation', () => {
    expect(expectedSummaries.map(([name]) => name)).toStrictEqual(Object.keys(signin.operations))
  })

  it.each(expectedSummaries)('sums up the %s fixture', (eventName, expected) => {
    const events = signinEvents(eventName)
    expect(events).toHaveLength(expected.length)
    events.forEach((event, index) => {
      const summary = signInSummary(event)
      expect(summary).toMatchObject({ eventName, ...expected[index] })
      expect(Object.keys(summary)).toStrictEqual([
        'eventName',
        'outcome',
        'result',
        'mfaUsed',
        'mfaType',
        'mfaIdentifier',
        'samlProviderArn',
        'destination',
        'credentialType',
        'mobile',
        'switchFrom',
        'authWorkflowId',
        'errorMessage',
      ])
      // the generic answer agrees with the sign-in's own outcome on every fixture
      expect(succeeded(event)).toBe(summary.outcome === 'success')
    })
  })

  it('reads the outcome from the error when the event writes no result, and leaves an unknown result undefined', () => {
    const [login] = signinEvents('ConsoleLogin')
    if (login === undefined) throw new Error('no record')
    expect(signInSummary({ ...login, responseElements: null }).outcome).toBe('success')
    expect(signInSummary({ ...login, responseElements: null, errorCode: 'Throttling' }).outcome).toBe('failure')
    expect(signInSummary({ ...login, responseElements: { ConsoleLogin: 'FAILURE' } }).outcome).toBe('failure')
    expect(signInSummary({ ...login, responseElements: { ConsoleLogin: 'Pending' } })).toMatchObject({ outcome: undefined, result: 'Pending' })
  })

  it('reads members of an unexpected JSON type as absent, and never throws', () => {
    const [login] = signinEvents('ConsoleLogin')
    if (login === undefined) throw new Error('no record')
    const odd = { ...login, additionalEventData: { MFAUsed: 1, LoginTo: ['x'], RedirectTo: 'https://console.aws.amazon.com/' }, responseElements: [] }
    expect(signInSummary(odd)).toMatchObject({ mfaUsed: undefined, destination: 'https://console.aws.amazon.com/', result: undefined, outcome: 'success' })
  })

  it('tells MFA from Identity Center credential types only for UserAuthentication', () => {
    const [authentication] = signinEvents('UserAuthentication')
    if (authentication === undefined) throw new Error('no record')
    const withTypes = (CredentialType: string) => signInSummary({ ...authentication, additionalEventData: { CredentialType } }).mfaUsed
    expect(withTypes('PASSWORD,WEBAUTHN')).toBe(true)
    expect(withTypes('RESYNC_TOTP')).toBe(true)
    expect(withTypes('EMAIL_OTP')).toBe(false)
    expect(withTypes('PASSWORD,PASSKEY')).toBeUndefined()
    expect(withTypes('')).toBeUndefined()
    const [challenge] = signinEvents('CredentialChallenge')
    if (challenge === undefined) throw new Error('no record')
    expect(signInSummary({ ...challenge, additionalEventData: { CredentialType: 'TOTP' } }).mfaUsed).toBeUndefined()
  })
})

describe('caller facts of the sign-in fixtures', () => {
  it('a role sign-in from an MFA session: the sign-in says no MFA, the session says MFA, the caller used MFA', () => {
    const roleSignIn = signinEvents('ConsoleLogin')[5]
    if (roleSignIn === undefined) throw new Error('no record')
    expect(signInSummary(roleSignIn).mfaUsed).toBe(false)
    expect(describeCaller(roleSignIn)).toMatchObject({ class: 'assumed-role', principalName: 'alice', mfa: true, mfaAuthenticated: true, mfaUsed: false })
  })

  it('a SAML sign-in without MFA anywhere is no MFA', () => {
    const samlSignIn = signinEvents('ConsoleLogin')[4]
    if (samlSignIn === undefined) throw new Error('no record')
    expect(describeCaller(samlSignIn)).toMatchObject({ principalName: 'alice@example.com', mfa: false, mfaAuthenticated: false, mfaUsed: false })
  })

  it('a switch to a role of another account is not cross-account: the role belongs to the account that received it', () => {
    const [switched, refused] = signinEvents('SwitchRole')
    expect(describeCaller(switched!)).toMatchObject({ principalName: 'Alice', accountId: '444455556666', crossAccount: false, mfa: true })
    // the refused switch is logged in the target account with the user of the other account
    expect(describeCaller(refused!)).toMatchObject({ principalName: 'Alice', accountId: '111122223333', recipientAccountId: '444455556666', crossAccount: true })
  })

  it('names every caller of the fixtures', () => {
    const names = Object.keys(signin.operations).flatMap((eventName) => signinEvents(eventName).map((event) => describeCaller(event).principalName))
    expect(names.filter((name) => name === undefined)).toStrictEqual([])
    expect(new Set(names)).toStrictEqual(
      new Set(['anaya', 'HIDDEN_DUE_TO_SECURITY_REASONS', 'root', 'alice@example.com', 'alice', 'Alice', 'broker-alice', 'user1']),
    )
  })

  it('names an Identity Center user by the sign-in’s UserName, as AWS recommends over userIdentity', () => {
    const identityCenter = signinEvents('UserAuthentication')[3]
    if (identityCenter === undefined) throw new Error('no record')
    expect(describeCaller(identityCenter)).toMatchObject({ class: 'identity-center-user', userName: undefined, principalName: 'alice@example.com' })
  })
})
