import * as t from 'io-ts'
import { defineOperation } from '../operation.js'
import { TrustedAdvisorLanguage, SUPPORT_EVENT_SOURCE } from './shared.js'

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
export const TrustedAdvisorCheckDescription = t.partial(
  { id: t.string, name: t.string, description: t.string, category: t.string, metadata: t.array(t.string) },
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
export const DescribeTrustedAdvisorChecksRequest = t.partial(
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
export const DescribeTrustedAdvisorChecksResponse = t.partial(
  {
    checks: t.array(TrustedAdvisorCheckDescription),
  },
  'DescribeTrustedAdvisorChecksResponse',
)
/** The `responseElements` of a `DescribeTrustedAdvisorChecks` record; see the codec of the same name. */
export type DescribeTrustedAdvisorChecksResponse = t.TypeOf<typeof DescribeTrustedAdvisorChecksResponse>

/**
 * The `DescribeTrustedAdvisorChecks` operation of the AWS Support API (`support.amazonaws.com`,
 * readOnly `true`): lists the Trusted Advisor checks.
 *
 * @example
 * ```ts
 * DescribeTrustedAdvisorChecks.readOnly       // true
 * DescribeTrustedAdvisorChecks.event.is(record)   // true for a DescribeTrustedAdvisorChecks record whose payloads match
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeTrustedAdvisorChecks.html
 */
export const DescribeTrustedAdvisorChecks = defineOperation({
  eventSource: SUPPORT_EVENT_SOURCE,
  eventName: 'DescribeTrustedAdvisorChecks',
  readOnly: true,
  request: DescribeTrustedAdvisorChecksRequest,
  response: DescribeTrustedAdvisorChecksResponse,
})

/**
 * The codec of a CloudTrail record of `DescribeTrustedAdvisorChecks`: the generic record with
 * `eventSource` `support.amazonaws.com`, `eventName` `DescribeTrustedAdvisorChecks`, and typed
 * `requestParameters` and `responseElements`, each of which may be `null` or
 * absent (failed calls, calls CloudTrail records without payload).
 *
 * @example
 * ```ts
 * DescribeTrustedAdvisorChecksEvent.is({
 *   eventVersion: '1.09',
 *   userIdentity: {
 *     type: 'IAMUser', principalId: 'AIDACKCEVSQ6C2EXAMPLE', arn: 'arn:aws:iam::111122223333:user/janedoe',
 *     accountId: '111122223333', accessKeyId: 'AKIAIOSFODNN7EXAMPLE', userName: 'janedoe',
 *   },
 *   eventTime: '2024-05-14T18:02:11Z', eventSource: 'support.amazonaws.com',
 *   eventName: 'DescribeTrustedAdvisorChecks', awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.15',
 *   userAgent: 'Boto3/1.34.103 md/Botocore#1.34.103 ua/2.0 os/linux#6.1.84 lang/python#3.12.3 Botocore/1.34.103',
 *   requestParameters: { language: 'en' },
 *   responseElements: {
 *     checks: [
 *       {
 *         id: 'Qch7DwouX1', name: 'Low Utilization Amazon EC2 Instances',
 *         description: 'Checks the Amazon Elastic Compute Cloud (Amazon EC2) instances that were running at any time during the last 14 days.<br>\n<br>\n<b>Alert Criteria</b><br>\nYellow: An instance had 10% or less daily average CPU utilization on at least 4 of the previous 14 days.',
 *         category: 'cost_optimizing',
 *         metadata: [
 *           'Region/AZ',
 *           'Instance ID',
 *           'Instance Name',
 *           'Instance Type',
 *           'Estimated Monthly Savings',
 *           'CPU Utilization 14-Day Average',
 *           'Network I/O 14-Day Average',
 *           'Number of Days Low Utilization',
 *         ],
 *       },
 *       {
 *         id: 'HCP4007jGY', name: 'Security Groups - Specific Ports Unrestricted',
 *         description: 'Checks security groups for rules that allow unrestricted access (0.0.0.0/0) to specific ports.',
 *         category: 'security',
 *         metadata: ['Region', 'Security Group Name', 'Security Group ID', 'Protocol', 'Status', 'Ports'],
 *       },
 *     ],
 *   },
 *   requestID: '58c257ef-01a2-41e6-be2a-01c0310600d1', eventID: '5aa34bfc-ad5b-4fb1-8a55-2277c86e00d1',
 *   readOnly: true, eventType: 'AwsApiCall', managementEvent: true, recipientAccountId: '111122223333',
 *   eventCategory: 'Management',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeTrustedAdvisorChecks.html
 */
export const DescribeTrustedAdvisorChecksEvent = DescribeTrustedAdvisorChecks.event
/** A CloudTrail record of `DescribeTrustedAdvisorChecks`; see the codec of the same name. */
export type DescribeTrustedAdvisorChecksEvent = t.TypeOf<typeof DescribeTrustedAdvisorChecksEvent>

/**
 * A sound guard for `DescribeTrustedAdvisorChecks` records: the literal `eventSource` and
 * `eventName` and every payload member are checked by the codec, so a record
 * it accepts really has the typed shape. A failed call (`errorCode` set,
 * payloads `null`) is accepted too.
 *
 * @param u - a record, or any value
 * @returns `true` when `u` is a `DescribeTrustedAdvisorChecks` record that satisfies {@link DescribeTrustedAdvisorChecksEvent}
 *
 * @example
 * ```ts
 * for (const event of parseRecords(text).records) {
 *   if (isDescribeTrustedAdvisorChecksEvent(event)) console.log(event.errorCode ?? event.responseElements?.checks?.length)
 * }
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeTrustedAdvisorChecks.html
 */
export function isDescribeTrustedAdvisorChecksEvent(u: unknown): u is DescribeTrustedAdvisorChecksEvent {
  return DescribeTrustedAdvisorChecksEvent.is(u)
}
