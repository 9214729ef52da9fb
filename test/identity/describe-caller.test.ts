import { describe, expect, it } from 'vitest'
import { describeCaller, succeeded } from '../../src/identity/index.js'
import type { CallerDescription } from '../../src/identity/index.js'
import { parseRecords } from '../../src/parse/index.js'
import { fixtureText } from './fixtures.js'

const A = '111122223333'
const nothing: CallerDescription = {
  class: 'none',
  identityType: undefined,
  principalName: undefined,
  accountId: undefined,
  principalId: undefined,
  arn: undefined,
  userName: undefined,
  issuerType: undefined,
  issuerArn: undefined,
  issuerName: undefined,
  sessionName: undefined,
  permissionSet: undefined,
  accessKeyId: undefined,
  credential: 'none',
  console: false,
  mfa: undefined,
  mfaAuthenticated: undefined,
  mfaUsed: undefined,
  invokedBy: undefined,
  delegateAccountId: undefined,
  sourceIdentity: undefined,
  identityCenterUser: undefined,
  assumedRoot: false,
  anonymous: false,
  recipientAccountId: undefined,
  crossAccount: false,
}
const identityCenterUser = {
  userId: '544894e8-80c1-707f-60e3-3ba6510dfac1',
  identityStoreArn: 'arn:aws:identitystore::111122223333:identitystore/d-1234567890',
}

function describeFixture(name: string): CallerDescription {
  const { records, issues } = parseRecords(fixtureText(name))
  expect(issues).toStrictEqual([])
  const [record] = records
  if (record === undefined) throw new Error(`${name}: no record`)
  return describeCaller(record)
}

