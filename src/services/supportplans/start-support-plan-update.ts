import * as t from 'io-ts'
import { defineOperation } from '../operation.js'
import { SUPPORT_PLANS_EVENT_SOURCE } from './shared.js'

/**
 * The change that a `StartSupportPlanUpdate` call asks for: the new `supportLevel` (the documented sample
 * shows `BASIC`; no list of values is published, so any string decodes).
 *
 * @example
 * ```ts
 * SupportPlanUpdate.is({ supportLevel: 'BUSINESS' })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-support-plans.html
 */
export const SupportPlanUpdate = t.partial({ supportLevel: t.string }, 'SupportPlanUpdate')
/** The change a StartSupportPlanUpdate call asks for; see the codec of the same name. */
export type SupportPlanUpdate = t.TypeOf<typeof SupportPlanUpdate>

/**
 * The `requestParameters` of `StartSupportPlanUpdate`: an idempotency `clientToken` and the
 * {@link SupportPlanUpdate}. No public model exists: the shape comes from the documented CloudTrail sample.
 *
 * Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
 * keys not named here pass through untouched.
 *
 * @example
 * ```ts
 * StartSupportPlanUpdateRequest.is({
 *   clientToken: '3f2b6c1e-8d4a-4e7b-9c0f-5a1d2e3f4b5c',
 *   update: { supportLevel: 'BUSINESS' },
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-support-plans.html
 */
export const StartSupportPlanUpdateRequest = t.partial(
  { clientToken: t.string, update: SupportPlanUpdate },
  'StartSupportPlanUpdateRequest',
)
/** The `requestParameters` of a `StartSupportPlanUpdate` record; see the codec of the same name. */
export type StartSupportPlanUpdateRequest = t.TypeOf<typeof StartSupportPlanUpdateRequest>

/**
 * The `responseElements` of `StartSupportPlanUpdate`: the `supportPlanUpdateArn` to follow the change with,
 * and the HTTP header `Access-Control-Expose-Headers` that CloudTrail records among the response members
 * (kept as it came).
 *
 * Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
 * keys not named here pass through untouched.
 *
 * @example
 * ```ts
 * StartSupportPlanUpdateResponse.is({
 *   supportPlanUpdateArn: 'arn:aws:supportplans::111122223333:supportplanupdate/0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d',
 *   'Access-Control-Expose-Headers': 'x-amzn-RequestId,x-amzn-ErrorType,x-amzn-ErrorMessage,Date',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-support-plans.html
 */
export const StartSupportPlanUpdateResponse = t.partial(
  { supportPlanUpdateArn: t.string, 'Access-Control-Expose-Headers': t.string },
  'StartSupportPlanUpdateResponse',
)
/** The `responseElements` of a `StartSupportPlanUpdate` record; see the codec of the same name. */
export type StartSupportPlanUpdateResponse = t.TypeOf<typeof StartSupportPlanUpdateResponse>

/**
 * The `StartSupportPlanUpdate` operation, an AWS Support Plans operation (`supportplans.amazonaws.com`, no
 * public API model), readOnly `false` (observed in CloudTrail sample): starts a change of the support plan of
 * the account.
 *
 * @example
 * ```ts
 * StartSupportPlanUpdate.readOnly   // false
 * findOperation('supportplans.amazonaws.com', 'StartSupportPlanUpdate') === StartSupportPlanUpdate   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-support-plans.html
 */
export const StartSupportPlanUpdate = defineOperation({
  eventSource: SUPPORT_PLANS_EVENT_SOURCE,
  eventName: 'StartSupportPlanUpdate',
  readOnly: false,
  request: StartSupportPlanUpdateRequest,
  response: StartSupportPlanUpdateResponse,
})

/**
 * The codec of a CloudTrail record of `StartSupportPlanUpdate`: the generic record with `eventSource`
 * `supportplans.amazonaws.com`, `eventName` `StartSupportPlanUpdate`, and typed `requestParameters` and
 * `responseElements`, each of which may be `null` or absent (failed calls, calls CloudTrail records without
 * payload).
 *
 * @example
 * ```ts
 * StartSupportPlanUpdateEvent.is({
 *   eventVersion: '1.08',
 *   userIdentity: {
 *     type: 'AssumedRole', principalId: 'AROAJ45Q7YFFAREXAMPLE:janedoe',
 *     arn: 'arn:aws:sts::111122223333:assumed-role/Admin/janedoe', accountId: '111122223333',
 *     accessKeyId: 'ASIAJEXAMPLEXEG2JICEA',
 *   },
 *   eventTime: '2024-03-08T09:00:11Z', eventSource: 'supportplans.amazonaws.com', eventName: 'StartSupportPlanUpdate',
 *   awsRegion: 'us-west-2', sourceIPAddress: '198.51.100.24',
 *   userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0',
 *   requestParameters: { clientToken: '3f2b6c1e-8d4a-4e7b-9c0f-5a1d2e3f4b5c', update: { supportLevel: 'BUSINESS' } },
 *   responseElements: {
 *     'Access-Control-Expose-Headers': 'x-amzn-RequestId,x-amzn-ErrorType,x-amzn-ErrorMessage,Date',
 *     supportPlanUpdateArn: 'arn:aws:supportplans::111122223333:supportplanupdate/0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d',
 *   },
 *   requestID: '535013bf-c354-5c6a-bb4a-1732a97a60fb', eventID: 'dbe06dc1-e827-55a9-ac42-b969f573cd97',
 *   readOnly: false, eventType: 'AwsApiCall', managementEvent: true, recipientAccountId: '111122223333',
 *   eventCategory: 'Management', sessionCredentialFromConsole: 'true',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-support-plans.html
 */
export const StartSupportPlanUpdateEvent = StartSupportPlanUpdate.event
/** A CloudTrail record of `StartSupportPlanUpdate`; see the codec of the same name. */
export type StartSupportPlanUpdateEvent = t.TypeOf<typeof StartSupportPlanUpdateEvent>

/**
 * A sound guard for `StartSupportPlanUpdate` records: the literal `eventSource` and `eventName` and every
 * payload member are checked by the codec, so a record it accepts really has the typed shape. A failed call
 * (`errorCode` set, payloads `null` or absent) is accepted too.
 *
 * @param u - a record, or any value
 * @returns `true` when `u` is a record of `StartSupportPlanUpdate` that satisfies
 * {@link StartSupportPlanUpdateEvent}
 *
 * @example
 * ```ts
 * for (const event of parseRecords(text).records) {
 *   if (isStartSupportPlanUpdateEvent(event)) console.log(event.responseElements?.['Access-Control-Expose-Headers'])
 * }
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-support-plans.html
 */
export function isStartSupportPlanUpdateEvent(u: unknown): u is StartSupportPlanUpdateEvent {
  return StartSupportPlanUpdateEvent.is(u)
}
