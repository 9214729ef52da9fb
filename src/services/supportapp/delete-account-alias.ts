import * as t from 'io-ts'
import { defineOperation } from '../operation.js'
import { SUPPORT_APP_EVENT_SOURCE } from './shared.js'

/**
 * The `requestParameters` of `DeleteAccountAlias`: the operation takes no input, so CloudTrail records
 * `null`; an object, should one appear, decodes with its keys kept.
 *
 * @example
 * ```ts
 * DeleteAccountAliasRequest.is({})   // true: any object; CloudTrail records `null` instead
 * ```
 * @see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_DeleteAccountAlias.html
 */
export const DeleteAccountAliasRequest = t.UnknownRecord
/** The `requestParameters` of a `DeleteAccountAlias` record; see the codec of the same name. */
export type DeleteAccountAliasRequest = t.TypeOf<typeof DeleteAccountAliasRequest>

/**
 * The `responseElements` of `DeleteAccountAlias`: the operation returns no members, so CloudTrail records
 * `null`; an object, should one appear, decodes with its keys kept.
 *
 * @example
 * ```ts
 * DeleteAccountAliasResponse.is({})   // true: any object; CloudTrail records `null` instead
 * ```
 * @see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_DeleteAccountAlias.html
 */
export const DeleteAccountAliasResponse = t.UnknownRecord
/** The `responseElements` of a `DeleteAccountAlias` record; see the codec of the same name. */
export type DeleteAccountAliasResponse = t.TypeOf<typeof DeleteAccountAliasResponse>

/**
 * The `DeleteAccountAlias` operation, an operation of the AWS Support App in Slack API (2021-08-20,
 * `supportapp.amazonaws.com`), readOnly `false` (inferred from operation semantics): deletes the alias of the
 * account that the Support App shows in Slack.
 *
 * @example
 * ```ts
 * DeleteAccountAlias.readOnly   // false
 * findOperation('supportapp.amazonaws.com', 'DeleteAccountAlias') === DeleteAccountAlias   // true
 * ```
 * @see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_DeleteAccountAlias.html
 */
export const DeleteAccountAlias = defineOperation({
  eventSource: SUPPORT_APP_EVENT_SOURCE,
  eventName: 'DeleteAccountAlias',
  readOnly: false,
  request: DeleteAccountAliasRequest,
  response: DeleteAccountAliasResponse,
})

/**
 * The codec of a CloudTrail record of `DeleteAccountAlias`: the generic record with `eventSource`
 * `supportapp.amazonaws.com`, `eventName` `DeleteAccountAlias`, and typed `requestParameters` and
 * `responseElements`, each of which may be `null` or absent (failed calls, calls CloudTrail records without
 * payload).
 *
 * @example
 * ```ts
 * DeleteAccountAliasEvent.is({
 *   eventVersion: '1.08',
 *   userIdentity: {
 *     type: 'AssumedRole', principalId: 'AROAJ45Q7YFFAREXAMPLE:janedoe',
 *     arn: 'arn:aws:sts::111122223333:assumed-role/Admin/janedoe', accountId: '111122223333',
 *     accessKeyId: 'ASIAJEXAMPLEXEG2JICEA',
 *   },
 *   eventTime: '2024-03-07T16:39:11Z', eventSource: 'supportapp.amazonaws.com', eventName: 'DeleteAccountAlias',
 *   awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.24',
 *   userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0',
 *   requestParameters: null, responseElements: null, requestID: 'a96cbccd-7e3c-58e1-8c07-4f9fb430d323',
 *   eventID: 'ec7f6945-5898-53ad-992b-d641e91f0907', readOnly: false, eventType: 'AwsApiCall', managementEvent: true,
 *   recipientAccountId: '111122223333', eventCategory: 'Management', sessionCredentialFromConsole: 'true',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_DeleteAccountAlias.html
 */
export const DeleteAccountAliasEvent = DeleteAccountAlias.event
/** A CloudTrail record of `DeleteAccountAlias`; see the codec of the same name. */
export type DeleteAccountAliasEvent = t.TypeOf<typeof DeleteAccountAliasEvent>

/**
 * A sound guard for `DeleteAccountAlias` records: the literal `eventSource` and `eventName` and every payload
 * member are checked by the codec, so a record it accepts really has the typed shape. A failed call
 * (`errorCode` set, payloads `null` or absent) is accepted too.
 *
 * @param u - a record, or any value
 * @returns `true` when `u` is a record of `DeleteAccountAlias` that satisfies {@link DeleteAccountAliasEvent}
 *
 * @example
 * ```ts
 * for (const event of parseRecords(text).records) {
 *   if (isDeleteAccountAliasEvent(event)) console.log(event.requestParameters)
 * }
 * ```
 * @see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_DeleteAccountAlias.html
 */
export function isDeleteAccountAliasEvent(u: unknown): u is DeleteAccountAliasEvent {
  return DeleteAccountAliasEvent.is(u)
}
