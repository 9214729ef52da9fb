import * as t from 'io-ts'
import { dictionaryEncodedAsIs } from '../codec/encode-as-is.js'
import { withFastGuard } from '../codec/fast-guard.js'
import { nullable } from '../codec/nullable.js'
import type { NullableType } from '../codec/nullable.js'
import { openEnum } from '../codec/open-enum.js'

/**
 * Makes every member of an object codec accept `null` as well, kept as it is:
 * data lakes and SIEMs (Athena and Glue exports, Security Lake, Panther,
 * Splunk) write an absent optional member as `null`. `nullable` is compiled by
 * the fast guards, so the check stays one comparison.
 *
 * @param props - the members
 * @returns the same members, each wrapped in `nullable`
 */
export function nullableMembers<const P extends t.Props>(props: P): { readonly [K in keyof P]: NullableType<P[K]> } {
  const members: Record<string, t.Mixed> = {}
  for (const key of Object.keys(props)) members[key] = nullable(props[key] as t.Mixed)
  return members as { readonly [K in keyof P]: NullableType<P[K]> }
}

/**
 * A boolean written as a string, as CloudTrail writes `mfaAuthenticated`:
 * `"true"` or `"false"`. A JSON boolean here is an error.
 *
 * @example
 * ```ts
 * StringBoolean.is('false')   // true
 * StringBoolean.is(false)     // false
 * ```
 */
export const StringBoolean = /*#__PURE__*/ t.union([/*#__PURE__*/ t.literal('true'), /*#__PURE__*/ t.literal('false')], 'StringBoolean')
/** `"true"` or `"false"`. */
export type StringBoolean = t.TypeOf<typeof StringBoolean>

/**
 * `sessionContext.sessionIssuer.type`: who issued the temporary credentials.
 *
 * @example
 * ```ts
 * SessionIssuerType.isKnown('Role')   // true
 * ```
 */
export const SessionIssuerType = /*#__PURE__*/ openEnum('SessionIssuerType', ['Root', 'IAMUser', 'Role'] as const)
/** The type of a session issuer. */
export type SessionIssuerType = t.TypeOf<typeof SessionIssuerType>

/**
 * `sessionContext.sessionIssuer`: the role or user that issued a session's
 * credentials. Empty (`{}`) for IAM user and root console sessions.
 *
 * @example
 * ```ts
 * SessionIssuer.is({ type: 'Role', principalId: 'AROAEXAMPLEROLEID', arn: 'arn:aws:iam::111122223333:role/AppRole',
 *   accountId: '111122223333', userName: 'AppRole' })
 * ```
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-user-identity.html
 */
export const SessionIssuer = /*#__PURE__*/ withFastGuard(
  /*#__PURE__*/ t.partial(
    /*#__PURE__*/ nullableMembers({ type: SessionIssuerType, principalId: t.string, arn: t.string, accountId: t.string, userName: t.string }),
    'SessionIssuer',
  ),
)
/** The issuer of a session. */
export type SessionIssuer = t.TypeOf<typeof SessionIssuer>

/**
 * `sessionContext.webIdFederationData`: the identity provider of a web identity
 * session. Usually `{}`; absent and empty both mean "no provider".
 *
 * @example
 * ```ts
 * WebIdFederationData.is({ federatedProvider: 'accounts.google.com', attributes: { 'accounts.google.com:sub': '1234' } })
 * ```
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-user-identity.html
 */
export const WebIdFederationData = /*#__PURE__*/ withFastGuard(
  /*#__PURE__*/ t.partial(
    /*#__PURE__*/ nullableMembers({
      federatedProvider: t.string,
      attributes: /*#__PURE__*/ dictionaryEncodedAsIs(/*#__PURE__*/ t.record(t.string, t.string)),
    }),
    'WebIdFederationData',
  ),
)
/** The identity provider data of a web identity session. */
export type WebIdFederationData = t.TypeOf<typeof WebIdFederationData>

/**
 * `sessionContext.attributes`: when the session's credentials were issued and
 * whether the session was authenticated with MFA (`"true"` / `"false"` strings).
 *
 * @example
 * ```ts
 * SessionAttributes.is({ creationDate: '2016-04-13T17:51:37Z', mfaAuthenticated: 'false' })
 * ```
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-user-identity.html
 */
