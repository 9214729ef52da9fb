import * as t from 'io-ts'
import { defineOperation } from '../operation.js'
import { SUPPORT_APP_EVENT_SOURCE } from './shared.js'

/**
 * The `requestParameters` of `DeleteSlackChannelConfiguration`: the Slack `teamId` and `channelId` of the
 * configuration to delete.
 *
 * Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
 * keys not named here pass through untouched.
 *
 * @example
 * ```ts
 * DeleteSlackChannelConfigurationRequest.is({ teamId: 'T012ABCDEFG', channelId: 'C01234A5BCD' })   // true
 * ```
 * @see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_DeleteSlackChannelConfiguration.html
 */
export const DeleteSlackChannelConfigurationRequest = t.partial(
  { teamId: t.string, channelId: t.string },
  'DeleteSlackChannelConfigurationRequest',
)
/** The `requestParameters` of a `DeleteSlackChannelConfiguration` record; see the codec of the same name. */
export type DeleteSlackChannelConfigurationRequest = t.TypeOf<typeof DeleteSlackChannelConfigurationRequest>

/**
 * The `responseElements` of `DeleteSlackChannelConfiguration`: the operation returns no members, so
 * CloudTrail records `null`; an object, should one appear, decodes with its keys kept.
 *
 * @example
 * ```ts
 * DeleteSlackChannelConfigurationResponse.is({})   // true: any object; CloudTrail records `null` instead
 * ```
 * @see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_DeleteSlackChannelConfiguration.html
 */
export const DeleteSlackChannelConfigurationResponse = t.UnknownRecord
/** The `responseElements` of a `DeleteSlackChannelConfiguration` record; see the codec of the same name. */
export type DeleteSlackChannelConfigurationResponse = t.TypeOf<typeof DeleteSlackChannelConfigurationResponse>

/**
 * The `DeleteSlackChannelConfiguration` operation, an operation of the AWS Support App in Slack API
 * (2021-08-20, `supportapp.amazonaws.com`), readOnly `false` (inferred from operation semantics): deletes the
 * configuration of a Slack channel.
 *
 * @example
 * ```ts
 * DeleteSlackChannelConfiguration.readOnly   // false
 * findOperation('supportapp.amazonaws.com', 'DeleteSlackChannelConfiguration') ===
 *   DeleteSlackChannelConfiguration   // true
 * ```
 * @see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_DeleteSlackChannelConfiguration.html
 */
export const DeleteSlackChannelConfiguration = defineOperation({
  eventSource: SUPPORT_APP_EVENT_SOURCE,
  eventName: 'DeleteSlackChannelConfiguration',
  readOnly: false,
  request: DeleteSlackChannelConfigurationRequest,
  response: DeleteSlackChannelConfigurationResponse,
})

/**
 * The codec of a CloudTrail record of `DeleteSlackChannelConfiguration`: the generic record with
 * `eventSource` `supportapp.amazonaws.com`, `eventName` `DeleteSlackChannelConfiguration`, and typed
 * `requestParameters` and `responseElements`, each of which may be `null` or absent (failed calls, calls
 * CloudTrail records without payload).
 *
 * @example
 * ```ts
 * DeleteSlackChannelConfigurationEvent.is({
 *   eventVersion: '1.08',
 *   userIdentity: {
 *     type: 'AssumedRole', principalId: 'AROAJ45Q7YFFAREXAMPLE:janedoe',
 *     arn: 'arn:aws:sts::111122223333:assumed-role/Admin/janedoe', accountId: '111122223333',
 *     accessKeyId: 'ASIAJEXAMPLEXEG2JICEA',
 *   },
 *   eventTime: '2024-03-07T16:40:11Z', eventSource: 'supportapp.amazonaws.com',
 *   eventName: 'DeleteSlackChannelConfiguration', awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.24',
 *   userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0',
 *   requestParameters: { teamId: 'T012ABCDEFG', channelId: 'C01234A5BCD' }, responseElements: null,
 *   requestID: '63fd22d4-1828-5af7-ac39-ccf1f3eed84e', eventID: '40077141-6d7a-5f44-872b-7e2769829161',
 *   readOnly: false, eventType: 'AwsApiCall', managementEvent: true, recipientAccountId: '111122223333',
 *   eventCategory: 'Management', sessionCredentialFromConsole: 'true',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_DeleteSlackChannelConfiguration.html
 */
export const DeleteSlackChannelConfigurationEvent = DeleteSlackChannelConfiguration.event
/** A CloudTrail record of `DeleteSlackChannelConfiguration`; see the codec of the same name. */
export type DeleteSlackChannelConfigurationEvent = t.TypeOf<typeof DeleteSlackChannelConfigurationEvent>

/**
 * A sound guard for `DeleteSlackChannelConfiguration` records: the literal `eventSource` and `eventName` and
 * every payload member are checked by the codec, so a record it accepts really has the typed shape. A failed
 * call (`errorCode` set, payloads `null` or absent) is accepted too.
 *
 * @param u - a record, or any value
 * @returns `true` when `u` is a record of `DeleteSlackChannelConfiguration` that satisfies
 * {@link DeleteSlackChannelConfigurationEvent}
 *
 * @example
 * ```ts
 * for (const event of parseRecords(text).records) {
 *   if (isDeleteSlackChannelConfigurationEvent(event)) console.log(event.requestParameters?.channelId)
 * }
 * ```
 * @see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_DeleteSlackChannelConfiguration.html
 */
export function isDeleteSlackChannelConfigurationEvent(u: unknown): u is DeleteSlackChannelConfigurationEvent {
  return DeleteSlackChannelConfigurationEvent.is(u)
}
