import * as t from 'io-ts'
import { RecommendationLanguage, RecommendationMetadata, RecommendationPillar, RecommendationStatus, ResourceExclusionStatus, TrustedAdvisorTimestamp } from './shared.js'

/**
 * One recommendation that concerns a resource (`ListRecommendationsForResource`): the check and
 * recommendation ARNs, the resource ARN, the status, exclusion and metadata.
 *
 * @example
 * ```ts
 * RecommendationForResourceSummary.is({
 *   checkArn: 'arn:aws:trustedadvisor:::check/Qch7DwouX1',
 *   recommendationArn: 'arn:aws:trustedadvisor::111122223333:recommendation/55fa4d2e-bbb7-491a-833b-5773e9589578',
 *   awsResourceArn: 'arn:aws:ec2:us-east-1:111122223333:instance/i-0abcd1234example',
 *   status: 'warning', exclusionStatus: 'included', pillars: ['cost_optimizing'],
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_RecommendationForResourceSummary.html
 */
export const RecommendationForResourceSummary = /*#__PURE__*/ t.partial(
  {
    checkArn: t.string,
    recommendationArn: t.string,
    awsResourceArn: t.string,
    status: RecommendationStatus,
    lastUpdatedAt: TrustedAdvisorTimestamp,
    exclusionStatus: ResourceExclusionStatus,
    metadata: RecommendationMetadata,
    pillars: /*#__PURE__*/ t.array(RecommendationPillar),
  },
  'RecommendationForResourceSummary',
)
/** One recommendation that concerns a resource; see the codec of the same name. */
export type RecommendationForResourceSummary = t.TypeOf<typeof RecommendationForResourceSummary>

/**
 * The `requestParameters` of `ListRecommendationsForResource`: the `awsResourceArn`, the filters (`pillar`,
 * `status`, `checkArn`), the `language` and the page.
 *
 * Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
 * keys not named here pass through untouched.
 *
 * @example
 * ```ts
 * ListRecommendationsForResourceRequest.is({
 *   awsResourceArn: 'arn:aws:ec2:us-east-1:111122223333:instance/i-0abcd1234example',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_ListRecommendationsForResource.html
 */
export const ListRecommendationsForResourceRequest = /*#__PURE__*/ t.partial(
  {
    nextToken: t.string,
    maxResults: t.number,
    awsResourceArn: t.string,
    pillar: RecommendationPillar,
    status: RecommendationStatus,
    checkArn: t.string,
    language: RecommendationLanguage,
  },
  'ListRecommendationsForResourceRequest',
)
/** The `requestParameters` of a `ListRecommendationsForResource` record; see the codec of the same name. */
export type ListRecommendationsForResourceRequest = t.TypeOf<typeof ListRecommendationsForResourceRequest>

/**
 * The `responseElements` of `ListRecommendationsForResource`: one page of
 * {@link RecommendationForResourceSummary} and the `nextToken`. CloudTrail has recorded `null` here for read
 * calls in every published sample; when it records the response, it has this shape.
 *
 * Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
 * keys not named here pass through untouched.
 *
 * @example
 * ```ts
 * ListRecommendationsForResourceResponse.is({ recommendationForResourceSummaries: [] })   // true
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_ListRecommendationsForResource.html
 */
export const ListRecommendationsForResourceResponse = /*#__PURE__*/ t.partial(
  {
    nextToken: t.string,
    recommendationForResourceSummaries: /*#__PURE__*/ t.array(RecommendationForResourceSummary),
  },
  'ListRecommendationsForResourceResponse',
)
/** The `responseElements` of a `ListRecommendationsForResource` record; see the codec of the same name. */
export type ListRecommendationsForResourceResponse = t.TypeOf<typeof ListRecommendationsForResourceResponse>
