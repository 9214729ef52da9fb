import * as t from 'io-ts'
import { defineOperation } from '../operation.js'
import { recommendationResourceFilterMembers } from './request-members.js'
import { OrganizationRecommendationResourceSummary, TRUSTED_ADVISOR_EVENT_SOURCE } from './shared.js'

/**
 * The `requestParameters` of `ListOrganizationRecommendationResources`: the organization recommendation ARN,
 * the filters (`status`, `exclusionStatus`, `regionCode`, `affectedAccountId`) and the page.
 *
 * Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
 * keys not named here pass through untouched.
 *
 * @example
 * ```ts
 * ListOrganizationRecommendationResourcesRequest.is({
 *   organizationRecommendationIdentifier: 'arn:aws:trustedadvisor:::organization-recommendation/4ab8f2c1-6d3e-4f5a-9b0c-1d2e3f4a5b6c',
 *   status: 'error', exclusionStatus: 'included',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_ListOrganizationRecommendationResources.html
 */
export const ListOrganizationRecommendationResourcesRequest = t.partial(
  {
    ...recommendationResourceFilterMembers,
    organizationRecommendationIdentifier: t.string,
    affectedAccountId: t.string,
  },
  'ListOrganizationRecommendationResourcesRequest',
)
/** The `requestParameters` of a `ListOrganizationRecommendationResources` record; see the codec of the same name. */
export type ListOrganizationRecommendationResourcesRequest =
  t.TypeOf<typeof ListOrganizationRecommendationResourcesRequest>

/**
 * The `responseElements` of `ListOrganizationRecommendationResources`: one page of
 * {@link OrganizationRecommendationResourceSummary} and the `nextToken`. CloudTrail has recorded `null` here
 * for read calls in every published sample; when it records the response, it has this shape.
 *
 * Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
 * keys not named here pass through untouched.
 *
 * @example
 * ```ts
 * ListOrganizationRecommendationResourcesResponse.is({
 *   organizationRecommendationResourceSummaries: [
 *     {
 *       awsResourceId: 'my-public-bucket',
 *       accountId: '444455556666',
 *     },
 *   ],
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_ListOrganizationRecommendationResources.html
 */
export const ListOrganizationRecommendationResourcesResponse = t.partial(
  {
    nextToken: t.string,
    organizationRecommendationResourceSummaries: t.array(OrganizationRecommendationResourceSummary),
  },
  'ListOrganizationRecommendationResourcesResponse',
)
/** The `responseElements` of a `ListOrganizationRecommendationResources` record; see the codec of the same name. */
export type ListOrganizationRecommendationResourcesResponse =
  t.TypeOf<typeof ListOrganizationRecommendationResourcesResponse>

/**
 * The `ListOrganizationRecommendationResources` operation, an operation of the Trusted Advisor API
 * (2022-09-15, `trustedadvisor.amazonaws.com`), readOnly `true` (model readonly trait): lists the resources
 * of an organization recommendation across member accounts.
 *
 * @example
 * ```ts
 * ListOrganizationRecommendationResources.readOnly   // true
 * findOperation('trustedadvisor.amazonaws.com', 'ListOrganizationRecommendationResources') ===
 *   ListOrganizationRecommendationResources   // true
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_ListOrganizationRecommendationResources.html
 */
export const ListOrganizationRecommendationResources = defineOperation({
  eventSource: TRUSTED_ADVISOR_EVENT_SOURCE,
  eventName: 'ListOrganizationRecommendationResources',
  readOnly: true,
  request: ListOrganizationRecommendationResourcesRequest,
  response: ListOrganizationRecommendationResourcesResponse,
})

/**
 * The codec of a CloudTrail record of `ListOrganizationRecommendationResources`: the generic record with
 * `eventSource` `trustedadvisor.amazonaws.com`, `eventName` `ListOrganizationRecommendationResources`, and
 * typed `requestParameters` and `responseElements`, each of which may be `null` or absent (failed calls,
 * calls CloudTrail records without payload). The example shows `responseElements` as CloudTrail records it
 * for reads: `null`.
 *
 * @example
 * ```ts
 * ListOrganizationRecommendationResourcesEvent.is({
 *   eventVersion: '1.09',
 *   userIdentity: {
 *     type: 'AssumedRole', principalId: 'AROAJ45Q7YFFAREXAMPLE:alice',
 *     arn: 'arn:aws:sts::111122223333:assumed-role/OrgSecurityAudit/alice', accountId: '111122223333',
 *     accessKeyId: 'ASIAJEXAMPLEXEG2JICEA',
 *   },
 *   eventTime: '2024-03-06T14:31:11Z', eventSource: 'trustedadvisor.amazonaws.com',
 *   eventName: 'ListOrganizationRecommendationResources', awsRegion: 'us-east-1', sourceIPAddress: '203.0.113.17',
 *   userAgent: 'aws-cli/2.15.30 Python/3.11.8 Linux/6.1.79 exe/x86_64.amzn.2023 command/trustedadvisor.list-organization-recommendation-resources',
 *   requestParameters: {
 *     organizationRecommendationIdentifier: 'arn:aws:trustedadvisor:::organization-recommendation/4ab8f2c1-6d3e-4f5a-9b0c-1d2e3f4a5b6c',
 *     status: 'error', exclusionStatus: 'included', regionCode: 'eu-west-1',
 *   },
 *   responseElements: null, requestID: '051cf9b4-d916-560c-a92b-672e588cd669',
 *   eventID: '84dfd375-442c-5cdf-80ec-6e566f942b3d', readOnly: true, eventType: 'AwsApiCall', managementEvent: true,
 *   recipientAccountId: '111122223333', eventCategory: 'Management',
 *   tlsDetails: { tlsVersion: 'TLSv1.3', cipherSuite: 'TLS_AES_128_GCM_SHA256' },
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_ListOrganizationRecommendationResources.html
 */
export const ListOrganizationRecommendationResourcesEvent = ListOrganizationRecommendationResources.event
/** A CloudTrail record of `ListOrganizationRecommendationResources`; see the codec of the same name. */
export type ListOrganizationRecommendationResourcesEvent = t.TypeOf<typeof ListOrganizationRecommendationResourcesEvent>

/**
 * A sound guard for `ListOrganizationRecommendationResources` records: the literal `eventSource` and
 * `eventName` and every payload member are checked by the codec, so a record it accepts really has the typed
 * shape. A failed call (`errorCode` set, payloads `null` or absent) is accepted too.
 *
 * @param u - a record, or any value
 * @returns `true` when `u` is a record of `ListOrganizationRecommendationResources` that satisfies
 * {@link ListOrganizationRecommendationResourcesEvent}
 *
 * @example
 * ```ts
 * for (const event of parseRecords(text).records) {
 *   if (isListOrganizationRecommendationResourcesEvent(event)) {
 *     console.log(event.responseElements?.organizationRecommendationResourceSummaries?.[0]?.accountId)
 *   }
 * }
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_ListOrganizationRecommendationResources.html
 */
export function isListOrganizationRecommendationResourcesEvent(
  u: unknown,
): u is ListOrganizationRecommendationResourcesEvent {
  return ListOrganizationRecommendationResourcesEvent.is(u)
}
