import { isJsonObject } from '../codec/json-object.js'
import { OnBehalfOf } from './session-context.js'
import type { KnownIdentityType, UserIdentity } from './user-identity.js'

/**
 * Every value {@link classifyCaller} can return, in a stable order. The values
 * are part of the public API: new ones may be added in a minor release, none
 * is renamed or removed.
 *
 * @example
 * ```ts
 * callerClasses.includes('assumed-role')   // true
 * ```
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-user-identity.html
 */
export const callerClasses = [
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
] as const

/**
 * Who made a request, as {@link classifyCaller} answers it:
 *
 * - `'root'`: `type: "Root"`, the account's root user (also a temporary
 *   `sts:AssumeRoot` session; see {@link CallerDescription.assumedRoot}).
 * - `'iam-user'`: `type: "IAMUser"`, with a long-term key or a console session.
 * - `'assumed-role'`: `type: "AssumedRole"`, temporary credentials of a role
 *   (instance profiles, Lambda, ECS, Identity Center permission sets, role
 *   chaining, forward access sessions of a service acting for the caller).
 * - `'role'`: `type: "Role"`, a role identity itself (rare).
 * - `'federated-user'`: `type: "FederatedUser"`, `GetFederationToken` credentials.
 * - `'identity-center-user'`: `type: "IdentityCenterUser"`, or AWS's older
 *   `type: "Unknown"` with `onBehalfOf`.
 * - `'saml-user'`, `'web-identity-user'`: `type: "SAMLUser"` /
 *   `"WebIdentityUser"`, the caller of `AssumeRoleWithSAML` /
 *   `AssumeRoleWithWebIdentity` (the session afterwards is an `'assumed-role'`).
 * - `'aws-service'`: `type: "AWSService"`, or an identity with no `type` that
 *   names the service in `invokedBy` (`{accountId, invokedBy: "AWS Internal"}`),
 *   or, given the whole record, an identity with no `type` in an
 *   `AwsServiceEvent`.
 * - `'aws-account'`: `type: "AWSAccount"`, a principal of another account (or
 *   `accountId: "anonymous"` for unauthenticated S3 requests).
 * - `'directory'`: `type: "Directory"` (WorkDocs, QuickSight).
 * - `'undetermined'`: AWS's own `type: "Unknown"` without `onBehalfOf`: CloudTrail
 *   itself could not determine the caller.
 * - `'unknown'`: this library cannot tell: a `type` it does not know (`"User"`,
 *   documentation placeholders such as `"AssumedRole | FederatedUser | ..."`,
 *   types AWS adds later), or no `type` and no sign of a service.
 * - `'none'`: there is no `userIdentity` (Insights events, some service events).
 *
 * @example
 * ```ts
 * const who: CallerClass = classifyCaller(record)
 * ```
 */
export type CallerClass = (typeof callerClasses)[number]

/**
 * Every value of {@link CallerDescription.credential}, in a stable order.
 *
 * @example
 * ```ts
 * credentialKinds   // ['long-term', 'temporary', 'none', 'unknown']
 * ```
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-unique-ids
 */
export const credentialKinds = ['long-term', 'temporary', 'none', 'unknown'] as const

/**
 * The kind of credentials a request was signed with, read from the access key
 * id's prefix: `'long-term'` (`AKIA...`, an IAM user's or root's access key),
 * `'temporary'` (`ASIA...`, STS credentials: role sessions, federation,
 * console sessions), `'none'` (no key: absent, empty or `null`; console
 * sign-in, AWS-internal calls, bearer tokens), `'unknown'` (any other value,
 * such as the `EXAMPLE...` placeholders of documentation examples).
 *
 * @example
 * ```ts
 * const kind: CredentialKind = describeCaller(record).credential
 * ```
 */
export type CredentialKind = (typeof credentialKinds)[number]

/**
 * The fields of a record that {@link classifyCaller} and {@link describeCaller}
 * read. Every decoded `CloudTrailRecord` is one; so is any object with an
 * optional `userIdentity`. A view for reading, not a codec: records are decoded
 * with `CloudTrailRecord`.
 *
 * @example
 * ```ts
 * const record: CallerRecord = { userIdentity: { type: 'Root', accountId: '111122223333' }, eventType: 'AwsConsoleSignIn' }
 * ```
 */
