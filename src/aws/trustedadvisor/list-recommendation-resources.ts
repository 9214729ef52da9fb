import * as t from 'io-ts'
import { recommendationResourceFilterMembers } from './request-members.js'
import { RecommendationLanguage, RecommendationResourceSummary } from './shared.js'

/**
 * The `requestParameters` of `ListRecommendationResources`: the recommendation ARN, the filters (`status`,
 * `exclusionStatus`, `regionCode`), the `language` and the page (`maxResults` up to 5000).
 *
 * Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
 * keys not named here pass through untouched.
 *
 * @example
 * ```ts
 * ListRecommendationResourcesRequest.is({
 *   recommendationIdentifier: 'arn:aws:trustedadvisor::111122223333:recommendation/55fa4d2e-bbb7-491a-833b-5773e9589578',
 *   status: 'warning', regionCode: 'us-east-1',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_ListRecommendationResources.html
 */
export const ListRecommendationResourcesRequest = /*#__PURE__*/ t.partial(
  { ...recommendationResourceFilterMembers, recommendationIdentifier: t.string, language: RecommendationLanguage },
  'ListRecommendationResourcesRequest',
)
/** The `requestParameters` of a `ListRecommendationResources` record; see the codec of the same name. */
export type ListRecommendationResourcesRequest = t.TypeOf<typeof ListRecommendationResourcesRequest>

/**
 * The `responseElements` of `ListRecommendationResources`: one page of {@link RecommendationResourceSummary}
 * and the `nextToken`. CloudTrail has recorded `null` here for read calls in every published sample; when it
 * records the response, it has this shape.
 *
 * Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
 * keys not named here pass through untouched.
 *
 * @example
 * ```ts
 * ListRecommendationResourcesResponse.is({
 *   recommendationResourceSummaries: [
 *     {
 *       awsResourceId: 'i-0abcd1234example',
 *       status: 'warning',
 *     },
 *   ],
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_ListRecommendationResources.html
 */
export const ListRecommendationResourcesResponse = /*#__PURE__*/ t.partial(
  { nextToken: t.string, recommendationResourceSummaries: /*#__PURE__*/ t.array(RecommendationResourceSummary) },
  'ListRecommendationResourcesResponse',
)
/** The `responseElements` of a `ListRecommendationResources` record; see the codec of the same name. */
export type ListRecommendationResourcesResponse = t.TypeOf<typeof ListRecommendationResourcesResponse>
