import * as t from 'io-ts'

/**
 * One entry of a `BatchUpdateRecommendationResourceExclusion` call: the `arn` of a recommendation resource
 * and whether to exclude it.
 *
 * @example
 * ```ts
 * RecommendationResourceExclusion.is({
 *   arn: 'arn:aws:trustedadvisor::111122223333:recommendation-resource/55fa4d2e-bbb7-491a-833b-5773e9589578/2f8ab1c3d4e5f6a7b8c9d0e1f2a3b4c5',
 *   isExcluded: true,
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_RecommendationResourceExclusion.html
 */
export const RecommendationResourceExclusion = /*#__PURE__*/ t.partial(
  { arn: t.string, isExcluded: t.boolean },
  'RecommendationResourceExclusion',
)
/** One entry of a BatchUpdateRecommendationResourceExclusion call; see the codec of the same name. */
export type RecommendationResourceExclusion = t.TypeOf<typeof RecommendationResourceExclusion>

/**
 * One entry that a `BatchUpdateRecommendationResourceExclusion` call could not update: the resource `arn`, an
 * `errorCode` and an `errorMessage`.
 *
 * @example
 * ```ts
 * UpdateRecommendationResourceExclusionError.is({
 *   arn: 'arn:aws:trustedadvisor::111122223333:recommendation-resource/55fa4d2e-bbb7-491a-833b-5773e9589578/2f8ab1c3d4e5f6a7b8c9d0e1f2a3b4c5',
 *   errorCode: 'ResourceNotFound',
 *   errorMessage: 'The recommendation resource does not exist.',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_UpdateRecommendationResourceExclusionError.html
 */
export const UpdateRecommendationResourceExclusionError = /*#__PURE__*/ t.partial(
  { arn: t.string, errorCode: t.string, errorMessage: t.string },
  'UpdateRecommendationResourceExclusionError',
)
/** One failed entry of a BatchUpdateRecommendationResourceExclusion call; see the codec of the same name. */
export type UpdateRecommendationResourceExclusionError = t.TypeOf<typeof UpdateRecommendationResourceExclusionError>

/**
 * The `requestParameters` of `BatchUpdateRecommendationResourceExclusion`: the
 * `recommendationResourceExclusions` to apply (1 to 25 in the model).
 *
 * Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
 * keys not named here pass through untouched.
 *
 * @example
 * ```ts
 * BatchUpdateRecommendationResourceExclusionRequest.is({
 *   recommendationResourceExclusions: [
 *     {
 *       arn: 'arn:aws:trustedadvisor::111122223333:recommendation-resource/55fa4d2e-bbb7-491a-833b-5773e9589578/2f8ab1c3d4e5f6a7b8c9d0e1f2a3b4c5',
 *       isExcluded: true,
 *     },
 *   ],
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_BatchUpdateRecommendationResourceExclusion.html
 */
export const BatchUpdateRecommendationResourceExclusionRequest = /*#__PURE__*/ t.partial(
  { recommendationResourceExclusions: /*#__PURE__*/ t.array(RecommendationResourceExclusion) },
  'BatchUpdateRecommendationResourceExclusionRequest',
)
/** The `requestParameters` of a `BatchUpdateRecommendationResourceExclusion` record; see the codec of the same name. */
export type BatchUpdateRecommendationResourceExclusionRequest =
  t.TypeOf<typeof BatchUpdateRecommendationResourceExclusionRequest>

/**
 * The `responseElements` of `BatchUpdateRecommendationResourceExclusion`: the entries that could not be
 * updated (`batchUpdateRecommendationResourceExclusionErrors`, empty when all succeeded).
 *
 * Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
 * keys not named here pass through untouched.
 *
 * @example
 * ```ts
 * BatchUpdateRecommendationResourceExclusionResponse.is({ batchUpdateRecommendationResourceExclusionErrors: [] })   // true
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_BatchUpdateRecommendationResourceExclusion.html
 */
export const BatchUpdateRecommendationResourceExclusionResponse = /*#__PURE__*/ t.partial(
  { batchUpdateRecommendationResourceExclusionErrors: /*#__PURE__*/ t.array(UpdateRecommendationResourceExclusionError) },
  'BatchUpdateRecommendationResourceExclusionResponse',
)
/** The `responseElements` of a `BatchUpdateRecommendationResourceExclusion` record; see the codec of the same name. */
export type BatchUpdateRecommendationResourceExclusionResponse =
  t.TypeOf<typeof BatchUpdateRecommendationResourceExclusionResponse>
