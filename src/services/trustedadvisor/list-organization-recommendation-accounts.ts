import * as t from 'io-ts'
import { defineOperation } from '../operation.js'
import {
  RecommendationLifecycleStage,
  RecommendationUpdateReasonCode,
  TRUSTED_ADVISOR_EVENT_SOURCE,
  TrustedAdvisorTimestamp,
} from './shared.js'

/**
 * The lifecycle of one member account's copy of an organization recommendation. `updateReason` is `sensitive`
 * in the model: CloudTrail may write `HIDDEN_DUE_TO_SECURITY_REASONS` in its place, which decodes as any
 * string.
 *
 * @example
 * ```ts
 * AccountRecommendationLifecycleSummary.is({
 *   accountId: '444455556666', lifecycleStage: 'resolved',
 *   updateReasonCode: 'other',
 *   updateReason: 'HIDDEN_DUE_TO_SECURITY_REASONS',
 *   lastUpdatedAt: '2024-03-01T17:45:00Z',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_AccountRecommendationLifecycleSummary.html
 */
export const AccountRecommendationLifecycleSummary = t.partial(
  {
    accountId: t.string,
    accountRecommendationArn: t.string,
    lifecycleStage: RecommendationLifecycleStage,
    updatedOnBehalfOf: t.string,
    updatedOnBehalfOfJobTitle: t.string,
    updateReason: t.string,
    updateReasonCode: RecommendationUpdateReasonCode,
    lastUpdatedAt: TrustedAdvisorTimestamp,
  },
  'AccountRecommendationLifecycleSummary',
)
/** The lifecycle of one account's recommendation; see the codec of the same name. */
export type AccountRecommendationLifecycleSummary = t.TypeOf<typeof AccountRecommendationLifecycleSummary>

/**
 * The `requestParameters` of `ListOrganizationRecommendationAccounts`: the organization recommendation ARN,
 * an optional `affectedAccountId` and the page.
 *
 * Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
 * keys not named here pass through untouched.
 *
 * @example
 * ```ts
 * ListOrganizationRecommendationAccountsRequest.is({
 *   organizationRecommendationIdentifier: 'arn:aws:trustedadvisor:::organization-recommendation/4ab8f2c1-6d3e-4f5a-9b0c-1d2e3f4a5b6c',
 *   affectedAccountId: '444455556666',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_ListOrganizationRecommendationAccounts.html
 */
export const ListOrganizationRecommendationAccountsRequest = t.partial(
  {
    nextToken: t.string,
    maxResults: t.number,
    organizationRecommendationIdentifier: t.string,
    affectedAccountId: t.string,
  },
  'ListOrganizationRecommendationAccountsRequest',
)
/** The `requestParameters` of a `ListOrganizationRecommendationAccounts` record; see the codec of the same name. */
export type ListOrganizationRecommendationAccountsRequest =
  t.TypeOf<typeof ListOrganizationRecommendationAccountsRequest>

/**
 * The `responseElements` of `ListOrganizationRecommendationAccounts`: one page of
 * {@link AccountRecommendationLifecycleSummary} and the `nextToken`. CloudTrail has recorded `null` here for
 * read calls in every published sample; when it records the response, it has this shape.
 *
 * Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
 * keys not named here pass through untouched.
 *
 * @example
 * ```ts
 * ListOrganizationRecommendationAccountsResponse.is({
 *   accountRecommendationLifecycleSummaries: [
 *     {
 *       accountId: '444455556666',
 *       lifecycleStage: 'in_progress',
 *     },
 *   ],
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_ListOrganizationRecommendationAccounts.html
 */
export const ListOrganizationRecommendationAccountsResponse = t.partial(
  { nextToken: t.string, accountRecommendationLifecycleSummaries: t.array(AccountRecommendationLifecycleSummary) },
  'ListOrganizationRecommendationAccountsResponse',
)
/** The `responseElements` of a `ListOrganizationRecommendationAccounts` record; see the codec of the same name. */
export type ListOrganizationRecommendationAccountsResponse =
  t.TypeOf<typeof ListOrganizationRecommendationAccountsResponse>