const scenarios: ReadonlyArray<readonly [string, Partial<CallerDescription>]> = [
  [
    'root.console-sign-in',
    {
      class: 'root',
      identityType: 'Root',
      principalName: 'root',
      accountId: A,
      principalId: A,
      arn: 'arn:aws:iam::111122223333:root',
      accessKeyId: '',
      credential: 'none',
      console: true,
      mfa: true, // MFAUsed "YES": the letter case varies
      mfaUsed: true,
      recipientAccountId: A,
    },
  ],
  [
    'root.assume-root',
    {
      class: 'root',
      identityType: 'Root',
      principalName: 'root',
      accountId: A,
      principalId: A,
      arn: 'arn:aws:iam::111122223333:root',
      accessKeyId: 'ASIAIOSFODNN7EXAMPLE',
      credential: 'temporary',
      mfa: false,
      mfaAuthenticated: false,
      assumedRoot: true,
      recipientAccountId: A,
    },
  ],
  [
    'iam-user.long-term-key',
    {
      class: 'iam-user',
      identityType: 'IAMUser',
      principalName: 'Alice',
      accountId: A,
      principalId: 'AIDACKCEVSQ6C2EXAMPLE',
      arn: 'arn:aws:iam::111122223333:user/Alice',
      userName: 'Alice',
      accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
      credential: 'long-term',
      recipientAccountId: A,
    },
  ],
  [
    'iam-user.console-session',
    {
      class: 'iam-user',
      identityType: 'IAMUser',
      principalName: 'Alice',
      accountId: A,
      principalId: 'AIDACKCEVSQ6C2EXAMPLE',
      arn: 'arn:aws:iam::111122223333:user/Alice',
      userName: 'Alice',
      accessKeyId: 'ASIAIOSFODNN7EXAMPLE',
      credential: 'temporary',
      console: true, // sessionCredentialFromConsole "true"; the browser user agent alone would not count
      mfa: true,
      mfaAuthenticated: true,
      recipientAccountId: A,
    },
  ],
  [
    'iam-user.sign-in-failure',
    {
      class: 'iam-user',
      identityType: 'IAMUser',
      principalName: 'HIDDEN_DUE_TO_SECURITY_REASONS', // as written: AWS hides a wrong user name
      accountId: A,
      userName: 'HIDDEN_DUE_TO_SECURITY_REASONS',
      accessKeyId: '',
      console: true, // eventType "AwsConsoleSignin", as some records spell it
      mfa: false,
      mfaUsed: false,
      recipientAccountId: A,
    },
  ],
  [
    'assumed-role.instance-profile',
    {
      class: 'assumed-role',
      identityType: 'AssumedRole',
      principalName: 'i-0123456789abcdef0',
      accountId: A,
      principalId: 'AROAEXAMPLEROLEID:i-0123456789abcdef0',
      arn: 'arn:aws:sts::111122223333:assumed-role/AppRole/i-0123456789abcdef0',
      issuerType: 'Role',
      issuerArn: 'arn:aws:iam::111122223333:role/AppRole',
      issuerName: 'AppRole',
      sessionName: 'i-0123456789abcdef0',
      accessKeyId: 'ASIAIOSFODNN7EXAMPLE',
      credential: 'temporary',
      mfa: false,
      mfaAuthenticated: false,
      recipientAccountId: A,
    },
  ],
  [
    'assumed-role.forward-access-session',
    {
      class: 'assumed-role', // the principal is the role session; the service that acted is invokedBy
      identityType: 'AssumedRole',
      principalName: 'alice',
      accountId: A,
      principalId: 'AROAEXAMPLEROLEID:alice',
      arn: 'arn:aws:sts::111122223333:assumed-role/Admin/alice',
      issuerType: 'Role',
      issuerArn: 'arn:aws:iam::111122223333:role/Admin',
      issuerName: 'Admin',
      sessionName: 'alice',
      accessKeyId: 'ASIAIOSFODNN7EXAMPLE',
      credential: 'temporary',
      mfa: false,
      mfaAuthenticated: false,
      invokedBy: 'cloudformation.amazonaws.com',
      recipientAccountId: A,
    },
  ],
  [
    'assumed-role.identity-center-permission-set',
    {
      class: 'assumed-role',
      identityType: 'AssumedRole',
      principalName: 'alice@example.com',
      accountId: A,
      principalId: 'AROAEXAMPLESSOROLE:alice@example.com',
      arn: 'arn:aws:sts::111122223333:assumed-role/AWSReservedSSO_Billing_Read_0123456789abcdef/alice@example.com',
      issuerType: 'Role',
      issuerArn:
        'arn:aws:iam::111122223333:role/aws-reserved/sso.amazonaws.com/us-east-1/AWSReservedSSO_Billing_Read_0123456789abcdef',
      issuerName: 'AWSReservedSSO_Billing_Read_0123456789abcdef',
      sessionName: 'alice@example.com',
      permissionSet: 'Billing_Read',
      accessKeyId: 'ASIAIOSFODNN7EXAMPLE',
      credential: 'temporary',
      console: true,
      mfa: false,
      mfaAuthenticated: false,
      sourceIdentity: 'alice@example.com',
      recipientAccountId: A,
    },
  ],
  [
    'assumed-role.cross-account',
    {
      class: 'assumed-role',
      identityType: 'AssumedRole',
      principalName: 'nightly-backup',
      accountId: '444455556666',
      principalId: 'AROAEXAMPLEPARTNER:nightly-backup',
      arn: 'arn:aws:sts::444455556666:assumed-role/BackupWriter/nightly-backup',
      issuerType: 'Role',
      issuerArn: 'arn:aws:iam::444455556666:role/BackupWriter',
      issuerName: 'BackupWriter',
      sessionName: 'nightly-backup',
      accessKeyId: 'ASIAIOSFODNN7EXAMPLE',
      credential: 'temporary',
      mfa: false,
      mfaAuthenticated: false,
      recipientAccountId: A,
      crossAccount: true,
    },
  ],
  [
    'federated-user.get-federation-token',
    {
      class: 'federated-user',
      identityType: 'FederatedUser',
      principalName: 'bob-fed',
      accountId: A,
      principalId: '111122223333:bob-fed',
      arn: 'arn:aws:sts::111122223333:federated-user/bob-fed',
      issuerType: 'IAMUser',
      issuerArn: 'arn:aws:iam::111122223333:user/Alice',
      issuerName: 'Alice',
      sessionName: 'bob-fed',
      accessKeyId: 'ASIAIOSFODNN7EXAMPLE',
      credential: 'temporary',
      mfa: false,
      mfaAuthenticated: false,
      recipientAccountId: A,
    },
  ],
  [
    'aws-account.full',
    {
      class: 'aws-account',
      identityType: 'AWSAccount',
      principalName: 'AIDAQRSTUVWXYZEXAMPLE',
      accountId: '777788889999',
      principalId: 'AIDAQRSTUVWXYZEXAMPLE',
      arn: '',
      userName: '',
      accessKeyId: '',
      invokedBy: '',
      delegateAccountId: '777788889999',
      recipientAccountId: A,
      crossAccount: true,
    },
  ],
  [
    'aws-account.anonymous-s3',
    {
      class: 'aws-account',
      identityType: 'AWSAccount',
      principalName: 'anonymous', // principalId is empty: the account
      accountId: 'anonymous',
      principalId: '',
      anonymous: true,
      recipientAccountId: A,
      crossAccount: false,
    },
  ],
  [
    'untyped.full',
    {
      class: 'aws-service',
      principalName: 'AWS Internal',
      accountId: A,
      principalId: '',
      arn: 'arn:aws:kms:us-east-2:111122223333:key/1234abcd-EXAMPLE',
      userName: '',
      accessKeyId: '',
      mfa: true,
      mfaAuthenticated: true,
      invokedBy: 'AWS Internal',
      delegateAccountId: '777788889999',
      sourceIdentity: 'alice',
      recipientAccountId: A,
    },
  ],
  [
    'untyped.service-event-without-invoker',
    {
      class: 'aws-service', // no type and no invokedBy, but the record is an AwsServiceEvent
      accountId: A,
      arn: 'arn:aws:appstream:us-east-1:111122223333:image-builder/ExampleBuilder',
      recipientAccountId: A,
    },
  ],
  [
    'unknown.identity-center-legacy',
    {
      class: 'identity-center-user',
      identityType: 'Unknown',
      principalName: 'alice',
      accountId: A,
      principalId: A,
      userName: 'alice',
      console: true,
      mfa: true,
      mfaUsed: true,
      identityCenterUser,
      recipientAccountId: A,
    },
  ],
  [
    'unknown.anonymous',
    { class: 'undetermined', identityType: 'Unknown', principalName: 'Anonymous', principalId: 'Anonymous', recipientAccountId: A },
  ],
  ['insights.no-identity', { recipientAccountId: A }],
  ['null-identity', {}],
  [
    'unrecognized.future-type',
    {
      class: 'unknown',
      identityType: 'QuantumUser',
      principalName: 'Q-0001',
      accountId: '444455556666',
      principalId: 'Q-0001',
      credential: 'unknown', // accessKeyId is a number here: not absent, not a key we know
      mfa: true,
      mfaAuthenticated: true,
      assumedRoot: true,
      recipientAccountId: A,
      crossAccount: true,
    },
  ],
  [
    'unrecognized.user-type',
    {
      class: 'unknown',
      identityType: 'User',
      principalName: 'test',
      accountId: A,
      principalId: A,
      arn: 'arn:aws:iam::111122223333:user/test',
      userName: 'test',
      accessKeyId: 'ASIAIOSFODNN7EXAMPLE',
      credential: 'temporary',
      mfa: true,
      mfaAuthenticated: true,
      recipientAccountId: A,
    },
  ],
  [
    'unrecognized.documentation-placeholder',
    {
      class: 'unknown',
      identityType: 'AssumedRole | FederatedUser | IAMUser | Root | SAMLUser | WebIdentityUser',
      principalName: 'user-name',
      accountId: A,
      principalId: 'principal-id',
      arn: 'arn:aws:iam::111122223333:user/user-name',
      userName: 'user-name',
      accessKeyId: 'access-key-id',
      credential: 'unknown',
      recipientAccountId: A,
    },
  ],
]

