import { describe, expect, it } from 'vitest'
import { describeCaller } from '../../src/identity/index.js'
import type { CallerDescription } from '../../src/identity/index.js'
import { parseRecords } from '../../src/parse/index.js'
import { fixtureText } from './fixtures.js'

const A = '111122223333'
const nothing: CallerDescription = {
  class: 'none',
  identityType: undefined,
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
      accountId: A,
      principalId: A,
      arn: 'arn:aws:iam::111122223333:root',
      accessKeyId: '',
      credential: 'none',
      console: true,
      mfa: true, // MFAUsed "YES": the letter case varies
      recipientAccountId: A,
    },
  ],
  [
    'root.assume-root',
    {
      class: 'root',
      identityType: 'Root',
      accountId: A,
      principalId: A,
      arn: 'arn:aws:iam::111122223333:root',
      accessKeyId: 'ASIAIOSFODNN7EXAMPLE',
      credential: 'temporary',
      mfa: false,
      assumedRoot: true,
      recipientAccountId: A,
    },
  ],
  [
    'iam-user.long-term-key',
    {
      class: 'iam-user',
      identityType: 'IAMUser',
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
      accountId: A,
      principalId: 'AIDACKCEVSQ6C2EXAMPLE',
      arn: 'arn:aws:iam::111122223333:user/Alice',
      userName: 'Alice',
      accessKeyId: 'ASIAIOSFODNN7EXAMPLE',
      credential: 'temporary',
      console: true, // sessionCredentialFromConsole "true"; the browser user agent alone would not count
      mfa: true,
      recipientAccountId: A,
    },
  ],
  [
    'iam-user.sign-in-failure',
    {
      class: 'iam-user',
      identityType: 'IAMUser',
      accountId: A,
      userName: 'HIDDEN_DUE_TO_SECURITY_REASONS',
      accessKeyId: '',
      console: true, // eventType "AwsConsoleSignin", as some records spell it
      mfa: false,
      recipientAccountId: A,
    },
  ],
  [
    'assumed-role.instance-profile',
    {
      class: 'assumed-role',
      identityType: 'AssumedRole',
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
      recipientAccountId: A,
    },
  ],
  [
    'assumed-role.forward-access-session',
    {
      class: 'assumed-role', // the principal is the role session; the service that acted is invokedBy
      identityType: 'AssumedRole',
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
      invokedBy: 'cloudformation.amazonaws.com',
      recipientAccountId: A,
    },
  ],
  [
    'assumed-role.identity-center-permission-set',
    {
      class: 'assumed-role',
      identityType: 'AssumedRole',
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
      sourceIdentity: 'alice@example.com',
      recipientAccountId: A,
    },
  ],
  [
    'assumed-role.cross-account',
    {
      class: 'assumed-role',
      identityType: 'AssumedRole',
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
      recipientAccountId: A,
      crossAccount: true,
    },
  ],
  [
    'federated-user.get-federation-token',
    {
      class: 'federated-user',
      identityType: 'FederatedUser',
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
      recipientAccountId: A,
    },
  ],
  [
    'aws-account.full',
    {
      class: 'aws-account',
      identityType: 'AWSAccount',
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
      accountId: A,
      principalId: '',
      arn: 'arn:aws:kms:us-east-2:111122223333:key/1234abcd-EXAMPLE',
      userName: '',
      accessKeyId: '',
      mfa: true,
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
      accountId: A,
      principalId: A,
      userName: 'alice',
      console: true,
      mfa: true,
      identityCenterUser,
      recipientAccountId: A,
    },
  ],
  [
    'unknown.anonymous',
    { class: 'undetermined', identityType: 'Unknown', principalId: 'Anonymous', recipientAccountId: A },
  ],
  ['insights.no-identity', { recipientAccountId: A }],
  ['null-identity', {}],
  [
    'unrecognized.future-type',
    {
      class: 'unknown',
      identityType: 'QuantumUser',
      accountId: '444455556666',
      principalId: 'Q-0001',
      credential: 'unknown', // accessKeyId is a number here: not absent, not a key we know
      mfa: true,
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
      accountId: A,
      principalId: A,
      arn: 'arn:aws:iam::111122223333:user/test',
      userName: 'test',
      accessKeyId: 'ASIAIOSFODNN7EXAMPLE',
      credential: 'temporary',
      mfa: true,
      recipientAccountId: A,
    },
  ],
  [
    'unrecognized.documentation-placeholder',
    {
      class: 'unknown',
      identityType: 'AssumedRole | FederatedUser | IAMUser | Root | SAMLUser | WebIdentityUser',
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

  describe('MFA', () => {
    it.each([
      ['Yes', true],
      ['YES', true],
      ['yes', true],
      ['No', false],
      ['NO', false],
    ] as const)('sign-in MFAUsed %s → %s', (MFAUsed, expected) => {
      expect(describeCaller({ userIdentity: { type: 'Root' }, additionalEventData: { MFAUsed } }).mfa).toBe(expected)
    })

    it('prefers the sign-in event’s MFAUsed, and falls back to the session’s mfaAuthenticated', () => {
      const userIdentity = { type: 'IAMUser', sessionContext: { attributes: { mfaAuthenticated: 'false' as const } } }
      expect(describeCaller({ userIdentity, additionalEventData: { MFAUsed: 'Yes' } }).mfa).toBe(true)
      expect(describeCaller({ userIdentity, additionalEventData: { MFAUsed: 'n/a' } }).mfa).toBe(false)
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

  it('crossAccount: compares accountId with recipientAccountId only when both are present and not empty', () => {
    const identity = (accountId: string) => ({ type: 'IAMUser', accountId })
    expect(describeCaller({ userIdentity: identity(A), recipientAccountId: '444455556666' }).crossAccount).toBe(true)
    expect(describeCaller({ userIdentity: identity(A), recipientAccountId: A }).crossAccount).toBe(false)
    expect(describeCaller({ userIdentity: identity(''), recipientAccountId: A }).crossAccount).toBe(false)
    expect(describeCaller({ userIdentity: identity(A), recipientAccountId: '' }).crossAccount).toBe(false)
    expect(describeCaller({ userIdentity: identity(A) }).crossAccount).toBe(false)
  })
})
