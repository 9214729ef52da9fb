import * as t from 'io-ts'
import { defineOperation } from '../operation.js'
import { TRUSTED_ADVISOR_EVENT_SOURCE } from './shared.js'

/**
 * The `requestParameters` of the Trusted Advisor console action `SetOrganizationAccess`: the action has no
 * public API model and no published CloudTrail record shows its parameters, so any JSON value (or `null`)
 * decodes and is kept as it came; the type is `unknown`, for the caller to narrow.
 *
 * @example
 * ```ts
 * SetOrganizationAccessRequest.is([1, 'two', null])   // true: any JSON value, typed `unknown`
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const SetOrganizationAccessRequest = t.unknown
/** The `requestParameters` of a `SetOrganizationAccess` record; see the codec of the same name. */
export type SetOrganizationAccessRequest = t.TypeOf<typeof SetOrganizationAccessRequest>

/**
 * The `responseElements` of the Trusted Advisor console action `SetOrganizationAccess`: shape unknown (no
 * public API model, no published sample), so any JSON value (or `null`) decodes and is kept as it came; the
 * type is `unknown`.
 *
 * @example
 * ```ts
 * SetOrganizationAccessResponse.is([1, 'two', null])   // true: any JSON value, typed `unknown`
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const SetOrganizationAccessResponse = t.unknown
/** The `responseElements` of a `SetOrganizationAccess` record; see the codec of the same name. */
export type SetOrganizationAccessResponse = t.TypeOf<typeof SetOrganizationAccessResponse>

/**
 * The `SetOrganizationAccess` operation, a Trusted Advisor console action (`trustedadvisor.amazonaws.com`, no
 * public API model), readOnly `false` (inferred from IAM access level / verb): enables organizational view.
 * Its request and response shapes are unknown: both decode as any JSON value, typed `unknown`, and the record
 * still narrows by `eventName`.
 *
 * @example
 * ```ts
 * SetOrganizationAccess.readOnly   // false
 * findOperation('trustedadvisor.amazonaws.com', 'SetOrganizationAccess') === SetOrganizationAccess   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const SetOrganizationAccess = defineOperation({
  eventSource: TRUSTED_ADVISOR_EVENT_SOURCE,
  eventName: 'SetOrganizationAccess',
  readOnly: false,
  request: SetOrganizationAccessRequest,
  response: SetOrganizationAccessResponse,
})

/**
 * The codec of a CloudTrail record of `SetOrganizationAccess`: the generic record with `eventSource`
 * `trustedadvisor.amazonaws.com`, `eventName` `SetOrganizationAccess`, and typed `requestParameters` and
 * `responseElements`, each of which may be `null` or absent (failed calls, calls CloudTrail records without
 * payload).
 *
 * @example
 * ```ts
 * SetOrganizationAccessEvent.is({
 *   eventVersion: '1.08',
 *   userIdentity: {
 *     type: 'IAMUser', principalId: 'AIDACKCEVSQ6C2EXAMPLE',
 *     arn: 'arn:aws:iam::111122223333:user/janedoe', accountId: '111122223333',
 *     accessKeyId: 'ASIAIOSFODNN7EXAMPLE', userName: 'janedoe',
 *   },
 *   eventTime: '2024-03-05T10:23:11Z', eventSource: 'trustedadvisor.amazonaws.com',
 *   eventName: 'SetOrganizationAccess', awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.24',
 *   userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0',
 *   requestParameters: null, responseElements: null, requestID: 'fd6850e1-0957-5eaa-a5e3-60bf018b0844',
 *   eventID: '1c7f87a8-cb8b-5860-b733-6c5c81111eb2', readOnly: false, eventType: 'AwsApiCall', managementEvent: true,
 *   recipientAccountId: '111122223333', eventCategory: 'Management', sessionCredentialFromConsole: 'true',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const SetOrganizationAccessEvent = SetOrganizationAccess.event
/** A CloudTrail record of `SetOrganizationAccess`; see the codec of the same name. */
export type SetOrganizationAccessEvent = t.TypeOf<typeof SetOrganizationAccessEvent>

/**
 * A sound guard for `SetOrganizationAccess` records: the literal `eventSource` and `eventName` and every
 * payload member are checked by the codec, so a record it accepts really has the typed shape. A failed call
 * (`errorCode` set, payloads `null` or absent) is accepted too.
 *
 * @param u - a record, or any value
 * @returns `true` when `u` is a record of `SetOrganizationAccess` that satisfies
 * {@link SetOrganizationAccessEvent}
 *
 * @example
 * ```ts
 * for (const event of parseRecords(text).records) {
 *   if (isSetOrganizationAccessEvent(event)) console.log(event.requestParameters)
 * }
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export function isSetOrganizationAccessEvent(u: unknown): u is SetOrganizationAccessEvent {
  return SetOrganizationAccessEvent.is(u)
}
