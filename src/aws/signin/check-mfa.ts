import * as t from 'io-ts'
import { SigninResult } from './shared.js'

/**
 * The `requestParameters` of `CheckMfa`: the event has no input and CloudTrail records `null`; an object, should
 * one appear, decodes with its keys kept.
 *
 * @example
 * ```ts
 * CheckMfaRequest.is({})   // true: any object; CloudTrail records `null`
 * ```
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-aws-console-sign-in-events.html
 */
export const CheckMfaRequest = t.UnknownRecord
/** The `requestParameters` of a `CheckMfa` record; see the codec of the same name. */
export type CheckMfaRequest = t.TypeOf<typeof CheckMfaRequest>

/**
 * The `responseElements` of `CheckMfa`: the result of the sign-in process checking whether the user must pass MFA, under the event's own name:
 * `{ "CheckMfa": "Success" }`. Keys not named here are kept.
 *
 * @example
 * ```ts
 * CheckMfaResponse.is({ CheckMfa: 'Success' })   // true
 * ```
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-aws-console-sign-in-events.html
 */
export const CheckMfaResponse = /*#__PURE__*/ t.partial({ CheckMfa: SigninResult }, 'CheckMfaResponse')
/** The `responseElements` of a `CheckMfa` record; see the codec of the same name. */
export type CheckMfaResponse = t.TypeOf<typeof CheckMfaResponse>

/**
 * The `additionalEventData` of `CheckMfa`:
 *
 * - `MfaType`: the kind of MFA device the user has, as AWS names it (`U2F MFA` in AWS's example).
 *
 * Every member is optional and keys not named here are kept. (`additionalEventData` is not part of an
 * operation's table: `signInAdditionalData(event)` reads it typed, `signInSummary(event)` sums it up.)
 *
 * @example
 * ```ts
 * CheckMfaAdditionalData.is({ MfaType: 'U2F MFA' })   // true
 * ```
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-aws-console-sign-in-events.html
 */
export const CheckMfaAdditionalData = /*#__PURE__*/ t.partial(
  {
    MfaType: t.string,
  },
  'CheckMfaAdditionalData',
)
/** The `additionalEventData` of a `CheckMfa` record; see the codec of the same name. */
export type CheckMfaAdditionalData = t.TypeOf<typeof CheckMfaAdditionalData>
