import * as t from 'io-ts'
import { SigninResult } from './shared.js'

/**
 * The `requestParameters` of `ExitRole`: the event has no input and CloudTrail records `null`; an object, should
 * one appear, decodes with its keys kept.
 *
 * @example
 * ```ts
 * ExitRoleRequest.is({})   // true: any object; CloudTrail records `null`
 * ```
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-console.html
 */
export const ExitRoleRequest = t.UnknownRecord
/** The `requestParameters` of a `ExitRole` record; see the codec of the same name. */
export type ExitRoleRequest = t.TypeOf<typeof ExitRoleRequest>

/**
 * The `responseElements` of `ExitRole`: the result of a console user leaving a role they switched to, under the event's own name:
 * `{ "ExitRole": "Success" }`. Keys not named here are kept.
 *
 * @example
 * ```ts
 * ExitRoleResponse.is({ ExitRole: 'Success' })   // true
 * ```
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-console.html
 */
export const ExitRoleResponse = /*#__PURE__*/ t.partial({ ExitRole: SigninResult }, 'ExitRoleResponse')
/** The `responseElements` of a `ExitRole` record; see the codec of the same name. */
export type ExitRoleResponse = t.TypeOf<typeof ExitRoleResponse>

/**
 * The `additionalEventData` of `ExitRole`:
 *
 * - `RedirectTo`: the console page the user was sent to.
 *
 * Every member is optional and keys not named here are kept. (`additionalEventData` is not part of an
 * operation's table: `signInAdditionalData(event)` reads it typed, `signInSummary(event)` sums it up.)
 *
 * @example
 * ```ts
 * ExitRoleAdditionalData.is({ RedirectTo: 'https://console.aws.amazon.com/console/home' })   // true
 * ```
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-console.html
 */
export const ExitRoleAdditionalData = /*#__PURE__*/ t.partial(
  {
    RedirectTo: t.string,
  },
  'ExitRoleAdditionalData',
)
/** The `additionalEventData` of a `ExitRole` record; see the codec of the same name. */
export type ExitRoleAdditionalData = t.TypeOf<typeof ExitRoleAdditionalData>
