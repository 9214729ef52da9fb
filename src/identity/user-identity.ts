import * as t from 'io-ts'
import { withFastGuard } from '../codec/fast-guard.js'
import { isJsonObject } from '../codec/json-object.js'
import { InScopeOf, InvokedByDelegate, nullableMembers, OnBehalfOf, SessionContext } from './session-context.js'

/**
 * Keys that any caller may carry (all optional; empty strings are real). Each
 * variant's members may also be `null`, as data lakes and SIEMs write an absent
 * member (see `nullableMembers`).
 */
const callerFields = {
  principalId: t.string,
  arn: t.string,
  accountId: t.string,
  accessKeyId: t.string,
  userName: t.string,
  invokedBy: t.string,
  invokedByDelegate: InvokedByDelegate,
}
const sessionFields = { sessionContext: SessionContext }
const identityCenterFields = { onBehalfOf: OnBehalfOf, credentialId: t.string }

function variant<const Type extends string, const P extends t.Props>(type: Type, props: P) {
  return withFastGuard(t.intersection([t.type({ type: t.literal(type) }), t.partial(nullableMembers(props))], `${type}Identity`))
}

/**
 * The account's root user (`type: "Root"`): console sign-in, root access keys,
 * or a temporary root session from `sts:AssumeRoot` (`sessionContext.assumedRoot`).
 *
 * @example
 * ```ts
 * RootIdentity.is({ type: 'Root', principalId: '111122223333', arn: 'arn:aws:iam::111122223333:root',
 *   accountId: '111122223333', accessKeyId: '' })
 * ```
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-user-identity.html
 */
export const RootIdentity = /*#__PURE__*/ variant('Root', { ...callerFields, ...sessionFields })
/** The root user of an account. */
export type RootIdentity = t.TypeOf<typeof RootIdentity>

/**
 * An IAM user (`type: "IAMUser"`), with a long-term key (`AKIA...`) or a
 * console session (`ASIA...` plus `sessionContext`).
 *
 * @example
 * ```ts
 * IAMUserIdentity.is({ type: 'IAMUser', principalId: 'AIDACKCEVSQ6C2EXAMPLE', arn: 'arn:aws:iam::111122223333:user/Alice',
 *   accountId: '111122223333', accessKeyId: 'AKIAIOSFODNN7EXAMPLE', userName: 'Alice' })
 * ```
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-user-identity.html
 */
export const IAMUserIdentity = /*#__PURE__*/ variant('IAMUser', { ...callerFields, ...sessionFields })
/** An IAM user. */
export type IAMUserIdentity = t.TypeOf<typeof IAMUserIdentity>

/**
 * A role session (`type: "AssumedRole"`): temporary credentials from
 * `AssumeRole*`, including EC2 instance profiles, Lambda, ECS tasks and
 * Identity Center permission sets. The role is `sessionContext.sessionIssuer`.
 *
 * @example
 * ```ts
 * AssumedRoleIdentity.is({ type: 'AssumedRole', principalId: 'AROAEXAMPLEROLEID:my-fn',
 *   arn: 'arn:aws:sts::111122223333:assumed-role/my-fn-role/my-fn', accountId: '111122223333',
 *   sessionContext: { sessionIssuer: { type: 'Role', arn: 'arn:aws:iam::111122223333:role/my-fn-role' } } })
 * ```
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-user-identity.html
 */
export const AssumedRoleIdentity = /*#__PURE__*/ variant('AssumedRole', {
  ...callerFields,
  ...sessionFields,
  ...identityCenterFields,
  inScopeOf: InScopeOf,
})
/** A role session. */
export type AssumedRoleIdentity = t.TypeOf<typeof AssumedRoleIdentity>

/**
 * A request made with a role identity itself (`type: "Role"`; rare).
 *
 * @example
 * ```ts
 * RoleIdentity.is({ type: 'Role', principalId: 'AROAEXAMPLEROLEID', arn: 'arn:aws:iam::111122223333:role/Admin' })
 * ```
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-user-identity.html
 */
export const RoleIdentity = /*#__PURE__*/ variant('Role', { ...callerFields, ...sessionFields })
/** A role identity. */
export type RoleIdentity = t.TypeOf<typeof RoleIdentity>

