import * as t from 'io-ts'
import { defineOperation } from '../operation.js'
import { TRUSTED_ADVISOR_EVENT_SOURCE } from './shared.js'

/**
 * The `requestParameters` of the Trusted Advisor console action `DescribeOrganizationAccounts`: the action
 * has no public API model and no published CloudTrail record shows its parameters, so any JSON value (or
 * `null`) decodes and is kept as it came; the type is `unknown`, for the caller to narrow.
 *
 * @example
 * ```ts
 * DescribeOrganizationAccountsRequest.is([1, 'two', null])   // true: any JSON value, typed `unknown`
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const DescribeOrganizationAccountsRequest = t.unknown
/** The `requestParameters` of a `DescribeOrganizationAccounts` record; see the codec of the same name. */
export type DescribeOrganizationAccountsRequest = t.TypeOf<typeof DescribeOrganizationAccountsRequest>

/**
 * The `responseElements` of the Trusted Advisor console action `DescribeOrganizationAccounts`: shape unknown
 * (no public API model, no published sample), so any JSON value (or `null`) decodes and is kept as it came;
 * the type is `unknown`.
 *
 * @example
 * ```ts
 * DescribeOrganizationAccountsResponse.is([1, 'two', null])   // true: any JSON value, typed `unknown`
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const DescribeOrganizationAccountsResponse = t.unknown
/** The `responseElements` of a `DescribeOrganizationAccounts` record; see the codec of the same name. */
export type DescribeOrganizationAccountsResponse = t.TypeOf<typeof DescribeOrganizationAccountsResponse>

/**
 * The `DescribeOrganizationAccounts` operation, a Trusted Advisor console action
 * (`trustedadvisor.amazonaws.com`, no public API model), readOnly `true` (inferred from IAM access level /
 * verb): lists the linked accounts of the organization. Its request and response shapes are unknown: both
 * decode as any JSON value, typed `unknown`, and the record still narrows by `eventName`.
 *
 * @example
 * ```ts
 * DescribeOrganizationAccounts.readOnly   // true
 * findOperation('trustedadvisor.amazonaws.com', 'DescribeOrganizationAccounts') ===
 *   DescribeOrganizationAccounts   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const DescribeOrganizationAccounts = defineOperation({
  eventSource: TRUSTED_ADVISOR_EVENT_SOURCE,
  eventName: 'DescribeOrganizationAccounts',
  readOnly: true,
  request: DescribeOrganizationAccountsRequest,
  response: DescribeOrganizationAccountsResponse,
})

/**
 * The codec of a CloudTrail record of `DescribeOrganizationAccounts`: the generic record with `eventSource`
 * `trustedadvisor.amazonaws.com`, `eventName` `DescribeOrganizationAccounts`, and typed `requestParameters`
 * and `responseElements`, each of which may be `null` or absent (failed calls, calls CloudTrail records
 * without payload).
 *
 * @example
 * ```ts
 * DescribeOrganizationAccountsEvent.is({
 *   eventVersion: '1.08',
 *   userIdentity: {
 *     type: 'IAMUser', principalId: 'AIDACKCEVSQ6C2EXAMPLE',
 *     arn: 'arn:aws:iam::111122223333:user/janedoe', accountId: '111122223333',
 *     accessKeyId: 'ASIAIOSFODNN7EXAMPLE', userName: 'janedoe',
 *   },
 *   eventTime: '2024-03-05T10:08:11Z', eventSource: 'trustedadvisor.amazonaws.com',
 *   eventName: 'DescribeOrganizationAccounts', awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.24',
 *   userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0',
 *   requestParameters: null, responseElements: null, requestID: 'fd69733b-1c8f-5599-9102-58f4dd820e28',
 *   eventID: '3a8c8401-d864-5c1b-9031-5b2c0b7e4fe0', readOnly: true, eventType: 'AwsApiCall', managementEvent: true,
 *   recipientAccountId: '111122223333', eventCategory: 'Management', sessionCredentialFromConsole: 'true',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const DescribeOrganizationAccountsEvent = DescribeOrganizationAccounts.event
/** A CloudTrail record of `DescribeOrganizationAccounts`; see the codec of the same name. */
export type DescribeOrganizationAccountsEvent = t.TypeOf<typeof DescribeOrganizationAccountsEvent>

/**
 * A sound guard for `DescribeOrganizationAccounts` records: the literal `eventSource` and `eventName` and
 * every payload member are checked by the codec, so a record it accepts really has the typed shape. A failed
 * call (`errorCode` set, payloads `null` or absent) is accepted too.
 *
 * @param u - a record, or any value
 * @returns `true` when `u` is a record of `DescribeOrganizationAccounts` that satisfies
 * {@link DescribeOrganizationAccountsEvent}
 *
 * @example
 * ```ts
 * for (const event of parseRecords(text).records) {
 *   if (isDescribeOrganizationAccountsEvent(event)) console.log(event.requestParameters)
 * }
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export function isDescribeOrganizationAccountsEvent(u: unknown): u is DescribeOrganizationAccountsEvent {
  return DescribeOrganizationAccountsEvent.is(u)
}
