import * as t from 'io-ts'
import { defineOperation } from '../operation.js'
import { TRUSTED_ADVISOR_EVENT_SOURCE } from './shared.js'

/**
 * One entry of a `BatchUpdateRecommendationResourceExclusion` call: the `arn` of a recommendation resource
 * and whether to exclude it.
 *
 * @example
 * ```ts
 * RecommendationResourceExclusion.is({
 *   arn: 'arn:aws:trustedadvisor::111122223333:recommendation-resource/55fa4d2e-bbb7-491a-833b-5773e9589578/2f8ab1c3d4e5f6a7b8c9d0e1f2a3b4c5',
 *   isExcluded: true,
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_RecommendationResourceExclusion.html
 */
export const RecommendationResourceExclusion = t.partial(
  { arn: t.string, isExcluded: t.boolean },
  'RecommendationResourceExclusion',
)
/** One entry of a BatchUpdateRecommendationResourceExclusion call; see the codec of the same name. */
export type RecommendationResourceExclusion = t.TypeOf<typeof RecommendationResourceExclusion>

/**
 * One entry that a `BatchUpdateRecommendationResourceExclusion` call could not update: the resource `arn`, an
 * `errorCode` and an `errorMessage`.
 *
 * @example
 * ```ts
 * UpdateRecommendationResourceExclusionError.is({
 *   arn: 'arn:aws:trustedadvisor::111122223333:recommendation-resource/55fa4d2e-bbb7-491a-833b-5773e9589578/2f8ab1c3d4e5f6a7b8c9d0e1f2a3b4c5',
 *   errorCode: 'ResourceNotFound',
 *   errorMessage: 'The recommendation resource does not exist.',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_UpdateRecommendationResourceExclusionError.html
 */
export const UpdateRecommendationResourceExclusionError = t.partial(
  { arn: t.string, errorCode: t.string, errorMessage: t.string },
  'UpdateRecommendationResourceExclusionError',
)
/** One failed entry of a BatchUpdateRecommendationResourceExclusion call; see the codec of the same name. */
export type UpdateRecommendationResourceExclusionError = t.TypeOf<typeof UpdateRecommendationResourceExclusionError>

/**
 * The `requestParameters` of `BatchUpdateRecommendationResourceExclusion`: the
 * `recommendationResourceExclusions` to apply (1 to 25 in the model).
 *
 * Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
 * keys not named here pass through untouched.
 *
 * @example
 * ```ts
 * BatchUpdateRecommendationResourceExclusionRequest.is({
 *   recommendationResourceExclusions: [
 *     {
 *       arn: 'arn:aws:trustedadvisor::111122223333:recommendation-resource/55fa4d2e-bbb7-491a-833b-5773e9589578/2f8ab1c3d4e5f6a7b8c9d0e1f2a3b4c5',
 *       isExcluded: true,
 *     },
 *   ],
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_BatchUpdateRecommendationResourceExclusion.html
 */
export const BatchUpdateRecommendationResourceExclusionRequest = t.partial(
  { recommendationResourceExclusions: t.array(RecommendationResourceExclusion) },
  'BatchUpdateRecommendationResourceExclusionRequest',
)
/** The `requestParameters` of a `BatchUpdateRecommendationResourceExclusion` record; see the codec of the same name. */
export type BatchUpdateRecommendationResourceExclusionRequest =
  t.TypeOf<typeof BatchUpdateRecommendationResourceExclusionRequest>

/**
 * The `responseElements` of `BatchUpdateRecommendationResourceExclusion`: the entries that could not be
 * updated (`batchUpdateRecommendationResourceExclusionErrors`, empty when all succeeded).
 *
 * Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
 * keys not named here pass through untouched.
 *
 * @example
 * ```ts
 * BatchUpdateRecommendationResourceExclusionResponse.is({ batchUpdateRecommendationResourceExclusionErrors: [] })   // true
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_BatchUpdateRecommendationResourceExclusion.html
 */
export const BatchUpdateRecommendationResourceExclusionResponse = t.partial(
  { batchUpdateRecommendationResourceExclusionErrors: t.array(UpdateRecommendationResourceExclusionError) },
  'BatchUpdateRecommendationResourceExclusionResponse',
)
/** The `responseElements` of a `BatchUpdateRecommendationResourceExclusion` record; see the codec of the same name. */
export type BatchUpdateRecommendationResourceExclusionResponse =
  t.TypeOf<typeof BatchUpdateRecommendationResourceExclusionResponse>