export type CallerRecord = {
  /** Who made the request; absent in Insights events, `null` in some producers' records. */
  readonly userIdentity?: UserIdentity | null | undefined
  /** `AwsApiCall`, `AwsConsoleSignIn`, `AwsConsoleAction`, `AwsServiceEvent`, ... */
  readonly eventType?: string | null | undefined
  /** The service that received the request, such as `signin.amazonaws.com`. */
  readonly eventSource?: string | null | undefined
  /** The client's user agent, such as `console.amazonaws.com`. */
  readonly userAgent?: string | null | undefined
  /** The account that received this copy of the event. */
  readonly recipientAccountId?: string | null | undefined
  /** `"true"` (or `true` from some producers) when console credentials made the call. */
  readonly sessionCredentialFromConsole?: string | boolean | null | undefined
  /** Sign-in events carry `MFAUsed` here. */
  readonly additionalEventData?: unknown
}

/**
 * What {@link classifyCaller} accepts: a decoded `userIdentity`, `null` or
 * `undefined` (no identity), or a record.
 *
 * @example
 * ```ts
 * const subjects: CallerSubject[] = [record, record.userIdentity, undefined]
 * ```
 */
export type CallerSubject = UserIdentity | CallerRecord | null | undefined

/**
 * Everything a reader usually wants to know about who made a request, read
 * from one record by {@link describeCaller}. Every key is always present;
 * `undefined` means the record does not say. Strings are as written in the
 * record (an empty string stays empty).
 *
 * @example
 * ```ts
 * const { class: who, arn, credential, mfa } = describeCaller(record)
 * ```
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-user-identity.html
 */
