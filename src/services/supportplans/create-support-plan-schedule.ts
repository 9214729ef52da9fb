import * as t from 'io-ts'
import { defineOperation } from '../operation.js'
import { SUPPORT_PLANS_EVENT_SOURCE } from './shared.js'

/**
 * The `requestParameters` of `CreateSupportPlanSchedule`: the action is known only from the
 * `AWSSupportPlansFullAccess` managed policy; no public model and no CloudTrail sample shows its parameters,
 * so any JSON value (or `null`) decodes and is kept as it came (type `unknown`).
 *
 * @example
 * ```ts
 * CreateSupportPlanScheduleRequest.is([1, 'two', null])   // true: any JSON value, typed `unknown`
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-support-plans.html
 */
export const CreateSupportPlanScheduleRequest = t.unknown
/** The `requestParameters` of a `CreateSupportPlanSchedule` record; see the codec of the same name. */
export type CreateSupportPlanScheduleRequest = t.TypeOf<typeof CreateSupportPlanScheduleRequest>

/**
 * The `responseElements` of `CreateSupportPlanSchedule`: shape unknown (no public model, no sample), so any
 * JSON value decodes and is kept as it came (type `unknown`).
 *
 * @example
 * ```ts
 * CreateSupportPlanScheduleResponse.is([1, 'two', null])   // true: any JSON value, typed `unknown`
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-support-plans.html
 */
export const CreateSupportPlanScheduleResponse = t.unknown
/** The `responseElements` of a `CreateSupportPlanSchedule` record; see the codec of the same name. */
export type CreateSupportPlanScheduleResponse = t.TypeOf<typeof CreateSupportPlanScheduleResponse>

/**
 * The `CreateSupportPlanSchedule` operation, an AWS Support Plans operation (`supportplans.amazonaws.com`, no
 * public API model), readOnly `false` (inferred from IAM access level): schedules a change of the support
 * plan. Its request and response shapes are unknown: both decode as any JSON value, typed `unknown`, and the
 * record still narrows by `eventName`.
 *
 * @example
 * ```ts
 * CreateSupportPlanSchedule.readOnly   // false
 * findOperation('supportplans.amazonaws.com', 'CreateSupportPlanSchedule') === CreateSupportPlanSchedule   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-support-plans.html
 * @see https://docs.aws.amazon.com/awssupport/latest/user/managed-policies-aws-support-plans.html
 */
export const CreateSupportPlanSchedule = defineOperation({
  eventSource: SUPPORT_PLANS_EVENT_SOURCE,
  eventName: 'CreateSupportPlanSchedule',
  readOnly: false,
  request: CreateSupportPlanScheduleRequest,
  response: CreateSupportPlanScheduleResponse,
})

/**
 * The codec of a CloudTrail record of `CreateSupportPlanSchedule`: the generic record with `eventSource`
 * `supportplans.amazonaws.com`, `eventName` `CreateSupportPlanSchedule`, and typed `requestParameters` and
 * `responseElements`, each of which may be `null` or absent (failed calls, calls CloudTrail records without
 * payload).
 *
 * @example
 * ```ts
 * CreateSupportPlanScheduleEvent.is({
 *   eventVersion: '1.08',
 *   userIdentity: {
 *     type: 'AssumedRole', principalId: 'AROAJ45Q7YFFAREXAMPLE:janedoe',
 *     arn: 'arn:aws:sts::111122223333:assumed-role/Admin/janedoe', accountId: '111122223333',
 *     accessKeyId: 'ASIAJEXAMPLEXEG2JICEA',
 *   },
 *   eventTime: '2024-03-08T09:01:11Z', eventSource: 'supportplans.amazonaws.com',
 *   eventName: 'CreateSupportPlanSchedule', awsRegion: 'us-west-2', sourceIPAddress: '198.51.100.24',
 *   userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0',
 *   requestParameters: null, responseElements: null, requestID: '41baf5b5-4b2f-52c0-b4c9-c2b571484d01',
 *   eventID: '8fad3c47-50e4-58a2-a0e8-96d196b3df5d', readOnly: false, eventType: 'AwsApiCall', managementEvent: true,
 *   recipientAccountId: '111122223333', eventCategory: 'Management', sessionCredentialFromConsole: 'true',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-support-plans.html
 */
export const CreateSupportPlanScheduleEvent = CreateSupportPlanSchedule.event
/** A CloudTrail record of `CreateSupportPlanSchedule`; see the codec of the same name. */
export type CreateSupportPlanScheduleEvent = t.TypeOf<typeof CreateSupportPlanScheduleEvent>

/**
 * A sound guard for `CreateSupportPlanSchedule` records: the literal `eventSource` and `eventName` and every
 * payload member are checked by the codec, so a record it accepts really has the typed shape. A failed call
 * (`errorCode` set, payloads `null` or absent) is accepted too.
 *
 * @param u - a record, or any value
 * @returns `true` when `u` is a record of `CreateSupportPlanSchedule` that satisfies
 * {@link CreateSupportPlanScheduleEvent}
 *
 * @example
 * ```ts
 * for (const event of parseRecords(text).records) {
 *   if (isCreateSupportPlanScheduleEvent(event)) console.log(event.requestParameters)
 * }
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-support-plans.html
 */
export function isCreateSupportPlanScheduleEvent(u: unknown): u is CreateSupportPlanScheduleEvent {
  return CreateSupportPlanScheduleEvent.is(u)
}
