/**
 * Composed CloudTrail records for the audit tests: a few callers and a builder
 * that fills in the fields every record has.
 */

/** An Identity Center user in a permission-set role, in the console. */
export const alice = {
  type: 'AssumedRole',
  principalId: 'AROA3EXAMPLEALICE0001:alice@example.com',
  arn: 'arn:aws:sts::111122223333:assumed-role/AWSReservedSSO_SupportEngineer_0a1b2c3d4e5f6a7b/alice@example.com',
  accountId: '111122223333',
  accessKeyId: 'ASIAIOSFODNN7EXAMPLE',
  sessionContext: {
    sessionIssuer: {
      type: 'Role',
      principalId: 'AROA3EXAMPLEALICE0001',
      arn: 'arn:aws:iam::111122223333:role/aws-reserved/sso.amazonaws.com/AWSReservedSSO_SupportEngineer_0a1b2c3d4e5f6a7b',
      accountId: '111122223333',
      userName: 'AWSReservedSSO_SupportEngineer_0a1b2c3d4e5f6a7b',
    },
    attributes: { creationDate: '2026-11-02T07:58:12Z', mfaAuthenticated: 'false' },
  },
} as const

/** The root user. */
export const root = {
  type: 'Root',
  principalId: '111122223333',
  arn: 'arn:aws:iam::111122223333:root',
  accountId: '111122223333',
  accessKeyId: 'ASIAI44QH8DHBEXAMPLE',
  sessionContext: { attributes: { creationDate: '2026-11-02T09:05:40Z', mfaAuthenticated: 'true' } },
} as const

/** An IAM user with a long-term key. */
export const ciBot = {
  type: 'IAMUser',
  principalId: 'AIDACKCEVSQ6C2EXAMPLE',
  arn: 'arn:aws:iam::111122223333:user/ci-bot',
  accountId: '111122223333',
  accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
  userName: 'ci-bot',
} as const

/** An IAM user of another account. */
export const bob = {
  type: 'IAMUser',
  principalId: 'AIDAQRSTUVWXYZEXAMPLE',
  arn: 'arn:aws:iam::444455556666:user/bob',
  accountId: '444455556666',
  accessKeyId: 'AKIAQRSTUVWXEXAMPLE1',
  userName: 'bob',
} as const

/** What a composed record is made of. */
export interface Call {
  readonly id: string
  readonly time: string
  readonly who: object
  readonly source?: string
  readonly name: string
  readonly request?: unknown
  readonly response?: unknown
  readonly error?: string
  readonly account?: string
}

/**
 * A complete record of the call, as CloudTrail writes it.
 *
 * @param call - the parts that differ from record to record
 * @returns the record
 */
export function record(call: Call): Record<string, unknown> {
  return {
    eventVersion: '1.11',
    userIdentity: call.who,
    eventTime: `2026-11-02T${call.time}Z`,
    eventSource: call.source ?? 'support.amazonaws.com',
    eventName: call.name,
    awsRegion: 'us-east-1',
    sourceIPAddress: '198.51.100.23',
    userAgent: 'aws-sdk-js/3.658.1',
    ...(call.error === undefined ? {} : { errorCode: call.error, errorMessage: `${call.error} for ${call.name}` }),
    requestParameters: call.request ?? null,
    responseElements: call.response ?? null,
    requestID: `req-${call.id}`,
    eventID: `evt-${call.id}`,
    readOnly: call.name.startsWith('Describe') || call.name.startsWith('Get') || call.name.startsWith('List'),
    eventType: 'AwsApiCall',
    managementEvent: true,
    recipientAccountId: call.account ?? '111122223333',
    eventCategory: 'Management',
  }
}

/**
 * Reorders a list deterministically and differently from its order: the
 * reverse of every other element, then the rest.
 *
 * @param items - the list
 * @returns a new list with the same elements in another order
 */
export function scrambled<T>(items: ReadonlyArray<T>): T[] {
  const odd = items.filter((_, i) => i % 2 === 1).reverse()
  const even = items.filter((_, i) => i % 2 === 0)
  return [...odd, ...even]
}
