import * as t from 'io-ts'
import { recommendationListFilterMembers } from './request-members.js'
import { RecommendationLanguage, RecommendationSummary } from './shared.js'

/**
 * The `requestParameters` of `ListRecommendations`: the filters (`type`, `status`, `pillar`, `awsService`,
 * `source`, `checkIdentifier`, and `afterLastUpdatedAt` / `beforeLastUpdatedAt`, which are
 * {@link TrustedAdvisorTimestamp}), the `language` and the page.
 *
 * Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
 * keys not named here pass through untouched.
 *
 * @example
 * ```ts
 * ListRecommendationsRequest.is({ status: 'warning', pillar: 'cost_optimizing', language: 'en' })   // true
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_ListRecommendations.html
 */
export const ListRecommendationsRequest = /*#__PURE__*/ t.partial(
  { ...recommendationListFilterMembers, language: RecommendationLanguage },
  'ListRecommendationsRequest',
)
/** The `requestParameters` of a `ListRecommendations` record; see the codec of the same name. */
export type ListRecommendationsRequest = t.TypeOf<typeof ListRecommendationsRequest>

/**
 * The `responseElements` of `ListRecommendations`: one page of {@link RecommendationSummary} and the
 * `nextToken`. CloudTrail has recorded `null` here for read calls in every published sample; when it records
 * the response, it has this shape.
 *
 * Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
 * keys not named here pass through untouched.
 *
 * @example
 * ```ts
 * ListRecommendationsResponse.is({
 *   recommendationSummaries: [
 *     {
 *       id: '55fa4d2e-bbb7-491a-833b-5773e9589578',
 *       status: 'warning',
 *     },
 *   ],
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_ListRecommendations.html
 */
export const ListRecommendationsResponse = /*#__PURE__*/ t.partial(
  { nextToken: t.string, recommendationSummaries: /*#__PURE__*/ t.array(RecommendationSummary) },
  'ListRecommendationsResponse',
)
/** The `responseElements` of a `ListRecommendations` record; see the codec of the same name. */
export type ListRecommendationsResponse = t.TypeOf<typeof ListRecommendationsResponse>