/**
 * The `ListOrganizationRecommendationAccounts` operation, an operation of the Trusted Advisor API
 * (2022-09-15, `trustedadvisor.amazonaws.com`), readOnly `true` (model readonly trait): lists the accounts
 * that own the resources of an organization recommendation, with the lifecycle of each account's
 * recommendation.
 *
 * @example
 * ```ts
 * ListOrganizationRecommendationAccounts.readOnly   // true
 * findOperation('trustedadvisor.amazonaws.com', 'ListOrganizationRecommendationAccounts') ===
 *   ListOrganizationRecommendationAccounts   // true
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_ListOrganizationRecommendationAccounts.html
 */
export const ListOrganizationRecommendationAccounts = defineOperation({
  eventSource: TRUSTED_ADVISOR_EVENT_SOURCE,
  eventName: 'ListOrganizationRecommendationAccounts',
  readOnly: true,
  request: ListOrganizationRecommendationAccountsRequest,
  response: ListOrganizationRecommendationAccountsResponse,
})

/**
 * The codec of a CloudTrail record of `ListOrganizationRecommendationAccounts`: the generic record with
 * `eventSource` `trustedadvisor.amazonaws.com`, `eventName` `ListOrganizationRecommendationAccounts`, and
 * typed `requestParameters` and `responseElements`, each of which may be `null` or absent (failed calls,
 * calls CloudTrail records without payload). The example shows `responseElements` as CloudTrail records it
 * for reads: `null`.
 *
 * @example
 * ```ts
 * ListOrganizationRecommendationAccountsEvent.is({
 *   eventVersion: '1.09',
 *   userIdentity: {
 *     type: 'AssumedRole', principalId: 'AROAJ45Q7YFFAREXAMPLE:alice',
 *     arn: 'arn:aws:sts::111122223333:assumed-role/OrgSecurityAudit/alice', accountId: '111122223333',
 *     accessKeyId: 'ASIAJEXAMPLEXEG2JICEA',
 *   },
 *   eventTime: '2024-03-06T14:30:11Z', eventSource: 'trustedadvisor.amazonaws.com',
 *   eventName: 'ListOrganizationRecommendationAccounts', awsRegion: 'us-east-1', sourceIPAddress: '203.0.113.17',
 *   userAgent: 'aws-cli/2.15.30 Python/3.11.8 Linux/6.1.79 exe/x86_64.amzn.2023 command/trustedadvisor.list-organization-recommendation-accounts',
 *   requestParameters: {
 *     organizationRecommendationIdentifier: 'arn:aws:trustedadvisor:::organization-recommendation/4ab8f2c1-6d3e-4f5a-9b0c-1d2e3f4a5b6c',
 *     maxResults: 50,
 *   },
 *   responseElements: null, requestID: '20d273fd-9241-5d52-a2ad-34efed782acf',
 *   eventID: 'd9f96297-7022-5f81-af8a-99a1366686f4', readOnly: true, eventType: 'AwsApiCall', managementEvent: true,
 *   recipientAccountId: '111122223333', eventCategory: 'Management',
 *   tlsDetails: { tlsVersion: 'TLSv1.3', cipherSuite: 'TLS_AES_128_GCM_SHA256' },
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_ListOrganizationRecommendationAccounts.html
 */
export const ListOrganizationRecommendationAccountsEvent = ListOrganizationRecommendationAccounts.event
/** A CloudTrail record of `ListOrganizationRecommendationAccounts`; see the codec of the same name. */
export type ListOrganizationRecommendationAccountsEvent = t.TypeOf<typeof ListOrganizationRecommendationAccountsEvent>

/**
 * A sound guard for `ListOrganizationRecommendationAccounts` records: the literal `eventSource` and
 * `eventName` and every payload member are checked by the codec, so a record it accepts really has the typed
 * shape. A failed call (`errorCode` set, payloads `null` or absent) is accepted too.
 *
 * @param u - a record, or any value
 * @returns `true` when `u` is a record of `ListOrganizationRecommendationAccounts` that satisfies
 * {@link ListOrganizationRecommendationAccountsEvent}
 *
 * @example
 * ```ts
 * for (const event of parseRecords(text).records) {
 *   if (isListOrganizationRecommendationAccountsEvent(event)) {
 *     console.log(event.responseElements?.accountRecommendationLifecycleSummaries?.[0]?.lifecycleStage)
 *   }
 * }
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_ListOrganizationRecommendationAccounts.html
 */
export function isListOrganizationRecommendationAccountsEvent(
  u: unknown,
): u is ListOrganizationRecommendationAccountsEvent {
  return ListOrganizationRecommendationAccountsEvent.is(u)
}