/**
 * A federated user (`type: "FederatedUser"`): temporary credentials from
 * `GetFederationToken`; the issuing user or root is the session issuer.
 *
 * @example
 * ```ts
 * FederatedUserIdentity.is({ type: 'FederatedUser', principalId: '111122223333:bob-fed',
 *   arn: 'arn:aws:sts::111122223333:federated-user/bob-fed', accountId: '111122223333' })
 * ```
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-user-identity.html
 */
export const FederatedUserIdentity = /*#__PURE__*/ variant('FederatedUser', { ...callerFields, ...sessionFields })
/** A federated user. */
export type FederatedUserIdentity = t.TypeOf<typeof FederatedUserIdentity>

/**
 * A principal of another account (`type: "AWSAccount"`), as the resource
 * owner sees a cross-account call; `accountId: "anonymous"` for
 * unauthenticated S3 requests.
 *
 * @example
 * ```ts
 * AWSAccountIdentity.is({ type: 'AWSAccount', principalId: 'AIDAQRSTUVWXYZEXAMPLE', accountId: '777788889999' })
 * ```
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-user-identity.html
 */
export const AWSAccountIdentity = /*#__PURE__*/ variant('AWSAccount', callerFields)
/** A principal of another account. */
export type AWSAccountIdentity = t.TypeOf<typeof AWSAccountIdentity>

/**
 * An AWS service principal (`type: "AWSService"`), named by `invokedBy`.
 *
 * @example
 * ```ts
 * AWSServiceIdentity.is({ type: 'AWSService', invokedBy: 'elasticbeanstalk.amazonaws.com' })
 * ```
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-user-identity.html
 */
export const AWSServiceIdentity = /*#__PURE__*/ variant('AWSService', { ...callerFields, inScopeOf: InScopeOf })
/** An AWS service principal. */
export type AWSServiceIdentity = t.TypeOf<typeof AWSServiceIdentity>

/**
 * The caller of `AssumeRoleWithSAML` (`type: "SAMLUser"`); `identityProvider`
 * is the SAML name qualifier.
 *
 * @example
 * ```ts
 * SAMLUserIdentity.is({ type: 'SAMLUser', principalId: 'bdGOnUkh1i4L/jEvs=:alice@example.com',
 *   userName: 'alice@example.com', identityProvider: 'bdGOnUkh1i4L/jEvs=' })
 * ```
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-user-identity.html
 */
export const SAMLUserIdentity = /*#__PURE__*/ variant('SAMLUser', { ...callerFields, identityProvider: t.string })
/** A SAML-federated caller. */
export type SAMLUserIdentity = t.TypeOf<typeof SAMLUserIdentity>

/**
 * The caller of `AssumeRoleWithWebIdentity` (`type: "WebIdentityUser"`);
 * `identityProvider` is the OIDC issuer or an IAM OIDC provider ARN.
 *
 * @example
 * ```ts
 * WebIdentityUserIdentity.is({ type: 'WebIdentityUser', userName: 'system:serviceaccount:ns:sa',
 *   identityProvider: 'arn:aws:iam::111122223333:oidc-provider/oidc.eks.us-west-2.amazonaws.com/id/EXAMPLE0123456789' })
 * ```
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-user-identity.html
 */
export const WebIdentityUserIdentity = /*#__PURE__*/ variant('WebIdentityUser', { ...callerFields, identityProvider: t.string })
/** A web-identity-federated caller. */
export type WebIdentityUserIdentity = t.TypeOf<typeof WebIdentityUserIdentity>

/**
 * An IAM Identity Center user (`type: "IdentityCenterUser"`, since January
 * 2025), named by `onBehalfOf` and `credentialId`.
 *
 * @example
 * ```ts
 * IdentityCenterUserIdentity.is({ type: 'IdentityCenterUser', accountId: '111122223333',
 *   onBehalfOf: { userId: '544894e8-80c1-707f-60e3-3ba6510dfac1',
 *     identityStoreArn: 'arn:aws:identitystore::111122223333:identitystore/d-1234567890' },
 *   credentialId: 'EXAMPLE-credential-id' })
 * ```
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-user-identity.html
 */