export type CallerDescription = {
  /** The caller's class, as {@link classifyCaller} returns it for the record. */
  readonly class: CallerClass
  /** `userIdentity.type` as written (also an unrecognized one); `undefined` when there is none. */
  readonly identityType: string | undefined
  /**
   * One name for the caller, whatever its kind, for rules and reports (empty
   * strings count as absent; the first that is present wins):
   *
   * - `'iam-user'`: `userName`, else the last segment of the `…:user/…` ARN
   *   (`HIDDEN_DUE_TO_SECURITY_REASONS` stays as written on sign-in failures);
   * - `'root'`: `root` (the resource of its ARN `…:root`; its `userName`, when
   *   present, is the account alias);
   * - `'assumed-role'`: the role session name (see
   *   {@link CallerDescription.sessionName}), else the role's name
   *   (`sessionIssuer.userName`) when the record gives no session name;
   * - `'federated-user'`: the federated user's name (its session name);
   * - `'role'`: the role name, the last segment of the `…:role/…` ARN;
   * - `'saml-user'`, `'web-identity-user'`, `'directory'`: `userName`;
   * - `'identity-center-user'`: `userName`, else a sign-in event's
   *   `additionalEventData.UserName`, else `onBehalfOf.userId`;
   * - `'aws-service'`: `invokedBy` (`ec2.amazonaws.com`, `AWS Internal`);
   * - `'aws-account'`: `principalId`, else `accountId`;
   * - `'undetermined'`: `userName`, else `principalId`;
   * - `'unknown'`: `userName`, else the ARN's last segment, else `principalId`;
   * - `'none'`: `undefined`.
   */
  readonly principalName: string | undefined
  /**
   * `userIdentity.accountId`: the account that owns the identity (for
   * temporary credentials, the account of the role or user that issued them;
   * for `AWSAccount`, the calling account; `"anonymous"` for unauthenticated S3
   * requests).
   */
  readonly accountId: string | undefined
  /** `userIdentity.principalId`, such as `AIDA...`, `AROA...:session-name` or an account id. */
  readonly principalId: string | undefined
  /**
   * `userIdentity.arn`: the caller's ARN (`...:user/Alice`, `...:root`,
   * `arn:aws:sts::...:assumed-role/Role/session`). Absent for `AWSAccount`,
   * `AWSService`, `SAMLUser`, `WebIdentityUser` and most `IdentityCenterUser`
   * identities.
   */
  readonly arn: string | undefined
  /**
   * `userIdentity.userName`: the IAM user name, the root account's alias, the
   * SAML or OIDC subject; `HIDDEN_DUE_TO_SECURITY_REASONS` on sign-in failures
   * with a wrong user name.
   */
  readonly userName: string | undefined
  /** `sessionContext.sessionIssuer.type`: `Role` for role sessions, `IAMUser` or `Root` for federated users. */
  readonly issuerType: string | undefined
  /**
   * `sessionContext.sessionIssuer.arn`: the principal behind a session: the
   * role of an assumed-role session, the user (or root) that called
   * `GetFederationToken` for a federated user. Empty issuers (`{}`, IAM user
   * and root console sessions) give `undefined`.
   */
  readonly issuerArn: string | undefined
  /** `sessionContext.sessionIssuer.userName`: the role's name, or the issuing user's name. */
  readonly issuerName: string | undefined
  /**
   * The session name of an `'assumed-role'` or `'federated-user'` caller: the
   * part of `arn` after its last `/` (`assumed-role/<role>/<session>`,
   * `federated-user/<name>`), else the part of `principalId` after its first
   * `:` (`AROA...:<session>`). Often an instance id, an e-mail or a function name.
   */
  readonly sessionName: string | undefined
  /**
   * The IAM Identity Center permission set of an `'assumed-role'` session whose
   * role is `AWSReservedSSO_<PermissionSet>_<suffix>` (the role name from
   * `sessionIssuer.userName`, else from the assumed-role ARN).
   */
  readonly permissionSet: string | undefined
  /** `userIdentity.accessKeyId` as written. */
  readonly accessKeyId: string | undefined
  /** The kind of credentials, from the access key id's prefix; see {@link CredentialKind}. */
  readonly credential: CredentialKind
  /**
   * Whether the request came through the AWS Management Console: the record
   * says `sessionCredentialFromConsole: "true"` (or `true`); or it is a sign-in
   * event (`eventType` `AwsConsoleSignIn`, or `eventSource`
   * `signin.amazonaws.com`) or a console action (`eventType` `AwsConsoleAction`;
   * both in any letter case, as `AwsConsoleSignin` occurs); or
   * `invokedBy` or `userAgent` is a console host: `signin.amazonaws.com`,
   * `console.amazonaws.com`, `console.aws.amazon.com` or
   * `console.<service>.amazonaws.com`. Browser user agents alone do not count.
   */
  readonly console: boolean
  /**
   * Whether the caller authenticated with MFA, combining the two signals a
   * record may carry: `true` when either says so ({@link CallerDescription.mfaAuthenticated}
   * or {@link CallerDescription.mfaUsed}); `false` when one says no and
   * neither says yes; `undefined` when the record has neither.
   *
   * Either signal alone is enough: a sign-in's `MFAUsed` only tells whether
   * AWS sign-in itself asked for a second factor, so a role or federated
   * console sign-in (SAML, Identity Center, `GetSigninToken`) whose session was
   * authenticated with MFA elsewhere writes `MFAUsed: "No"` beside
   * `mfaAuthenticated: "true"`; and an IAM user's or root's sign-in has no
   * session attributes at all.
   */
  readonly mfa: boolean | undefined
  /**
   * The session's signal: `sessionContext.attributes.mfaAuthenticated`
   * (`"true"` / `"false"`, or a boolean from some producers); `undefined` when
   * absent. Set on temporary credentials issued after MFA.
   */
  readonly mfaAuthenticated: boolean | undefined
  /**
   * The sign-in's signal: `additionalEventData.MFAUsed` (`"Yes"` / `"No"`, any
   * letter case: `"YES"` occurs), as console sign-in events (`ConsoleLogin`,
   * `GetSigninToken`) write it; `undefined` when absent or another value.
   */
  readonly mfaUsed: boolean | undefined
  /**
   * `userIdentity.invokedBy`: the AWS service that made the call for the
   * principal (`ec2.amazonaws.com`, `AWS Internal`, ...): a forward access
   * session when the identity is an assumed role or a user.
   */
  readonly invokedBy: string | undefined
  /** `userIdentity.invokedByDelegate.accountId`: a provider account acting with temporary delegated access. */
  readonly delegateAccountId: string | undefined
  /** `sessionContext.sourceIdentity`: the source identity set on the session and carried through role chaining. */
  readonly sourceIdentity: string | undefined
  /**
   * `userIdentity.onBehalfOf`: the IAM Identity Center user the call was made
   * for (`userId` within `identityStoreArn`).
   */
  readonly identityCenterUser: OnBehalfOf | undefined
  /** Whether this is a temporary root session from `sts:AssumeRoot` (`sessionContext.assumedRoot: "true"`). */
  readonly assumedRoot: boolean
  /** Whether the request was unauthenticated: `userIdentity.accountId` is `"anonymous"` (S3). */
  readonly anonymous: boolean
  /** `recipientAccountId`: the account that received this copy of the event. */
  readonly recipientAccountId: string | undefined
  /**
   * Whether the caller's account differs from the account that received the
   * call: `userIdentity.accountId` and `recipientAccountId` are both present,
   * not empty, and different. `false` for anonymous requests (`accountId:
   * "anonymous"`) and when the record lacks either account.
   *
   * This holds for every identity type: an `AWSAccount` identity (whose
   * `accountId` is the calling account) from the account that received the
   * call is not cross-account. Whether the identity is of type `AWSAccount`
   * is `class === 'aws-account'`.
   */
  readonly crossAccount: boolean
}

