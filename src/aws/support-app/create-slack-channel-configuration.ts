import * as t from 'io-ts'
import { SlackChannelConfiguration } from './shared.js'

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
