import * as t from 'io-ts'
import { defineOperation } from '../operation.js'
import { TRUSTED_ADVISOR_EVENT_SOURCE } from './shared.js'

/**
 * The `requestParameters` of the Trusted Advisor console action `ListRoots`: the action has no public API
 * model and no published CloudTrail record shows its parameters, so any JSON value (or `null`) decodes and is
 * kept as it came; the type is `unknown`, for the caller to narrow.
 *
 * @example
 * ```ts
 * ListRootsRequest.is([1, 'two', null])   // true: any JSON value, typed `unknown`
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const ListRootsRequest = t.unknown
/** The `requestParameters` of a `ListRoots` record; see the codec of the same name. */
export type ListRootsRequest = t.TypeOf<typeof ListRootsRequest>

/**
 * The `responseElements` of the Trusted Advisor console action `ListRoots`: shape unknown (no public API
 * model, no published sample), so any JSON value (or `null`) decodes and is kept as it came; the type is
 * `unknown`.
 *
 * @example
 * ```ts
 * ListRootsResponse.is([1, 'two', null])   // true: any JSON value, typed `unknown`
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const ListRootsResponse = t.unknown
/** The `responseElements` of a `ListRoots` record; see the codec of the same name. */
export type ListRootsResponse = t.TypeOf<typeof ListRootsResponse>

/**
 * The `ListRoots` operation, a Trusted Advisor console action (`trustedadvisor.amazonaws.com`, no public API
 * model), readOnly `true` (inferred from IAM access level / verb): lists the roots of the organization. Its
 * request and response shapes are unknown: both decode as any JSON value, typed `unknown`, and the record
 * still narrows by `eventName`.
 *
 * @example
 * ```ts
 * ListRoots.readOnly   // true
 * findOperation('trustedadvisor.amazonaws.com', 'ListRoots') === ListRoots   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const ListRoots = defineOperation({
  eventSource: TRUSTED_ADVISOR_EVENT_SOURCE,
  eventName: 'ListRoots',
  readOnly: true,
  request: ListRootsRequest,
  response: ListRootsResponse,
})

/**
 * The codec of a CloudTrail record of `ListRoots`: the generic record with `eventSource`
 * `trustedadvisor.amazonaws.com`, `eventName` `ListRoots`, and typed `requestParameters` and
 * `responseElements`, each of which may be `null` or absent (failed calls, calls CloudTrail records without
 * payload).
 *
 * @example
 * ```ts
 * ListRootsEvent.is({
 *   eventVersion: '1.08',
 *   userIdentity: {
 *     type: 'IAMUser', principalId: 'AIDACKCEVSQ6C2EXAMPLE',
 *     arn: 'arn:aws:iam::111122223333:user/janedoe', accountId: '111122223333',
 *     accessKeyId: 'ASIAIOSFODNN7EXAMPLE', userName: 'janedoe',
 *   },
 *   eventTime: '2024-03-05T10:19:11Z', eventSource: 'trustedadvisor.amazonaws.com', eventName: 'ListRoots',
 *   awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.24',
 *   userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0',
 *   requestParameters: null, responseElements: null, requestID: '8e0261fd-8408-5f1a-a7b4-c0a2d7538374',
 *   eventID: '1e7ba85b-8d9d-5786-95f2-9f374c926c5f', readOnly: true, eventType: 'AwsApiCall', managementEvent: true,
 *   recipientAccountId: '111122223333', eventCategory: 'Management', sessionCredentialFromConsole: 'true',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const ListRootsEvent = ListRoots.event
/** A CloudTrail record of `ListRoots`; see the codec of the same name. */
export type ListRootsEvent = t.TypeOf<typeof ListRootsEvent>

/**
 * A sound guard for `ListRoots` records: the literal `eventSource` and `eventName` and every payload member
 * are checked by the codec, so a record it accepts really has the typed shape. A failed call (`errorCode`
 * set, payloads `null` or absent) is accepted too.
 *
 * @param u - a record, or any value
 * @returns `true` when `u` is a record of `ListRoots` that satisfies {@link ListRootsEvent}
 *
 * @example
 * ```ts
 * for (const event of parseRecords(text).records) {
 *   if (isListRootsEvent(event)) console.log(event.requestParameters)
 * }
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export function isListRootsEvent(u: unknown): u is ListRootsEvent {
  return ListRootsEvent.is(u)
}
