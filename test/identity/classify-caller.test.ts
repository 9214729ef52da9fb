import { describe, expect, it } from 'vitest'
import { callerClasses, classifyCaller, credentialKinds } from '../../src/identity/index.js'
import type { UserIdentity } from '../../src/identity/index.js'
import { parseRecords } from '../../src/parse/index.js'
import { fixtureText } from './fixtures.js'

describe('classifyCaller', () => {
  it('keeps its published values in a stable order', () => {
    expect(callerClasses).toStrictEqual([
      'root',
      'iam-user',
      'assumed-role',
      'role',
      'federated-user',
      'identity-center-user',
      'saml-user',
      'web-identity-user',
      'aws-service',
      'aws-account',
      'directory',
      'undetermined',
      'unknown',
      'none',
    ])
    expect(credentialKinds).toStrictEqual(['long-term', 'temporary', 'none', 'unknown'])
  })

  it.each([
    ['Root', 'root'],
    ['IAMUser', 'iam-user'],
    ['AssumedRole', 'assumed-role'],
    ['Role', 'role'],
    ['FederatedUser', 'federated-user'],
    ['AWSAccount', 'aws-account'],
    ['AWSService', 'aws-service'],
    ['SAMLUser', 'saml-user'],
    ['WebIdentityUser', 'web-identity-user'],
    ['IdentityCenterUser', 'identity-center-user'],
    ['Directory', 'directory'],
    ['Unknown', 'undetermined'],
  ] as const)('type %s → %s, alone or inside a record', (type, expected) => {
    expect(classifyCaller({ type })).toBe(expected)
    expect(classifyCaller({ userIdentity: { type } })).toBe(expected)
  })

  it('reads AWS’s older Identity Center form (type Unknown with onBehalfOf) as an Identity Center user', () => {
    const onBehalfOf = { userId: 'u-1', identityStoreArn: 'arn:aws:identitystore::111122223333:identitystore/d-1234567890' }
    expect(classifyCaller({ type: 'Unknown', onBehalfOf })).toBe('identity-center-user')
    expect(classifyCaller({ type: 'Unknown', onBehalfOf: {} })).toBe('identity-center-user')
    expect(classifyCaller({ type: 'Unknown', userName: 'alice' })).toBe('undetermined')
  })

  it('is not fooled by a forward access session: the class is the principal’s, invokedBy names the service', () => {
    expect(classifyCaller({ type: 'AssumedRole', invokedBy: 'cloudformation.amazonaws.com' })).toBe('assumed-role')
    expect(classifyCaller({ type: 'IAMUser', invokedBy: 'signin.amazonaws.com' })).toBe('iam-user')
  })

  describe('identities with no type', () => {
    it('are an AWS service when invokedBy names one', () => {
      expect(classifyCaller({ accountId: '111122223333', invokedBy: 'AWS Internal' })).toBe('aws-service')
      expect(classifyCaller({ accountId: '111122223333', invokedBy: 's3.amazonaws.com' })).toBe('aws-service')
    })

    it('are unknown with an empty or missing invokedBy', () => {
      expect(classifyCaller({ accountId: '111122223333', invokedBy: '' })).toBe('unknown')
      expect(classifyCaller({ accountId: '111122223333', accessKeyId: 'AIDACKCEVSQ6C2EXAMPLE' })).toBe('unknown')
      expect(classifyCaller({})).toBe('unknown')
    })

    it('are an AWS service in an AwsServiceEvent record, which only the record tells', () => {
      const userIdentity = { accountId: '111122223333', arn: 'arn:aws:appstream:us-east-1:111122223333:image-builder/b' }
      expect(classifyCaller({ userIdentity, eventType: 'AwsServiceEvent' })).toBe('aws-service')
      expect(classifyCaller({ userIdentity, eventType: 'AwsConsoleAction' })).toBe('unknown')
      expect(classifyCaller(userIdentity)).toBe('unknown')
    })

    it('count a type key holding undefined as no type', () => {
      expect(classifyCaller({ type: undefined, invokedBy: 'AWS Internal' })).toBe('aws-service')
    })
  })

  describe('types this library does not know', () => {
    it.each([
      'User',
      'AssumedRole | FederatedUser | IAMUser | Root | SAMLUser | WebIdentityUser',
      'QuantumUser',
      'iamuser',
      '',
      'constructor',
      '__proto__',
    ])('%j → unknown', (type) => {
      const identity = { type, principalId: 'p' }
      expect(classifyCaller(identity)).toBe('unknown')
    })

    it('a type of another JSON kind (only reachable without decoding) → unknown, not a throw', () => {
      expect(classifyCaller({ type: 5 } as unknown as UserIdentity)).toBe('unknown')
      expect(classifyCaller({ type: null })).toBe('unknown')
    })
  })

  describe('no identity', () => {
    it('null and undefined → none', () => {
      expect(classifyCaller(null)).toBe('none')
      expect(classifyCaller(undefined)).toBe('none')
    })

    it('a record without userIdentity, or with a null one → none', () => {
      for (const name of ['insights.no-identity', 'null-identity']) {
        const [record] = parseRecords(fixtureText(name)).records
        expect(record).toBeDefined()
        expect(classifyCaller(record)).toBe('none')
      }
      expect(classifyCaller({ eventVersion: '1.08', eventSource: 'ec2.amazonaws.com' } as never)).toBe('none')
      expect(classifyCaller({ userIdentity: undefined })).toBe('none')
    })
  })

  it('reads an object with any record key as a record, anything else as an identity', () => {
    for (const key of ['eventVersion', 'eventTime', 'eventSource', 'eventName', 'eventType']) {
      expect(classifyCaller({ [key]: 'x', invokedBy: 'AWS Internal' })).toBe('none')
    }
    expect(classifyCaller({ invokedBy: 'AWS Internal' })).toBe('aws-service')
  })
})
