import type * as t from 'io-ts'
import { SlackChannelConfiguration } from './shared.js'

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
