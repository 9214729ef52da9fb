import * as t from 'io-ts'
import { defineOperation } from '../operation.js'
import { SlackChannelConfiguration, SUPPORT_APP_EVENT_SOURCE } from './shared.js'

/**
 * The `requestParameters` of `CreateSlackChannelConfiguration`: the {@link SlackChannelConfiguration} to
 * create (team and channel IDs, the IAM role, which case events to notify and from which severity).
 *
 * Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
 * keys not named here pass through untouched.
 *
 * @example
 * ```ts
 * CreateSlackChannelConfigurationRequest.is({
 *   teamId: 'T012ABCDEFG', channelId: 'C01234A5BCD',
 *   notifyOnCaseSeverity: 'all',
 *   channelRoleArn: 'arn:aws:iam::111122223333:role/AWSSupportAppRole',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_CreateSlackChannelConfiguration.html
 */
export const CreateSlackChannelConfigurationRequest = SlackChannelConfiguration
/** The `requestParameters` of a `CreateSlackChannelConfiguration` record; see the codec of the same name. */
export type CreateSlackChannelConfigurationRequest = t.TypeOf<typeof CreateSlackChannelConfigurationRequest>

/**
 * The `responseElements` of `CreateSlackChannelConfiguration`: the operation returns no members and
 * CloudTrail records `null`; an object, should one appear, decodes with its keys kept.
 *
 * @example
 * ```ts
 * CreateSlackChannelConfigurationResponse.is({})   // true: any object; CloudTrail records `null` instead
 * ```
 * @see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_CreateSlackChannelConfiguration.html
 */
export const CreateSlackChannelConfigurationResponse = t.UnknownRecord
/** The `responseElements` of a `CreateSlackChannelConfiguration` record; see the codec of the same name. */
export type CreateSlackChannelConfigurationResponse = t.TypeOf<typeof CreateSlackChannelConfigurationResponse>

/**
 * The `CreateSlackChannelConfiguration` operation, an operation of the AWS Support App in Slack API
 * (2021-08-20, `supportapp.amazonaws.com`), readOnly `false` (observed in CloudTrail sample): creates the
 * configuration of a Slack channel for support case notifications.
 *
 * @example
 * ```ts
 * CreateSlackChannelConfiguration.readOnly   // false
 * findOperation('supportapp.amazonaws.com', 'CreateSlackChannelConfiguration') ===
 *   CreateSlackChannelConfiguration   // true
 * ```
 * @see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_CreateSlackChannelConfiguration.html
 */
export const CreateSlackChannelConfiguration = defineOperation({
  eventSource: SUPPORT_APP_EVENT_SOURCE,
  eventName: 'CreateSlackChannelConfiguration',
  readOnly: false,
  request: CreateSlackChannelConfigurationRequest,
  response: CreateSlackChannelConfigurationResponse,
})

/**
 * The codec of a CloudTrail record of `CreateSlackChannelConfiguration`: the generic record with
 * `eventSource` `supportapp.amazonaws.com`, `eventName` `CreateSlackChannelConfiguration`, and typed
 * `requestParameters` and `responseElements`, each of which may be `null` or absent (failed calls, calls
 * CloudTrail records without payload).
 *
 * @example
 * ```ts
 * CreateSlackChannelConfigurationEvent.is({
 *   eventVersion: '1.08',
 *   userIdentity: {
 *     type: 'AssumedRole', principalId: 'AROAJ45Q7YFFAREXAMPLE:janedoe',
 *     arn: 'arn:aws:sts::111122223333:assumed-role/Admin/janedoe', accountId: '111122223333',
 *     accessKeyId: 'ASIAJEXAMPLEXEG2JICEA',
 *   },
 *   eventTime: '2024-03-07T16:38:11Z', eventSource: 'supportapp.amazonaws.com',
 *   eventName: 'CreateSlackChannelConfiguration', awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.24',
 *   userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0',
 *   requestParameters: {
 *     teamId: 'T012ABCDEFG', channelId: 'C01234A5BCD', channelName: 'troubleshooting-channel',
 *     channelRoleArn: 'arn:aws:iam::111122223333:role/AWSSupportAppRole',
 *     notifyOnCaseSeverity: 'high', notifyOnCreateOrReopenCase: true,
 *     notifyOnAddCorrespondenceToCase: false, notifyOnResolveCase: true,
 *   },
 *   responseElements: null, requestID: '4cb11a4d-450d-576a-9dc0-2ed4d264da48',
 *   eventID: '8676a6cd-ef1d-57e9-a753-defddc8e5406', readOnly: false, eventType: 'AwsApiCall', managementEvent: true,
 *   recipientAccountId: '111122223333', eventCategory: 'Management', sessionCredentialFromConsole: 'true',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_CreateSlackChannelConfiguration.html
 */
export const CreateSlackChannelConfigurationEvent = CreateSlackChannelConfiguration.event
/** A CloudTrail record of `CreateSlackChannelConfiguration`; see the codec of the same name. */
export type CreateSlackChannelConfigurationEvent = t.TypeOf<typeof CreateSlackChannelConfigurationEvent>

/**
 * A sound guard for `CreateSlackChannelConfiguration` records: the literal `eventSource` and `eventName` and
 * every payload member are checked by the codec, so a record it accepts really has the typed shape. A failed
 * call (`errorCode` set, payloads `null` or absent) is accepted too.
 *
 * @param u - a record, or any value
 * @returns `true` when `u` is a record of `CreateSlackChannelConfiguration` that satisfies
 * {@link CreateSlackChannelConfigurationEvent}
 *
 * @example
 * ```ts
 * for (const event of parseRecords(text).records) {
 *   if (isCreateSlackChannelConfigurationEvent(event)) console.log(event.requestParameters?.notifyOnCaseSeverity)
 * }
 * ```
 * @see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_CreateSlackChannelConfiguration.html
 */
export function isCreateSlackChannelConfigurationEvent(u: unknown): u is CreateSlackChannelConfigurationEvent {
  return CreateSlackChannelConfigurationEvent.is(u)
}
