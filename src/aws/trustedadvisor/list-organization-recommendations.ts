import * as t from 'io-ts'
import { recommendationListFilterMembers } from './request-members.js'
import { OrganizationRecommendationSummary } from './shared.js'

/**
 * The `requestParameters` of `ListOrganizationRecommendations`: the filters (`type`, `status`, `pillar`,
 * `awsService`, `source`, `checkIdentifier`, and `afterLastUpdatedAt` / `beforeLastUpdatedAt`, which are
 * {@link TrustedAdvisorTimestamp}) and the page.
 *
 * Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
 * keys not named here pass through untouched.
 *
 * @example
 * ```ts
 * ListOrganizationRecommendationsRequest.is({
 *   type: 'priority', status: 'error',
 *   afterLastUpdatedAt: '2024-02-01T00:00:00Z',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_ListOrganizationRecommendations.html
 */
export const ListOrganizationRecommendationsRequest = /*#__PURE__*/ t.partial(
  recommendationListFilterMembers,
  'ListOrganizationRecommendationsRequest',
)
/** The `requestParameters` of a `ListOrganizationRecommendations` record; see the codec of the same name. */
export type ListOrganizationRecommendationsRequest = t.TypeOf<typeof ListOrganizationRecommendationsRequest>

/**
 * The `responseElements` of `ListOrganizationRecommendations`: one page of
 * {@link OrganizationRecommendationSummary} and the `nextToken`. CloudTrail has recorded `null` here for read
 * calls in every published sample; when it records the response, it has this shape.
 *
 * Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
 * keys not named here pass through untouched.
 *
 * @example
 * ```ts
 * ListOrganizationRecommendationsResponse.is({
 *   organizationRecommendationSummaries: [
 *     {
 *       id: '4ab8f2c1-6d3e-4f5a-9b0c-1d2e3f4a5b6c',
 *       status: 'error',
 *     },
 *   ],
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_ListOrganizationRecommendations.html
 */
export const ListOrganizationRecommendationsResponse = /*#__PURE__*/ t.partial(
  { nextToken: t.string, organizationRecommendationSummaries: /*#__PURE__*/ t.array(OrganizationRecommendationSummary) },
  'ListOrganizationRecommendationsResponse',
)
/** The `responseElements` of a `ListOrganizationRecommendations` record; see the codec of the same name. */
export type ListOrganizationRecommendationsResponse = t.TypeOf<typeof ListOrganizationRecommendationsResponse>