/** The class of every documented identity type; `satisfies` keeps it total. */
const classOfKnownType = {
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
} as const satisfies Record<KnownIdentityType, CallerClass>

const classByType: ReadonlyMap<string, CallerClass> = /*#__PURE__*/ new Map<string, CallerClass>(/*#__PURE__*/ Object.entries(classOfKnownType))

/** Keys only a record has: an object with one of them is read as a record, not as an identity. */
const recordKeys = ['userIdentity', 'eventVersion', 'eventTime', 'eventSource', 'eventName', 'eventType'] as const

/** User agents and `invokedBy` values of the console and its sign-in. */
const consoleHosts: ReadonlySet<string> = /*#__PURE__*/ new Set(['signin.amazonaws.com', 'console.amazonaws.com', 'console.aws.amazon.com'])
const serviceConsoleHost = /^console\.[a-z0-9-]+\.amazonaws\.com$/
const identityCenterRole = /^AWSReservedSSO_(.+)_[0-9a-zA-Z]+$/

/** Decoded data read defensively: an unrecognized identity's fields are `unknown`. */
type Fields = Readonly<Record<string, unknown>>

function fieldsOf(u: unknown): Fields | undefined {
  return isJsonObject(u) ? u : undefined
}

function textOf(fields: Fields | undefined, key: string): string | undefined {
  const value = fields?.[key]
  return typeof value === 'string' ? value : undefined
}

/** `"true"`/`true` and `"false"`/`false`; anything else says nothing. */
function flagOf(value: unknown): boolean | undefined {
  if (value === true || value === 'true') return true
  if (value === false || value === 'false') return false
  return undefined
}

function isRecordShaped(fields: Fields): boolean {
  for (const key of recordKeys) if (Object.hasOwn(fields, key)) return true
  return false
}

function classOf(identity: Fields | undefined, record: Fields | undefined): CallerClass {
  if (identity === undefined) return 'none'
  const type = identity['type']
  if (type === undefined) {
    const invokedBy = textOf(identity, 'invokedBy')
    if (invokedBy !== undefined && invokedBy !== '') return 'aws-service'
    return textOf(record, 'eventType') === 'AwsServiceEvent' ? 'aws-service' : 'unknown'
  }
  if (typeof type !== 'string') return 'unknown'
  if (type === 'Unknown' && fieldsOf(identity['onBehalfOf']) !== undefined) return 'identity-center-user'
  return classByType.get(type) ?? 'unknown'
}

