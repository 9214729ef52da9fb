export {
  StringBoolean,
  SessionIssuerType,
  SessionIssuer,
  WebIdFederationData,
  SessionAttributes,
  SessionContext,
  OnBehalfOf,
  InScopeOf,
  InvokedByDelegate,
} from './session-context.js'
export {
  RootIdentity,
  IAMUserIdentity,
  AssumedRoleIdentity,
  RoleIdentity,
  FederatedUserIdentity,
  AWSAccountIdentity,
  AWSServiceIdentity,
  SAMLUserIdentity,
  WebIdentityUserIdentity,
  IdentityCenterUserIdentity,
  DirectoryIdentity,
  UnknownIdentity,
  UntypedIdentity,
  UnrecognizedIdentity,
  UserIdentity,
  knownIdentityCodecs,
  isKnownIdentity,
} from './user-identity.js'
export type { KnownUserIdentity, KnownIdentityType } from './user-identity.js'
export { callerClasses, credentialKinds, classifyCaller, describeCaller, succeeded } from './classify.js'
export type {
  CallerClass,
  CredentialKind,
  CallerRecord,
  CallerSubject,
  CallerDescription,
  OutcomeRecord,
} from './classify.js'
