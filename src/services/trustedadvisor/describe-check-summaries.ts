import * as t from 'io-ts'
import { defineOperation } from '../operation.js'
import { TRUSTED_ADVISOR_EVENT_SOURCE } from './shared.js'

/**
 * The `requestParameters` of the Trusted Advisor console action `DescribeCheckSummaries`: the action has no
 * public API model and no published CloudTrail record shows its parameters, so any JSON value (or `null`)
 * decodes and is kept as it came; the type is `unknown`, for the caller to narrow.
 *
 * @example
 * ```ts
 * DescribeCheckSummariesRequest.is([1, 'two', null])   // true: any JSON value, typed `unknown`
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const DescribeCheckSummariesRequest = t.unknown
/** The `requestParameters` of a `DescribeCheckSummaries` record; see the codec of the same name. */
export type DescribeCheckSummariesRequest = t.TypeOf<typeof DescribeCheckSummariesRequest>

/**
 * The `responseElements` of the Trusted Advisor console action `DescribeCheckSummaries`: shape unknown (no
 * public API model, no published sample), so any JSON value (or `null`) decodes and is kept as it came; the
 * type is `unknown`.
 *
 * @example
 * ```ts
 * DescribeCheckSummariesResponse.is([1, 'two', null])   // true: any JSON value, typed `unknown`
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const DescribeCheckSummariesResponse = t.unknown
/** The `responseElements` of a `DescribeCheckSummaries` record; see the codec of the same name. */
export type DescribeCheckSummariesResponse = t.TypeOf<typeof DescribeCheckSummariesResponse>

/**
 * The `DescribeCheckSummaries` operation, a Trusted Advisor console action (`trustedadvisor.amazonaws.com`,
 * no public API model), readOnly `true` (inferred from IAM access level / verb): views the summaries of
 * checks. Its request and response shapes are unknown: both decode as any JSON value, typed `unknown`, and
 * the record still narrows by `eventName`.
 *
 * @example
 * ```ts
 * DescribeCheckSummaries.readOnly   // true
 * findOperation('trustedadvisor.amazonaws.com', 'DescribeCheckSummaries') === DescribeCheckSummaries   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const DescribeCheckSummaries = defineOperation({
  eventSource: TRUSTED_ADVISOR_EVENT_SOURCE,
  eventName: 'DescribeCheckSummaries',
  readOnly: true,
  request: DescribeCheckSummariesRequest,
  response: DescribeCheckSummariesResponse,
})

/**
 * The codec of a CloudTrail record of `DescribeCheckSummaries`: the generic record with `eventSource`
 * `trustedadvisor.amazonaws.com`, `eventName` `DescribeCheckSummaries`, and typed `requestParameters` and
 * `responseElements`, each of which may be `null` or absent (failed calls, calls CloudTrail records without
 * payload).
 *
 * @example
 * ```ts
 * DescribeCheckSummariesEvent.is({
 *   eventVersion: '1.08',
 *   userIdentity: {
 *     type: 'IAMUser', principalId: 'AIDACKCEVSQ6C2EXAMPLE',
 *     arn: 'arn:aws:iam::111122223333:user/janedoe', accountId: '111122223333',
 *     accessKeyId: 'ASIAIOSFODNN7EXAMPLE', userName: 'janedoe',
 *   },
 *   eventTime: '2024-03-05T10:05:11Z', eventSource: 'trustedadvisor.amazonaws.com',
 *   eventName: 'DescribeCheckSummaries', awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.24',
 *   userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0',
 *   requestParameters: null, responseElements: null, requestID: '1a29d771-d88e-56f5-96a5-4f7e9a0ee796',
 *   eventID: '319e4f11-74b7-53d9-9d64-9f3d2387c8a2', readOnly: true, eventType: 'AwsApiCall', managementEvent: true,
 *   recipientAccountId: '111122223333', eventCategory: 'Management', sessionCredentialFromConsole: 'true',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const DescribeCheckSummariesEvent = DescribeCheckSummaries.event
/** A CloudTrail record of `DescribeCheckSummaries`; see the codec of the same name. */
export type DescribeCheckSummariesEvent = t.TypeOf<typeof DescribeCheckSummariesEvent>

/**
 * A sound guard for `DescribeCheckSummaries` records: the literal `eventSource` and `eventName` and every
 * payload member are checked by the codec, so a record it accepts really has the typed shape. A failed call
 * (`errorCode` set, payloads `null` or absent) is accepted too.
 *
 * @param u - a record, or any value
 * @returns `true` when `u` is a record of `DescribeCheckSummaries` that satisfies
 * {@link DescribeCheckSummariesEvent}
 *
 * @example
 * ```ts
 * for (const event of parseRecords(text).records) {
 *   if (isDescribeCheckSummariesEvent(event)) console.log(event.requestParameters)
 * }
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export function isDescribeCheckSummariesEvent(u: unknown): u is DescribeCheckSummariesEvent {
  return DescribeCheckSummariesEvent.is(u)
}
