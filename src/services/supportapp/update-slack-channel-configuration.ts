import type * as t from 'io-ts'
import { defineOperation } from '../operation.js'
import { SlackChannelConfiguration, SUPPORT_APP_EVENT_SOURCE } from './shared.js'

/**
 * The `requestParameters` of `UpdateSlackChannelConfiguration`: the `teamId` and `channelId` of the
 * configuration and the members to change, as a {@link SlackChannelConfiguration}.
 *
 * Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
 * keys not named here pass through untouched.
 *
 * @example
 * ```ts
 * UpdateSlackChannelConfigurationRequest.is({
 *   teamId: 'T012ABCDEFG', channelId: 'C01234A5BCD',
 *   notifyOnCaseSeverity: 'none',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_UpdateSlackChannelConfiguration.html
 */
export const UpdateSlackChannelConfigurationRequest = SlackChannelConfiguration
/** The `requestParameters` of a `UpdateSlackChannelConfiguration` record; see the codec of the same name. */
export type UpdateSlackChannelConfigurationRequest = t.TypeOf<typeof UpdateSlackChannelConfigurationRequest>

/**
 * The `responseElements` of `UpdateSlackChannelConfiguration`: the updated {@link SlackChannelConfiguration}.
 *
 * Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
 * keys not named here pass through untouched.
 *
 * @example
 * ```ts
 * UpdateSlackChannelConfigurationResponse.is({
 *   teamId: 'T012ABCDEFG', channelId: 'C01234A5BCD',
 *   channelName: 'troubleshooting-channel',
 *   channelRoleArn: 'arn:aws:iam::111122223333:role/AWSSupportAppRole',
 *   notifyOnCaseSeverity: 'high', notifyOnCreateOrReopenCase: true,
 *   notifyOnAddCorrespondenceToCase: false, notifyOnResolveCase: true,
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_UpdateSlackChannelConfiguration.html
 */
export const UpdateSlackChannelConfigurationResponse = SlackChannelConfiguration
/** The `responseElements` of a `UpdateSlackChannelConfiguration` record; see the codec of the same name. */
export type UpdateSlackChannelConfigurationResponse = t.TypeOf<typeof UpdateSlackChannelConfigurationResponse>

/**
 * The `UpdateSlackChannelConfiguration` operation, an operation of the AWS Support App in Slack API
 * (2021-08-20, `supportapp.amazonaws.com`), readOnly `false` (inferred from operation semantics): updates the
 * configuration of a Slack channel.
 *
 * @example
 * ```ts
 * UpdateSlackChannelConfiguration.readOnly   // false
 * findOperation('supportapp.amazonaws.com', 'UpdateSlackChannelConfiguration') ===
 *   UpdateSlackChannelConfiguration   // true
 * ```
 * @see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_UpdateSlackChannelConfiguration.html
 */
export const UpdateSlackChannelConfiguration = defineOperation({
  eventSource: SUPPORT_APP_EVENT_SOURCE,
  eventName: 'UpdateSlackChannelConfiguration',
  readOnly: false,
  request: UpdateSlackChannelConfigurationRequest,
  response: UpdateSlackChannelConfigurationResponse,
})

/**
 * The codec of a CloudTrail record of `UpdateSlackChannelConfiguration`: the generic record with
 * `eventSource` `supportapp.amazonaws.com`, `eventName` `UpdateSlackChannelConfiguration`, and typed
 * `requestParameters` and `responseElements`, each of which may be `null` or absent (failed calls, calls
 * CloudTrail records without payload).
 *
 * @example
 * ```ts
 * UpdateSlackChannelConfigurationEvent.is({
 *   eventVersion: '1.08',
 *   userIdentity: {
 *     type: 'AssumedRole', principalId: 'AROAJ45Q7YFFAREXAMPLE:janedoe',
 *     arn: 'arn:aws:sts::111122223333:assumed-role/Admin/janedoe', accountId: '111122223333',
 *     accessKeyId: 'ASIAJEXAMPLEXEG2JICEA',
 *   },
 *   eventTime: '2024-03-07T16:47:11Z', eventSource: 'supportapp.amazonaws.com',
 *   eventName: 'UpdateSlackChannelConfiguration', awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.24',
 *   userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0',
 *   requestParameters: { teamId: 'T012ABCDEFG', channelId: 'C01234A5BCD', notifyOnCaseSeverity: 'all' },
 *   responseElements: {
 *     teamId: 'T012ABCDEFG', channelId: 'C01234A5BCD', channelName: 'troubleshooting-channel',
 *     channelRoleArn: 'arn:aws:iam::111122223333:role/AWSSupportAppRole',
 *     notifyOnCaseSeverity: 'all', notifyOnCreateOrReopenCase: true,
 *     notifyOnAddCorrespondenceToCase: false, notifyOnResolveCase: true,
 *   },
 *   requestID: 'c7accdb9-2f66-5d3f-b6db-f063d3521788', eventID: '1829f2ae-c0c7-5727-bc1c-8117d76fd64c',
 *   readOnly: false, eventType: 'AwsApiCall', managementEvent: true, recipientAccountId: '111122223333',
 *   eventCategory: 'Management', sessionCredentialFromConsole: 'true',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_UpdateSlackChannelConfiguration.html
 */
export const UpdateSlackChannelConfigurationEvent = UpdateSlackChannelConfiguration.event
/** A CloudTrail record of `UpdateSlackChannelConfiguration`; see the codec of the same name. */
export type UpdateSlackChannelConfigurationEvent = t.TypeOf<typeof UpdateSlackChannelConfigurationEvent>

/**
 * A sound guard for `UpdateSlackChannelConfiguration` records: the literal `eventSource` and `eventName` and
 * every payload member are checked by the codec, so a record it accepts really has the typed shape. A failed
 * call (`errorCode` set, payloads `null` or absent) is accepted too.
 *
 * @param u - a record, or any value
 * @returns `true` when `u` is a record of `UpdateSlackChannelConfiguration` that satisfies
 * {@link UpdateSlackChannelConfigurationEvent}
 *
 * @example
 * ```ts
 * for (const event of parseRecords(text).records) {
 *   if (isUpdateSlackChannelConfigurationEvent(event)) console.log(event.responseElements?.notifyOnResolveCase)
 * }
 * ```
 * @see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_UpdateSlackChannelConfiguration.html
 */
export function isUpdateSlackChannelConfigurationEvent(u: unknown): u is UpdateSlackChannelConfigurationEvent {
  return UpdateSlackChannelConfigurationEvent.is(u)
}
