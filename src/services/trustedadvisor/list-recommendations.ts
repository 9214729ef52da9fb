import * as t from 'io-ts'
import { defineOperation } from '../operation.js'
import { recommendationListFilterMembers } from './request-members.js'
import { RecommendationLanguage, RecommendationSummary, TRUSTED_ADVISOR_EVENT_SOURCE } from './shared.js'

/**
 * The `requestParameters` of `ListRecommendations`: the filters (`type`, `status`, `pillar`, `awsService`,
 * `source`, `checkIdentifier`, and `afterLastUpdatedAt` / `beforeLastUpdatedAt`, which are
 * {@link TrustedAdvisorTimestamp}), the `language` and the page.
 *
 * Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
 * keys not named here pass through untouched.
 *
 * @example
 * ```ts
 * ListRecommendationsRequest.is({ status: 'warning', pillar: 'cost_optimizing', language: 'en' })   // true
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_ListRecommendations.html
 */
export const ListRecommendationsRequest = t.partial(
  { ...recommendationListFilterMembers, language: RecommendationLanguage },
  'ListRecommendationsRequest',
)
/** The `requestParameters` of a `ListRecommendations` record; see the codec of the same name. */
export type ListRecommendationsRequest = t.TypeOf<typeof ListRecommendationsRequest>

/**
 * The `responseElements` of `ListRecommendations`: one page of {@link RecommendationSummary} and the
 * `nextToken`. CloudTrail has recorded `null` here for read calls in every published sample; when it records
 * the response, it has this shape.
 *
 * Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
 * keys not named here pass through untouched.
 *
 * @example
 * ```ts
 * ListRecommendationsResponse.is({
 *   recommendationSummaries: [
 *     {
 *       id: '55fa4d2e-bbb7-491a-833b-5773e9589578',
 *       status: 'warning',
 *     },
 *   ],
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_ListRecommendations.html
 */
export const ListRecommendationsResponse = t.partial(
  { nextToken: t.string, recommendationSummaries: t.array(RecommendationSummary) },
  'ListRecommendationsResponse',
)
/** The `responseElements` of a `ListRecommendations` record; see the codec of the same name. */
export type ListRecommendationsResponse = t.TypeOf<typeof ListRecommendationsResponse>

/**
 * The `ListRecommendations` operation, an operation of the Trusted Advisor API (2022-09-15,
 * `trustedadvisor.amazonaws.com`), readOnly `true` (model readonly trait): lists the recommendations of the
 * account.
 *
 * @example
 * ```ts
 * ListRecommendations.readOnly   // true
 * findOperation('trustedadvisor.amazonaws.com', 'ListRecommendations') === ListRecommendations   // true
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_ListRecommendations.html
 */
export const ListRecommendations = defineOperation({
  eventSource: TRUSTED_ADVISOR_EVENT_SOURCE,
  eventName: 'ListRecommendations',
  readOnly: true,
  request: ListRecommendationsRequest,
  response: ListRecommendationsResponse,
})

/**
 * The codec of a CloudTrail record of `ListRecommendations`: the generic record with `eventSource`
 * `trustedadvisor.amazonaws.com`, `eventName` `ListRecommendations`, and typed `requestParameters` and
 * `responseElements`, each of which may be `null` or absent (failed calls, calls CloudTrail records without
 * payload). The example shows `responseElements` as CloudTrail records it for reads: `null`.
 *
 * @example
 * ```ts
 * ListRecommendationsEvent.is({
 *   eventVersion: '1.09',
 *   userIdentity: {
 *     type: 'AssumedRole', principalId: 'AROAJ45Q7YFFAREXAMPLE:alice',
 *     arn: 'arn:aws:sts::111122223333:assumed-role/SecurityAudit/alice', accountId: '111122223333',
 *     accessKeyId: 'ASIAJEXAMPLEXEG2JICEA',
 *   },
 *   eventTime: '2024-03-06T14:34:11Z', eventSource: 'trustedadvisor.amazonaws.com', eventName: 'ListRecommendations',
 *   awsRegion: 'us-east-1', sourceIPAddress: '203.0.113.17',
 *   userAgent: 'aws-cli/2.15.30 Python/3.11.8 Linux/6.1.79 exe/x86_64.amzn.2023 command/trustedadvisor.list-recommendations',
 *   requestParameters: {
 *     status: 'warning', pillar: 'cost_optimizing', language: 'en',
 *     beforeLastUpdatedAt: '2024-03-05T00:00:00Z',
 *   },
 *   responseElements: null, requestID: 'c36a7064-7170-5d02-9011-d2ca56c6dabe',
 *   eventID: '3d5bc215-947e-5f48-9066-dca99b255cfa', readOnly: true, eventType: 'AwsApiCall', managementEvent: true,
 *   recipientAccountId: '111122223333', eventCategory: 'Management',
 *   tlsDetails: { tlsVersion: 'TLSv1.3', cipherSuite: 'TLS_AES_128_GCM_SHA256' },
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_ListRecommendations.html
 */
export const ListRecommendationsEvent = ListRecommendations.event
/** A CloudTrail record of `ListRecommendations`; see the codec of the same name. */
export type ListRecommendationsEvent = t.TypeOf<typeof ListRecommendationsEvent>

/**
 * A sound guard for `ListRecommendations` records: the literal `eventSource` and `eventName` and every
 * payload member are checked by the codec, so a record it accepts really has the typed shape. A failed call
 * (`errorCode` set, payloads `null` or absent) is accepted too.
 *
 * @param u - a record, or any value
 * @returns `true` when `u` is a record of `ListRecommendations` that satisfies
 * {@link ListRecommendationsEvent}
 *
 * @example
 * ```ts
 * for (const event of parseRecords(text).records) {
 *   if (isListRecommendationsEvent(event)) {
 *     console.log(event.responseElements?.recommendationSummaries?.[0]?.pillarSpecificAggregates?.costOptimizing)
 *   }
 * }
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_ListRecommendations.html
 */
export function isListRecommendationsEvent(u: unknown): u is ListRecommendationsEvent {
  return ListRecommendationsEvent.is(u)
}
