import * as t from 'io-ts'
import { RecommendationLifecycleStage, RecommendationUpdateReasonCode, TrustedAdvisorTimestamp } from './shared.js'

/**
 * The lifecycle of one member account's copy of an organization recommendation. `updateReason` is `sensitive`
 * in the model: CloudTrail may write `HIDDEN_DUE_TO_SECURITY_REASONS` in its place, which decodes as any
 * string.
 *
 * @example
 * ```ts
 * AccountRecommendationLifecycleSummary.is({
 *   accountId: '444455556666', lifecycleStage: 'resolved',
 *   updateReasonCode: 'other',
 *   updateReason: 'HIDDEN_DUE_TO_SECURITY_REASONS',
 *   lastUpdatedAt: '2024-03-01T17:45:00Z',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_AccountRecommendationLifecycleSummary.html
 */
export const AccountRecommendationLifecycleSummary = /*#__PURE__*/ t.partial(
  {
    accountId: t.string,
    accountRecommendationArn: t.string,
    lifecycleStage: RecommendationLifecycleStage,
    updatedOnBehalfOf: t.string,
    updatedOnBehalfOfJobTitle: t.string,
    updateReason: t.string,
    updateReasonCode: RecommendationUpdateReasonCode,
    lastUpdatedAt: TrustedAdvisorTimestamp,
  },
  'AccountRecommendationLifecycleSummary',
)
/** The lifecycle of one account's recommendation; see the codec of the same name. */
export type AccountRecommendationLifecycleSummary = t.TypeOf<typeof AccountRecommendationLifecycleSummary>

/**
 * The `requestParameters` of `ListOrganizationRecommendationAccounts`: the organization recommendation ARN,
 * an optional `affectedAccountId` and the page.
 *
 * Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
 * keys not named here pass through untouched.
 *
 * @example
 * ```ts
 * ListOrganizationRecommendationAccountsRequest.is({
 *   organizationRecommendationIdentifier: 'arn:aws:trustedadvisor:::organization-recommendation/4ab8f2c1-6d3e-4f5a-9b0c-1d2e3f4a5b6c',
 *   affectedAccountId: '444455556666',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_ListOrganizationRecommendationAccounts.html
 */
export const ListOrganizationRecommendationAccountsRequest = /*#__PURE__*/ t.partial(
  {
    nextToken: t.string,
    maxResults: t.number,
    organizationRecommendationIdentifier: t.string,
    affectedAccountId: t.string,
  },
  'ListOrganizationRecommendationAccountsRequest',
)
/** The `requestParameters` of a `ListOrganizationRecommendationAccounts` record; see the codec of the same name. */
export type ListOrganizationRecommendationAccountsRequest =
  t.TypeOf<typeof ListOrganizationRecommendationAccountsRequest>

/**
 * The `responseElements` of `ListOrganizationRecommendationAccounts`: one page of
 * {@link AccountRecommendationLifecycleSummary} and the `nextToken`. CloudTrail has recorded `null` here for
 * read calls in every published sample; when it records the response, it has this shape.
 *
 * Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
 * keys not named here pass through untouched.
 *
 * @example
 * ```ts
 * ListOrganizationRecommendationAccountsResponse.is({
 *   accountRecommendationLifecycleSummaries: [
 *     {
 *       accountId: '444455556666',
 *       lifecycleStage: 'in_progress',
 *     },
 *   ],
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_ListOrganizationRecommendationAccounts.html
 */
export const ListOrganizationRecommendationAccountsResponse = /*#__PURE__*/ t.partial(
  { nextToken: t.string, accountRecommendationLifecycleSummaries: /*#__PURE__*/ t.array(AccountRecommendationLifecycleSummary) },
  'ListOrganizationRecommendationAccountsResponse',
)
/** The `responseElements` of a `ListOrganizationRecommendationAccounts` record; see the codec of the same name. */
export type ListOrganizationRecommendationAccountsResponse =
  t.TypeOf<typeof ListOrganizationRecommendationAccountsResponse>
