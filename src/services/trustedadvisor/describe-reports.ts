import * as t from 'io-ts'
import { defineOperation } from '../operation.js'
import { TRUSTED_ADVISOR_EVENT_SOURCE } from './shared.js'

/**
 * The `requestParameters` of the Trusted Advisor console action `DescribeReports`: the action has no public
 * API model and no published CloudTrail record shows its parameters, so any JSON value (or `null`) decodes
 * and is kept as it came; the type is `unknown`, for the caller to narrow.
 *
 * @example
 * ```ts
 * DescribeReportsRequest.is([1, 'two', null])   // true: any JSON value, typed `unknown`
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const DescribeReportsRequest = t.unknown
/** The `requestParameters` of a `DescribeReports` record; see the codec of the same name. */
export type DescribeReportsRequest = t.TypeOf<typeof DescribeReportsRequest>

/**
 * The `responseElements` of the Trusted Advisor console action `DescribeReports`: shape unknown (no public
 * API model, no published sample), so any JSON value (or `null`) decodes and is kept as it came; the type is
 * `unknown`.
 *
 * @example
 * ```ts
 * DescribeReportsResponse.is([1, 'two', null])   // true: any JSON value, typed `unknown`
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const DescribeReportsResponse = t.unknown
/** The `responseElements` of a `DescribeReports` record; see the codec of the same name. */
export type DescribeReportsResponse = t.TypeOf<typeof DescribeReportsResponse>

/**
 * The `DescribeReports` operation, a Trusted Advisor console action (`trustedadvisor.amazonaws.com`, no
 * public API model), readOnly `true` (inferred from IAM access level / verb): lists the organizational view
 * reports (name, run time, creation date, status and format). Its request and response shapes are unknown:
 * both decode as any JSON value, typed `unknown`, and the record still narrows by `eventName`.
 *
 * @example
 * ```ts
 * DescribeReports.readOnly   // true
 * findOperation('trustedadvisor.amazonaws.com', 'DescribeReports') === DescribeReports   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const DescribeReports = defineOperation({
  eventSource: TRUSTED_ADVISOR_EVENT_SOURCE,
  eventName: 'DescribeReports',
  readOnly: true,
  request: DescribeReportsRequest,
  response: DescribeReportsResponse,
})

/**
 * The codec of a CloudTrail record of `DescribeReports`: the generic record with `eventSource`
 * `trustedadvisor.amazonaws.com`, `eventName` `DescribeReports`, and typed `requestParameters` and
 * `responseElements`, each of which may be `null` or absent (failed calls, calls CloudTrail records without
 * payload).
 *
 * @example
 * ```ts
 * DescribeReportsEvent.is({
 *   eventVersion: '1.08',
 *   userIdentity: {
 *     type: 'IAMUser', principalId: 'AIDACKCEVSQ6C2EXAMPLE',
 *     arn: 'arn:aws:iam::111122223333:user/janedoe', accountId: '111122223333',
 *     accessKeyId: 'ASIAIOSFODNN7EXAMPLE', userName: 'janedoe',
 *   },
 *   eventTime: '2024-03-05T10:09:11Z', eventSource: 'trustedadvisor.amazonaws.com', eventName: 'DescribeReports',
 *   awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.24',
 *   userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0',
 *   requestParameters: null, responseElements: null, requestID: '3fce4940-a387-560f-bdfc-aa2b6fffe021',
 *   eventID: 'a71e8817-fd6e-523c-a429-472dda445493', readOnly: true, eventType: 'AwsApiCall', managementEvent: true,
 *   recipientAccountId: '111122223333', eventCategory: 'Management', sessionCredentialFromConsole: 'true',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const DescribeReportsEvent = DescribeReports.event
/** A CloudTrail record of `DescribeReports`; see the codec of the same name. */
export type DescribeReportsEvent = t.TypeOf<typeof DescribeReportsEvent>

/**
 * A sound guard for `DescribeReports` records: the literal `eventSource` and `eventName` and every payload
 * member are checked by the codec, so a record it accepts really has the typed shape. A failed call
 * (`errorCode` set, payloads `null` or absent) is accepted too.
 *
 * @param u - a record, or any value
 * @returns `true` when `u` is a record of `DescribeReports` that satisfies {@link DescribeReportsEvent}
 *
 * @example
 * ```ts
 * for (const event of parseRecords(text).records) {
 *   if (isDescribeReportsEvent(event)) console.log(event.requestParameters)
 * }
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export function isDescribeReportsEvent(u: unknown): u is DescribeReportsEvent {
  return DescribeReportsEvent.is(u)
}