export const IdentityCenterUserIdentity = /*#__PURE__*/ variant('IdentityCenterUser', { ...callerFields, ...identityCenterFields })
/** An IAM Identity Center user. */
export type IdentityCenterUserIdentity = t.TypeOf<typeof IdentityCenterUserIdentity>

/**
 * A directory service caller (`type: "Directory"`: WorkDocs, QuickSight).
 *
 * @example
 * ```ts
 * DirectoryIdentity.is({ type: 'Directory', principalId: 'S-1-5-21-EXAMPLE', accountId: '111122223333', userName: 'alice' })
 * ```
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-user-identity.html
 */
export const DirectoryIdentity = /*#__PURE__*/ variant('Directory', callerFields)
/** A directory service caller. */
export type DirectoryIdentity = t.TypeOf<typeof DirectoryIdentity>

/**
 * AWS's own `type: "Unknown"`: a caller CloudTrail could not determine,
 * including Identity Center users before January 2025 and some anonymous
 * requests.
 *
 * @example
 * ```ts
 * UnknownIdentity.is({ type: 'Unknown', principalId: 'Anonymous' })
 * ```
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-user-identity.html
 */
export const UnknownIdentity = /*#__PURE__*/ variant('Unknown', {
  ...callerFields,
  ...sessionFields,
  ...identityCenterFields,
  identityProvider: t.string,
})
/** A caller CloudTrail could not determine. */
export type UnknownIdentity = t.TypeOf<typeof UnknownIdentity>

/**
 * The `type` of an identity that has none, as a member of `t.partial`: absent,
 * `undefined` (`t.partial` passes both without asking the member's codec) or
 * `null` (as data lakes write an absent member).
 */
const NoType = t.null as t.Type<null | undefined, null | undefined, unknown>

/**
 * An identity with no `type` at all, as AWS-internal service events write it:
 * `{"accountId": "111122223333", "invokedBy": "AWS Internal"}`. A `type` that
 * is `null` (as data lakes write an absent member) is no `type` too.
 *
 * @example
 * ```ts
 * UntypedIdentity.is({ accountId: '111122223333', invokedBy: 'AWS Internal' })   // true
 * ```
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/non-api-aws-service-events.html
 */
export const UntypedIdentity = /*#__PURE__*/ withFastGuard(
  /*#__PURE__*/ t.partial(
    { type: NoType, .../*#__PURE__*/ nullableMembers({ ...callerFields, ...sessionFields, inScopeOf: InScopeOf }) },
    'UntypedIdentity',
  ),
)
/** An identity with no `type`. */
export type UntypedIdentity = t.TypeOf<typeof UntypedIdentity>

/**
 * An identity whose `type` is a string this library does not know yet. Every
 * field is kept as it came; only `type` is checked.
 *
 * @example
 * ```ts
 * UnrecognizedIdentity.is({ type: 'QuantumUser', principalId: 'Q1' })   // true
 * ```
 */
export const UnrecognizedIdentity = /*#__PURE__*/ withFastGuard(/*#__PURE__*/ t.type({ type: t.string }, 'UnrecognizedIdentity'))
/** An identity whose `type` this library does not know yet. */
export type UnrecognizedIdentity = t.TypeOf<typeof UnrecognizedIdentity>

/**
 * The codec of every documented identity type, by its `type` value. Use it to
 * iterate over the variants; {@link isKnownIdentity} narrows with it.
 *
 * @example
 * ```ts
 * knownIdentityCodecs.get('AssumedRole') === AssumedRoleIdentity   // true
 * const types = [...knownIdentityCodecs.keys()]                    // ['Root', 'IAMUser', 'AssumedRole', ...]
 * ```
 */
export const knownIdentityCodecs: ReadonlyMap<string, t.Mixed> = /*#__PURE__*/ new Map<string, t.Mixed>([
  ['Root', RootIdentity],
  ['IAMUser', IAMUserIdentity],
  ['AssumedRole', AssumedRoleIdentity],
  ['Role', RoleIdentity],
  ['FederatedUser', FederatedUserIdentity],
  ['AWSAccount', AWSAccountIdentity],
  ['AWSService', AWSServiceIdentity],
  ['SAMLUser', SAMLUserIdentity],
  ['WebIdentityUser', WebIdentityUserIdentity],
  ['IdentityCenterUser', IdentityCenterUserIdentity],
  ['Directory', DirectoryIdentity],
  ['Unknown', UnknownIdentity],
])

