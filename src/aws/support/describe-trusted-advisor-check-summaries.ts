import * as t from 'io-ts'
import { TrustedAdvisorCheckSummary } from './shared.js'

/**
 * The `requestParameters` of a `DescribeTrustedAdvisorCheckSummaries` record: the check IDs.
 *
 * Every member is optional: CloudTrail may leave inputs out (it drops
 * free-text inputs), and a failed call may record only some of them.
 *
 * @example
 * ```ts
 * DescribeTrustedAdvisorCheckSummariesRequest.is({ checkIds: ['Qch7DwouX1', 'HCP4007jGY'] })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeTrustedAdvisorCheckSummaries.html
 */
export const DescribeTrustedAdvisorCheckSummariesRequest = /*#__PURE__*/ t.partial(
  {
    checkIds: /*#__PURE__*/ t.array(t.string),
  },
  'DescribeTrustedAdvisorCheckSummariesRequest',
)
/** The `requestParameters` of a `DescribeTrustedAdvisorCheckSummaries` record; see the codec of the same name. */
export type DescribeTrustedAdvisorCheckSummariesRequest = t.TypeOf<typeof DescribeTrustedAdvisorCheckSummariesRequest>

/**
 * The `responseElements` of a `DescribeTrustedAdvisorCheckSummaries` record: one summary per check
 * ({@link TrustedAdvisorCheckSummary}).
 *
 * @example
 * ```ts
 * DescribeTrustedAdvisorCheckSummariesResponse.is({
 *   summaries: [
 *     {
 *       checkId: 'Qch7DwouX1', timestamp: '2024-05-14T06:12:40Z', status: 'warning', hasFlaggedResources: true,
 *       resourcesSummary: { resourcesProcessed: 24, resourcesFlagged: 2, resourcesIgnored: 0, resourcesSuppressed: 1 },
 *       categorySpecificSummary: { costOptimizing: { estimatedMonthlySavings: 182.4, estimatedPercentMonthlySavings: 12.5 } },
 *     },
 *     {
 *       checkId: 'HCP4007jGY', timestamp: '2024-05-14T06:15:02Z', status: 'ok', hasFlaggedResources: false,
 *       resourcesSummary: { resourcesProcessed: 31, resourcesFlagged: 0, resourcesIgnored: 0, resourcesSuppressed: 0 },
 *       categorySpecificSummary: {},
 *     },
 *   ],
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeTrustedAdvisorCheckSummaries.html
 */
export const DescribeTrustedAdvisorCheckSummariesResponse = /*#__PURE__*/ t.partial(
  {
    summaries: /*#__PURE__*/ t.array(TrustedAdvisorCheckSummary),
  },
  'DescribeTrustedAdvisorCheckSummariesResponse',
)
/** The `responseElements` of a `DescribeTrustedAdvisorCheckSummaries` record; see the codec of the same name. */
export type DescribeTrustedAdvisorCheckSummariesResponse = t.TypeOf<typeof DescribeTrustedAdvisorCheckSummariesResponse>