export const SessionAttributes = /*#__PURE__*/ withFastGuard(
  /*#__PURE__*/ t.partial(
    // creationDate occurs in basic (20131102T010628Z) and extended ISO form: kept as written.
    /*#__PURE__*/ nullableMembers({ creationDate: t.string, mfaAuthenticated: StringBoolean }),
    'SessionAttributes',
  ),
)
/** The attributes of a session. */
export type SessionAttributes = t.TypeOf<typeof SessionAttributes>

/**
 * `userIdentity.sessionContext`: present when the request was made with
 * temporary credentials (role sessions, federation, console sessions).
 *
 * @example
 * ```ts
 * SessionContext.is({
 *   sessionIssuer: { type: 'Role', arn: 'arn:aws:iam::111122223333:role/AppRole', userName: 'AppRole' },
 *   attributes: { creationDate: '2024-05-01T08:00:00Z', mfaAuthenticated: 'false' },
 *   ec2RoleDelivery: '2.0',
 * })
 * ```
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-user-identity.html
 */
export const SessionContext = /*#__PURE__*/ withFastGuard(
  /*#__PURE__*/ t.partial(
    /*#__PURE__*/ nullableMembers({
      sessionIssuer: SessionIssuer,
      webIdFederationData: WebIdFederationData,
      attributes: SessionAttributes,
      sourceIdentity: t.string,
      ec2RoleDelivery: t.string,
      ec2IssuedInVPC: t.string,
      assumedRoot: t.string,
      signInSessionArn: t.string,
    }),
    'SessionContext',
  ),
)
/** The session of a caller that used temporary credentials. */
export type SessionContext = t.TypeOf<typeof SessionContext>

/**
 * `userIdentity.onBehalfOf`: the IAM Identity Center user a call was made for.
 *
 * @example
 * ```ts
 * OnBehalfOf.is({ userId: '544894e8-80c1-707f-60e3-3ba6510dfac1',
 *   identityStoreArn: 'arn:aws:identitystore::111122223333:identitystore/d-1234567890' })
 * ```
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-user-identity.html
 */
export const OnBehalfOf = /*#__PURE__*/ withFastGuard(
  /*#__PURE__*/ t.partial(/*#__PURE__*/ nullableMembers({ userId: t.string, identityStoreArn: t.string }), 'OnBehalfOf'),
)
/** The Identity Center user a call was made for. */
export type OnBehalfOf = t.TypeOf<typeof OnBehalfOf>

/**
 * `userIdentity.inScopeOf`: the resource (Lambda function, EC2 instance, ECS
 * task) whose credentials a service used. Lambda records also carry
 * `credentialsIssuedToVersion`, the ARN of the function version.
 *
 * @example
 * ```ts
 * InScopeOf.is({ issuerType: 'AWS::Lambda::Function',
 *   credentialsIssuedTo: 'arn:aws:lambda:us-east-1:111122223333:function:my-fn',
 *   credentialsIssuedToVersion: 'arn:aws:lambda:us-east-1:111122223333:function:my-fn:7' })
 * ```
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-user-identity.html
 */
export const InScopeOf = /*#__PURE__*/ withFastGuard(
  /*#__PURE__*/ t.partial(
    /*#__PURE__*/ nullableMembers({
      sourceArn: t.string,
      sourceAccount: t.string,
      issuerType: t.string,
      credentialsIssuedTo: t.string,
      credentialsIssuedToVersion: t.string,
    }),
    'InScopeOf',
  ),
)
/** The resource scope of service credentials. */
export type InScopeOf = t.TypeOf<typeof InScopeOf>

/**
 * `userIdentity.invokedByDelegate`: the product provider account acting with
 * temporary delegated access.
 *
 * @example
 * ```ts
 * InvokedByDelegate.is({ accountId: '444455556666' })
 * ```
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-user-identity.html
 */
export const InvokedByDelegate = /*#__PURE__*/ withFastGuard(
  /*#__PURE__*/ t.partial(/*#__PURE__*/ nullableMembers({ accountId: t.string }), 'InvokedByDelegate'),
)
/** The provider account acting with delegated access. */
export type InvokedByDelegate = t.TypeOf<typeof InvokedByDelegate>