describe('describeCaller', () => {
  it.each(scenarios)('describes %s', (name, expected) => {
    expect(describeFixture(name)).toStrictEqual({ ...nothing, ...expected })
  })

  it('keeps every key present, in one stable order', () => {
    expect(Object.keys(describeFixture('root.minimal'))).toStrictEqual(Object.keys(nothing))
  })

  it('returns the record’s own onBehalfOf object and leaves the record unchanged', () => {
    const text = fixtureText('identity-center-user.full')
    const [record] = parseRecords(text).records
    if (record === undefined) throw new Error('no record')
    const description = describeCaller(record)
    expect(description.identityCenterUser).toStrictEqual(identityCenterUser)
    expect(record).toStrictEqual(JSON.parse(text))
  })

  describe('credential kind, from the access key id', () => {
    it.each([
      ['AKIAIOSFODNN7EXAMPLE', 'long-term'],
      ['ASIAIOSFODNN7EXAMPLE', 'temporary'],
      ['', 'none'],
      [undefined, 'none'],
      ['EXAMPLEKEYID', 'unknown'],
      ['AKIDEXAMPLE', 'unknown'],
      ['ABIAEXAMPLEBEARERTOKEN', 'unknown'],
      ['akiaiosfodnn7example', 'unknown'],
    ] as const)('%j is %s', (accessKeyId, credential) => {
      const userIdentity = accessKeyId === undefined ? { type: 'IAMUser' } : { type: 'IAMUser', accessKeyId }
      expect(describeCaller({ userIdentity }).credential).toBe(credential)
    })
  })

  describe('console', () => {
    it.each([
      [{ sessionCredentialFromConsole: 'true' }, true],
      [{ sessionCredentialFromConsole: true }, true],
      [{ sessionCredentialFromConsole: 'false' }, false],
      [{ eventType: 'AwsConsoleSignIn' }, true],
      [{ eventType: 'AwsConsoleSignin' }, true],
      [{ eventType: 'AwsConsoleAction' }, true],
      [{ eventType: 'AwsApiCall' }, false],
      [{ eventSource: 'signin.amazonaws.com' }, true],
      [{ userAgent: 'signin.amazonaws.com' }, true],
      [{ userAgent: 'console.amazonaws.com' }, true],
      [{ userAgent: 'console.aws.amazon.com' }, true],
      [{ userAgent: 'console.ec2.amazonaws.com' }, true],
      [{ userAgent: 'Mozilla/5.0 (X11; Linux x86_64)' }, false],
      [{ userAgent: 'aws-cli/2.15.0' }, false],
      [{ userAgent: 'console.amazonaws.com.example.com' }, false],
    ] as const)('%j → %s', (fields, expected) => {
      expect(describeCaller({ userIdentity: { type: 'IAMUser' }, ...fields }).console).toBe(expected)
    })

    it.each([
      ['signin.amazonaws.com', true],
      ['console.amazonaws.com', true],
      ['ec2.amazonaws.com', false],
    ] as const)('invokedBy %s → %s', (invokedBy, expected) => {
      expect(describeCaller({ userIdentity: { type: 'IAMUser', invokedBy } }).console).toBe(expected)
    })
  })

  describe('MFA: both signals and the combined answer', () => {
    it.each([
      ['Yes', true],
      ['YES', true],
      ['yes', true],
      ['No', false],
      ['NO', false],
    ] as const)('sign-in MFAUsed %s → mfaUsed and mfa %s', (MFAUsed, expected) => {
      const description = describeCaller({ userIdentity: { type: 'Root' }, additionalEventData: { MFAUsed } })
      expect(description).toMatchObject({ mfa: expected, mfaUsed: expected, mfaAuthenticated: undefined })
    })

    // (session mfaAuthenticated, sign-in MFAUsed) → mfa: either yes is yes; else a no is no; else nothing is known
    it.each([
      ['true', 'Yes', true],
      ['true', 'No', true],
      ['true', undefined, true],
      ['false', 'Yes', true],
      ['false', 'No', false],
      ['false', undefined, false],
      [undefined, 'Yes', true],
      [undefined, 'No', false],
      [undefined, undefined, undefined],
    ] as const)('mfaAuthenticated %s with MFAUsed %s → mfa %s', (mfaAuthenticated, MFAUsed, expected) => {
      const userIdentity = {
        type: 'AssumedRole',
        sessionContext: mfaAuthenticated === undefined ? {} : { attributes: { mfaAuthenticated } },
      }
      const record = MFAUsed === undefined ? { userIdentity } : { userIdentity, additionalEventData: { MFAUsed } }
      const description = describeCaller(record)
      expect(description.mfa).toBe(expected)
      expect(description.mfaAuthenticated).toBe(mfaAuthenticated === undefined ? undefined : mfaAuthenticated === 'true')
      expect(description.mfaUsed).toBe(MFAUsed === undefined ? undefined : MFAUsed === 'Yes')
    })

    it('reads a role console sign-in from an MFA-authenticated session as MFA (issue 15, point 11: it read "no MFA")', () => {
      // A ConsoleLogin through the federation endpoint with credentials of an AssumeRole made with MFA:
      // AWS sign-in asked for no second factor (MFAUsed "No"), the session had one.
      const record = {
        eventVersion: '1.08',
        userIdentity: {
          type: 'AssumedRole',
          principalId: 'AROAEXAMPLEROLEID:alice',
          arn: 'arn:aws:sts::111122223333:assumed-role/Admin/alice',
          accountId: A,
          accessKeyId: 'ASIAIOSFODNN7EXAMPLE',
          sessionContext: {
            sessionIssuer: { type: 'Role', principalId: 'AROAEXAMPLEROLEID', arn: 'arn:aws:iam::111122223333:role/Admin', accountId: A, userName: 'Admin' },
            attributes: { creationDate: '2025-03-04T09:58:00Z', mfaAuthenticated: 'true' },
          },
        },
        eventTime: '2025-03-04T10:00:00Z',
        eventSource: 'signin.amazonaws.com',
        eventName: 'ConsoleLogin',
        responseElements: { ConsoleLogin: 'Success' },
        additionalEventData: { LoginTo: 'https://console.aws.amazon.com/console/home', MobileVersion: 'No', MFAUsed: 'No' },
        eventType: 'AwsConsoleSignIn',
        recipientAccountId: A,
      }
      const { records, issues } = parseRecords(record)
      expect(issues).toStrictEqual([])
      expect(describeCaller(records[0]!)).toMatchObject({ mfa: true, mfaAuthenticated: true, mfaUsed: false, console: true })
    })

    it('ignores values that are neither flag: MFAUsed "n/a", an additionalEventData that is a sentence', () => {
      const userIdentity = { type: 'IAMUser', sessionContext: { attributes: { mfaAuthenticated: 'false' as const } } }
      expect(describeCaller({ userIdentity, additionalEventData: { MFAUsed: 'n/a' } })).toMatchObject({ mfa: false, mfaUsed: undefined })
      expect(describeCaller({ userIdentity, additionalEventData: 'Route 53 wrote a sentence here' }).mfa).toBe(false)
      expect(describeCaller({ userIdentity: { type: 'IAMUser' } }).mfa).toBeUndefined()
    })
  })

  describe('session name', () => {
    it('comes from principalId when the ARN does not carry it', () => {
      const userIdentity = { type: 'AssumedRole', principalId: 'AROAEXAMPLEROLEID:build-42', arn: '' }
      expect(describeCaller({ userIdentity }).sessionName).toBe('build-42')
    })

    it('is absent for callers without a session name', () => {
      expect(describeCaller({ userIdentity: { type: 'AssumedRole', principalId: 'AROAEXAMPLEROLEID' } }).sessionName).toBe(
        undefined,
      )
      expect(describeCaller({ userIdentity: { type: 'IAMUser', principalId: 'AIDA:x', arn: 'arn:aws:iam::1:user/x' } }))
        .toMatchObject({ sessionName: undefined })
    })

    it('names the permission set from the assumed-role ARN when the issuer is missing', () => {
      const arn = 'arn:aws:sts::111122223333:assumed-role/AWSReservedSSO_ReadOnly_0123456789abcdef/bob@example.com'
      expect(describeCaller({ userIdentity: { type: 'AssumedRole', arn } })).toMatchObject({
        permissionSet: 'ReadOnly',
        sessionName: 'bob@example.com',
      })
    })
  })

  describe('crossAccount: the caller’s account differs from the account that received the call', () => {
    it('compares accountId with recipientAccountId only when both are present and not empty', () => {
      const identity = (accountId: string) => ({ type: 'IAMUser', accountId })
      expect(describeCaller({ userIdentity: identity(A), recipientAccountId: '444455556666' }).crossAccount).toBe(true)
      expect(describeCaller({ userIdentity: identity(A), recipientAccountId: A }).crossAccount).toBe(false)
      expect(describeCaller({ userIdentity: identity(''), recipientAccountId: A }).crossAccount).toBe(false)
      expect(describeCaller({ userIdentity: identity(A), recipientAccountId: '' }).crossAccount).toBe(false)
      expect(describeCaller({ userIdentity: identity(A) }).crossAccount).toBe(false)
    })

    it('is false for an AWSAccount caller of the account that received the call (issue 15, point 12: it was true)', () => {
      const userIdentity = { type: 'AWSAccount', principalId: 'AIDAQRSTUVWXYZEXAMPLE', accountId: A }
      expect(describeCaller({ userIdentity, recipientAccountId: A })).toMatchObject({ class: 'aws-account', crossAccount: false })
      expect(describeCaller({ userIdentity, recipientAccountId: '777788889999' })).toMatchObject({ class: 'aws-account', crossAccount: true })
      // the record does not say which account received the call: not known to cross
      expect(describeCaller({ userIdentity })).toMatchObject({ class: 'aws-account', crossAccount: false })
    })

    it('never holds for anonymous requests', () => {
      const userIdentity = { type: 'AWSAccount', principalId: '', accountId: 'anonymous' }
      expect(describeCaller({ userIdentity, recipientAccountId: A })).toMatchObject({ anonymous: true, crossAccount: false })
    })
  })

  describe('principalName: one name for the caller', () => {
    it.each([
      ['an IAM user’s userName', { type: 'IAMUser', userName: 'Alice', arn: 'arn:aws:iam::111122223333:user/ops/Bob' }, 'Alice'],
      ['an IAM user’s ARN when userName is absent or empty', { type: 'IAMUser', userName: '', arn: 'arn:aws:iam::111122223333:user/ops/Bob' }, 'Bob'],
      ['root, whatever its alias', { type: 'Root', userName: 'my-account-alias', arn: 'arn:aws:iam::111122223333:root' }, 'root'],
      ['a role session’s name', { type: 'AssumedRole', arn: 'arn:aws:sts::111122223333:assumed-role/Admin/alice', sessionContext: { sessionIssuer: { userName: 'Admin' } } }, 'alice'],
      ['a role session’s name from principalId', { type: 'AssumedRole', principalId: 'AROAEXAMPLEROLEID:build-42' }, 'build-42'],
      ['the role’s name when no session name is written', { type: 'AssumedRole', arn: 'arn:aws:sts::111122223333:assumed-role/Admin', sessionContext: { sessionIssuer: { userName: 'Admin' } } }, 'Admin'],
      ['a federated user’s name', { type: 'FederatedUser', principalId: '111122223333:bob-fed', arn: 'arn:aws:sts::111122223333:federated-user/bob-fed' }, 'bob-fed'],
      ['a role’s name', { type: 'Role', arn: 'arn:aws:iam::111122223333:role/service-role/AppRole' }, 'AppRole'],
      ['a SAML subject', { type: 'SAMLUser', userName: 'alice@example.com' }, 'alice@example.com'],
      ['an OIDC subject', { type: 'WebIdentityUser', userName: 'system:serviceaccount:ns:sa' }, 'system:serviceaccount:ns:sa'],
      ['a directory user', { type: 'Directory', userName: 'alice' }, 'alice'],
      ['an Identity Center user’s id', { type: 'IdentityCenterUser', onBehalfOf: { userId: 'u-1', identityStoreArn: 'arn:aws:identitystore::111122223333:identitystore/d-1' } }, 'u-1'],
      ['the service that acted', { type: 'AWSService', invokedBy: 'ec2.amazonaws.com' }, 'ec2.amazonaws.com'],
      ['another account’s principal', { type: 'AWSAccount', principalId: 'AIDAQRSTUVWXYZEXAMPLE', accountId: '777788889999' }, 'AIDAQRSTUVWXYZEXAMPLE'],
      ['another account, without a principal', { type: 'AWSAccount', principalId: '', accountId: '777788889999' }, '777788889999'],
      ['an undetermined caller’s userName', { type: 'Unknown', principalId: '111122223333', userName: 'user1' }, 'user1'],
      ['an undetermined caller’s principalId', { type: 'Unknown', principalId: 'Anonymous' }, 'Anonymous'],
      ['an unrecognized type’s ARN', { type: 'QuantumUser', arn: 'arn:aws:iam::111122223333:qubit/q1' }, 'q1'],
      ['nothing for an identity that names nobody', { type: 'IAMUser' }, undefined],
    ] as const)('is %s', (_what, userIdentity, expected) => {
      expect(describeCaller({ userIdentity }).principalName).toBe(expected)
    })

    it('is the sign-in’s UserName for an Identity Center user without userName', () => {
      const userIdentity = { type: 'IdentityCenterUser', accountId: A, onBehalfOf: { userId: 'u-1', identityStoreArn: 'arn:aws:identitystore::111122223333:identitystore/d-1' } }
      expect(describeCaller({ userIdentity, additionalEventData: { UserName: 'alice@example.com' } }).principalName).toBe('alice@example.com')
    })

    it('is undefined without an identity', () => {
      expect(describeCaller({}).principalName).toBeUndefined()
    })
  })
})

