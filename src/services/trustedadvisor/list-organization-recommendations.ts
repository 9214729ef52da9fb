import * as t from 'io-ts'
import { defineOperation } from '../operation.js'
import { recommendationListFilterMembers } from './request-members.js'
import { OrganizationRecommendationSummary, TRUSTED_ADVISOR_EVENT_SOURCE } from './shared.js'

/**
 * The `requestParameters` of `ListOrganizationRecommendations`: the filters (`type`, `status`, `pillar`,
 * `awsService`, `source`, `checkIdentifier`, and `afterLastUpdatedAt` / `beforeLastUpdatedAt`, which are
 * {@link TrustedAdvisorTimestamp}) and the page.
 *
 * Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
 * keys not named here pass through untouched.
 *
 * @example
 * ```ts
 * ListOrganizationRecommendationsRequest.is({
 *   type: 'priority', status: 'error',
 *   afterLastUpdatedAt: '2024-02-01T00:00:00Z',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_ListOrganizationRecommendations.html
 */
export const ListOrganizationRecommendationsRequest = t.partial(
  recommendationListFilterMembers,
  'ListOrganizationRecommendationsRequest',
)
/** The `requestParameters` of a `ListOrganizationRecommendations` record; see the codec of the same name. */
export type ListOrganizationRecommendationsRequest = t.TypeOf<typeof ListOrganizationRecommendationsRequest>

/**
 * The `responseElements` of `ListOrganizationRecommendations`: one page of
 * {@link OrganizationRecommendationSummary} and the `nextToken`. CloudTrail has recorded `null` here for read
 * calls in every published sample; when it records the response, it has this shape.
 *
 * Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
 * keys not named here pass through untouched.
 *
 * @example
 * ```ts
 * ListOrganizationRecommendationsResponse.is({
 *   organizationRecommendationSummaries: [
 *     {
 *       id: '4ab8f2c1-6d3e-4f5a-9b0c-1d2e3f4a5b6c',
 *       status: 'error',
 *     },
 *   ],
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_ListOrganizationRecommendations.html
 */
export const ListOrganizationRecommendationsResponse = t.partial(
  { nextToken: t.string, organizationRecommendationSummaries: t.array(OrganizationRecommendationSummary) },
  'ListOrganizationRecommendationsResponse',
)
/** The `responseElements` of a `ListOrganizationRecommendations` record; see the codec of the same name. */
export type ListOrganizationRecommendationsResponse = t.TypeOf<typeof ListOrganizationRecommendationsResponse>

/**
 * The `ListOrganizationRecommendations` operation, an operation of the Trusted Advisor API (2022-09-15,
 * `trustedadvisor.amazonaws.com`), readOnly `true` (model readonly trait): lists the organization (Trusted
 * Advisor Priority) recommendations.
 *
 * @example
 * ```ts
 * ListOrganizationRecommendations.readOnly   // true
 * findOperation('trustedadvisor.amazonaws.com', 'ListOrganizationRecommendations') ===
 *   ListOrganizationRecommendations   // true
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_ListOrganizationRecommendations.html
 */
export const ListOrganizationRecommendations = defineOperation({
  eventSource: TRUSTED_ADVISOR_EVENT_SOURCE,
  eventName: 'ListOrganizationRecommendations',
  readOnly: true,
  request: ListOrganizationRecommendationsRequest,
  response: ListOrganizationRecommendationsResponse,
})

/**
 * The codec of a CloudTrail record of `ListOrganizationRecommendations`: the generic record with
 * `eventSource` `trustedadvisor.amazonaws.com`, `eventName` `ListOrganizationRecommendations`, and typed
 * `requestParameters` and `responseElements`, each of which may be `null` or absent (failed calls, calls
 * CloudTrail records without payload). The example shows `responseElements` as CloudTrail records it for
 * reads: `null`.
 *
 * @example
 * ```ts
 * ListOrganizationRecommendationsEvent.is({
 *   eventVersion: '1.09',
 *   userIdentity: {
 *     type: 'AssumedRole', principalId: 'AROAJ45Q7YFFAREXAMPLE:alice',
 *     arn: 'arn:aws:sts::111122223333:assumed-role/OrgSecurityAudit/alice', accountId: '111122223333',
 *     accessKeyId: 'ASIAJEXAMPLEXEG2JICEA',
 *   },
 *   eventTime: '2024-03-06T14:32:11Z', eventSource: 'trustedadvisor.amazonaws.com',
 *   eventName: 'ListOrganizationRecommendations', awsRegion: 'us-east-1', sourceIPAddress: '203.0.113.17',
 *   userAgent: 'aws-cli/2.15.30 Python/3.11.8 Linux/6.1.79 exe/x86_64.amzn.2023 command/trustedadvisor.list-organization-recommendations',
 *   requestParameters: { type: 'priority', pillar: 'security', afterLastUpdatedAt: '2024-02-01T00:00:00Z' },
 *   responseElements: null, requestID: 'd0b305e6-ee0a-5e00-a67e-ec8b66d87262',
 *   eventID: '0f25f090-17a0-58ce-8ed8-c1034f9ee385', readOnly: true, eventType: 'AwsApiCall', managementEvent: true,
 *   recipientAccountId: '111122223333', eventCategory: 'Management',
 *   tlsDetails: { tlsVersion: 'TLSv1.3', cipherSuite: 'TLS_AES_128_GCM_SHA256' },
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_ListOrganizationRecommendations.html
 */
export const ListOrganizationRecommendationsEvent = ListOrganizationRecommendations.event
/** A CloudTrail record of `ListOrganizationRecommendations`; see the codec of the same name. */
export type ListOrganizationRecommendationsEvent = t.TypeOf<typeof ListOrganizationRecommendationsEvent>

/**
 * A sound guard for `ListOrganizationRecommendations` records: the literal `eventSource` and `eventName` and
 * every payload member are checked by the codec, so a record it accepts really has the typed shape. A failed
 * call (`errorCode` set, payloads `null` or absent) is accepted too.
 *
 * @param u - a record, or any value
 * @returns `true` when `u` is a record of `ListOrganizationRecommendations` that satisfies
 * {@link ListOrganizationRecommendationsEvent}
 *
 * @example
 * ```ts
 * for (const event of parseRecords(text).records) {
 *   if (isListOrganizationRecommendationsEvent(event)) console.log(event.requestParameters?.afterLastUpdatedAt)
 * }
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_ListOrganizationRecommendations.html
 */
export function isListOrganizationRecommendationsEvent(u: unknown): u is ListOrganizationRecommendationsEvent {
  return ListOrganizationRecommendationsEvent.is(u)
}
