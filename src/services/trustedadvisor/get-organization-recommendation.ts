import * as t from 'io-ts'
import { defineOperation } from '../operation.js'
import { OrganizationRecommendation, TRUSTED_ADVISOR_EVENT_SOURCE } from './shared.js'

/**
 * The `requestParameters` of `GetOrganizationRecommendation`: the ARN of the organization recommendation
 * (`organizationRecommendationIdentifier`, a URI member logged under its name).
 *
 * Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
 * keys not named here pass through untouched.
 *
 * @example
 * ```ts
 * GetOrganizationRecommendationRequest.is({
 *   organizationRecommendationIdentifier: 'arn:aws:trustedadvisor:::organization-recommendation/4ab8f2c1-6d3e-4f5a-9b0c-1d2e3f4a5b6c',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_GetOrganizationRecommendation.html
 */
export const GetOrganizationRecommendationRequest = t.partial(
  { organizationRecommendationIdentifier: t.string },
  'GetOrganizationRecommendationRequest',
)
/** The `requestParameters` of a `GetOrganizationRecommendation` record; see the codec of the same name. */
export type GetOrganizationRecommendationRequest = t.TypeOf<typeof GetOrganizationRecommendationRequest>

/**
 * The `responseElements` of `GetOrganizationRecommendation`: the {@link OrganizationRecommendation}.
 * CloudTrail has recorded `null` here for read calls in every published sample; when it records the response,
 * it has this shape.
 *
 * Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
 * keys not named here pass through untouched.
 *
 * @example
 * ```ts
 * GetOrganizationRecommendationResponse.is({
 *   organizationRecommendation: {
 *     id: '4ab8f2c1-6d3e-4f5a-9b0c-1d2e3f4a5b6c',
 *     status: 'error',
 *     lifecycleStage: 'pending_response',
 *     arn: 'arn:aws:trustedadvisor:::organization-recommendation/4ab8f2c1-6d3e-4f5a-9b0c-1d2e3f4a5b6c',
 *   },
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_GetOrganizationRecommendation.html
 */
export const GetOrganizationRecommendationResponse = t.partial(
  { organizationRecommendation: OrganizationRecommendation },
  'GetOrganizationRecommendationResponse',
)
/** The `responseElements` of a `GetOrganizationRecommendation` record; see the codec of the same name. */
export type GetOrganizationRecommendationResponse = t.TypeOf<typeof GetOrganizationRecommendationResponse>

/**
 * The `GetOrganizationRecommendation` operation, an operation of the Trusted Advisor API (2022-09-15,
 * `trustedadvisor.amazonaws.com`), readOnly `true` (model readonly trait): gets one organization (Trusted
 * Advisor Priority) recommendation.
 *
 * @example
 * ```ts
 * GetOrganizationRecommendation.readOnly   // true
 * findOperation('trustedadvisor.amazonaws.com', 'GetOrganizationRecommendation') ===
 *   GetOrganizationRecommendation   // true
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_GetOrganizationRecommendation.html
 */
export const GetOrganizationRecommendation = defineOperation({
  eventSource: TRUSTED_ADVISOR_EVENT_SOURCE,
  eventName: 'GetOrganizationRecommendation',
  readOnly: true,
  request: GetOrganizationRecommendationRequest,
  response: GetOrganizationRecommendationResponse,
})

/**
 * The codec of a CloudTrail record of `GetOrganizationRecommendation`: the generic record with `eventSource`
 * `trustedadvisor.amazonaws.com`, `eventName` `GetOrganizationRecommendation`, and typed `requestParameters`
 * and `responseElements`, each of which may be `null` or absent (failed calls, calls CloudTrail records
 * without payload). The example shows `responseElements` as CloudTrail records it for reads: `null`.
 *
 * @example
 * ```ts
 * GetOrganizationRecommendationEvent.is({
 *   eventVersion: '1.09',
 *   userIdentity: {
 *     type: 'AssumedRole', principalId: 'AROAJ45Q7YFFAREXAMPLE:alice',
 *     arn: 'arn:aws:sts::111122223333:assumed-role/OrgSecurityAudit/alice', accountId: '111122223333',
 *     accessKeyId: 'ASIAJEXAMPLEXEG2JICEA',
 *   },
 *   eventTime: '2024-03-06T14:27:11Z', eventSource: 'trustedadvisor.amazonaws.com',
 *   eventName: 'GetOrganizationRecommendation', awsRegion: 'us-east-1', sourceIPAddress: '203.0.113.17',
 *   userAgent: 'aws-cli/2.15.30 Python/3.11.8 Linux/6.1.79 exe/x86_64.amzn.2023 command/trustedadvisor.get-organization-recommendation',
 *   requestParameters: {
 *     organizationRecommendationIdentifier: 'arn:aws:trustedadvisor:::organization-recommendation/4ab8f2c1-6d3e-4f5a-9b0c-1d2e3f4a5b6c',
 *   },
 *   responseElements: null, requestID: 'ca1f17eb-cf82-532c-9493-a8a12d4ae6cd',
 *   eventID: '4ecb6db6-6b5c-574f-8681-73c6bdcb30dd', readOnly: true, eventType: 'AwsApiCall', managementEvent: true,
 *   recipientAccountId: '111122223333', eventCategory: 'Management',
 *   tlsDetails: { tlsVersion: 'TLSv1.3', cipherSuite: 'TLS_AES_128_GCM_SHA256' },
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_GetOrganizationRecommendation.html
 */
export const GetOrganizationRecommendationEvent = GetOrganizationRecommendation.event
/** A CloudTrail record of `GetOrganizationRecommendation`; see the codec of the same name. */
export type GetOrganizationRecommendationEvent = t.TypeOf<typeof GetOrganizationRecommendationEvent>

/**
 * A sound guard for `GetOrganizationRecommendation` records: the literal `eventSource` and `eventName` and
 * every payload member are checked by the codec, so a record it accepts really has the typed shape. A failed
 * call (`errorCode` set, payloads `null` or absent) is accepted too.
 *
 * @param u - a record, or any value
 * @returns `true` when `u` is a record of `GetOrganizationRecommendation` that satisfies
 * {@link GetOrganizationRecommendationEvent}
 *
 * @example
 * ```ts
 * for (const event of parseRecords(text).records) {
 *   if (isGetOrganizationRecommendationEvent(event)) {
 *     console.log(event.responseElements?.organizationRecommendation?.lifecycleStage)
 *   }
 * }
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_GetOrganizationRecommendation.html
 */
export function isGetOrganizationRecommendationEvent(u: unknown): u is GetOrganizationRecommendationEvent {
  return GetOrganizationRecommendationEvent.is(u)
}
