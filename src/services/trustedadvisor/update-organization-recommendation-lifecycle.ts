import * as t from 'io-ts'
import { defineOperation } from '../operation.js'
import { recommendationLifecycleUpdateMembers } from './request-members.js'
import { TRUSTED_ADVISOR_EVENT_SOURCE } from './shared.js'

/**
 * The `requestParameters` of `UpdateOrganizationRecommendationLifecycle`: the new `lifecycleStage`, the
 * `updateReasonCode` and `updateReason`, and the organization recommendation ARN. `updateReason` is
 * `sensitive` in the model: CloudTrail may write `HIDDEN_DUE_TO_SECURITY_REASONS` in its place, which decodes
 * as any string.
 *
 * Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
 * keys not named here pass through untouched.
 *
 * @example
 * ```ts
 * UpdateOrganizationRecommendationLifecycleRequest.is({
 *   organizationRecommendationIdentifier: 'arn:aws:trustedadvisor:::organization-recommendation/4ab8f2c1-6d3e-4f5a-9b0c-1d2e3f4a5b6c',
 *   lifecycleStage: 'dismissed',
 *   updateReasonCode: 'not_applicable',
 *   updateReason: 'HIDDEN_DUE_TO_SECURITY_REASONS',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_UpdateOrganizationRecommendationLifecycle.html
 */
export const UpdateOrganizationRecommendationLifecycleRequest = t.partial(
  { ...recommendationLifecycleUpdateMembers, organizationRecommendationIdentifier: t.string },
  'UpdateOrganizationRecommendationLifecycleRequest',
)
/** The `requestParameters` of a `UpdateOrganizationRecommendationLifecycle` record; see the codec of the same name. */
export type UpdateOrganizationRecommendationLifecycleRequest =
  t.TypeOf<typeof UpdateOrganizationRecommendationLifecycleRequest>

/**
 * The `responseElements` of `UpdateOrganizationRecommendationLifecycle`: the operation has no output (HTTP
 * 200, empty body), so CloudTrail records `null`; an object, should one appear, decodes with its keys kept.
 *
 * @example
 * ```ts
 * UpdateOrganizationRecommendationLifecycleResponse.is({})   // true: any object; CloudTrail records `null` instead
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_UpdateOrganizationRecommendationLifecycle.html
 */
export const UpdateOrganizationRecommendationLifecycleResponse = t.UnknownRecord
/** The `responseElements` of a `UpdateOrganizationRecommendationLifecycle` record; see the codec of the same name. */
export type UpdateOrganizationRecommendationLifecycleResponse =
  t.TypeOf<typeof UpdateOrganizationRecommendationLifecycleResponse>

/**
 * The `UpdateOrganizationRecommendationLifecycle` operation, an operation of the Trusted Advisor API
 * (2022-09-15, `trustedadvisor.amazonaws.com`), readOnly `false` (model: no readonly trait; write,
 * idempotent): updates the lifecycle stage of an organization (Trusted Advisor Priority) recommendation.
 *
 * @example
 * ```ts
 * UpdateOrganizationRecommendationLifecycle.readOnly   // false
 * findOperation('trustedadvisor.amazonaws.com', 'UpdateOrganizationRecommendationLifecycle') ===
 *   UpdateOrganizationRecommendationLifecycle   // true
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_UpdateOrganizationRecommendationLifecycle.html
 */
export const UpdateOrganizationRecommendationLifecycle = defineOperation({
  eventSource: TRUSTED_ADVISOR_EVENT_SOURCE,
  eventName: 'UpdateOrganizationRecommendationLifecycle',
  readOnly: false,
  request: UpdateOrganizationRecommendationLifecycleRequest,
  response: UpdateOrganizationRecommendationLifecycleResponse,
})

/**
 * The codec of a CloudTrail record of `UpdateOrganizationRecommendationLifecycle`: the generic record with
 * `eventSource` `trustedadvisor.amazonaws.com`, `eventName` `UpdateOrganizationRecommendationLifecycle`, and
 * typed `requestParameters` and `responseElements`, each of which may be `null` or absent (failed calls,
 * calls CloudTrail records without payload).
 *
 * @example
 * ```ts
 * UpdateOrganizationRecommendationLifecycleEvent.is({
 *   eventVersion: '1.09',
 *   userIdentity: {
 *     type: 'AssumedRole', principalId: 'AROAJ45Q7YFFAREXAMPLE:alice',
 *     arn: 'arn:aws:sts::111122223333:assumed-role/OrgSecurityAudit/alice', accountId: '111122223333',
 *     accessKeyId: 'ASIAJEXAMPLEXEG2JICEA',
 *   },
 *   eventTime: '2024-03-06T14:36:11Z', eventSource: 'trustedadvisor.amazonaws.com',
 *   eventName: 'UpdateOrganizationRecommendationLifecycle', awsRegion: 'us-east-1', sourceIPAddress: '203.0.113.17',
 *   userAgent: 'aws-cli/2.15.30 Python/3.11.8 Linux/6.1.79 exe/x86_64.amzn.2023 command/trustedadvisor.update-organization-recommendation-lifecycle',
 *   requestParameters: {
 *     organizationRecommendationIdentifier: 'arn:aws:trustedadvisor:::organization-recommendation/4ab8f2c1-6d3e-4f5a-9b0c-1d2e3f4a5b6c',
 *     lifecycleStage: 'dismissed', updateReasonCode: 'not_applicable',
 *     updateReason: 'HIDDEN_DUE_TO_SECURITY_REASONS',
 *   },
 *   responseElements: null, requestID: '2e79142e-cbce-5a5b-af49-8d74f3ad7b2f',
 *   eventID: 'e1a979ba-02ca-5652-86e6-4e66cd13652c', readOnly: false, eventType: 'AwsApiCall', managementEvent: true,
 *   recipientAccountId: '111122223333', eventCategory: 'Management',
 *   tlsDetails: { tlsVersion: 'TLSv1.3', cipherSuite: 'TLS_AES_128_GCM_SHA256' },
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_UpdateOrganizationRecommendationLifecycle.html
 */
export const UpdateOrganizationRecommendationLifecycleEvent = UpdateOrganizationRecommendationLifecycle.event
/** A CloudTrail record of `UpdateOrganizationRecommendationLifecycle`; see the codec of the same name. */
export type UpdateOrganizationRecommendationLifecycleEvent =
  t.TypeOf<typeof UpdateOrganizationRecommendationLifecycleEvent>

/**
 * A sound guard for `UpdateOrganizationRecommendationLifecycle` records: the literal `eventSource` and
 * `eventName` and every payload member are checked by the codec, so a record it accepts really has the typed
 * shape. A failed call (`errorCode` set, payloads `null` or absent) is accepted too.
 *
 * @param u - a record, or any value
 * @returns `true` when `u` is a record of `UpdateOrganizationRecommendationLifecycle` that satisfies
 * {@link UpdateOrganizationRecommendationLifecycleEvent}
 *
 * @example
 * ```ts
 * for (const event of parseRecords(text).records) {
 *   if (isUpdateOrganizationRecommendationLifecycleEvent(event)) {
 *     console.log(event.requestParameters?.updateReasonCode)
 *   }
 * }
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_UpdateOrganizationRecommendationLifecycle.html
 */
export function isUpdateOrganizationRecommendationLifecycleEvent(
  u: unknown,
): u is UpdateOrganizationRecommendationLifecycleEvent {
  return UpdateOrganizationRecommendationLifecycleEvent.is(u)
}