/**
 * Tells who made a request: root or an IAM user, a role session or a federated
 * user, an Identity Center user, an AWS service, another account. Total: every
 * decodable identity or record gets exactly one {@link CallerClass}, and it
 * never throws. The class follows `userIdentity.type` (see {@link CallerClass}
 * for every rule); signals such as `invokedBy` only decide for identities that
 * have no `type`.
 *
 * An object with `userIdentity` or another record key (`eventVersion`,
 * `eventTime`, `eventSource`, `eventName`, `eventType`) is read as a record;
 * any other object as an identity.
 *
 * @param subject - a record, a decoded `userIdentity`, or `null`/`undefined`
 * @returns the caller's class; `'none'` when there is no identity
 *
 * @example
 * ```ts
 * classifyCaller({ type: 'AssumedRole', arn: 'arn:aws:sts::111122223333:assumed-role/AppRole/i-0123456789abcdef0' })
 * // 'assumed-role'
 * classifyCaller({ accountId: '111122223333', invokedBy: 'AWS Internal' })   // 'aws-service'
 * classifyCaller({ type: 'User' })                                           // 'unknown'
 * for (const record of parseRecords(text).records) console.log(classifyCaller(record))
 * ```
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-user-identity.html
 */
export function classifyCaller(subject: CallerSubject): CallerClass {
  const fields = fieldsOf(subject)
  if (fields === undefined) return 'none'
  return isRecordShaped(fields) ? classOf(fieldsOf(fields['userIdentity']), fields) : classOf(fields, undefined)
}

/** Reads the raw `accessKeyId`, so that a non-string one (unrecognized identities) is `'unknown'`, not `'none'`. */
function credentialOf(accessKeyId: unknown): CredentialKind {
  if (accessKeyId === undefined || accessKeyId === null || accessKeyId === '') return 'none'
  if (typeof accessKeyId !== 'string') return 'unknown'
  if (accessKeyId.startsWith('AKIA')) return 'long-term'
  if (accessKeyId.startsWith('ASIA')) return 'temporary'
  return 'unknown'
}

function isConsoleHost(value: string | undefined): boolean {
  return value !== undefined && (consoleHosts.has(value) || serviceConsoleHost.test(value))
}

function cameThroughConsole(record: Fields, invokedBy: string | undefined): boolean {
  const eventType = textOf(record, 'eventType')?.toLowerCase()
  return (
    flagOf(record['sessionCredentialFromConsole']) === true ||
    eventType === 'awsconsolesignin' ||
    eventType === 'awsconsoleaction' ||
    textOf(record, 'eventSource') === 'signin.amazonaws.com' ||
    isConsoleHost(invokedBy) ||
    isConsoleHost(textOf(record, 'userAgent'))
  )
}

/** `additionalEventData.MFAUsed`: `"Yes"` / `"No"` in any letter case; anything else says nothing. */
function mfaUsedOf(record: Fields): boolean | undefined {
  const used = textOf(fieldsOf(record['additionalEventData']), 'MFAUsed')?.toLowerCase()
  if (used === 'yes') return true
  if (used === 'no') return false
  return undefined
}

/** Either signal saying yes is yes; otherwise a no is no; otherwise nothing is known. */
function eitherSays(a: boolean | undefined, b: boolean | undefined): boolean | undefined {
  if (a === true || b === true) return true
  if (a === false || b === false) return false
  return undefined
}

const sessionArn = /:(?:assumed-role\/[^/]+|federated-user)\/([^/]+)$/

function sessionNameOf(arn: string | undefined, principalId: string | undefined): string | undefined {
  const fromArn = arn === undefined ? undefined : sessionArn.exec(arn)?.[1]
  if (fromArn !== undefined) return fromArn
  const colon = principalId?.indexOf(':') ?? -1
  return principalId !== undefined && colon >= 0 ? principalId.slice(colon + 1) : undefined
}

function roleNameOf(issuerName: string | undefined, arn: string | undefined): string | undefined {
  if (issuerName !== undefined) return issuerName
  const match = arn === undefined ? null : /:assumed-role\/([^/]+)\//.exec(arn)
  return match?.[1]
}

/** A text that is present and not empty. */
function named(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value
}

/** The last `/`-separated segment of an ARN's resource, such as the user name of `…:user/path/Alice`. */
function lastSegment(arn: string | undefined, resourceType?: string): string | undefined {
  if (arn === undefined) return undefined
  const resource = arn.split(':').slice(5).join(':')
  if (resourceType !== undefined && !resource.startsWith(`${resourceType}/`)) return undefined
  return named(resource.slice(resource.lastIndexOf('/') + 1))
}

