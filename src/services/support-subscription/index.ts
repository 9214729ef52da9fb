import type * as t from 'io-ts'
import { defineService } from '../operation.js'
import { DescribeSupportLevelSummary } from './describe-support-level-summary.js'
import { UpdateProbationAutoCancellation } from './update-probation-auto-cancellation.js'
import { UpdateSupportLevel } from './update-support-level.js'
import { SUPPORT_SUBSCRIPTION_EVENT_SOURCE } from './shared.js'

/**
 * The legacy AWS Support Plans console names that CloudTrail logged under
 * `support-subscription.amazonaws.com` until 2022-08-03: 3 operations, typed from the documented samples, a
 * Map from eventName to operation, the {@link SupportSubscriptionEvent} codec and its guard. Newer records
 * use `supportplans.amazonaws.com`.
 *
 * @example
 * ```ts
 * SupportSubscription.byName.get('UpdateSupportLevel')?.readOnly   // false
 * SupportSubscription.operations.length                            // 3
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-support-plans.html
 */
export const SupportSubscription = defineService(SUPPORT_SUBSCRIPTION_EVENT_SOURCE, [
  DescribeSupportLevelSummary,
  UpdateProbationAutoCancellation,
  UpdateSupportLevel,
] as const)

/**
 * The operation table of legacy support-subscription: every operation with its `eventName`, `readOnly` and
 * its request, response and event codecs, as the shared specification lists them.
 *
 * @example
 * ```ts
 * for (const op of supportSubscriptionOperations) console.log(op.eventName, op.readOnly)
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-support-plans.html
 */
export const supportSubscriptionOperations = SupportSubscription.operations

/**
 * The codec of a CloudTrail record of any legacy support-subscription operation
 * (`support-subscription.amazonaws.com`): a union discriminated by `eventName`, dispatched with one Map
 * lookup on `eventName` and then checked by that operation's codec. Decoding returns the very object it was
 * given.
 *
 * @example
 * ```ts
 * const result = SupportSubscriptionEvent.decode(JSON.parse(text))
 * if (result._tag === 'Right') console.log(result.right.eventName)
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-support-plans.html
 */
export const SupportSubscriptionEvent = SupportSubscription.event
/** A CloudTrail record of a `support-subscription.amazonaws.com` operation; see the codec of the same name. */
export type SupportSubscriptionEvent = t.TypeOf<typeof SupportSubscriptionEvent>

/**
 * A sound guard for legacy support-subscription records: it looks the operation up by `(eventSource,
 * eventName)` and checks the record with that operation's codec, so `switch (event.eventName)` then narrows
 * `requestParameters` and `responseElements` to the operation's types. A record whose payload does not match
 * its operation (kept by `onOperationMismatch: 'generic'`) is rejected.
 *
 * @param u - a record, or any value
 * @returns `true` when `u` is a record of a `support-subscription.amazonaws.com` operation and satisfies its
 * codec
 *
 * @example
 * ```ts
 * for (const event of parseRecords(text).records) {
 *   if (!isSupportSubscriptionEvent(event)) continue
 *   switch (event.eventName) {
 *     case 'UpdateSupportLevel':
 *       console.log(event.responseElements?.supportLevel)
 *       break
 *   }
 * }
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-support-plans.html
 */
export function isSupportSubscriptionEvent(u: unknown): u is SupportSubscriptionEvent {
  return SupportSubscription.is(u)
}

export * from './shared.js'
export * from './describe-support-level-summary.js'
export * from './update-probation-auto-cancellation.js'
export * from './update-support-level.js'
