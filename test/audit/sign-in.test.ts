/**
 * signInSummary and signInAdditionalData (cloudtrail-codecs/audit) on the sign-in events of `signin`
 * (cloudtrail-codecs/aws/signin): every fixture of test/events/signin/ (AWS documentation examples and records
 * composed in the documented shapes) and every sign-in record of the shared corpus (../shared/corpus/records)
 * sums up as the raw record says, and reads its additionalEventData typed, the very object; the codecs of
 * Identity Center's serviceEventDetails.
 */
import { describe, expect, it } from 'vitest'
import {
  CredentialChallengeServiceEventDetails,
  CredentialVerificationServiceEventDetails,
  UserAuthenticationServiceEventDetails,
  signInAdditionalData,
  signInSummary,
} from '../../src/audit/index.js'
import type { SignInSummary } from '../../src/audit/index.js'
import { awsServices } from '../../src/aws/index.js'
import { signin } from '../../src/aws/signin/index.js'
import type { SigninEvent } from '../../src/aws/signin/index.js'
import { succeeded } from '../../src/identity/index.js'
import { parseRecords } from '../../src/parse/parse-records.js'
import { isInsightRecord } from '../../src/record/record.js'
import { corpusAvailable, corpusFiles, readCorpusText } from '../support/corpus.js'
import { readFixture } from '../aws/trustedadvisor/service-suite.js'

/** The console sign-in events, each with a fixture in test/events/signin/ (the API model's operations have none). */
const SIGN_IN_EVENTS = [
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
] as const

/** The fixture's records, decoded with the service, each narrowed by `signin.is`. */
function signinEvents(eventName: string): SigninEvent[] {
  const { records, issues } = parseRecords(readFixture('signin', eventName), { services: [signin] })
  expect(issues).toStrictEqual([])
  return records.map((record) => {
    if (!signin.is(record)) throw new Error(`${eventName}: not a sign-in event`)
    return record
  })
}

describe('signInAdditionalData', () => {
  it.each(SIGN_IN_EVENTS.map((name) => [name] as const))('reads the typed additionalEventData of every %s record, the very object', (eventName) => {
    for (const event of signinEvents(eventName)) {
      const data = signInAdditionalData(event)
      expect(data).toBe(event.additionalEventData ?? undefined)
    }
  })

  it('is undefined when additionalEventData is absent, null, or has a member of the wrong JSON type', () => {
    const [login] = signinEvents('ConsoleLogin')
    if (login === undefined) throw new Error('no record')
    expect(signInAdditionalData({ ...login, additionalEventData: null })).toBeUndefined()
    const { additionalEventData: _dropped, ...bare } = login
    expect(signInAdditionalData(bare)).toBeUndefined()
    expect(signInAdditionalData({ ...login, additionalEventData: { MFAUsed: true } })).toBeUndefined()
    expect(signInAdditionalData({ ...login, additionalEventData: 'a sentence' })).toBeUndefined()
  })

  it('reads any object for an operation that does not type it (the password-recovery events, the API model\'s operations)', () => {
    const [recovery] = signinEvents('PasswordRecoveryRequested')
    if (recovery === undefined) throw new Error('no record')
    const data = { Anything: [1] }
    expect(signInAdditionalData({ ...recovery, additionalEventData: data })).toBe(data)
    expect(signInAdditionalData({ ...recovery, additionalEventData: 'a sentence' })).toBeUndefined()
    expect(signInAdditionalData({ eventSource: 'signin.amazonaws.com', eventName: 'CreateOAuth2Token', additionalEventData: data })).toBe(data)
    expect(signInAdditionalData({ eventSource: 'signin.amazonaws.com', eventName: 'CreateOAuth2Token', additionalEventData: [data] })).toBeUndefined()
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
  it('covers every sign-in event', () => {
    expect(expectedSummaries.map(([name]) => name)).toStrictEqual([...SIGN_IN_EVENTS])
    expect(Object.keys(signin.operations).slice(-SIGN_IN_EVENTS.length)).toStrictEqual([...SIGN_IN_EVENTS])
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


describe('the codecs of serviceEventDetails (Identity Center sign-in steps)', () => {
  it('take the result under the event\'s own name, keep values AWS may add and unknown keys, and refuse another JSON type', () => {
    const codecs = [
      ['CredentialChallenge', CredentialChallengeServiceEventDetails],
      ['CredentialVerification', CredentialVerificationServiceEventDetails],
      ['UserAuthentication', UserAuthenticationServiceEventDetails],
    ] as const
    for (const [eventName, codec] of codecs) {
      expect(codec.is({ [eventName]: 'Success' }), eventName).toBe(true)
      expect(codec.is({ [eventName]: 'Pending', Other: 1 }), eventName).toBe(true)
      expect(codec.is({ [eventName]: true }), eventName).toBe(false)
      expect(codec.is(null), eventName).toBe(false)
      // every fixture record's serviceEventDetails
      for (const event of signinEvents(eventName)) expect(codec.is(event.serviceEventDetails), eventName).toBe(true)
    }
  })
})

type Raw = Readonly<Record<string, unknown>>
const field = (u: unknown, key: string): unknown => (typeof u === 'object' && u !== null ? (u as Raw)[key] : undefined)

describe.runIf(corpusAvailable())('the sign-in records of the shared corpus', () => {
  const found: Array<{ where: string; event: SigninEvent }> = []
  for (const file of corpusFiles('records')) {
    const { records } = parseRecords(readCorpusText('records', file), { services: awsServices })
    records.forEach((record, index) => {
      if (isInsightRecord(record) || record.eventSource !== 'signin.amazonaws.com') return
      if (signin.is(record)) found.push({ where: `${file}#${index}`, event: record })
    })
  }

  it('are 24', () => {
    expect(found).toHaveLength(24)
  })

  it('read their additionalEventData typed, the very object', () => {
    for (const { where, event } of found) expect(signInAdditionalData(event), where).toBe(event.additionalEventData)
  })

  it('sum up as the raw record says: result, outcome, MFAUsed, destination', () => {
    for (const { where, event } of found) {
      const summary = signInSummary(event)
      const result = field(event.responseElements, event.eventName) ?? field(event.serviceEventDetails, event.eventName)
      expect(typeof result, where).toBe('string')
      expect(summary.result, where).toBe(result)
      expect(summary.outcome, where).toBe(result === 'Failure' ? 'failure' : 'success')
      expect(succeeded(event), where).toBe(result !== 'Failure')
      const used = field(event.additionalEventData, 'MFAUsed')
      if (typeof used === 'string') expect(summary.mfaUsed, where).toBe(used.toLowerCase() === 'yes')
      expect(summary.destination, where).toBe(field(event.additionalEventData, 'LoginTo'))
    }
    const failures = found.filter(({ event }) => signInSummary(event).outcome === 'failure').map(({ where }) => where)
    expect(failures.sort()).toStrictEqual(['awsdocs-cloudtrail__3.json#0', 'awsdocs-cloudtrail__8.json#0', 'awsdocs-iam__6.json#0', 'awsdocs-sso__14.json#0'])
  })

})
