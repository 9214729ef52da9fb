import * as t from 'io-ts'
import { defineOperation } from '../operation.js'
import { recommendationResourceFilterMembers } from './request-members.js'
import { RecommendationLanguage, RecommendationResourceSummary, TRUSTED_ADVISOR_EVENT_SOURCE } from './shared.js'

/**
 * The `requestParameters` of `ListRecommendationResources`: the recommendation ARN, the filters (`status`,
 * `exclusionStatus`, `regionCode`), the `language` and the page (`maxResults` up to 5000).
 *
 * Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
 * keys not named here pass through untouched.
 *
 * @example
 * ```ts
 * ListRecommendationResourcesRequest.is({
 *   recommendationIdentifier: 'arn:aws:trustedadvisor::111122223333:recommendation/55fa4d2e-bbb7-491a-833b-5773e9589578',
 *   status: 'warning', regionCode: 'us-east-1',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_ListRecommendationResources.html
 */
export const ListRecommendationResourcesRequest = t.partial(
  { ...recommendationResourceFilterMembers, recommendationIdentifier: t.string, language: RecommendationLanguage },
  'ListRecommendationResourcesRequest',
)
/** The `requestParameters` of a `ListRecommendationResources` record; see the codec of the same name. */
export type ListRecommendationResourcesRequest = t.TypeOf<typeof ListRecommendationResourcesRequest>

/**
 * The `responseElements` of `ListRecommendationResources`: one page of {@link RecommendationResourceSummary}
 * and the `nextToken`. CloudTrail has recorded `null` here for read calls in every published sample; when it
 * records the response, it has this shape.
 *
 * Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
 * keys not named here pass through untouched.
 *
 * @example
 * ```ts
 * ListRecommendationResourcesResponse.is({
 *   recommendationResourceSummaries: [
 *     {
 *       awsResourceId: 'i-0abcd1234example',
 *       status: 'warning',
 *     },
 *   ],
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_ListRecommendationResources.html
 */
export const ListRecommendationResourcesResponse = t.partial(
  { nextToken: t.string, recommendationResourceSummaries: t.array(RecommendationResourceSummary) },
  'ListRecommendationResourcesResponse',
)
/** The `responseElements` of a `ListRecommendationResources` record; see the codec of the same name. */
export type ListRecommendationResourcesResponse = t.TypeOf<typeof ListRecommendationResourcesResponse>

/**
 * The `ListRecommendationResources` operation, an operation of the Trusted Advisor API (2022-09-15,
 * `trustedadvisor.amazonaws.com`), readOnly `true` (model readonly trait): lists the resources of a
 * recommendation of the account.
 *
 * @example
 * ```ts
 * ListRecommendationResources.readOnly   // true
 * findOperation('trustedadvisor.amazonaws.com', 'ListRecommendationResources') ===
 *   ListRecommendationResources   // true
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_ListRecommendationResources.html
 */
export const ListRecommendationResources = defineOperation({
  eventSource: TRUSTED_ADVISOR_EVENT_SOURCE,
  eventName: 'ListRecommendationResources',
  readOnly: true,
  request: ListRecommendationResourcesRequest,
  response: ListRecommendationResourcesResponse,
})

/**
 * The codec of a CloudTrail record of `ListRecommendationResources`: the generic record with `eventSource`
 * `trustedadvisor.amazonaws.com`, `eventName` `ListRecommendationResources`, and typed `requestParameters`
 * and `responseElements`, each of which may be `null` or absent (failed calls, calls CloudTrail records
 * without payload). The example shows `responseElements` as CloudTrail records it for reads: `null`.
 *
 * @example
 * ```ts
 * ListRecommendationResourcesEvent.is({
 *   eventVersion: '1.09',
 *   userIdentity: {
 *     type: 'AssumedRole', principalId: 'AROAJ45Q7YFFAREXAMPLE:alice',
 *     arn: 'arn:aws:sts::111122223333:assumed-role/SecurityAudit/alice', accountId: '111122223333',
 *     accessKeyId: 'ASIAJEXAMPLEXEG2JICEA',
 *   },
 *   eventTime: '2024-03-06T14:33:11Z', eventSource: 'trustedadvisor.amazonaws.com',
 *   eventName: 'ListRecommendationResources', awsRegion: 'us-east-1', sourceIPAddress: '203.0.113.17',
 *   userAgent: 'aws-cli/2.15.30 Python/3.11.8 Linux/6.1.79 exe/x86_64.amzn.2023 command/trustedadvisor.list-recommendation-resources',
 *   requestParameters: {
 *     recommendationIdentifier: 'arn:aws:trustedadvisor::111122223333:recommendation/55fa4d2e-bbb7-491a-833b-5773e9589578',
 *     status: 'warning', maxResults: 500,
 *   },
 *   responseElements: null, requestID: 'ed3acf54-4cb0-5c87-8d74-cf0a14ef0a65',
 *   eventID: '740d321b-f132-5bb3-aac5-0ebc6a3ed4d8', readOnly: true, eventType: 'AwsApiCall', managementEvent: true,
 *   recipientAccountId: '111122223333', eventCategory: 'Management',
 *   tlsDetails: { tlsVersion: 'TLSv1.3', cipherSuite: 'TLS_AES_128_GCM_SHA256' },
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_ListRecommendationResources.html
 */
export const ListRecommendationResourcesEvent = ListRecommendationResources.event
/** A CloudTrail record of `ListRecommendationResources`; see the codec of the same name. */
export type ListRecommendationResourcesEvent = t.TypeOf<typeof ListRecommendationResourcesEvent>

/**
 * A sound guard for `ListRecommendationResources` records: the literal `eventSource` and `eventName` and
 * every payload member are checked by the codec, so a record it accepts really has the typed shape. A failed
 * call (`errorCode` set, payloads `null` or absent) is accepted too.
 *
 * @param u - a record, or any value
 * @returns `true` when `u` is a record of `ListRecommendationResources` that satisfies
 * {@link ListRecommendationResourcesEvent}
 *
 * @example
 * ```ts
 * for (const event of parseRecords(text).records) {
 *   if (isListRecommendationResourcesEvent(event)) {
 *     console.log(event.responseElements?.recommendationResourceSummaries?.[0]?.metadata)
 *   }
 * }
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_ListRecommendationResources.html
 */
export function isListRecommendationResourcesEvent(u: unknown): u is ListRecommendationResourcesEvent {
  return ListRecommendationResourcesEvent.is(u)
}
