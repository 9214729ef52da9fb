import * as t from 'io-ts'

/**
 * The `requestParameters` of `DeleteAccountAlias`: the operation takes no input, so CloudTrail records
 * `null`; an object, should one appear, decodes with its keys kept.
 *
 * @example
 * ```ts
 * DeleteAccountAliasRequest.is({})   // true: any object; CloudTrail records `null` instead
 * ```
 * @see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_DeleteAccountAlias.html
 */
export const DeleteAccountAliasRequest = t.UnknownRecord
/** The `requestParameters` of a `DeleteAccountAlias` record; see the codec of the same name. */
export type DeleteAccountAliasRequest = t.TypeOf<typeof DeleteAccountAliasRequest>

/**
 * The `responseElements` of `DeleteAccountAlias`: the operation returns no members, so CloudTrail records
 * `null`; an object, should one appear, decodes with its keys kept.
 *
 * @example
 * ```ts
 * DeleteAccountAliasResponse.is({})   // true: any object; CloudTrail records `null` instead
 * ```
 * @see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_DeleteAccountAlias.html
 */
export const DeleteAccountAliasResponse = t.UnknownRecord
/** The `responseElements` of a `DeleteAccountAlias` record; see the codec of the same name. */
export type DeleteAccountAliasResponse = t.TypeOf<typeof DeleteAccountAliasResponse>
