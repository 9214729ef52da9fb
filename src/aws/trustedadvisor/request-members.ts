import * as t from 'io-ts'
import { RecommendationLifecycleStage, RecommendationPillar, RecommendationSource, RecommendationStatus, RecommendationType, RecommendationUpdateReasonCode, ResourceExclusionStatus, TrustedAdvisorTimestamp } from './shared.js'

// Member lists that the Trusted Advisor API (2022-09-15) gives both the account and the organization
// variant of a request. Kept apart from shared.ts so that the service barrel, which re-exports shared.ts,
// does not export them.

/**
 * The page and filters of `ListRecommendations` and `ListOrganizationRecommendations` (the account one adds
 * `language`).
 *
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_ListRecommendations.html
 */
export const recommendationListFilterMembers = {
  nextToken: t.string,
  maxResults: t.number,
  type: RecommendationType,
  status: RecommendationStatus,
  pillar: RecommendationPillar,
  awsService: t.string,
  source: RecommendationSource,
  checkIdentifier: t.string,
  afterLastUpdatedAt: TrustedAdvisorTimestamp,
  beforeLastUpdatedAt: TrustedAdvisorTimestamp,
}

/**
 * The page and filters of `ListRecommendationResources` and `ListOrganizationRecommendationResources`
 * (before the recommendation identifier, which differs).
 *
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_ListRecommendationResources.html
 */
export const recommendationResourceFilterMembers = {
  nextToken: t.string,
  maxResults: t.number,
  status: RecommendationStatus,
  exclusionStatus: ResourceExclusionStatus,
  regionCode: t.string,
}

/**
 * The new lifecycle of `UpdateRecommendationLifecycle` and `UpdateOrganizationRecommendationLifecycle`
 * (before the recommendation identifier, which differs). `updateReason` is `sensitive` in the model.
 *
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_UpdateRecommendationLifecycle.html
 */
export const recommendationLifecycleUpdateMembers = {
  lifecycleStage: RecommendationLifecycleStage,
  updateReason: t.string,
  updateReasonCode: RecommendationUpdateReasonCode,
}