interface NameSources {
  readonly callerClass: CallerClass
  readonly identity: Fields | undefined
  readonly record: Fields
  readonly arn: string | undefined
  readonly principalId: string | undefined
  readonly accountId: string | undefined
  readonly userName: string | undefined
  readonly sessionName: string | undefined
  readonly issuerName: string | undefined
  readonly invokedBy: string | undefined
}

function principalNameOf(from: NameSources): string | undefined {
  const userName = named(from.userName)
  const principalId = named(from.principalId)
  switch (from.callerClass) {
    case 'iam-user':
      return userName ?? lastSegment(from.arn, 'user')
    case 'root':
      return 'root'
    case 'assumed-role':
      return named(from.sessionName) ?? named(from.issuerName)
    case 'federated-user':
      return named(from.sessionName)
    case 'role':
      return lastSegment(from.arn, 'role')
    case 'saml-user':
    case 'web-identity-user':
    case 'directory':
      return userName
    case 'identity-center-user':
      return (
        userName ??
        named(textOf(fieldsOf(from.record['additionalEventData']), 'UserName')) ??
        named(textOf(fieldsOf(from.identity?.['onBehalfOf']), 'userId'))
      )
    case 'aws-service':
      return named(from.invokedBy)
    case 'aws-account':
      return principalId ?? named(from.accountId)
    case 'undetermined':
      return userName ?? principalId
    case 'unknown':
      return userName ?? lastSegment(from.arn) ?? principalId
    case 'none':
      return undefined
  }
}

/**
 * Describes who made a request, in one object: the {@link CallerClass}, the
 * account and ARN, the principal behind a session (the role and session name of
 * an assumed role, the issuer of a federated user), the kind of credentials,
 * console and MFA use, the service that acted, the source identity, the
 * Identity Center user, an `sts:AssumeRoot` session, and whether the call
 * crossed accounts. Each field's TSDoc gives its rule (AWS's own heuristics:
 * combine signals, none is sufficient alone).
 *
 * Total: it never throws on a decodable record, including unrecognized
 * identity types, whose fields it reads defensively (a field of an unexpected
 * JSON type counts as absent).
 *
 * @param record - a decoded record (or any object with an optional `userIdentity`)
 * @returns a fresh description; the record is not changed
 *
 * @example
 * ```ts
 * const caller = describeCaller(record)
 * if (caller.class === 'assumed-role') console.log(caller.issuerArn, caller.sessionName, caller.mfa)
 * if (caller.class === 'root' && !caller.assumedRoot && caller.console) alert('root console use')
 * ```
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-user-identity.html
 */
export function describeCaller(record: CallerRecord): CallerDescription {
  const fields = fieldsOf(record) ?? {}
  const identity = fieldsOf(fields['userIdentity'])
  const session = fieldsOf(identity?.['sessionContext'])
  const issuer = fieldsOf(session?.['sessionIssuer'])
  const callerClass = classOf(identity, fields)
  const accountId = textOf(identity, 'accountId')
  const principalId = textOf(identity, 'principalId')
  const arn = textOf(identity, 'arn')
  const issuerName = textOf(issuer, 'userName')
  const accessKeyId = textOf(identity, 'accessKeyId')
  const invokedBy = textOf(identity, 'invokedBy')
  const onBehalfOf = identity?.['onBehalfOf']
  const recipientAccountId = textOf(fields, 'recipientAccountId')
  const anonymous = accountId === 'anonymous'
  const hasSessionName = callerClass === 'assumed-role' || callerClass === 'federated-user'
  const permissionSet =
    callerClass === 'assumed-role' ? identityCenterRole.exec(roleNameOf(issuerName, arn) ?? '')?.[1] : undefined
  const userName = textOf(identity, 'userName')
  const sessionName = hasSessionName ? sessionNameOf(arn, principalId) : undefined
  const mfaAuthenticated = flagOf(fieldsOf(session?.['attributes'])?.['mfaAuthenticated'])
  const mfaUsed = mfaUsedOf(fields)
  return {
    class: callerClass,
    identityType: textOf(identity, 'type'),
    principalName: principalNameOf({
      callerClass,
      identity,
      record: fields,
      arn,
      principalId,
      accountId,
      userName,
      sessionName,
      issuerName,
      invokedBy,
    }),
    accountId,
    principalId,
    arn,
    userName,
    issuerType: textOf(issuer, 'type'),
    issuerArn: textOf(issuer, 'arn'),
    issuerName,
    sessionName,
    permissionSet,
    accessKeyId,
    credential: credentialOf(identity?.['accessKeyId']),
    console: cameThroughConsole(fields, invokedBy),
    mfa: eitherSays(mfaAuthenticated, mfaUsed),
    mfaAuthenticated,
    mfaUsed,
    invokedBy,
    delegateAccountId: textOf(fieldsOf(identity?.['invokedByDelegate']), 'accountId'),
    sourceIdentity: textOf(session, 'sourceIdentity'),
    identityCenterUser: OnBehalfOf.is(onBehalfOf) ? onBehalfOf : undefined,
    assumedRoot: flagOf(session?.['assumedRoot']) === true,
    anonymous,
    recipientAccountId,
    crossAccount:
      !anonymous &&
      accountId !== undefined &&
      accountId !== '' &&
      recipientAccountId !== undefined &&
      recipientAccountId !== '' &&
      accountId !== recipientAccountId,
  }
}