describe('succeeded', () => {
  it('is true without errorCode and errorMessage (absent, null or empty)', () => {
    expect(succeeded({})).toBe(true)
    expect(succeeded({ eventName: 'ListBuckets' })).toBe(true)
    expect(succeeded({ eventName: 'ListBuckets', errorCode: null, errorMessage: '' })).toBe(true)
  })

  it('is false with an errorCode or an errorMessage', () => {
    expect(succeeded({ eventName: 'GetObject', errorCode: 'AccessDenied' })).toBe(false)
    expect(succeeded({ eventName: 'ConsoleLogin', errorMessage: 'Failed authentication' })).toBe(false)
  })

  it('is false when the event reports its own name as Failure, with no error (Identity Center sign-in steps)', () => {
    expect(succeeded({ eventName: 'CredentialVerification', serviceEventDetails: { CredentialVerification: 'Failure' } })).toBe(false)
    expect(succeeded({ eventName: 'SwitchRole', responseElements: { SwitchRole: 'failure' } })).toBe(false)
    expect(succeeded({ eventName: 'CredentialVerification', serviceEventDetails: { CredentialVerification: 'Success' } })).toBe(true)
    // another member named Failure, or another event's name, is not the event's result
    expect(succeeded({ eventName: 'PutItem', responseElements: { status: 'Failure' } })).toBe(true)
    expect(succeeded({ eventName: 'PutItem', responseElements: { ConsoleLogin: 'Failure' } })).toBe(true)
    expect(succeeded({ eventName: 'PutItem', responseElements: 'Failure' })).toBe(true)
  })

  it('takes any decoded record', () => {
    const { records } = parseRecords(fixtureText('iam-user.sign-in-failure'))
    expect(records.map((record) => succeeded(record))).toStrictEqual([false])
    expect(parseRecords(fixtureText('iam-user.long-term-key')).records.map((record) => succeeded(record))).toStrictEqual([true])
  })

})
