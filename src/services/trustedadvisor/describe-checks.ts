import * as t from 'io-ts'
import { defineOperation } from '../operation.js'
import { TRUSTED_ADVISOR_EVENT_SOURCE } from './shared.js'

/**
 * The `requestParameters` of the Trusted Advisor console action `DescribeChecks`: the action has no public
 * API model and no published CloudTrail record shows its parameters, so any JSON value (or `null`) decodes
 * and is kept as it came; the type is `unknown`, for the caller to narrow.
 *
 * @example
 * ```ts
 * DescribeChecksRequest.is([1, 'two', null])   // true: any JSON value, typed `unknown`
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const DescribeChecksRequest = t.unknown
/** The `requestParameters` of a `DescribeChecks` record; see the codec of the same name. */
export type DescribeChecksRequest = t.TypeOf<typeof DescribeChecksRequest>

/**
 * The `responseElements` of the Trusted Advisor console action `DescribeChecks`: shape unknown (no public API
 * model, no published sample), so any JSON value (or `null`) decodes and is kept as it came; the type is
 * `unknown`.
 *
 * @example
 * ```ts
 * DescribeChecksResponse.is([1, 'two', null])   // true: any JSON value, typed `unknown`
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const DescribeChecksResponse = t.unknown
/** The `responseElements` of a `DescribeChecks` record; see the codec of the same name. */
export type DescribeChecksResponse = t.TypeOf<typeof DescribeChecksResponse>

/**
 * The `DescribeChecks` operation, a Trusted Advisor console action (`trustedadvisor.amazonaws.com`, no public
 * API model), readOnly `true` (inferred from IAM access level / verb): views the details of the Trusted
 * Advisor checks. Its request and response shapes are unknown: both decode as any JSON value, typed
 * `unknown`, and the record still narrows by `eventName`.
 *
 * @example
 * ```ts
 * DescribeChecks.readOnly   // true
 * findOperation('trustedadvisor.amazonaws.com', 'DescribeChecks') === DescribeChecks   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const DescribeChecks = defineOperation({
  eventSource: TRUSTED_ADVISOR_EVENT_SOURCE,
  eventName: 'DescribeChecks',
  readOnly: true,
  request: DescribeChecksRequest,
  response: DescribeChecksResponse,
})

/**
 * The codec of a CloudTrail record of `DescribeChecks`: the generic record with `eventSource`
 * `trustedadvisor.amazonaws.com`, `eventName` `DescribeChecks`, and typed `requestParameters` and
 * `responseElements`, each of which may be `null` or absent (failed calls, calls CloudTrail records without
 * payload).
 *
 * @example
 * ```ts
 * DescribeChecksEvent.is({
 *   eventVersion: '1.08',
 *   userIdentity: {
 *     type: 'IAMUser', principalId: 'AIDACKCEVSQ6C2EXAMPLE',
 *     arn: 'arn:aws:iam::111122223333:user/janedoe', accountId: '111122223333',
 *     accessKeyId: 'ASIAIOSFODNN7EXAMPLE', userName: 'janedoe',
 *   },
 *   eventTime: '2024-03-05T10:02:11Z', eventSource: 'trustedadvisor.amazonaws.com', eventName: 'DescribeChecks',
 *   awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.24',
 *   userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0',
 *   requestParameters: null, responseElements: null, requestID: 'dc4cbd49-2f97-5684-aa21-e1de32e52b13',
 *   eventID: '364aeb50-ffdc-54f3-9bd3-f7451aacc8e3', readOnly: true, eventType: 'AwsApiCall', managementEvent: true,
 *   recipientAccountId: '111122223333', eventCategory: 'Management', sessionCredentialFromConsole: 'true',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const DescribeChecksEvent = DescribeChecks.event
/** A CloudTrail record of `DescribeChecks`; see the codec of the same name. */
export type DescribeChecksEvent = t.TypeOf<typeof DescribeChecksEvent>

/**
 * A sound guard for `DescribeChecks` records: the literal `eventSource` and `eventName` and every payload
 * member are checked by the codec, so a record it accepts really has the typed shape. A failed call
 * (`errorCode` set, payloads `null` or absent) is accepted too.
 *
 * @param u - a record, or any value
 * @returns `true` when `u` is a record of `DescribeChecks` that satisfies {@link DescribeChecksEvent}
 *
 * @example
 * ```ts
 * for (const event of parseRecords(text).records) {
 *   if (isDescribeChecksEvent(event)) console.log(event.requestParameters)
 * }
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export function isDescribeChecksEvent(u: unknown): u is DescribeChecksEvent {
  return DescribeChecksEvent.is(u)
}
