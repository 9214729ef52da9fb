import * as t from 'io-ts'
import { defineOperation } from '../operation.js'
import { TrustedAdvisorCategorySpecificSummary, TrustedAdvisorCheckStatus, TrustedAdvisorLanguage, TrustedAdvisorResourcesSummary, SUPPORT_EVENT_SOURCE } from './shared.js'

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
export const TrustedAdvisorResourceDetail = t.partial(
  { status: t.string, region: t.string, resourceId: t.string, isSuppressed: t.boolean, metadata: t.array(t.string) },
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
export const TrustedAdvisorCheckResult = t.partial(
  {
    checkId: t.string,
    timestamp: t.string,
    status: TrustedAdvisorCheckStatus,
    resourcesSummary: TrustedAdvisorResourcesSummary,
    categorySpecificSummary: TrustedAdvisorCategorySpecificSummary,
    flaggedResources: t.array(TrustedAdvisorResourceDetail),
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
export const DescribeTrustedAdvisorCheckResultRequest = t.partial(
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
export const DescribeTrustedAdvisorCheckResultResponse = t.partial(
  {
    result: TrustedAdvisorCheckResult,
  },
  'DescribeTrustedAdvisorCheckResultResponse',
)
/** The `responseElements` of a `DescribeTrustedAdvisorCheckResult` record; see the codec of the same name. */
export type DescribeTrustedAdvisorCheckResultResponse = t.TypeOf<typeof DescribeTrustedAdvisorCheckResultResponse>

/**
 * The `DescribeTrustedAdvisorCheckResult` operation of the AWS Support API (`support.amazonaws.com`,
 * readOnly `true`): returns the latest result of one Trusted Advisor check.
 *
 * @example
 * ```ts
 * DescribeTrustedAdvisorCheckResult.readOnly       // true
 * DescribeTrustedAdvisorCheckResult.event.is(record)   // true for a DescribeTrustedAdvisorCheckResult record whose payloads match
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeTrustedAdvisorCheckResult.html
 */
export const DescribeTrustedAdvisorCheckResult = defineOperation({
  eventSource: SUPPORT_EVENT_SOURCE,
  eventName: 'DescribeTrustedAdvisorCheckResult',
  readOnly: true,
  request: DescribeTrustedAdvisorCheckResultRequest,
  response: DescribeTrustedAdvisorCheckResultResponse,
})

/**
 * The codec of a CloudTrail record of `DescribeTrustedAdvisorCheckResult`: the generic record with
 * `eventSource` `support.amazonaws.com`, `eventName` `DescribeTrustedAdvisorCheckResult`, and typed
 * `requestParameters` and `responseElements`, each of which may be `null` or
 * absent (failed calls, calls CloudTrail records without payload).
 *
 * @example
 * ```ts
 * DescribeTrustedAdvisorCheckResultEvent.is({
 *   eventVersion: '1.09',
 *   userIdentity: {
 *     type: 'IAMUser', principalId: 'AIDACKCEVSQ6C2EXAMPLE', arn: 'arn:aws:iam::111122223333:user/janedoe',
 *     accountId: '111122223333', accessKeyId: 'AKIAIOSFODNN7EXAMPLE', userName: 'janedoe',
 *   },
 *   eventTime: '2024-05-14T18:02:11Z', eventSource: 'support.amazonaws.com',
 *   eventName: 'DescribeTrustedAdvisorCheckResult', awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.15',
 *   userAgent: 'Boto3/1.34.103 md/Botocore#1.34.103 ua/2.0 os/linux#6.1.84 lang/python#3.12.3 Botocore/1.34.103',
 *   requestParameters: { checkId: 'Qch7DwouX1', language: 'en' },
 *   responseElements: {
 *     result: {
 *       checkId: 'Qch7DwouX1', timestamp: '2024-05-14T06:12:40Z', status: 'warning',
 *       resourcesSummary: { resourcesProcessed: 24, resourcesFlagged: 2, resourcesIgnored: 0, resourcesSuppressed: 1 },
 *       categorySpecificSummary: { costOptimizing: { estimatedMonthlySavings: 182.4, estimatedPercentMonthlySavings: 12.5 } },
 *       flaggedResources: [
 *         {
 *           status: 'warning', region: 'us-east-1', resourceId: 'aJ7qTvPZ3r8mKEXAMPLEresourceId1',
 *           isSuppressed: false,
 *           metadata: [
 *             'us-east-1a',
 *             'i-0abcd1234efgh5678',
 *             'batch-worker',
 *             't3.large',
 *             '$60.74',
 *             '1.8%',
 *             '0.02MB',
 *             '4 days',
 *           ],
 *         },
 *         {
 *           status: 'warning', region: 'eu-west-1', resourceId: 'bK8rUwQA4s9nLEXAMPLEresourceId2',
 *           isSuppressed: true,
 *           metadata: [
 *             'eu-west-1b',
 *             'i-0fedc4321hgfe8765',
 *             'legacy-api',
 *             'm5.xlarge',
 *             '$121.66',
 *             '2.3%',
 *             '0.11MB',
 *             '14 days',
 *           ],
 *         },
 *       ],
 *     },
 *   },
 *   requestID: '58c257ef-01a2-41e6-be2a-01c0310600b1', eventID: '5aa34bfc-ad5b-4fb1-8a55-2277c86e00b1',
 *   readOnly: true, eventType: 'AwsApiCall', managementEvent: true, recipientAccountId: '111122223333',
 *   eventCategory: 'Management',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeTrustedAdvisorCheckResult.html
 */
export const DescribeTrustedAdvisorCheckResultEvent = DescribeTrustedAdvisorCheckResult.event
/** A CloudTrail record of `DescribeTrustedAdvisorCheckResult`; see the codec of the same name. */
export type DescribeTrustedAdvisorCheckResultEvent = t.TypeOf<typeof DescribeTrustedAdvisorCheckResultEvent>

/**
 * A sound guard for `DescribeTrustedAdvisorCheckResult` records: the literal `eventSource` and
 * `eventName` and every payload member are checked by the codec, so a record
 * it accepts really has the typed shape. A failed call (`errorCode` set,
 * payloads `null`) is accepted too.
 *
 * @param u - a record, or any value
 * @returns `true` when `u` is a `DescribeTrustedAdvisorCheckResult` record that satisfies {@link DescribeTrustedAdvisorCheckResultEvent}
 *
 * @example
 * ```ts
 * for (const event of parseRecords(text).records) {
 *   if (isDescribeTrustedAdvisorCheckResultEvent(event)) console.log(event.responseElements?.result?.status)
 * }
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeTrustedAdvisorCheckResult.html
 */
export function isDescribeTrustedAdvisorCheckResultEvent(u: unknown): u is DescribeTrustedAdvisorCheckResultEvent {
  return DescribeTrustedAdvisorCheckResultEvent.is(u)
}
