import * as t from 'io-ts'
import { defineOperation } from '../operation.js'
import { SUPPORT_PLANS_EVENT_SOURCE } from './shared.js'

/**
 * The `requestParameters` of `ListSupportPlanModifiers`: the action is known only from the
 * `AWSSupportPlansFullAccess` managed policy; no public model and no CloudTrail sample shows its parameters,
 * so any JSON value (or `null`) decodes and is kept as it came (type `unknown`).
 *
 * @example
 * ```ts
 * ListSupportPlanModifiersRequest.is([1, 'two', null])   // true: any JSON value, typed `unknown`
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-support-plans.html
 */
export const ListSupportPlanModifiersRequest = t.unknown
/** The `requestParameters` of a `ListSupportPlanModifiers` record; see the codec of the same name. */
export type ListSupportPlanModifiersRequest = t.TypeOf<typeof ListSupportPlanModifiersRequest>

/**
 * The `responseElements` of `ListSupportPlanModifiers`: shape unknown (no public model, no sample), so any
 * JSON value decodes and is kept as it came (type `unknown`).
 *
 * @example
 * ```ts
 * ListSupportPlanModifiersResponse.is([1, 'two', null])   // true: any JSON value, typed `unknown`
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-support-plans.html
 */
export const ListSupportPlanModifiersResponse = t.unknown
/** The `responseElements` of a `ListSupportPlanModifiers` record; see the codec of the same name. */
export type ListSupportPlanModifiersResponse = t.TypeOf<typeof ListSupportPlanModifiersResponse>

/**
 * The `ListSupportPlanModifiers` operation, an AWS Support Plans operation (`supportplans.amazonaws.com`, no
 * public API model), readOnly `true` (inferred from IAM access level): lists the modifiers of the support
 * plan. Its request and response shapes are unknown: both decode as any JSON value, typed `unknown`, and the
 * record still narrows by `eventName`.
 *
 * @example
 * ```ts
 * ListSupportPlanModifiers.readOnly   // true
 * findOperation('supportplans.amazonaws.com', 'ListSupportPlanModifiers') === ListSupportPlanModifiers   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-support-plans.html
 * @see https://docs.aws.amazon.com/awssupport/latest/user/managed-policies-aws-support-plans.html
 */
export const ListSupportPlanModifiers = defineOperation({
  eventSource: SUPPORT_PLANS_EVENT_SOURCE,
  eventName: 'ListSupportPlanModifiers',
  readOnly: true,
  request: ListSupportPlanModifiersRequest,
  response: ListSupportPlanModifiersResponse,
})

/**
 * The codec of a CloudTrail record of `ListSupportPlanModifiers`: the generic record with `eventSource`
 * `supportplans.amazonaws.com`, `eventName` `ListSupportPlanModifiers`, and typed `requestParameters` and
 * `responseElements`, each of which may be `null` or absent (failed calls, calls CloudTrail records without
 * payload).
 *
 * @example
 * ```ts
 * ListSupportPlanModifiersEvent.is({
 *   eventVersion: '1.08',
 *   userIdentity: {
 *     type: 'AssumedRole', principalId: 'AROAJ45Q7YFFAREXAMPLE:janedoe',
 *     arn: 'arn:aws:sts::111122223333:assumed-role/Admin/janedoe', accountId: '111122223333',
 *     accessKeyId: 'ASIAJEXAMPLEXEG2JICEA',
 *   },
 *   eventTime: '2024-03-08T09:02:11Z', eventSource: 'supportplans.amazonaws.com',
 *   eventName: 'ListSupportPlanModifiers', awsRegion: 'us-west-2', sourceIPAddress: '198.51.100.24',
 *   userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0',
 *   requestParameters: null, responseElements: null, requestID: 'b46223ca-48ad-5222-9052-4705676b64fc',
 *   eventID: 'fe5e058c-e0a3-5359-b87d-967fc8dacade', readOnly: true, eventType: 'AwsApiCall', managementEvent: true,
 *   recipientAccountId: '111122223333', eventCategory: 'Management', sessionCredentialFromConsole: 'true',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-support-plans.html
 */
export const ListSupportPlanModifiersEvent = ListSupportPlanModifiers.event
/** A CloudTrail record of `ListSupportPlanModifiers`; see the codec of the same name. */
export type ListSupportPlanModifiersEvent = t.TypeOf<typeof ListSupportPlanModifiersEvent>

/**
 * A sound guard for `ListSupportPlanModifiers` records: the literal `eventSource` and `eventName` and every
 * payload member are checked by the codec, so a record it accepts really has the typed shape. A failed call
 * (`errorCode` set, payloads `null` or absent) is accepted too.
 *
 * @param u - a record, or any value
 * @returns `true` when `u` is a record of `ListSupportPlanModifiers` that satisfies
 * {@link ListSupportPlanModifiersEvent}
 *
 * @example
 * ```ts
 * for (const event of parseRecords(text).records) {
 *   if (isListSupportPlanModifiersEvent(event)) console.log(event.requestParameters)
 * }
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-support-plans.html
 */
export function isListSupportPlanModifiersEvent(u: unknown): u is ListSupportPlanModifiersEvent {
  return ListSupportPlanModifiersEvent.is(u)
}
