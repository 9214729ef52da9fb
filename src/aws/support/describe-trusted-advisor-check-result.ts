import * as t from 'io-ts'
import { TrustedAdvisorCategorySpecificSummary, TrustedAdvisorCheckStatus, TrustedAdvisorLanguage, TrustedAdvisorResourcesSummary } from './shared.js'

/**
 * One resource a Trusted Advisor check flagged: its status, Region, ID,
 * whether it is suppressed, and `metadata`, whose columns follow the check's
 * `metadata` headings.
 *
 * @example
 * ```ts
 * TrustedAdvisorResourceDetail.is({
 *   status: 'warning', region: 'us-east-1', resourceId: 'aJ7qTvPZ3r8mKEXAMPLEresourceId1', isSuppressed: false,
 *   metadata: ['us-east-1a', 'i-0abcd1234efgh5678', 'batch-worker', 't3.large', '$60.74', '1.8%', '0.02MB', '4 days'],
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_TrustedAdvisorResourceDetail.html
 */
export const TrustedAdvisorResourceDetail = /*#__PURE__*/ t.partial(
  { status: t.string, region: t.string, resourceId: t.string, isSuppressed: t.boolean, metadata: /*#__PURE__*/ t.array(t.string) },
  'TrustedAdvisorResourceDetail',
)
/** A resource a Trusted Advisor check flagged; see the codec of the same name. */
export type TrustedAdvisorResourceDetail = t.TypeOf<typeof TrustedAdvisorResourceDetail>

/**
 * The latest result of one Trusted Advisor check: `timestamp` (a string as
 * the API returns it), status, resource counts, category-specific summary and
 * flagged resources.
 *
 * @example
 * ```ts
 * TrustedAdvisorCheckResult.is({
 *   checkId: 'Qch7DwouX1', timestamp: '2024-05-14T06:12:40Z', status: 'ok',
 *   resourcesSummary: { resourcesProcessed: 24, resourcesFlagged: 0, resourcesIgnored: 0, resourcesSuppressed: 0 },
 *   categorySpecificSummary: {}, flaggedResources: [],
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_TrustedAdvisorCheckResult.html
 */
export const TrustedAdvisorCheckResult = /*#__PURE__*/ t.partial(
  {
    checkId: t.string,
    timestamp: t.string,
    status: TrustedAdvisorCheckStatus,
    resourcesSummary: TrustedAdvisorResourcesSummary,
    categorySpecificSummary: TrustedAdvisorCategorySpecificSummary,
    flaggedResources: /*#__PURE__*/ t.array(TrustedAdvisorResourceDetail),
  },
  'TrustedAdvisorCheckResult',
)
/** The latest result of a Trusted Advisor check; see the codec of the same name. */
export type TrustedAdvisorCheckResult = t.TypeOf<typeof TrustedAdvisorCheckResult>

/**
 * The `requestParameters` of a `DescribeTrustedAdvisorCheckResult` record: the check ID and
 * `language`.
 *
 * Every member is optional: CloudTrail may leave inputs out (it drops
 * free-text inputs), and a failed call may record only some of them.
 *
 * @example
 * ```ts
 * DescribeTrustedAdvisorCheckResultRequest.is({ checkId: 'Qch7DwouX1', language: 'en' })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeTrustedAdvisorCheckResult.html
 */
export const DescribeTrustedAdvisorCheckResultRequest = /*#__PURE__*/ t.partial(
  {
    checkId: t.string,
    language: TrustedAdvisorLanguage,
  },
  'DescribeTrustedAdvisorCheckResultRequest',
)
/** The `requestParameters` of a `DescribeTrustedAdvisorCheckResult` record; see the codec of the same name. */
export type DescribeTrustedAdvisorCheckResultRequest = t.TypeOf<typeof DescribeTrustedAdvisorCheckResultRequest>

/**
 * The `responseElements` of a `DescribeTrustedAdvisorCheckResult` record: the check's latest result:
 * status, resource counts, estimated savings and flagged resources.
 *
 * @example
 * ```ts
 * DescribeTrustedAdvisorCheckResultResponse.is({
 *   result: {
 *     checkId: 'Qch7DwouX1', timestamp: '2024-05-14T06:12:40Z', status: 'warning',
 *     resourcesSummary: { resourcesProcessed: 24, resourcesFlagged: 2, resourcesIgnored: 0, resourcesSuppressed: 1 },
 *     categorySpecificSummary: { costOptimizing: { estimatedMonthlySavings: 182.4, estimatedPercentMonthlySavings: 12.5 } },
 *     flaggedResources: [
 *       {
 *         status: 'warning', region: 'us-east-1', resourceId: 'aJ7qTvPZ3r8mKEXAMPLEresourceId1',
 *         isSuppressed: false,
 *         metadata: ['us-east-1a', 'i-0abcd1234efgh5678', 'batch-worker', 't3.large', '$60.74', '1.8%', '0.02MB', '4 days'],
 *       },
 *       {
 *         status: 'warning', region: 'eu-west-1', resourceId: 'bK8rUwQA4s9nLEXAMPLEresourceId2',
 *         isSuppressed: true,
 *         metadata: ['eu-west-1b', 'i-0fedc4321hgfe8765', 'legacy-api', 'm5.xlarge', '$121.66', '2.3%', '0.11MB', '14 days'],
 *       },
 *     ],
 *   },
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeTrustedAdvisorCheckResult.html
 */
export const DescribeTrustedAdvisorCheckResultResponse = /*#__PURE__*/ t.partial(
  {
    result: TrustedAdvisorCheckResult,
  },
  'DescribeTrustedAdvisorCheckResultResponse',
)
/** The `responseElements` of a `DescribeTrustedAdvisorCheckResult` record; see the codec of the same name. */
export type DescribeTrustedAdvisorCheckResultResponse = t.TypeOf<typeof DescribeTrustedAdvisorCheckResultResponse>
