import * as t from 'io-ts'
import { recommendationLifecycleUpdateMembers } from './request-members.js'

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
export const UpdateOrganizationRecommendationLifecycleRequest = /*#__PURE__*/ t.partial(
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
