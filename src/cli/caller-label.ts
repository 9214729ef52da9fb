import type { CallerDescription } from '../identity/index.js'

/** The first value that says something: a string, not empty, not only spaces. */
function named(...values: ReadonlyArray<string | null | undefined>): string | undefined {
  for (const value of values) if (typeof value === 'string' && value.trim() !== '') return value
  return undefined
}

/**
 * A short name for a caller: `root of 111122223333`, `user ci-bot (111122223333)`,
 * `alice@example.com, permission set SupportEngineer (111122223333)`,
 * `session ta-refresher of role ta-refresher-role (111122223333)`,
 * `Identity Center user 544894e8-... (111122223333)`, `lambda.amazonaws.com`.
 * Empty strings count as missing, so a name is never empty: a caller whose
 * record says nothing usable is named by its identity type or class.
 *
 * @param caller - a caller description
 * @returns the name
 */
export function callerLabel(caller: CallerDescription): string {
  const accountId = named(caller.accountId)
  const account = accountId === undefined ? '' : ` (${accountId})`
  switch (caller.class) {
    case 'root':
      return `root of ${named(caller.accountId, caller.recipientAccountId) ?? 'an unknown account'}`
    case 'iam-user':
      return `user ${named(caller.userName, caller.arn, caller.principalId) ?? '?'}${account}`
    case 'assumed-role': {
      const session = named(caller.sessionName) ?? '?'
      if (caller.permissionSet !== undefined) return `${session}, permission set ${caller.permissionSet}${account}`
      return `session ${session} of role ${named(caller.issuerName) ?? '?'}${account}`
    }
    case 'identity-center-user':
      return `Identity Center user ${named(caller.identityCenterUser?.userId, caller.userName, caller.arn, caller.principalId) ?? '?'}${account}`
    case 'aws-service':
      return named(caller.invokedBy) ?? 'an AWS service'
    case 'none':
      return 'no caller'
    default:
      return `${named(caller.arn, caller.userName, caller.principalId, caller.identityType) ?? caller.class}${account}`
  }
}
