import * as t from 'io-ts'
import { SlackChannelConfiguration } from './shared.js'

/**
 * The `requestParameters` of `ListSlackChannelConfigurations`: the `nextToken` of the page. Without input
 * CloudTrail records `null` (as the documented sample shows).
 *
 * Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
 * keys not named here pass through untouched.
 *
 * @example
 * ```ts
 * ListSlackChannelConfigurationsRequest.is({ nextToken: 'AYADeJd0xlUExAMPLE' })   // true
 * ```
 * @see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_ListSlackChannelConfigurations.html
 */
export const ListSlackChannelConfigurationsRequest = /*#__PURE__*/ t.partial(
  { nextToken: t.string },
  'ListSlackChannelConfigurationsRequest',
)
/** The `requestParameters` of a `ListSlackChannelConfigurations` record; see the codec of the same name. */
export type ListSlackChannelConfigurationsRequest = t.TypeOf<typeof ListSlackChannelConfigurationsRequest>

/**
 * The `responseElements` of `ListSlackChannelConfigurations`: one page of {@link SlackChannelConfiguration}
 * and the `nextToken`. The documented sample records `null`; when CloudTrail records the response, it has
 * this shape.
 *
 * Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
 * keys not named here pass through untouched.
 *
 * @example
 * ```ts
 * ListSlackChannelConfigurationsResponse.is({
 *   slackChannelConfigurations: [
 *     {
 *       teamId: 'T012ABCDEFG',
 *       channelId: 'C01234A5BCD',
 *     },
 *   ],
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_ListSlackChannelConfigurations.html
 */
export const ListSlackChannelConfigurationsResponse = /*#__PURE__*/ t.partial(
  { nextToken: t.string, slackChannelConfigurations: /*#__PURE__*/ t.array(SlackChannelConfiguration) },
  'ListSlackChannelConfigurationsResponse',
)
/** The `responseElements` of a `ListSlackChannelConfigurations` record; see the codec of the same name. */
export type ListSlackChannelConfigurationsResponse = t.TypeOf<typeof ListSlackChannelConfigurationsResponse>
