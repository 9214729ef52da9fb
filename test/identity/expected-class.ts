import { knownIdentityCodecs } from '../../src/identity/index.js'
import type { CallerClass, KnownIdentityType } from '../../src/identity/index.js'

/**
 * The table the tests hold classifyCaller to: the class each documented
 * `userIdentity.type` must get (AWS's `Unknown` with `onBehalfOf` aside).
 */
export const classOfType: Readonly<Record<KnownIdentityType, CallerClass>> = {
  Root: 'root',
  IAMUser: 'iam-user',
  AssumedRole: 'assumed-role',
  Role: 'role',
  FederatedUser: 'federated-user',
  AWSAccount: 'aws-account',
  AWSService: 'aws-service',
  SAMLUser: 'saml-user',
  WebIdentityUser: 'web-identity-user',
  IdentityCenterUser: 'identity-center-user',
  Directory: 'directory',
  Unknown: 'undetermined',
}

/** The class the documented rules give an identity, in a record of the given eventType. */
export function expectedClass(identity: unknown, eventType: unknown): CallerClass {
  if (typeof identity !== 'object' || identity === null) return 'none'
  const fields = identity as Record<string, unknown>
  const type = fields['type']
  if (type === undefined) {
    const invokedBy = fields['invokedBy']
    return (typeof invokedBy === 'string' && invokedBy !== '') || eventType === 'AwsServiceEvent'
      ? 'aws-service'
      : 'unknown'
  }
  const onBehalfOf = fields['onBehalfOf']
  if (type === 'Unknown' && typeof onBehalfOf === 'object' && onBehalfOf !== null && !Array.isArray(onBehalfOf)) {
    return 'identity-center-user'
  }
  return typeof type === 'string' && knownIdentityCodecs.has(type) ? classOfType[type as KnownIdentityType] : 'unknown'
}
