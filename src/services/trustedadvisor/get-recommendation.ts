import * as t from 'io-ts'
import { defineOperation } from '../operation.js'
import { Recommendation, RecommendationLanguage, TRUSTED_ADVISOR_EVENT_SOURCE } from './shared.js'

/**
 * The `requestParameters` of `GetRecommendation`: the ARN of the recommendation (`recommendationIdentifier`,
 * a URI member logged under its name) and the `language`.
 *
 * Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
 * keys not named here pass through untouched.
 *
 * @example
 * ```ts
 * GetRecommendationRequest.is({
 *   recommendationIdentifier: 'arn:aws:trustedadvisor::111122223333:recommendation/55fa4d2e-bbb7-491a-833b-5773e9589578',
 *   language: 'ja',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_GetRecommendation.html
 */
export const GetRecommendationRequest = t.partial(
  { recommendationIdentifier: t.string, language: RecommendationLanguage },
  'GetRecommendationRequest',
)
/** The `requestParameters` of a `GetRecommendation` record; see the codec of the same name. */
export type GetRecommendationRequest = t.TypeOf<typeof GetRecommendationRequest>

/**
 * The `responseElements` of `GetRecommendation`: the {@link Recommendation}. CloudTrail has recorded `null`
 * here for read calls in every published sample; when it records the response, it has this shape.
 *
 * Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
 * keys not named here pass through untouched.
 *
 * @example
 * ```ts
 * GetRecommendationResponse.is({
 *   recommendation: {
 *     id: '55fa4d2e-bbb7-491a-833b-5773e9589578', status: 'warning',
 *     statusReason: 'no_data_ok',
 *     arn: 'arn:aws:trustedadvisor::111122223333:recommendation/55fa4d2e-bbb7-491a-833b-5773e9589578',
 *   },
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_GetRecommendation.html
 */
export const GetRecommendationResponse = t.partial({ recommendation: Recommendation }, 'GetRecommendationResponse')
/** The `responseElements` of a `GetRecommendation` record; see the codec of the same name. */
export type GetRecommendationResponse = t.TypeOf<typeof GetRecommendationResponse>

/**
 * The `GetRecommendation` operation, an operation of the Trusted Advisor API (2022-09-15,
 * `trustedadvisor.amazonaws.com`), readOnly `true` (model readonly trait): gets one recommendation of the
 * account.
 *
 * @example
 * ```ts
 * GetRecommendation.readOnly   // true
 * findOperation('trustedadvisor.amazonaws.com', 'GetRecommendation') === GetRecommendation   // true
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_GetRecommendation.html
 */
export const GetRecommendation = defineOperation({
  eventSource: TRUSTED_ADVISOR_EVENT_SOURCE,
  eventName: 'GetRecommendation',
  readOnly: true,
  request: GetRecommendationRequest,
  response: GetRecommendationResponse,
})

/**
 * The codec of a CloudTrail record of `GetRecommendation`: the generic record with `eventSource`
 * `trustedadvisor.amazonaws.com`, `eventName` `GetRecommendation`, and typed `requestParameters` and
 * `responseElements`, each of which may be `null` or absent (failed calls, calls CloudTrail records without
 * payload). The example shows `responseElements` as CloudTrail records it for reads: `null`.
 *
 * @example
 * ```ts
 * GetRecommendationEvent.is({
 *   eventVersion: '1.09',
 *   userIdentity: {
 *     type: 'AssumedRole', principalId: 'AROAJ45Q7YFFAREXAMPLE:alice',
 *     arn: 'arn:aws:sts::111122223333:assumed-role/SecurityAudit/alice', accountId: '111122223333',
 *     accessKeyId: 'ASIAJEXAMPLEXEG2JICEA',
 *   },
 *   eventTime: '2024-03-06T14:28:11Z', eventSource: 'trustedadvisor.amazonaws.com', eventName: 'GetRecommendation',
 *   awsRegion: 'us-east-1', sourceIPAddress: '203.0.113.17',
 *   userAgent: 'aws-cli/2.15.30 Python/3.11.8 Linux/6.1.79 exe/x86_64.amzn.2023 command/trustedadvisor.get-recommendation',
 *   requestParameters: {
 *     recommendationIdentifier: 'arn:aws:trustedadvisor::111122223333:recommendation/55fa4d2e-bbb7-491a-833b-5773e9589578',
 *     language: 'en',
 *   },
 *   responseElements: null, requestID: 'a342bf18-2c8c-53db-9e0e-b47f2a85d719',
 *   eventID: '1924f470-fafd-52df-8838-d293f8f579cf', readOnly: true, eventType: 'AwsApiCall', managementEvent: true,
 *   recipientAccountId: '111122223333', eventCategory: 'Management',
 *   tlsDetails: { tlsVersion: 'TLSv1.3', cipherSuite: 'TLS_AES_128_GCM_SHA256' },
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_GetRecommendation.html
 */
export const GetRecommendationEvent = GetRecommendation.event
/** A CloudTrail record of `GetRecommendation`; see the codec of the same name. */
export type GetRecommendationEvent = t.TypeOf<typeof GetRecommendationEvent>

/**
 * A sound guard for `GetRecommendation` records: the literal `eventSource` and `eventName` and every payload
 * member are checked by the codec, so a record it accepts really has the typed shape. A failed call
 * (`errorCode` set, payloads `null` or absent) is accepted too.
 *
 * @param u - a record, or any value
 * @returns `true` when `u` is a record of `GetRecommendation` that satisfies {@link GetRecommendationEvent}
 *
 * @example
 * ```ts
 * for (const event of parseRecords(text).records) {
 *   if (isGetRecommendationEvent(event)) console.log(event.responseElements?.recommendation?.pillars)
 * }
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_GetRecommendation.html
 */
export function isGetRecommendationEvent(u: unknown): u is GetRecommendationEvent {
  return GetRecommendationEvent.is(u)
}
