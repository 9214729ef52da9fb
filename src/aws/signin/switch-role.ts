import * as t from 'io-ts'
import { SigninResult } from './shared.js'

/**
 * The `requestParameters` of `SwitchRole`: the event has no input and CloudTrail records `null`; an object, should
 * one appear, decodes with its keys kept.
 *
 * @example
 * ```ts
 * SwitchRoleRequest.is({})   // true: any object; CloudTrail records `null`
 * ```
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-console.html
 */
export const SwitchRoleRequest = t.UnknownRecord
/** The `requestParameters` of a `SwitchRole` record; see the codec of the same name. */
export type SwitchRoleRequest = t.TypeOf<typeof SwitchRoleRequest>

/**
 * The `responseElements` of `SwitchRole`: the result of a console user switching to a role, under the event's own name:
 * `{ "SwitchRole": "Success" }`. Keys not named here are kept.
 *
 * @example
 * ```ts
 * SwitchRoleResponse.is({ SwitchRole: 'Success' })   // true
 * ```
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-console.html
 */
export const SwitchRoleResponse = /*#__PURE__*/ t.partial({ SwitchRole: SigninResult }, 'SwitchRoleResponse')
/** The `responseElements` of a `SwitchRole` record; see the codec of the same name. */
export type SwitchRoleResponse = t.TypeOf<typeof SwitchRoleResponse>

/**
 * The `additionalEventData` of `SwitchRole`:
 *
 * - `SwitchFrom`: the ARN of the principal that switched (an IAM user, or a role session);
 * - `RedirectTo`: the console page the user was sent to after switching.
 *
 * Every member is optional and keys not named here are kept. (`additionalEventData` is not part of an
 * operation's table: `signInAdditionalData(event)` reads it typed, `signInSummary(event)` sums it up.)
 *
 * @example
 * ```ts
 * SwitchRoleAdditionalData.is({ SwitchFrom: 'arn:aws:iam::111122223333:user/Alice', RedirectTo: 'https://console.aws.amazon.com/s3/home' })   // true
 * ```
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-console.html
 */
export const SwitchRoleAdditionalData = /*#__PURE__*/ t.partial(
  {
    SwitchFrom: t.string,
    RedirectTo: t.string,
  },
  'SwitchRoleAdditionalData',
)
/** The `additionalEventData` of a `SwitchRole` record; see the codec of the same name. */
export type SwitchRoleAdditionalData = t.TypeOf<typeof SwitchRoleAdditionalData>
