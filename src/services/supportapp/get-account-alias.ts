import * as t from 'io-ts'
import { defineOperation } from '../operation.js'
import { SUPPORT_APP_EVENT_SOURCE } from './shared.js'

/**
 * The `requestParameters` of `GetAccountAlias`: the operation takes no input, so CloudTrail records `null`
 * (as the documented sample shows); an object, should one appear, decodes with its keys kept.
 *
 * @example
 * ```ts
 * GetAccountAliasRequest.is({})   // true: any object; CloudTrail records `null` instead
 * ```
 * @see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_GetAccountAlias.html
 */
export const GetAccountAliasRequest = t.UnknownRecord
/** The `requestParameters` of a `GetAccountAlias` record; see the codec of the same name. */
export type GetAccountAliasRequest = t.TypeOf<typeof GetAccountAliasRequest>

/**
 * The `responseElements` of `GetAccountAlias`: the `accountAlias`. The documented sample records `null`; when
 * CloudTrail records the response, it has this shape.
 *
 * Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
 * keys not named here pass through untouched.
 *
 * @example
 * ```ts
 * GetAccountAliasResponse.is({ accountAlias: 'example-prod' })   // true
 * ```
 * @see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_GetAccountAlias.html
 */
export const GetAccountAliasResponse = t.partial({ accountAlias: t.string }, 'GetAccountAliasResponse')
/** The `responseElements` of a `GetAccountAlias` record; see the codec of the same name. */
export type GetAccountAliasResponse = t.TypeOf<typeof GetAccountAliasResponse>

/**
 * The `GetAccountAlias` operation, an operation of the AWS Support App in Slack API (2021-08-20,
 * `supportapp.amazonaws.com`), readOnly `true` (observed in CloudTrail sample): gets the alias of the account
 * that the Support App shows in Slack.
 *
 * @example
 * ```ts
 * GetAccountAlias.readOnly   // true
 * findOperation('supportapp.amazonaws.com', 'GetAccountAlias') === GetAccountAlias   // true
 * ```
 * @see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_GetAccountAlias.html
 */
export const GetAccountAlias = defineOperation({
  eventSource: SUPPORT_APP_EVENT_SOURCE,
  eventName: 'GetAccountAlias',
  readOnly: true,
  request: GetAccountAliasRequest,
  response: GetAccountAliasResponse,
})

/**
 * The codec of a CloudTrail record of `GetAccountAlias`: the generic record with `eventSource`
 * `supportapp.amazonaws.com`, `eventName` `GetAccountAlias`, and typed `requestParameters` and
 * `responseElements`, each of which may be `null` or absent (failed calls, calls CloudTrail records without
 * payload). The example shows `responseElements` as CloudTrail records it for reads: `null`.
 *
 * @example
 * ```ts
 * GetAccountAliasEvent.is({
 *   eventVersion: '1.08',
 *   userIdentity: {
 *     type: 'AssumedRole', principalId: 'AROAJ45Q7YFFAREXAMPLE:janedoe',
 *     arn: 'arn:aws:sts::111122223333:assumed-role/Admin/janedoe', accountId: '111122223333',
 *     accessKeyId: 'ASIAJEXAMPLEXEG2JICEA',
 *   },
 *   eventTime: '2024-03-07T16:42:11Z', eventSource: 'supportapp.amazonaws.com', eventName: 'GetAccountAlias',
 *   awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.24',
 *   userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0',
 *   requestParameters: null, responseElements: null, requestID: '533e7c5e-9940-587d-b713-e4509cc2237b',
 *   eventID: '511a556a-7a99-5885-934c-4865cbdf7f31', readOnly: true, eventType: 'AwsApiCall', managementEvent: true,
 *   recipientAccountId: '111122223333', eventCategory: 'Management', sessionCredentialFromConsole: 'true',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_GetAccountAlias.html
 */
export const GetAccountAliasEvent = GetAccountAlias.event
/** A CloudTrail record of `GetAccountAlias`; see the codec of the same name. */
export type GetAccountAliasEvent = t.TypeOf<typeof GetAccountAliasEvent>

/**
 * A sound guard for `GetAccountAlias` records: the literal `eventSource` and `eventName` and every payload
 * member are checked by the codec, so a record it accepts really has the typed shape. A failed call
 * (`errorCode` set, payloads `null` or absent) is accepted too.
 *
 * @param u - a record, or any value
 * @returns `true` when `u` is a record of `GetAccountAlias` that satisfies {@link GetAccountAliasEvent}
 *
 * @example
 * ```ts
 * for (const event of parseRecords(text).records) {
 *   if (isGetAccountAliasEvent(event)) console.log(event.responseElements?.accountAlias)
 * }
 * ```
 * @see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_GetAccountAlias.html
 */
export function isGetAccountAliasEvent(u: unknown): u is GetAccountAliasEvent {
  return GetAccountAliasEvent.is(u)
}
