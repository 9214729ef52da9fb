import * as t from 'io-ts'
import { recommendationResourceFilterMembers } from './request-members.js'
import { OrganizationRecommendationResourceSummary } from './shared.js'

/**
 * The `requestParameters` of `ListOrganizationRecommendationResources`: the organization recommendation ARN,
 * the filters (`status`, `exclusionStatus`, `regionCode`, `affectedAccountId`) and the page.
 *
 * Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
 * keys not named here pass through untouched.
 *
 * @example
 * ```ts
 * ListOrganizationRecommendationResourcesRequest.is({
 *   organizationRecommendationIdentifier: 'arn:aws:trustedadvisor:::organization-recommendation/4ab8f2c1-6d3e-4f5a-9b0c-1d2e3f4a5b6c',
 *   status: 'error', exclusionStatus: 'included',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_ListOrganizationRecommendationResources.html
 */
export const ListOrganizationRecommendationResourcesRequest = /*#__PURE__*/ t.partial(
  {
    ...recommendationResourceFilterMembers,
    organizationRecommendationIdentifier: t.string,
    affectedAccountId: t.string,
  },
  'ListOrganizationRecommendationResourcesRequest',
)
/** The `requestParameters` of a `ListOrganizationRecommendationResources` record; see the codec of the same name. */
export type ListOrganizationRecommendationResourcesRequest =
  t.TypeOf<typeof ListOrganizationRecommendationResourcesRequest>

/**
 * The `responseElements` of `ListOrganizationRecommendationResources`: one page of
 * {@link OrganizationRecommendationResourceSummary} and the `nextToken`. CloudTrail has recorded `null` here
 * for read calls in every published sample; when it records the response, it has this shape.
 *
 * Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
 * keys not named here pass through untouched.
 *
 * @example
 * ```ts
 * ListOrganizationRecommendationResourcesResponse.is({
 *   organizationRecommendationResourceSummaries: [
 *     {
 *       awsResourceId: 'my-public-bucket',
 *       accountId: '444455556666',
 *     },
 *   ],
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_ListOrganizationRecommendationResources.html
 */
export const ListOrganizationRecommendationResourcesResponse = /*#__PURE__*/ t.partial(
  {
    nextToken: t.string,
    organizationRecommendationResourceSummaries: /*#__PURE__*/ t.array(OrganizationRecommendationResourceSummary),
  },
  'ListOrganizationRecommendationResourcesResponse',
)
/** The `responseElements` of a `ListOrganizationRecommendationResources` record; see the codec of the same name. */
export type ListOrganizationRecommendationResourcesResponse =
  t.TypeOf<typeof ListOrganizationRecommendationResourcesResponse>
