import * as t from 'io-ts'
import { defineOperation } from '../operation.js'
import {
  RecommendationLanguage,
  RecommendationMetadata,
  RecommendationPillar,
  RecommendationStatus,
  ResourceExclusionStatus,
  TRUSTED_ADVISOR_EVENT_SOURCE,
  TrustedAdvisorTimestamp,
} from './shared.js'

/**
 * One recommendation that concerns a resource (`ListRecommendationsForResource`): the check and
 * recommendation ARNs, the resource ARN, the status, exclusion and metadata.
 *
 * @example
 * ```ts
 * RecommendationForResourceSummary.is({
 *   checkArn: 'arn:aws:trustedadvisor:::check/Qch7DwouX1',
 *   recommendationArn: 'arn:aws:trustedadvisor::111122223333:recommendation/55fa4d2e-bbb7-491a-833b-5773e9589578',
 *   awsResourceArn: 'arn:aws:ec2:us-east-1:111122223333:instance/i-0abcd1234example',
 *   status: 'warning', exclusionStatus: 'included', pillars: ['cost_optimizing'],
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_RecommendationForResourceSummary.html
 */
export const RecommendationForResourceSummary = t.partial(
  {
    checkArn: t.string,
    recommendationArn: t.string,
    awsResourceArn: t.string,
    status: RecommendationStatus,
    lastUpdatedAt: TrustedAdvisorTimestamp,
    exclusionStatus: ResourceExclusionStatus,
    metadata: RecommendationMetadata,
    pillars: t.array(RecommendationPillar),
  },
  'RecommendationForResourceSummary',
)
/** One recommendation that concerns a resource; see the codec of the same name. */
export type RecommendationForResourceSummary = t.TypeOf<typeof RecommendationForResourceSummary>

/**
 * The `requestParameters` of `ListRecommendationsForResource`: the `awsResourceArn`, the filters (`pillar`,
 * `status`, `checkArn`), the `language` and the page.
 *
 * Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
 * keys not named here pass through untouched.
 *
 * @example
 * ```ts
 * ListRecommendationsForResourceRequest.is({
 *   awsResourceArn: 'arn:aws:ec2:us-east-1:111122223333:instance/i-0abcd1234example',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_ListRecommendationsForResource.html
 */
export const ListRecommendationsForResourceRequest = t.partial(
  {
    nextToken: t.string,
    maxResults: t.number,
    awsResourceArn: t.string,
    pillar: RecommendationPillar,
    status: RecommendationStatus,
    checkArn: t.string,
    language: RecommendationLanguage,
  },
  'ListRecommendationsForResourceRequest',
)
/** The `requestParameters` of a `ListRecommendationsForResource` record; see the codec of the same name. */
export type ListRecommendationsForResourceRequest = t.TypeOf<typeof ListRecommendationsForResourceRequest>

/**
 * The `responseElements` of `ListRecommendationsForResource`: one page of
 * {@link RecommendationForResourceSummary} and the `nextToken`. CloudTrail has recorded `null` here for read
 * calls in every published sample; when it records the response, it has this shape.
 *
 * Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
 * keys not named here pass through untouched.
 *
 * @example
 * ```ts
 * ListRecommendationsForResourceResponse.is({ recommendationForResourceSummaries: [] })   // true
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_ListRecommendationsForResource.html
 */
export const ListRecommendationsForResourceResponse = t.partial(
  {
    nextToken: t.string,
    recommendationForResourceSummaries: t.array(RecommendationForResourceSummary),
  },
  'ListRecommendationsForResourceResponse',
)
/** The `responseElements` of a `ListRecommendationsForResource` record; see the codec of the same name. */
export type ListRecommendationsForResourceResponse = t.TypeOf<typeof ListRecommendationsForResourceResponse>