/**
 * The `BatchUpdateRecommendationResourceExclusion` operation, an operation of the Trusted Advisor API
 * (2022-09-15, `trustedadvisor.amazonaws.com`), readOnly `false` (model: no readonly trait; write,
 * idempotent): excludes resources from a recommendation, or includes them again, up to 25 at a time.
 *
 * @example
 * ```ts
 * BatchUpdateRecommendationResourceExclusion.readOnly   // false
 * findOperation('trustedadvisor.amazonaws.com', 'BatchUpdateRecommendationResourceExclusion') ===
 *   BatchUpdateRecommendationResourceExclusion   // true
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_BatchUpdateRecommendationResourceExclusion.html
 */
export const BatchUpdateRecommendationResourceExclusion = defineOperation({
  eventSource: TRUSTED_ADVISOR_EVENT_SOURCE,
  eventName: 'BatchUpdateRecommendationResourceExclusion',
  readOnly: false,
  request: BatchUpdateRecommendationResourceExclusionRequest,
  response: BatchUpdateRecommendationResourceExclusionResponse,
})

/**
 * The codec of a CloudTrail record of `BatchUpdateRecommendationResourceExclusion`: the generic record with
 * `eventSource` `trustedadvisor.amazonaws.com`, `eventName` `BatchUpdateRecommendationResourceExclusion`, and
 * typed `requestParameters` and `responseElements`, each of which may be `null` or absent (failed calls,
 * calls CloudTrail records without payload).
 *
 * @example
 * ```ts
 * BatchUpdateRecommendationResourceExclusionEvent.is({
 *   eventVersion: '1.09',
 *   userIdentity: {
 *     type: 'AssumedRole', principalId: 'AROAJ45Q7YFFAREXAMPLE:alice',
 *     arn: 'arn:aws:sts::111122223333:assumed-role/SecurityAudit/alice', accountId: '111122223333',
 *     accessKeyId: 'ASIAJEXAMPLEXEG2JICEA',
 *   },
 *   eventTime: '2024-03-06T14:26:11Z', eventSource: 'trustedadvisor.amazonaws.com',
 *   eventName: 'BatchUpdateRecommendationResourceExclusion', awsRegion: 'us-east-1', sourceIPAddress: '203.0.113.17',
 *   userAgent: 'aws-cli/2.15.30 Python/3.11.8 Linux/6.1.79 exe/x86_64.amzn.2023 command/trustedadvisor.batch-update-recommendation-resource-exclusion',
 *   requestParameters: {
 *     recommendationResourceExclusions: [
 *       {
 *         arn: 'arn:aws:trustedadvisor::111122223333:recommendation-resource/55fa4d2e-bbb7-491a-833b-5773e9589578/2f8ab1c3d4e5f6a7b8c9d0e1f2a3b4c5',
 *         isExcluded: true,
 *       },
 *     ],
 *   },
 *   responseElements: { batchUpdateRecommendationResourceExclusionErrors: [] },
 *   requestID: 'ff4a00bf-c9f6-541d-8920-cd38ca049cfd', eventID: '5f07d714-f0df-5278-b2a4-e1283976673d',
 *   readOnly: false, eventType: 'AwsApiCall', managementEvent: true, recipientAccountId: '111122223333',
 *   eventCategory: 'Management', tlsDetails: { tlsVersion: 'TLSv1.3', cipherSuite: 'TLS_AES_128_GCM_SHA256' },
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_BatchUpdateRecommendationResourceExclusion.html
 */
export const BatchUpdateRecommendationResourceExclusionEvent = BatchUpdateRecommendationResourceExclusion.event
/** A CloudTrail record of `BatchUpdateRecommendationResourceExclusion`; see the codec of the same name. */
export type BatchUpdateRecommendationResourceExclusionEvent =
  t.TypeOf<typeof BatchUpdateRecommendationResourceExclusionEvent>

/**
 * A sound guard for `BatchUpdateRecommendationResourceExclusion` records: the literal `eventSource` and
 * `eventName` and every payload member are checked by the codec, so a record it accepts really has the typed
 * shape. A failed call (`errorCode` set, payloads `null` or absent) is accepted too.
 *
 * @param u - a record, or any value
 * @returns `true` when `u` is a record of `BatchUpdateRecommendationResourceExclusion` that satisfies
 * {@link BatchUpdateRecommendationResourceExclusionEvent}
 *
 * @example
 * ```ts
 * for (const event of parseRecords(text).records) {
 *   if (isBatchUpdateRecommendationResourceExclusionEvent(event)) {
 *     console.log(event.requestParameters?.recommendationResourceExclusions?.[0]?.isExcluded)
 *   }
 * }
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_BatchUpdateRecommendationResourceExclusion.html
 */
export function isBatchUpdateRecommendationResourceExclusionEvent(
  u: unknown,
): u is BatchUpdateRecommendationResourceExclusionEvent {
  return BatchUpdateRecommendationResourceExclusionEvent.is(u)
}
