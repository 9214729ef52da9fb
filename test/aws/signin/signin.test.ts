/**
 * AWS Sign-In (`signin.amazonaws.com`), generated from the AWS Sign-In API model with the console sign-in events
 * of its overlay (codegen/overlays/signin.ts): every sign-in event against its fixture in test/events/signin/
 * (one log file per event; AWS documentation examples — CloudTrail user guide "AWS Management Console sign-in
 * events", IAM user guide "Logging IAM and AWS STS API calls", IAM Identity Center user guide "Understanding IAM
 * Identity Center sign-in events" — and records composed in the documented shapes), their typed
 * additionalEventData, the operations of the API model, and the caller facts of the sign-in records. The
 * helpers `signInSummary` and `signInAdditionalData` (cloudtrail-codecs/audit) are tested in
 * test/audit/sign-in.test.ts.
 */
import * as t from 'io-ts'
import { describe, expect, it } from 'vitest'
import { signin as signinOverlay } from '../../../codegen/overlays/signin.js'
import { signInSummary } from '../../../src/audit/index.js'
import { awsServices, findService } from '../../../src/aws/index.js'
import * as signinEntry from '../../../src/aws/signin/index.js'
import { SIGNIN_EVENT_SOURCE, signin } from '../../../src/aws/signin/index.js'
import type { SigninEvent } from '../../../src/aws/signin/index.js'
import { describeCaller } from '../../../src/identity/index.js'
import { parseRecords } from '../../../src/parse/parse-records.js'
import { modelShapeCodec } from '../../../src/services/model/index.js'
import { eventCodecOf, fixtureRecords, readFixture } from '../trustedadvisor/service-suite.js'

/** The console sign-in events (no API model has them: the overlay adds them), in the order of the table. */
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

/** The operations of the AWS Sign-In API model (2023-01-01), written first. */
const API_OPERATIONS = [
  'CreateOAuth2Token',
  'CreateOAuth2TokenWithIAM',
  'DeleteConsoleAuthorizationConfiguration',
  'DeleteResourcePermissionStatement',
  'GetConsoleAuthorizationConfiguration',
  'GetResourcePolicy',
  'IntrospectOAuth2TokenWithIAM',
  'ListResourcePermissionStatements',
  'PutConsoleAuthorizationConfiguration',
  'PutResourcePermissionStatement',
  'RevokeOAuth2TokenWithIAM',
] as const

const operations = Object.entries(signin.operations)
/** The sign-in events' operations, each with a fixture. */
const signInOperations = operations.filter(([name]) => (SIGN_IN_EVENTS as readonly string[]).includes(name))

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

  it('types the documented sign-in events after the API model\'s operations, and names two more whose shapes are unknown', () => {
    expect(Object.keys(signin.operations)).toStrictEqual([...API_OPERATIONS, ...SIGN_IN_EVENTS])
    // the sign-in events are the overlay's operations, in its order
    expect(Object.keys(signinOverlay.operations ?? {})).toStrictEqual([...SIGN_IN_EVENTS])
    for (const name of SIGN_IN_EVENTS) expect(signin.operations[name].readOnly).toBe(false)
    const shapeless = operations.filter(([, op]) => op.request === t.unknown && op.response === t.unknown).map(([name]) => name)
    expect(shapeless).toStrictEqual(['PasswordRecoveryRequested', 'PasswordRecoveryCompleted'])
    // every typed sign-in event types its additionalEventData; the shapeless ones and the API's operations do not
    const typedAdditional = operations.filter(([, op]) => op.additional !== undefined).map(([name]) => name)
    expect(typedAdditional).toStrictEqual(SIGN_IN_EVENTS.filter((name) => !shapeless.includes(name)))
  })

  it.each(API_OPERATIONS.map((name) => [name] as const))('%s, of the API model, narrows a record of its eventName', (eventName) => {
    const operation = signin.operations[eventName]
    const [login] = fixtureRecords('signin', 'ConsoleLogin')
    const record = { ...login, eventName, eventType: 'AwsApiCall', requestParameters: null, responseElements: null, additionalEventData: null }
    expect(operation.is(record)).toBe(true)
    expect(signin.is(record)).toBe(true)
    expect(operation.request).not.toBe(t.unknown)
    expect(operation.additional).toBeUndefined()
    expect(operation.is({ ...record, requestParameters: 'a sentence' })).toBe(false)
  })

  describe.each(signInOperations)('%s', (eventName, operation) => {
    const typed = !(operation.request === t.unknown && operation.response === t.unknown)

    it('has the codecs of its table entry, exported as types only (no XRequest, XResponse, XAdditionalData or operation const value)', () => {
      const barrel = signinEntry as Readonly<Record<string, unknown>>
      const entry = signin.table.operations[eventName]
      expect(entry).toBeDefined()
      const [request, response, , additional] = entry!
      expect(operation.request).toBe(request === -1 ? t.unknown : modelShapeCodec(signin.table, request))
      expect(operation.response).toBe(response === -1 ? t.unknown : modelShapeCodec(signin.table, response))
      expect(operation.additional).toBe(additional === undefined ? undefined : modelShapeCodec(signin.table, additional))
      // the typed events: a request of any object, a response and an additionalEventData of their own
      expect(request === -1).toBe(!typed)
      expect(additional === undefined).toBe(!typed)
      for (const suffix of ['Request', 'Response', 'AdditionalData']) expect(barrel[`${eventName}${suffix}`]).toBeUndefined()
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

    it('types the additionalEventData of every record: the operation\'s codec accepts it', () => {
      for (const event of signinEvents(eventName)) {
        const data = event.additionalEventData
        if (data === undefined || data === null) continue
        expect(operation.additional === undefined || operation.additional.is(data)).toBe(true)
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

  it('rejects an additionalEventData member of the wrong JSON type, and reports it as an operation issue', () => {
    const [success] = fixtureRecords('signin', 'ConsoleLogin')
    const odd = { ...success, additionalEventData: { MFAUsed: true } }
    expect(signin.is(odd)).toBe(false)
    const { records, issues } = parseRecords(odd, { services: [signin] })
    expect(records).toStrictEqual([])
    expect(issues.map((issue) => [issue.kind, issue.path])).toStrictEqual([['operation', '$.additionalEventData.MFAUsed']])
    expect(parseRecords(odd).records).toHaveLength(1)
  })

  it('keeps result values and flags AWS may add, and unknown keys', () => {
    const { response, additional } = signin.operations.ConsoleLogin
    expect(response.is({ ConsoleLogin: 'Pending', Reason: 'x' })).toBe(true)
    const data = { MFAUsed: 'YES', MobileVersion: 'No', NewKey: { nested: [1] } }
    expect(additional?.decode(data)).toStrictEqual({ _tag: 'Right', right: data })
    expect(additional?.is({ MFAUsed: true })).toBe(false)
  })

  it('shapeless events keep any payload and still narrow', () => {
    const [record] = fixtureRecords('signin', 'PasswordRecoveryRequested')
    const odd = { ...record, requestParameters: 'x', responseElements: [1] }
    expect(signin.operations.PasswordRecoveryRequested.is(odd)).toBe(true)
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
    const names = SIGN_IN_EVENTS.flatMap((eventName) => signinEvents(eventName).map((event) => describeCaller(event).principalName))
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