/**
 * The `ListRecommendationsForResource` operation, an operation of the Trusted Advisor API (2022-09-15,
 * `trustedadvisor.amazonaws.com`), readOnly `true` (model readonly trait): lists the recommendations that
 * concern one AWS resource.
 *
 * @example
 * ```ts
 * ListRecommendationsForResource.readOnly   // true
 * findOperation('trustedadvisor.amazonaws.com', 'ListRecommendationsForResource') ===
 *   ListRecommendationsForResource   // true
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_ListRecommendationsForResource.html
 */
export const ListRecommendationsForResource = defineOperation({
  eventSource: TRUSTED_ADVISOR_EVENT_SOURCE,
  eventName: 'ListRecommendationsForResource',
  readOnly: true,
  request: ListRecommendationsForResourceRequest,
  response: ListRecommendationsForResourceResponse,
})

/**
 * The codec of a CloudTrail record of `ListRecommendationsForResource`: the generic record with `eventSource`
 * `trustedadvisor.amazonaws.com`, `eventName` `ListRecommendationsForResource`, and typed `requestParameters`
 * and `responseElements`, each of which may be `null` or absent (failed calls, calls CloudTrail records
 * without payload). The example shows `responseElements` as CloudTrail records it for reads: `null`.
 *
 * @example
 * ```ts
 * ListRecommendationsForResourceEvent.is({
 *   eventVersion: '1.09',
 *   userIdentity: {
 *     type: 'AssumedRole', principalId: 'AROAJ45Q7YFFAREXAMPLE:alice',
 *     arn: 'arn:aws:sts::111122223333:assumed-role/SecurityAudit/alice', accountId: '111122223333',
 *     accessKeyId: 'ASIAJEXAMPLEXEG2JICEA',
 *   },
 *   eventTime: '2024-03-06T14:35:11Z', eventSource: 'trustedadvisor.amazonaws.com',
 *   eventName: 'ListRecommendationsForResource', awsRegion: 'us-east-1', sourceIPAddress: '203.0.113.17',
 *   userAgent: 'aws-cli/2.15.30 Python/3.11.8 Linux/6.1.79 exe/x86_64.amzn.2023 command/trustedadvisor.list-recommendations-for-resource',
 *   requestParameters: {
 *     awsResourceArn: 'arn:aws:ec2:us-east-1:111122223333:instance/i-0abcd1234example',
 *     status: 'warning',
 *   },
 *   responseElements: null, requestID: '116460cb-954f-5d8c-87f1-77e8287978c6',
 *   eventID: 'daa2d89d-0ca0-5d8d-9922-df24e5335778', readOnly: true, eventType: 'AwsApiCall', managementEvent: true,
 *   recipientAccountId: '111122223333', eventCategory: 'Management',
 *   tlsDetails: { tlsVersion: 'TLSv1.3', cipherSuite: 'TLS_AES_128_GCM_SHA256' },
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_ListRecommendationsForResource.html
 */
export const ListRecommendationsForResourceEvent = ListRecommendationsForResource.event
/** A CloudTrail record of `ListRecommendationsForResource`; see the codec of the same name. */
export type ListRecommendationsForResourceEvent = t.TypeOf<typeof ListRecommendationsForResourceEvent>

/**
 * A sound guard for `ListRecommendationsForResource` records: the literal `eventSource` and `eventName` and
 * every payload member are checked by the codec, so a record it accepts really has the typed shape. A failed
 * call (`errorCode` set, payloads `null` or absent) is accepted too.
 *
 * @param u - a record, or any value
 * @returns `true` when `u` is a record of `ListRecommendationsForResource` that satisfies
 * {@link ListRecommendationsForResourceEvent}
 *
 * @example
 * ```ts
 * for (const event of parseRecords(text).records) {
 *   if (isListRecommendationsForResourceEvent(event)) {
 *     console.log(event.responseElements?.recommendationForResourceSummaries?.[0]?.exclusionStatus)
 *   }
 * }
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_ListRecommendationsForResource.html
 */
export function isListRecommendationsForResourceEvent(u: unknown): u is ListRecommendationsForResourceEvent {
  return ListRecommendationsForResourceEvent.is(u)
}
