import * as t from 'io-ts'
import { defineOperation } from '../operation.js'
import { TRUSTED_ADVISOR_EVENT_SOURCE } from './shared.js'

/**
 * The `requestParameters` of the Trusted Advisor console action `ListOrganizationalUnitsForParent`: the
 * action has no public API model and no published CloudTrail record shows its parameters, so any JSON value
 * (or `null`) decodes and is kept as it came; the type is `unknown`, for the caller to narrow.
 *
 * @example
 * ```ts
 * ListOrganizationalUnitsForParentRequest.is([1, 'two', null])   // true: any JSON value, typed `unknown`
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const ListOrganizationalUnitsForParentRequest = t.unknown
/** The `requestParameters` of a `ListOrganizationalUnitsForParent` record; see the codec of the same name. */
export type ListOrganizationalUnitsForParentRequest = t.TypeOf<typeof ListOrganizationalUnitsForParentRequest>

/**
 * The `responseElements` of the Trusted Advisor console action `ListOrganizationalUnitsForParent`: shape
 * unknown (no public API model, no published sample), so any JSON value (or `null`) decodes and is kept as it
 * came; the type is `unknown`.
 *
 * @example
 * ```ts
 * ListOrganizationalUnitsForParentResponse.is([1, 'two', null])   // true: any JSON value, typed `unknown`
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const ListOrganizationalUnitsForParentResponse = t.unknown
/** The `responseElements` of a `ListOrganizationalUnitsForParent` record; see the codec of the same name. */
export type ListOrganizationalUnitsForParentResponse = t.TypeOf<typeof ListOrganizationalUnitsForParentResponse>

/**
 * The `ListOrganizationalUnitsForParent` operation, a Trusted Advisor console action
 * (`trustedadvisor.amazonaws.com`, no public API model), readOnly `true` (inferred from IAM access level /
 * verb): lists the organizational units under a root or OU. Its request and response shapes are unknown: both
 * decode as any JSON value, typed `unknown`, and the record still narrows by `eventName`.
 *
 * @example
 * ```ts
 * ListOrganizationalUnitsForParent.readOnly   // true
 * findOperation('trustedadvisor.amazonaws.com', 'ListOrganizationalUnitsForParent') ===
 *   ListOrganizationalUnitsForParent   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const ListOrganizationalUnitsForParent = defineOperation({
  eventSource: TRUSTED_ADVISOR_EVENT_SOURCE,
  eventName: 'ListOrganizationalUnitsForParent',
  readOnly: true,
  request: ListOrganizationalUnitsForParentRequest,
  response: ListOrganizationalUnitsForParentResponse,
})

/**
 * The codec of a CloudTrail record of `ListOrganizationalUnitsForParent`: the generic record with
 * `eventSource` `trustedadvisor.amazonaws.com`, `eventName` `ListOrganizationalUnitsForParent`, and typed
 * `requestParameters` and `responseElements`, each of which may be `null` or absent (failed calls, calls
 * CloudTrail records without payload).
 *
 * @example
 * ```ts
 * ListOrganizationalUnitsForParentEvent.is({
 *   eventVersion: '1.08',
 *   userIdentity: {
 *     type: 'IAMUser', principalId: 'AIDACKCEVSQ6C2EXAMPLE',
 *     arn: 'arn:aws:iam::111122223333:user/janedoe', accountId: '111122223333',
 *     accessKeyId: 'ASIAIOSFODNN7EXAMPLE', userName: 'janedoe',
 *   },
 *   eventTime: '2024-03-05T10:20:11Z', eventSource: 'trustedadvisor.amazonaws.com',
 *   eventName: 'ListOrganizationalUnitsForParent', awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.24',
 *   userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0',
 *   requestParameters: null, responseElements: null, requestID: '1f079257-8555-5123-a9a3-f4a32876ec03',
 *   eventID: '9b536f74-4afd-5a04-bb4b-04603cb1f538', readOnly: true, eventType: 'AwsApiCall', managementEvent: true,
 *   recipientAccountId: '111122223333', eventCategory: 'Management', sessionCredentialFromConsole: 'true',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const ListOrganizationalUnitsForParentEvent = ListOrganizationalUnitsForParent.event
/** A CloudTrail record of `ListOrganizationalUnitsForParent`; see the codec of the same name. */
export type ListOrganizationalUnitsForParentEvent = t.TypeOf<typeof ListOrganizationalUnitsForParentEvent>

/**
 * A sound guard for `ListOrganizationalUnitsForParent` records: the literal `eventSource` and `eventName` and
 * every payload member are checked by the codec, so a record it accepts really has the typed shape. A failed
 * call (`errorCode` set, payloads `null` or absent) is accepted too.
 *
 * @param u - a record, or any value
 * @returns `true` when `u` is a record of `ListOrganizationalUnitsForParent` that satisfies
 * {@link ListOrganizationalUnitsForParentEvent}
 *
 * @example
 * ```ts
 * for (const event of parseRecords(text).records) {
 *   if (isListOrganizationalUnitsForParentEvent(event)) console.log(event.requestParameters)
 * }
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export function isListOrganizationalUnitsForParentEvent(u: unknown): u is ListOrganizationalUnitsForParentEvent {
  return ListOrganizationalUnitsForParentEvent.is(u)
}
