import * as t from 'io-ts'
import { SigninResult } from './shared.js'

/**
 * The `requestParameters` of `RenewRole`: the event has no input and CloudTrail records `null`; an object, should
 * one appear, decodes with its keys kept.
 *
 * @example
 * ```ts
 * RenewRoleRequest.is({})   // true: any object; CloudTrail records `null`
 * ```
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-console.html
 */
export const RenewRoleRequest = t.UnknownRecord
/** The `requestParameters` of a `RenewRole` record; see the codec of the same name. */
export type RenewRoleRequest = t.TypeOf<typeof RenewRoleRequest>

/**
 * The `responseElements` of `RenewRole`: the result of the console renewing the credentials of a role session it holds, under the event's own name:
 * `{ "RenewRole": "Success" }`. Keys not named here are kept.
 *
 * @example
 * ```ts
 * RenewRoleResponse.is({ RenewRole: 'Success' })   // true
 * ```
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-console.html
 */
export const RenewRoleResponse = /*#__PURE__*/ t.partial({ RenewRole: SigninResult }, 'RenewRoleResponse')
/** The `responseElements` of a `RenewRole` record; see the codec of the same name. */
export type RenewRoleResponse = t.TypeOf<typeof RenewRoleResponse>

/**
 * The `additionalEventData` of `RenewRole`:
 *
 * - `RenewedBy`: the ARN of the principal the session was renewed for;
 * - `RedirectTo`: the console page the user was sent to.
 *
 * Every member is optional and keys not named here are kept. (`additionalEventData` is not part of an
 * operation's table: `signInAdditionalData(event)` reads it typed, `signInSummary(event)` sums it up.)
 *
 * @example
 * ```ts
 * RenewRoleAdditionalData.is({ RenewedBy: 'arn:aws:iam::111122223333:user/Alice', RedirectTo: 'https://console.aws.amazon.com/console/home' })   // true
 * ```
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-console.html
 */
export const RenewRoleAdditionalData = /*#__PURE__*/ t.partial(
  {
    RenewedBy: t.string,
    RedirectTo: t.string,
  },
  'RenewRoleAdditionalData',
)
/** The `additionalEventData` of a `RenewRole` record; see the codec of the same name. */
export type RenewRoleAdditionalData = t.TypeOf<typeof RenewRoleAdditionalData>
