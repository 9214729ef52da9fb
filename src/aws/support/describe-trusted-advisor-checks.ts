import * as t from 'io-ts'
import { TrustedAdvisorLanguage } from './shared.js'

/**
 * A Trusted Advisor check: ID, name, description (HTML), category such as
 * `cost_optimizing` or `security`, and the column headings of its flagged
 * resources' `metadata`.
 *
 * @example
 * ```ts
 * TrustedAdvisorCheckDescription.is({
 *   id: 'HCP4007jGY', name: 'Security Groups - Specific Ports Unrestricted',
 *   description: 'Checks security groups for rules that allow unrestricted access (0.0.0.0/0) to specific ports.',
 *   category: 'security', metadata: ['Region', 'Security Group Name', 'Security Group ID', 'Protocol', 'Status', 'Ports'],
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_TrustedAdvisorCheckDescription.html
 */
export const TrustedAdvisorCheckDescription = /*#__PURE__*/ t.partial(
  { id: t.string, name: t.string, description: t.string, category: t.string, metadata: /*#__PURE__*/ t.array(t.string) },
  'TrustedAdvisorCheckDescription',
)
/** A Trusted Advisor check; see the codec of the same name. */
export type TrustedAdvisorCheckDescription = t.TypeOf<typeof TrustedAdvisorCheckDescription>

/**
 * The `requestParameters` of a `DescribeTrustedAdvisorChecks` record: `language`.
 *
 * Every member is optional: CloudTrail may leave inputs out (it drops
 * free-text inputs), and a failed call may record only some of them.
 *
 * @example
 * ```ts
 * DescribeTrustedAdvisorChecksRequest.is({ language: 'en' })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeTrustedAdvisorChecks.html
 */
export const DescribeTrustedAdvisorChecksRequest = /*#__PURE__*/ t.partial(
  {
    language: TrustedAdvisorLanguage,
  },
  'DescribeTrustedAdvisorChecksRequest',
)
/** The `requestParameters` of a `DescribeTrustedAdvisorChecks` record; see the codec of the same name. */
export type DescribeTrustedAdvisorChecksRequest = t.TypeOf<typeof DescribeTrustedAdvisorChecksRequest>

/**
 * The `responseElements` of a `DescribeTrustedAdvisorChecks` record: every Trusted Advisor check:
 * ID, name, HTML description, category and the column headings of its flagged resources.
 *
 * @example
 * ```ts
 * DescribeTrustedAdvisorChecksResponse.is({
 *   checks: [
 *     {
 *       id: 'Qch7DwouX1', name: 'Low Utilization Amazon EC2 Instances',
 *       description: 'Checks the Amazon Elastic Compute Cloud (Amazon EC2) instances that were running at any time during the last 14 days.<br>\n<br>\n<b>Alert Criteria</b><br>\nYellow: An instance had 10% or less daily average CPU utilization on at least 4 of the previous 14 days.',
 *       category: 'cost_optimizing',
 *       metadata: [
 *         'Region/AZ',
 *         'Instance ID',
 *         'Instance Name',
 *         'Instance Type',
 *         'Estimated Monthly Savings',
 *         'CPU Utilization 14-Day Average',
 *         'Network I/O 14-Day Average',
 *         'Number of Days Low Utilization',
 *       ],
 *     },
 *     {
 *       id: 'HCP4007jGY', name: 'Security Groups - Specific Ports Unrestricted',
 *       description: 'Checks security groups for rules that allow unrestricted access (0.0.0.0/0) to specific ports.',
 *       category: 'security',
 *       metadata: ['Region', 'Security Group Name', 'Security Group ID', 'Protocol', 'Status', 'Ports'],
 *     },
 *   ],
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeTrustedAdvisorChecks.html
 */
export const DescribeTrustedAdvisorChecksResponse = /*#__PURE__*/ t.partial(
  {
    checks: /*#__PURE__*/ t.array(TrustedAdvisorCheckDescription),
  },
  'DescribeTrustedAdvisorChecksResponse',
)
/** The `responseElements` of a `DescribeTrustedAdvisorChecks` record; see the codec of the same name. */
export type DescribeTrustedAdvisorChecksResponse = t.TypeOf<typeof DescribeTrustedAdvisorChecksResponse>
