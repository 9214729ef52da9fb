import * as t from 'io-ts'
import { recommendationLifecycleUpdateMembers } from './request-members.js'

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
export const UpdateRecommendationLifecycleRequest = /*#__PURE__*/ t.partial(
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
