import * as t from 'io-ts'
import { defineOperation } from '../operation.js'
import { recommendationLifecycleUpdateMembers } from './request-members.js'
import { TRUSTED_ADVISOR_EVENT_SOURCE } from './shared.js'

/**
 * The `requestParameters` of `UpdateRecommendationLifecycle`: the new `lifecycleStage`, the
 * `updateReasonCode` and `updateReason`, and the recommendation ARN. `updateReason` is `sensitive` in the
 * model: CloudTrail may write `HIDDEN_DUE_TO_SECURITY_REASONS` in its place, which decodes as any string.
 *
 * Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
 * keys not named here pass through untouched.
 *
 * @example
 * ```ts
 * UpdateRecommendationLifecycleRequest.is({
 *   recommendationIdentifier: 'arn:aws:trustedadvisor::111122223333:recommendation/55fa4d2e-bbb7-491a-833b-5773e9589578',
 *   lifecycleStage: 'resolved', updateReasonCode: 'other',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_UpdateRecommendationLifecycle.html
 */
export const UpdateRecommendationLifecycleRequest = t.partial(
  { ...recommendationLifecycleUpdateMembers, recommendationIdentifier: t.string },
  'UpdateRecommendationLifecycleRequest',
)
/** The `requestParameters` of a `UpdateRecommendationLifecycle` record; see the codec of the same name. */
export type UpdateRecommendationLifecycleRequest = t.TypeOf<typeof UpdateRecommendationLifecycleRequest>

/**
 * The `responseElements` of `UpdateRecommendationLifecycle`: the operation has no output (HTTP 200, empty
 * body), so CloudTrail records `null`; an object, should one appear, decodes with its keys kept.
 *
 * @example
 * ```ts
 * UpdateRecommendationLifecycleResponse.is({})   // true: any object; CloudTrail records `null` instead
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_UpdateRecommendationLifecycle.html
 */
export const UpdateRecommendationLifecycleResponse = t.UnknownRecord
/** The `responseElements` of a `UpdateRecommendationLifecycle` record; see the codec of the same name. */
export type UpdateRecommendationLifecycleResponse = t.TypeOf<typeof UpdateRecommendationLifecycleResponse>

/**
 * The `UpdateRecommendationLifecycle` operation, an operation of the Trusted Advisor API (2022-09-15,
 * `trustedadvisor.amazonaws.com`), readOnly `false` (model: no readonly trait; write, idempotent): updates
 * the lifecycle stage of a recommendation of the account.
 *
 * @example
 * ```ts
 * UpdateRecommendationLifecycle.readOnly   // false
 * findOperation('trustedadvisor.amazonaws.com', 'UpdateRecommendationLifecycle') ===
 *   UpdateRecommendationLifecycle   // true
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_UpdateRecommendationLifecycle.html
 */
export const UpdateRecommendationLifecycle = defineOperation({
  eventSource: TRUSTED_ADVISOR_EVENT_SOURCE,
  eventName: 'UpdateRecommendationLifecycle',
  readOnly: false,
  request: UpdateRecommendationLifecycleRequest,
  response: UpdateRecommendationLifecycleResponse,
})

/**
 * The codec of a CloudTrail record of `UpdateRecommendationLifecycle`: the generic record with `eventSource`
 * `trustedadvisor.amazonaws.com`, `eventName` `UpdateRecommendationLifecycle`, and typed `requestParameters`
 * and `responseElements`, each of which may be `null` or absent (failed calls, calls CloudTrail records
 * without payload).
 *
 * @example
 * ```ts
 * UpdateRecommendationLifecycleEvent.is({
 *   eventVersion: '1.09',
 *   userIdentity: {
 *     type: 'AssumedRole', principalId: 'AROAJ45Q7YFFAREXAMPLE:alice',
 *     arn: 'arn:aws:sts::111122223333:assumed-role/SecurityAudit/alice', accountId: '111122223333',
 *     accessKeyId: 'ASIAJEXAMPLEXEG2JICEA',
 *   },
 *   eventTime: '2024-03-06T14:37:11Z', eventSource: 'trustedadvisor.amazonaws.com',
 *   eventName: 'UpdateRecommendationLifecycle', awsRegion: 'us-east-1', sourceIPAddress: '203.0.113.17',
 *   userAgent: 'aws-cli/2.15.30 Python/3.11.8 Linux/6.1.79 exe/x86_64.amzn.2023 command/trustedadvisor.update-recommendation-lifecycle',
 *   requestParameters: {
 *     recommendationIdentifier: 'arn:aws:trustedadvisor::111122223333:recommendation/55fa4d2e-bbb7-491a-833b-5773e9589578',
 *     lifecycleStage: 'resolved', updateReasonCode: 'valid_business_case',
 *     updateReason: 'HIDDEN_DUE_TO_SECURITY_REASONS',
 *   },
 *   responseElements: null, requestID: '8d8e3050-91c7-55e7-ac5e-428af5a453ef',
 *   eventID: '574f0742-169c-5eae-bf83-9bd994a7709a', readOnly: false, eventType: 'AwsApiCall', managementEvent: true,
 *   recipientAccountId: '111122223333', eventCategory: 'Management',
 *   tlsDetails: { tlsVersion: 'TLSv1.3', cipherSuite: 'TLS_AES_128_GCM_SHA256' },
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_UpdateRecommendationLifecycle.html
 */
export const UpdateRecommendationLifecycleEvent = UpdateRecommendationLifecycle.event
/** A CloudTrail record of `UpdateRecommendationLifecycle`; see the codec of the same name. */
export type UpdateRecommendationLifecycleEvent = t.TypeOf<typeof UpdateRecommendationLifecycleEvent>

/**
 * A sound guard for `UpdateRecommendationLifecycle` records: the literal `eventSource` and `eventName` and
 * every payload member are checked by the codec, so a record it accepts really has the typed shape. A failed
 * call (`errorCode` set, payloads `null` or absent) is accepted too.
 *
 * @param u - a record, or any value
 * @returns `true` when `u` is a record of `UpdateRecommendationLifecycle` that satisfies
 * {@link UpdateRecommendationLifecycleEvent}
 *
 * @example
 * ```ts
 * for (const event of parseRecords(text).records) {
 *   if (isUpdateRecommendationLifecycleEvent(event)) console.log(event.requestParameters?.lifecycleStage)
 * }
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_UpdateRecommendationLifecycle.html
 */
export function isUpdateRecommendationLifecycleEvent(u: unknown): u is UpdateRecommendationLifecycleEvent {
  return UpdateRecommendationLifecycleEvent.is(u)
}
