import * as t from 'io-ts'
import { defineOperation } from '../operation.js'
import { TRUSTED_ADVISOR_EVENT_SOURCE } from './shared.js'

/**
 * The `requestParameters` of the Trusted Advisor console action `DescribeServiceMetadata`: the action has no
 * public API model and no published CloudTrail record shows its parameters, so any JSON value (or `null`)
 * decodes and is kept as it came; the type is `unknown`, for the caller to narrow.
 *
 * @example
 * ```ts
 * DescribeServiceMetadataRequest.is([1, 'two', null])   // true: any JSON value, typed `unknown`
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const DescribeServiceMetadataRequest = t.unknown
/** The `requestParameters` of a `DescribeServiceMetadata` record; see the codec of the same name. */
export type DescribeServiceMetadataRequest = t.TypeOf<typeof DescribeServiceMetadataRequest>

/**
 * The `responseElements` of the Trusted Advisor console action `DescribeServiceMetadata`: shape unknown (no
 * public API model, no published sample), so any JSON value (or `null`) decodes and is kept as it came; the
 * type is `unknown`.
 *
 * @example
 * ```ts
 * DescribeServiceMetadataResponse.is([1, 'two', null])   // true: any JSON value, typed `unknown`
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const DescribeServiceMetadataResponse = t.unknown
/** The `responseElements` of a `DescribeServiceMetadata` record; see the codec of the same name. */
export type DescribeServiceMetadataResponse = t.TypeOf<typeof DescribeServiceMetadataResponse>

/**
 * The `DescribeServiceMetadata` operation, a Trusted Advisor console action (`trustedadvisor.amazonaws.com`,
 * no public API model), readOnly `true` (inferred from IAM access level / verb): views the metadata of
 * organizational view reports (Regions, check categories, check names, resource statuses). Its request and
 * response shapes are unknown: both decode as any JSON value, typed `unknown`, and the record still narrows
 * by `eventName`.
 *
 * @example
 * ```ts
 * DescribeServiceMetadata.readOnly   // true
 * findOperation('trustedadvisor.amazonaws.com', 'DescribeServiceMetadata') === DescribeServiceMetadata   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const DescribeServiceMetadata = defineOperation({
  eventSource: TRUSTED_ADVISOR_EVENT_SOURCE,
  eventName: 'DescribeServiceMetadata',
  readOnly: true,
  request: DescribeServiceMetadataRequest,
  response: DescribeServiceMetadataResponse,
})

/**
 * The codec of a CloudTrail record of `DescribeServiceMetadata`: the generic record with `eventSource`
 * `trustedadvisor.amazonaws.com`, `eventName` `DescribeServiceMetadata`, and typed `requestParameters` and
 * `responseElements`, each of which may be `null` or absent (failed calls, calls CloudTrail records without
 * payload).
 *
 * @example
 * ```ts
 * DescribeServiceMetadataEvent.is({
 *   eventVersion: '1.08',
 *   userIdentity: {
 *     type: 'IAMUser', principalId: 'AIDACKCEVSQ6C2EXAMPLE',
 *     arn: 'arn:aws:iam::111122223333:user/janedoe', accountId: '111122223333',
 *     accessKeyId: 'ASIAIOSFODNN7EXAMPLE', userName: 'janedoe',
 *   },
 *   eventTime: '2024-03-05T10:13:11Z', eventSource: 'trustedadvisor.amazonaws.com',
 *   eventName: 'DescribeServiceMetadata', awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.24',
 *   userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0',
 *   requestParameters: null, responseElements: null, requestID: '4322cb15-055c-5132-848b-eb4af132384d',
 *   eventID: 'af91aee1-7ab0-5e1d-9514-58a827113dfa', readOnly: true, eventType: 'AwsApiCall', managementEvent: true,
 *   recipientAccountId: '111122223333', eventCategory: 'Management', sessionCredentialFromConsole: 'true',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const DescribeServiceMetadataEvent = DescribeServiceMetadata.event
/** A CloudTrail record of `DescribeServiceMetadata`; see the codec of the same name. */
export type DescribeServiceMetadataEvent = t.TypeOf<typeof DescribeServiceMetadataEvent>

/**
 * A sound guard for `DescribeServiceMetadata` records: the literal `eventSource` and `eventName` and every
 * payload member are checked by the codec, so a record it accepts really has the typed shape. A failed call
 * (`errorCode` set, payloads `null` or absent) is accepted too.
 *
 * @param u - a record, or any value
 * @returns `true` when `u` is a record of `DescribeServiceMetadata` that satisfies
 * {@link DescribeServiceMetadataEvent}
 *
 * @example
 * ```ts
 * for (const event of parseRecords(text).records) {
 *   if (isDescribeServiceMetadataEvent(event)) console.log(event.requestParameters)
 * }
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export function isDescribeServiceMetadataEvent(u: unknown): u is DescribeServiceMetadataEvent {
  return DescribeServiceMetadataEvent.is(u)
}