/**
 * The fields of a record that {@link succeeded} reads. Every decoded
 * `CloudTrailRecord` is one. A view for reading, not a codec.
 *
 * @example
 * ```ts
 * const failed: OutcomeRecord = { eventName: 'ConsoleLogin', errorMessage: 'Failed authentication', responseElements: { ConsoleLogin: 'Failure' } }
 * ```
 */
export type OutcomeRecord = {
  /** The error AWS returned, such as `AccessDenied`. */
  readonly errorCode?: string | null | undefined
  /** The error's message, such as `Failed authentication` on a failed console sign-in. */
  readonly errorMessage?: string | null | undefined
  /** The operation, such as `ConsoleLogin`. */
  readonly eventName?: string | null | undefined
  /** The response; sign-in events write their result here: `{ "ConsoleLogin": "Failure" }`. */
  readonly responseElements?: unknown
  /** Service events write their result here; Identity Center sign-ins: `{ "CredentialVerification": "Failure" }`. */
  readonly serviceEventDetails?: unknown
}

/** Whether a payload reports the event's own name as `Failure`: `{ "ConsoleLogin": "Failure" }`. */
function reportsFailure(payload: unknown, eventName: string): boolean {
  return textOf(fieldsOf(payload), eventName)?.toLowerCase() === 'failure'
}

/**
 * Whether the call succeeded, as detection rules ask it: the record has no
 * `errorCode` and no `errorMessage` (absent, `null` or empty), and it does not
 * report its own eventName as `Failure` in `responseElements` or
 * `serviceEventDetails` (`{ "ConsoleLogin": "Failure" }` always comes with an
 * `errorMessage`; Identity Center's `{ "CredentialVerification": "Failure" }`
 * comes with none).
 *
 * A record that does not say (no error, no result) counts as a success, as
 * CloudTrail writes no result for most successful calls.
 *
 * @param record - a decoded record (or any object with these optional fields)
 * @returns `true` when nothing in the record says the call failed
 *
 * @example
 * ```ts
 * succeeded({ eventName: 'ListBuckets' })                                    // true
 * succeeded({ eventName: 'GetObject', errorCode: 'AccessDenied' })           // false
 * succeeded({ eventName: 'ConsoleLogin', errorMessage: 'Failed authentication', responseElements: { ConsoleLogin: 'Failure' } })   // false
 * const failures = records.filter((r) => !succeeded(r))
 * ```
 */
export function succeeded(record: OutcomeRecord): boolean {
  const fields = fieldsOf(record) ?? {}
  if (named(textOf(fields, 'errorCode')) !== undefined || named(textOf(fields, 'errorMessage')) !== undefined) return false
  const eventName = textOf(fields, 'eventName')
  if (eventName === undefined || eventName === '') return true
  return !reportsFailure(fields['responseElements'], eventName) && !reportsFailure(fields['serviceEventDetails'], eventName)
}
