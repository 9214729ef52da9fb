import * as t from 'io-ts'
import { OrganizationRecommendation } from './shared.js'

/**
 * The `requestParameters` of `GetOrganizationRecommendation`: the ARN of the organization recommendation
 * (`organizationRecommendationIdentifier`, a URI member logged under its name).
 *
 * Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
 * keys not named here pass through untouched.
 *
 * @example
 * ```ts
 * GetOrganizationRecommendationRequest.is({
 *   organizationRecommendationIdentifier: 'arn:aws:trustedadvisor:::organization-recommendation/4ab8f2c1-6d3e-4f5a-9b0c-1d2e3f4a5b6c',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_GetOrganizationRecommendation.html
 */
export const GetOrganizationRecommendationRequest = /*#__PURE__*/ t.partial(
  { organizationRecommendationIdentifier: t.string },
  'GetOrganizationRecommendationRequest',
)
/** The `requestParameters` of a `GetOrganizationRecommendation` record; see the codec of the same name. */
export type GetOrganizationRecommendationRequest = t.TypeOf<typeof GetOrganizationRecommendationRequest>

/**
 * The `responseElements` of `GetOrganizationRecommendation`: the {@link OrganizationRecommendation}.
 * CloudTrail has recorded `null` here for read calls in every published sample; when it records the response,
 * it has this shape.
 *
 * Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
 * keys not named here pass through untouched.
 *
 * @example
 * ```ts
 * GetOrganizationRecommendationResponse.is({
 *   organizationRecommendation: {
 *     id: '4ab8f2c1-6d3e-4f5a-9b0c-1d2e3f4a5b6c',
 *     status: 'error',
 *     lifecycleStage: 'pending_response',
 *     arn: 'arn:aws:trustedadvisor:::organization-recommendation/4ab8f2c1-6d3e-4f5a-9b0c-1d2e3f4a5b6c',
 *   },
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_GetOrganizationRecommendation.html
 */
export const GetOrganizationRecommendationResponse = /*#__PURE__*/ t.partial(
  { organizationRecommendation: OrganizationRecommendation },
  'GetOrganizationRecommendationResponse',
)
/** The `responseElements` of a `GetOrganizationRecommendation` record; see the codec of the same name. */
export type GetOrganizationRecommendationResponse = t.TypeOf<typeof GetOrganizationRecommendationResponse>
