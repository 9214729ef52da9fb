import * as t from 'io-ts'

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
export const DeleteSlackChannelConfigurationRequest = /*#__PURE__*/ t.partial(
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
