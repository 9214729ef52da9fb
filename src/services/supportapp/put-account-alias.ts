import * as t from 'io-ts'
import { defineOperation } from '../operation.js'
import { SUPPORT_APP_EVENT_SOURCE } from './shared.js'

/**
 * The `requestParameters` of `PutAccountAlias`: the new `accountAlias` (1 to 30 characters).
 *
 * Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
 * keys not named here pass through untouched.
 *
 * @example
 * ```ts
 * PutAccountAliasRequest.is({ accountAlias: 'example-prod' })   // true
 * ```
 * @see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_PutAccountAlias.html
 */
export const PutAccountAliasRequest = t.partial({ accountAlias: t.string }, 'PutAccountAliasRequest')
/** The `requestParameters` of a `PutAccountAlias` record; see the codec of the same name. */
export type PutAccountAliasRequest = t.TypeOf<typeof PutAccountAliasRequest>

/**
 * The `responseElements` of `PutAccountAlias`: the operation returns no members, so CloudTrail records
 * `null`; an object, should one appear, decodes with its keys kept.
 *
 * @example
 * ```ts
 * PutAccountAliasResponse.is({})   // true: any object; CloudTrail records `null` instead
 * ```
 * @see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_PutAccountAlias.html
 */
export const PutAccountAliasResponse = t.UnknownRecord
/** The `responseElements` of a `PutAccountAlias` record; see the codec of the same name. */
export type PutAccountAliasResponse = t.TypeOf<typeof PutAccountAliasResponse>

/**
 * The `PutAccountAlias` operation, an operation of the AWS Support App in Slack API (2021-08-20,
 * `supportapp.amazonaws.com`), readOnly `false` (inferred from operation semantics): creates or updates the
 * alias of the account that the Support App shows in Slack.
 *
 * @example
 * ```ts
 * PutAccountAlias.readOnly   // false
 * findOperation('supportapp.amazonaws.com', 'PutAccountAlias') === PutAccountAlias   // true
 * ```
 * @see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_PutAccountAlias.html
 */
export const PutAccountAlias = defineOperation({
  eventSource: SUPPORT_APP_EVENT_SOURCE,
  eventName: 'PutAccountAlias',
  readOnly: false,
  request: PutAccountAliasRequest,
  response: PutAccountAliasResponse,
})

/**
 * The codec of a CloudTrail record of `PutAccountAlias`: the generic record with `eventSource`
 * `supportapp.amazonaws.com`, `eventName` `PutAccountAlias`, and typed `requestParameters` and
 * `responseElements`, each of which may be `null` or absent (failed calls, calls CloudTrail records without
 * payload).
 *
 * @example
 * ```ts
 * PutAccountAliasEvent.is({
 *   eventVersion: '1.08',
 *   userIdentity: {
 *     type: 'AssumedRole', principalId: 'AROAJ45Q7YFFAREXAMPLE:janedoe',
 *     arn: 'arn:aws:sts::111122223333:assumed-role/Admin/janedoe', accountId: '111122223333',
 *     accessKeyId: 'ASIAJEXAMPLEXEG2JICEA',
 *   },
 *   eventTime: '2024-03-07T16:45:11Z', eventSource: 'supportapp.amazonaws.com', eventName: 'PutAccountAlias',
 *   awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.24',
 *   userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0',
 *   requestParameters: { accountAlias: 'example-prod' }, responseElements: null,
 *   requestID: '99a67c9c-a7ba-5e5e-92ed-507bcdb9c00a', eventID: 'b7b4167b-ba0a-5560-beb0-281c529146e7',
 *   readOnly: false, eventType: 'AwsApiCall', managementEvent: true, recipientAccountId: '111122223333',
 *   eventCategory: 'Management', sessionCredentialFromConsole: 'true',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_PutAccountAlias.html
 */
export const PutAccountAliasEvent = PutAccountAlias.event
/** A CloudTrail record of `PutAccountAlias`; see the codec of the same name. */
export type PutAccountAliasEvent = t.TypeOf<typeof PutAccountAliasEvent>

/**
 * A sound guard for `PutAccountAlias` records: the literal `eventSource` and `eventName` and every payload
 * member are checked by the codec, so a record it accepts really has the typed shape. A failed call
 * (`errorCode` set, payloads `null` or absent) is accepted too.
 *
 * @param u - a record, or any value
 * @returns `true` when `u` is a record of `PutAccountAlias` that satisfies {@link PutAccountAliasEvent}
 *
 * @example
 * ```ts
 * for (const event of parseRecords(text).records) {
 *   if (isPutAccountAliasEvent(event)) console.log(event.requestParameters?.accountAlias)
 * }
 * ```
 * @see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_PutAccountAlias.html
 */
export function isPutAccountAliasEvent(u: unknown): u is PutAccountAliasEvent {
  return PutAccountAliasEvent.is(u)
}
