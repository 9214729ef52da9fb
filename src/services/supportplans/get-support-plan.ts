import * as t from 'io-ts'
import { defineOperation } from '../operation.js'
import { SUPPORT_PLANS_EVENT_SOURCE } from './shared.js'

/**
 * The `requestParameters` of `GetSupportPlan`: the call takes no input and CloudTrail records `null` (as the
 * documented sample shows); an object, should one appear, decodes with its keys kept.
 *
 * @example
 * ```ts
 * GetSupportPlanRequest.is({})   // true: any object; CloudTrail records `null` instead
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-support-plans.html
 */
export const GetSupportPlanRequest = t.UnknownRecord
/** The `requestParameters` of a `GetSupportPlan` record; see the codec of the same name. */
export type GetSupportPlanRequest = t.TypeOf<typeof GetSupportPlanRequest>

/**
 * The `responseElements` of `GetSupportPlan`: no public model exists and the documented sample records
 * `null`, so any JSON value decodes and is kept as it came (type `unknown`).
 *
 * @example
 * ```ts
 * GetSupportPlanResponse.is([1, 'two', null])   // true: any JSON value, typed `unknown`
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-support-plans.html
 */
export const GetSupportPlanResponse = t.unknown
/** The `responseElements` of a `GetSupportPlan` record; see the codec of the same name. */
export type GetSupportPlanResponse = t.TypeOf<typeof GetSupportPlanResponse>

/**
 * The `GetSupportPlan` operation, an AWS Support Plans operation (`supportplans.amazonaws.com`, no public API
 * model), readOnly `true` (observed in CloudTrail sample): gets the support plan of the account.
 *
 * @example
 * ```ts
 * GetSupportPlan.readOnly   // true
 * findOperation('supportplans.amazonaws.com', 'GetSupportPlan') === GetSupportPlan   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-support-plans.html
 */
export const GetSupportPlan = defineOperation({
  eventSource: SUPPORT_PLANS_EVENT_SOURCE,
  eventName: 'GetSupportPlan',
  readOnly: true,
  request: GetSupportPlanRequest,
  response: GetSupportPlanResponse,
})

/**
 * The codec of a CloudTrail record of `GetSupportPlan`: the generic record with `eventSource`
 * `supportplans.amazonaws.com`, `eventName` `GetSupportPlan`, and typed `requestParameters` and
 * `responseElements`, each of which may be `null` or absent (failed calls, calls CloudTrail records without
 * payload).
 *
 * @example
 * ```ts
 * GetSupportPlanEvent.is({
 *   eventVersion: '1.08',
 *   userIdentity: {
 *     type: 'AssumedRole', principalId: 'AROAJ45Q7YFFAREXAMPLE:janedoe',
 *     arn: 'arn:aws:sts::111122223333:assumed-role/Admin/janedoe', accountId: '111122223333',
 *     accessKeyId: 'ASIAJEXAMPLEXEG2JICEA',
 *   },
 *   eventTime: '2024-03-08T09:48:11Z', eventSource: 'supportplans.amazonaws.com', eventName: 'GetSupportPlan',
 *   awsRegion: 'us-west-2', sourceIPAddress: '198.51.100.24',
 *   userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0',
 *   requestParameters: null, responseElements: null, requestID: '219e8927-149a-5b4f-9c3a-8396892f1299',
 *   eventID: 'e320cf63-b639-5263-b07b-5f3b55a21298', readOnly: true, eventType: 'AwsApiCall', managementEvent: true,
 *   recipientAccountId: '111122223333', eventCategory: 'Management', sessionCredentialFromConsole: 'true',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-support-plans.html
 */
export const GetSupportPlanEvent = GetSupportPlan.event
/** A CloudTrail record of `GetSupportPlan`; see the codec of the same name. */
export type GetSupportPlanEvent = t.TypeOf<typeof GetSupportPlanEvent>

/**
 * A sound guard for `GetSupportPlan` records: the literal `eventSource` and `eventName` and every payload
 * member are checked by the codec, so a record it accepts really has the typed shape. A failed call
 * (`errorCode` set, payloads `null` or absent) is accepted too.
 *
 * @param u - a record, or any value
 * @returns `true` when `u` is a record of `GetSupportPlan` that satisfies {@link GetSupportPlanEvent}
 *
 * @example
 * ```ts
 * for (const event of parseRecords(text).records) {
 *   if (isGetSupportPlanEvent(event)) console.log(event.requestParameters)
 * }
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-support-plans.html
 */
export function isGetSupportPlanEvent(u: unknown): u is GetSupportPlanEvent {
  return GetSupportPlanEvent.is(u)
}
