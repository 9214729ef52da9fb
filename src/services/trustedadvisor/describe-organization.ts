import * as t from 'io-ts'
import { defineOperation } from '../operation.js'
import { TRUSTED_ADVISOR_EVENT_SOURCE } from './shared.js'

/**
 * The `requestParameters` of the Trusted Advisor console action `DescribeOrganization`: the action has no
 * public API model and no published CloudTrail record shows its parameters, so any JSON value (or `null`)
 * decodes and is kept as it came; the type is `unknown`, for the caller to narrow.
 *
 * @example
 * ```ts
 * DescribeOrganizationRequest.is([1, 'two', null])   // true: any JSON value, typed `unknown`
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const DescribeOrganizationRequest = t.unknown
/** The `requestParameters` of a `DescribeOrganization` record; see the codec of the same name. */
export type DescribeOrganizationRequest = t.TypeOf<typeof DescribeOrganizationRequest>

/**
 * The `responseElements` of the Trusted Advisor console action `DescribeOrganization`: shape unknown (no
 * public API model, no published sample), so any JSON value (or `null`) decodes and is kept as it came; the
 * type is `unknown`.
 *
 * @example
 * ```ts
 * DescribeOrganizationResponse.is([1, 'two', null])   // true: any JSON value, typed `unknown`
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const DescribeOrganizationResponse = t.unknown
/** The `responseElements` of a `DescribeOrganization` record; see the codec of the same name. */
export type DescribeOrganizationResponse = t.TypeOf<typeof DescribeOrganizationResponse>

/**
 * The `DescribeOrganization` operation, a Trusted Advisor console action (`trustedadvisor.amazonaws.com`, no
 * public API model), readOnly `true` (inferred from IAM access level / verb): tells whether the account can
 * enable organizational view. Its request and response shapes are unknown: both decode as any JSON value,
 * typed `unknown`, and the record still narrows by `eventName`.
 *
 * @example
 * ```ts
 * DescribeOrganization.readOnly   // true
 * findOperation('trustedadvisor.amazonaws.com', 'DescribeOrganization') === DescribeOrganization   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const DescribeOrganization = defineOperation({
  eventSource: TRUSTED_ADVISOR_EVENT_SOURCE,
  eventName: 'DescribeOrganization',
  readOnly: true,
  request: DescribeOrganizationRequest,
  response: DescribeOrganizationResponse,
})

/**
 * The codec of a CloudTrail record of `DescribeOrganization`: the generic record with `eventSource`
 * `trustedadvisor.amazonaws.com`, `eventName` `DescribeOrganization`, and typed `requestParameters` and
 * `responseElements`, each of which may be `null` or absent (failed calls, calls CloudTrail records without
 * payload).
 *
 * @example
 * ```ts
 * DescribeOrganizationEvent.is({
 *   eventVersion: '1.08',
 *   userIdentity: {
 *     type: 'IAMUser', principalId: 'AIDACKCEVSQ6C2EXAMPLE',
 *     arn: 'arn:aws:iam::111122223333:user/janedoe', accountId: '111122223333',
 *     accessKeyId: 'ASIAIOSFODNN7EXAMPLE', userName: 'janedoe',
 *   },
 *   eventTime: '2024-03-05T10:07:11Z', eventSource: 'trustedadvisor.amazonaws.com', eventName: 'DescribeOrganization',
 *   awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.24',
 *   userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0',
 *   requestParameters: null, responseElements: null, requestID: '50a1449a-f7cc-5a0d-8dea-529c0e114951',
 *   eventID: 'f4ec3266-2de1-538c-8248-754e222c8458', readOnly: true, eventType: 'AwsApiCall', managementEvent: true,
 *   recipientAccountId: '111122223333', eventCategory: 'Management', sessionCredentialFromConsole: 'true',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const DescribeOrganizationEvent = DescribeOrganization.event
/** A CloudTrail record of `DescribeOrganization`; see the codec of the same name. */
export type DescribeOrganizationEvent = t.TypeOf<typeof DescribeOrganizationEvent>

/**
 * A sound guard for `DescribeOrganization` records: the literal `eventSource` and `eventName` and every
 * payload member are checked by the codec, so a record it accepts really has the typed shape. A failed call
 * (`errorCode` set, payloads `null` or absent) is accepted too.
 *
 * @param u - a record, or any value
 * @returns `true` when `u` is a record of `DescribeOrganization` that satisfies
 * {@link DescribeOrganizationEvent}
 *
 * @example
 * ```ts
 * for (const event of parseRecords(text).records) {
 *   if (isDescribeOrganizationEvent(event)) console.log(event.requestParameters)
 * }
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export function isDescribeOrganizationEvent(u: unknown): u is DescribeOrganizationEvent {
  return DescribeOrganizationEvent.is(u)
}