/** An identity of one of the documented types; `switch (identity.type)` over it is exhaustive. */
export type KnownUserIdentity =
  | RootIdentity
  | IAMUserIdentity
  | AssumedRoleIdentity
  | RoleIdentity
  | FederatedUserIdentity
  | AWSAccountIdentity
  | AWSServiceIdentity
  | SAMLUserIdentity
  | WebIdentityUserIdentity
  | IdentityCenterUserIdentity
  | DirectoryIdentity
  | UnknownIdentity

/**
 * The `type` of a documented identity: `'Root' | 'IAMUser' | 'AssumedRole' | ...`.
 *
 * @example
 * ```ts
 * const type: KnownIdentityType = 'AssumedRole'
 * ```
 */
export type KnownIdentityType = KnownUserIdentity['type']

/** Every `userIdentity` that decodes: a documented type, an unrecognized type, or none. */
export type UserIdentity = KnownUserIdentity | UnrecognizedIdentity | UntypedIdentity

/**
 * Picks the codec for an identity object by its `type`: one Map lookup, no
 * union scan. A `type` key holding `null` (as data lakes write an absent
 * member) or `undefined` (possible in JavaScript, never in JSON) counts as no
 * `type`, as {@link UntypedIdentity} itself accepts it.
 */
function codecFor(u: Record<string, unknown>): t.Mixed {
  const type = Object.hasOwn(u, 'type') ? u['type'] : undefined
  if (type === undefined || type === null) return UntypedIdentity
  return (typeof type === 'string' && knownIdentityCodecs.get(type)) || UnrecognizedIdentity
}

/**
 * `userIdentity`: who made the request. A union tagged by `type`, dispatched
 * with one Map lookup: each documented type decodes with its own codec (so a
 * malformed field of a known type is an error at its path), an unseen type
 * decodes as {@link UnrecognizedIdentity} with every field kept, and an
 * identity with no `type` as {@link UntypedIdentity}.
 *
 * A bare `identity.type === 'AssumedRole'` cannot narrow this union (an
 * unrecognized identity's `type` is any string): call {@link isKnownIdentity}
 * first.
 *
 * @example
 * ```ts
 * const id = { type: 'IAMUser', principalId: 'AIDACKCEVSQ6C2EXAMPLE', arn: 'arn:aws:iam::111122223333:user/janedoe',
 *   accountId: '111122223333', accessKeyId: 'AKIAIOSFODNN7EXAMPLE', userName: 'janedoe' }
 * UserIdentity.is(id)   // true
 * ```
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-user-identity.html
 */
export const UserIdentity: t.Type<UserIdentity, UserIdentity, unknown> = /*#__PURE__*/ new t.Type<UserIdentity, UserIdentity, unknown>(
  'UserIdentity',
  (u): u is UserIdentity => isJsonObject(u) && codecFor(u).is(u),
  (u, c) => (isJsonObject(u) ? (codecFor(u).validate(u, c) as t.Validation<UserIdentity>) : t.failure(u, c)),
  t.identity,
)

/**
 * Narrows an identity to one of the documented types: a Map lookup on `type`
 * plus that type's codec `is`, so a `true` answer is sound. Afterwards
 * `switch (identity.type)` narrows each case and is exhaustive.
 *
 * @param identity - a decoded identity, or any value
 * @returns `true` when the identity is of a documented type and satisfies its codec
 *
 * @example
 * ```ts
 * if (isKnownIdentity(record.userIdentity)) {
 *   switch (record.userIdentity.type) {
 *     case 'AssumedRole': console.log(record.userIdentity.sessionContext?.sessionIssuer?.arn); break
 *     // ...every other type
 *   }
 * }
 * ```
 */
export function isKnownIdentity(identity: unknown): identity is KnownUserIdentity {
  if (!isJsonObject(identity)) return false
  const type = identity['type']
  if (typeof type !== 'string') return false
  const codec = knownIdentityCodecs.get(type)
  return codec !== undefined && codec.is(identity)
}
