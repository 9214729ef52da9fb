import * as t from 'io-ts'
import { Recommendation, RecommendationLanguage } from './shared.js'

/**
 * The `requestParameters` of `GetRecommendation`: the ARN of the recommendation (`recommendationIdentifier`,
 * a URI member logged under its name) and the `language`.
 *
 * Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
 * keys not named here pass through untouched.
 *
 * @example
 * ```ts
 * GetRecommendationRequest.is({
 *   recommendationIdentifier: 'arn:aws:trustedadvisor::111122223333:recommendation/55fa4d2e-bbb7-491a-833b-5773e9589578',
 *   language: 'ja',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_GetRecommendation.html
 */
export const GetRecommendationRequest = /*#__PURE__*/ t.partial(
  { recommendationIdentifier: t.string, language: RecommendationLanguage },
  'GetRecommendationRequest',
)
/** The `requestParameters` of a `GetRecommendation` record; see the codec of the same name. */
export type GetRecommendationRequest = t.TypeOf<typeof GetRecommendationRequest>

/**
 * The `responseElements` of `GetRecommendation`: the {@link Recommendation}. CloudTrail has recorded `null`
 * here for read calls in every published sample; when it records the response, it has this shape.
 *
 * Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
 * keys not named here pass through untouched.
 *
 * @example
 * ```ts
 * GetRecommendationResponse.is({
 *   recommendation: {
 *     id: '55fa4d2e-bbb7-491a-833b-5773e9589578', status: 'warning',
 *     statusReason: 'no_data_ok',
 *     arn: 'arn:aws:trustedadvisor::111122223333:recommendation/55fa4d2e-bbb7-491a-833b-5773e9589578',
 *   },
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_GetRecommendation.html
 */
export const GetRecommendationResponse = /*#__PURE__*/ t.partial({ recommendation: Recommendation }, 'GetRecommendationResponse')
/** The `responseElements` of a `GetRecommendation` record; see the codec of the same name. */
export type GetRecommendationResponse = t.TypeOf<typeof GetRecommendationResponse>
