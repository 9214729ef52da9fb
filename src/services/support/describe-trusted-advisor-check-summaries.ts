import * as t from 'io-ts'
import { defineOperation } from '../operation.js'
import { TrustedAdvisorCheckSummary, SUPPORT_EVENT_SOURCE } from './shared.js'

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
export const DescribeTrustedAdvisorCheckSummariesRequest = t.partial(
  {
    checkIds: t.array(t.string),
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
export const DescribeTrustedAdvisorCheckSummariesResponse = t.partial(
  {
    summaries: t.array(TrustedAdvisorCheckSummary),
  },
  'DescribeTrustedAdvisorCheckSummariesResponse',
)
/** The `responseElements` of a `DescribeTrustedAdvisorCheckSummaries` record; see the codec of the same name. */
export type DescribeTrustedAdvisorCheckSummariesResponse = t.TypeOf<typeof DescribeTrustedAdvisorCheckSummariesResponse>

/**
 * The `DescribeTrustedAdvisorCheckSummaries` operation of the AWS Support API (`support.amazonaws.com`,
 * readOnly `true`): returns the result summaries of Trusted Advisor checks.
 *
 * @example
 * ```ts
 * DescribeTrustedAdvisorCheckSummaries.readOnly       // true
 * DescribeTrustedAdvisorCheckSummaries.event.is(record)   // true for a DescribeTrustedAdvisorCheckSummaries record whose payloads match
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeTrustedAdvisorCheckSummaries.html
 */
export const DescribeTrustedAdvisorCheckSummaries = defineOperation({
  eventSource: SUPPORT_EVENT_SOURCE,
  eventName: 'DescribeTrustedAdvisorCheckSummaries',
  readOnly: true,
  request: DescribeTrustedAdvisorCheckSummariesRequest,
  response: DescribeTrustedAdvisorCheckSummariesResponse,
})

/**
 * The codec of a CloudTrail record of `DescribeTrustedAdvisorCheckSummaries`: the generic record with
 * `eventSource` `support.amazonaws.com`, `eventName` `DescribeTrustedAdvisorCheckSummaries`, and typed
 * `requestParameters` and `responseElements`, each of which may be `null` or
 * absent (failed calls, calls CloudTrail records without payload).
 *
 * @example
 * ```ts
 * DescribeTrustedAdvisorCheckSummariesEvent.is({
 *   eventVersion: '1.09',
 *   userIdentity: {
 *     type: 'IAMUser', principalId: 'AIDACKCEVSQ6C2EXAMPLE', arn: 'arn:aws:iam::111122223333:user/janedoe',
 *     accountId: '111122223333', accessKeyId: 'AKIAIOSFODNN7EXAMPLE', userName: 'janedoe',
 *   },
 *   eventTime: '2024-05-14T18:02:11Z', eventSource: 'support.amazonaws.com',
 *   eventName: 'DescribeTrustedAdvisorCheckSummaries', awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.15',
 *   userAgent: 'Boto3/1.34.103 md/Botocore#1.34.103 ua/2.0 os/linux#6.1.84 lang/python#3.12.3 Botocore/1.34.103',
 *   requestParameters: { checkIds: ['Qch7DwouX1', 'HCP4007jGY'] },
 *   responseElements: {
 *     summaries: [
 *       {
 *         checkId: 'Qch7DwouX1', timestamp: '2024-05-14T06:12:40Z', status: 'warning', hasFlaggedResources: true,
 *         resourcesSummary: { resourcesProcessed: 24, resourcesFlagged: 2, resourcesIgnored: 0, resourcesSuppressed: 1 },
 *         categorySpecificSummary: { costOptimizing: { estimatedMonthlySavings: 182.4, estimatedPercentMonthlySavings: 12.5 } },
 *       },
 *       {
 *         checkId: 'HCP4007jGY', timestamp: '2024-05-14T06:15:02Z', status: 'ok', hasFlaggedResources: false,
 *         resourcesSummary: { resourcesProcessed: 31, resourcesFlagged: 0, resourcesIgnored: 0, resourcesSuppressed: 0 },
 *         categorySpecificSummary: {},
 *       },
 *     ],
 *   },
 *   requestID: '58c257ef-01a2-41e6-be2a-01c0310600c1', eventID: '5aa34bfc-ad5b-4fb1-8a55-2277c86e00c1',
 *   readOnly: true, eventType: 'AwsApiCall', managementEvent: true, recipientAccountId: '111122223333',
 *   eventCategory: 'Management',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeTrustedAdvisorCheckSummaries.html
 */
export const DescribeTrustedAdvisorCheckSummariesEvent = DescribeTrustedAdvisorCheckSummaries.event
/** A CloudTrail record of `DescribeTrustedAdvisorCheckSummaries`; see the codec of the same name. */
export type DescribeTrustedAdvisorCheckSummariesEvent = t.TypeOf<typeof DescribeTrustedAdvisorCheckSummariesEvent>

/**
 * A sound guard for `DescribeTrustedAdvisorCheckSummaries` records: the literal `eventSource` and
 * `eventName` and every payload member are checked by the codec, so a record
 * it accepts really has the typed shape. A failed call (`errorCode` set,
 * payloads `null`) is accepted too.
 *
 * @param u - a record, or any value
 * @returns `true` when `u` is a `DescribeTrustedAdvisorCheckSummaries` record that satisfies {@link DescribeTrustedAdvisorCheckSummariesEvent}
 *
 * @example
 * ```ts
 * for (const event of parseRecords(text).records) {
 *   if (isDescribeTrustedAdvisorCheckSummariesEvent(event)) console.log(event.requestParameters?.checkIds)
 * }
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeTrustedAdvisorCheckSummaries.html
 */
export function isDescribeTrustedAdvisorCheckSummariesEvent(u: unknown): u is DescribeTrustedAdvisorCheckSummariesEvent {
  return DescribeTrustedAdvisorCheckSummariesEvent.is(u)
}
