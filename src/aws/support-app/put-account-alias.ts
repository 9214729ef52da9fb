import * as t from 'io-ts'

/**
 * The `requestParameters` of `PutAccountAlias`: the new `accountAlias` (1 to 30 characters).
 *
 * Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
 * keys not named here pass through untouched.
 *
 * @example
 * ```ts
 * PutAccountAliasRequest.is({ accountAlias: 'example-prod' })   // true
 * ```
 * @see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_PutAccountAlias.html
 */
export const PutAccountAliasRequest = /*#__PURE__*/ t.partial({ accountAlias: t.string }, 'PutAccountAliasRequest')
/** The `requestParameters` of a `PutAccountAlias` record; see the codec of the same name. */
export type PutAccountAliasRequest = t.TypeOf<typeof PutAccountAliasRequest>

/**
 * The `responseElements` of `PutAccountAlias`: the operation returns no members, so CloudTrail records
 * `null`; an object, should one appear, decodes with its keys kept.
 *
 * @example
 * ```ts
 * PutAccountAliasResponse.is({})   // true: any object; CloudTrail records `null` instead
 * ```
 * @see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_PutAccountAlias.html
 */
export const PutAccountAliasResponse = t.UnknownRecord
/** The `responseElements` of a `PutAccountAlias` record; see the codec of the same name. */
export type PutAccountAliasResponse = t.TypeOf<typeof PutAccountAliasResponse>
