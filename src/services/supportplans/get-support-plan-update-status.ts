import * as t from 'io-ts'
import { defineOperation } from '../operation.js'
import { SUPPORT_PLANS_EVENT_SOURCE } from './shared.js'

/**
 * The `requestParameters` of `GetSupportPlanUpdateStatus`: the `supportPlanUpdateArn` that
 * `StartSupportPlanUpdate` returned. No public model exists: the shape comes from the documented CloudTrail
 * sample.
 *
 * Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
 * keys not named here pass through untouched.
 *
 * @example
 * ```ts
 * GetSupportPlanUpdateStatusRequest.is({
 *   supportPlanUpdateArn: 'arn:aws:supportplans::111122223333:supportplanupdate/0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-support-plans.html
 */
export const GetSupportPlanUpdateStatusRequest = t.partial(
  { supportPlanUpdateArn: t.string },
  'GetSupportPlanUpdateStatusRequest',
)
/** The `requestParameters` of a `GetSupportPlanUpdateStatus` record; see the codec of the same name. */
export type GetSupportPlanUpdateStatusRequest = t.TypeOf<typeof GetSupportPlanUpdateStatusRequest>

/**
 * The `responseElements` of `GetSupportPlanUpdateStatus`: no public model exists and the documented sample
 * records `null`, so any JSON value decodes and is kept as it came (type `unknown`).
 *
 * @example
 * ```ts
 * GetSupportPlanUpdateStatusResponse.is([1, 'two', null])   // true: any JSON value, typed `unknown`
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-support-plans.html
 */
export const GetSupportPlanUpdateStatusResponse = t.unknown
/** The `responseElements` of a `GetSupportPlanUpdateStatus` record; see the codec of the same name. */
export type GetSupportPlanUpdateStatusResponse = t.TypeOf<typeof GetSupportPlanUpdateStatusResponse>

/**
 * The `GetSupportPlanUpdateStatus` operation, an AWS Support Plans operation (`supportplans.amazonaws.com`,
 * no public API model), readOnly `true` (observed in CloudTrail sample): gets the status of a support plan
 * change.
 *
 * @example
 * ```ts
 * GetSupportPlanUpdateStatus.readOnly   // true
 * findOperation('supportplans.amazonaws.com', 'GetSupportPlanUpdateStatus') === GetSupportPlanUpdateStatus   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-support-plans.html
 */
export const GetSupportPlanUpdateStatus = defineOperation({
  eventSource: SUPPORT_PLANS_EVENT_SOURCE,
  eventName: 'GetSupportPlanUpdateStatus',
  readOnly: true,
  request: GetSupportPlanUpdateStatusRequest,
  response: GetSupportPlanUpdateStatusResponse,
})

/**
 * The codec of a CloudTrail record of `GetSupportPlanUpdateStatus`: the generic record with `eventSource`
 * `supportplans.amazonaws.com`, `eventName` `GetSupportPlanUpdateStatus`, and typed `requestParameters` and
 * `responseElements`, each of which may be `null` or absent (failed calls, calls CloudTrail records without
 * payload).
 *
 * @example
 * ```ts
 * GetSupportPlanUpdateStatusEvent.is({
 *   eventVersion: '1.08',
 *   userIdentity: {
 *     type: 'AssumedRole', principalId: 'AROAJ45Q7YFFAREXAMPLE:janedoe',
 *     arn: 'arn:aws:sts::111122223333:assumed-role/Admin/janedoe', accountId: '111122223333',
 *     accessKeyId: 'ASIAJEXAMPLEXEG2JICEA',
 *   },
 *   eventTime: '2024-03-08T09:49:11Z', eventSource: 'supportplans.amazonaws.com',
 *   eventName: 'GetSupportPlanUpdateStatus', awsRegion: 'us-west-2', sourceIPAddress: '198.51.100.24',
 *   userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0',
 *   requestParameters: {
 *     supportPlanUpdateArn: 'arn:aws:supportplans::111122223333:supportplanupdate/0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d',
 *   },
 *   responseElements: null, requestID: 'c4a10fdf-2595-5dc4-8e0d-65958b90c9e4',
 *   eventID: 'bca3ac56-dea9-5dd7-8fe2-c07658fdb559', readOnly: true, eventType: 'AwsApiCall', managementEvent: true,
 *   recipientAccountId: '111122223333', eventCategory: 'Management', sessionCredentialFromConsole: 'true',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-support-plans.html
 */
export const GetSupportPlanUpdateStatusEvent = GetSupportPlanUpdateStatus.event
/** A CloudTrail record of `GetSupportPlanUpdateStatus`; see the codec of the same name. */
export type GetSupportPlanUpdateStatusEvent = t.TypeOf<typeof GetSupportPlanUpdateStatusEvent>

/**
 * A sound guard for `GetSupportPlanUpdateStatus` records: the literal `eventSource` and `eventName` and every
 * payload member are checked by the codec, so a record it accepts really has the typed shape. A failed call
 * (`errorCode` set, payloads `null` or absent) is accepted too.
 *
 * @param u - a record, or any value
 * @returns `true` when `u` is a record of `GetSupportPlanUpdateStatus` that satisfies
 * {@link GetSupportPlanUpdateStatusEvent}
 *
 * @example
 * ```ts
 * for (const event of parseRecords(text).records) {
 *   if (isGetSupportPlanUpdateStatusEvent(event)) console.log(event.requestParameters?.supportPlanUpdateArn)
 * }
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-support-plans.html
 */
export function isGetSupportPlanUpdateStatusEvent(u: unknown): u is GetSupportPlanUpdateStatusEvent {
  return GetSupportPlanUpdateStatusEvent.is(u)
}
