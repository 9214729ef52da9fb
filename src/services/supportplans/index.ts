import type * as t from 'io-ts'
import { defineService } from '../operation.js'
import { CreateSupportPlanSchedule } from './create-support-plan-schedule.js'
import { GetSupportPlan } from './get-support-plan.js'
import { GetSupportPlanUpdateStatus } from './get-support-plan-update-status.js'
import { ListSupportPlanModifiers } from './list-support-plan-modifiers.js'
import { StartSupportPlanUpdate } from './start-support-plan-update.js'
import { SUPPORT_PLANS_EVENT_SOURCE } from './shared.js'

/**
 * AWS Support Plans as CloudTrail logs it under `supportplans.amazonaws.com`: its 5 operations (no public API
 * model; typed where a documented sample shows the shape), a Map from eventName to operation, the
 * {@link SupportPlansEvent} codec and its guard.
 *
 * @example
 * ```ts
 * SupportPlans.byName.get('StartSupportPlanUpdate')?.readOnly   // false
 * SupportPlans.operations.length                                // 5
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-support-plans.html
 */
export const SupportPlans = defineService(SUPPORT_PLANS_EVENT_SOURCE, [
  GetSupportPlan,
  GetSupportPlanUpdateStatus,
  StartSupportPlanUpdate,
  CreateSupportPlanSchedule,
  ListSupportPlanModifiers,
] as const)

/**
 * The operation table of AWS Support Plans: every operation with its `eventName`, `readOnly` and its request,
 * response and event codecs, as the shared specification lists them.
 *
 * @example
 * ```ts
 * for (const op of supportPlansOperations) console.log(op.eventName, op.readOnly)
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-support-plans.html
 */
export const supportPlansOperations = SupportPlans.operations

/**
 * The codec of a CloudTrail record of any AWS Support Plans operation (`supportplans.amazonaws.com`): a union
 * discriminated by `eventName`, dispatched with one Map lookup on `eventName` and then checked by that
 * operation's codec. Decoding returns the very object it was given.
 *
 * @example
 * ```ts
 * const result = SupportPlansEvent.decode(JSON.parse(text))
 * if (result._tag === 'Right') console.log(result.right.eventName)
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-support-plans.html
 */
export const SupportPlansEvent = SupportPlans.event
/** A CloudTrail record of a `supportplans.amazonaws.com` operation; see the codec of the same name. */
export type SupportPlansEvent = t.TypeOf<typeof SupportPlansEvent>

/**
 * A sound guard for AWS Support Plans records: it looks the operation up by `(eventSource, eventName)` and
 * checks the record with that operation's codec, so `switch (event.eventName)` then narrows
 * `requestParameters` and `responseElements` to the operation's types. A record whose payload does not match
 * its operation (kept by `onOperationMismatch: 'generic'`) is rejected.
 *
 * @param u - a record, or any value
 * @returns `true` when `u` is a record of a `supportplans.amazonaws.com` operation and satisfies its codec
 *
 * @example
 * ```ts
 * for (const event of parseRecords(text).records) {
 *   if (!isSupportPlansEvent(event)) continue
 *   switch (event.eventName) {
 *     case 'StartSupportPlanUpdate':
 *       console.log(event.requestParameters?.update?.supportLevel)
 *       break
 *     case 'GetSupportPlanUpdateStatus':
 *       console.log(event.requestParameters?.supportPlanUpdateArn)
 *       break
 *   }
 * }
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-support-plans.html
 */
export function isSupportPlansEvent(u: unknown): u is SupportPlansEvent {
  return SupportPlans.is(u)
}

export * from './shared.js'
export * from './get-support-plan.js'
export * from './get-support-plan-update-status.js'
export * from './start-support-plan-update.js'
export * from './create-support-plan-schedule.js'
export * from './list-support-plan-modifiers.js'
