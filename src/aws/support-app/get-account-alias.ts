import * as t from 'io-ts'

/**
 * The `requestParameters` of `GetAccountAlias`: the operation takes no input, so CloudTrail records `null`
 * (as the documented sample shows); an object, should one appear, decodes with its keys kept.
 *
 * @example
 * ```ts
 * GetAccountAliasRequest.is({})   // true: any object; CloudTrail records `null` instead
 * ```
 * @see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_GetAccountAlias.html
 */
export const GetAccountAliasRequest = t.UnknownRecord
/** The `requestParameters` of a `GetAccountAlias` record; see the codec of the same name. */
export type GetAccountAliasRequest = t.TypeOf<typeof GetAccountAliasRequest>

/**
 * The `responseElements` of `GetAccountAlias`: the `accountAlias`. The documented sample records `null`; when
 * CloudTrail records the response, it has this shape.
 *
 * Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
 * keys not named here pass through untouched.
 *
 * @example
 * ```ts
 * GetAccountAliasResponse.is({ accountAlias: 'example-prod' })   // true
 * ```
 * @see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_GetAccountAlias.html
 */
export const GetAccountAliasResponse = /*#__PURE__*/ t.partial({ accountAlias: t.string }, 'GetAccountAliasResponse')
/** The `responseElements` of a `GetAccountAlias` record; see the codec of the same name. */
export type GetAccountAliasResponse = t.TypeOf<typeof GetAccountAliasResponse>
