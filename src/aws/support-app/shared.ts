import * as t from 'io-ts'
import { openEnum } from '../../codec/open-enum.js'

/**
 * The eventSource of the AWS Support App in Slack (API version 2021-08-20).
 *
 * @example
 * ```ts
 * const { records, skipped } = parseRecords(text, { only: { eventSources: [SUPPORT_APP_EVENT_SOURCE] } })
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-support-app.html
 */
export const SUPPORT_APP_EVENT_SOURCE = 'supportapp.amazonaws.com'

/**
 * Which support cases, by severity, a Slack channel is notified of
 * (`notifyOnCaseSeverity`): `none`, `all`, or `high` (only high-severity
 * cases). Open: any other string still decodes.
 *
 * @example
 * ```ts
 * SlackNotificationSeverity.is('high')   // true
 * ```
 * @see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_SlackChannelConfiguration.html
 */
export const SlackNotificationSeverity = /*#__PURE__*/ openEnum('SlackNotificationSeverity', ['none', 'all', 'high'] as const)
/** Which cases, by severity, a Slack channel is notified of; see the codec of the same name. */
export type SlackNotificationSeverity = t.TypeOf<typeof SlackNotificationSeverity>

/**
 * Narrows a notification severity to one of the documented values.
 *
 * @param value - a decoded notification severity
 * @returns `true` for `none`, `all` or `high`
 * @example
 * ```ts
 * isKnownSlackNotificationSeverity('all')   // true
 * ```
 */
export function isKnownSlackNotificationSeverity(
  value: string,
): value is (typeof SlackNotificationSeverity.values)[number] {
  return SlackNotificationSeverity.isKnown(value)
}

/**
 * The configuration of a Slack channel that receives support case
 * notifications: the Slack `teamId` and `channelId`, the channel's name, the
 * IAM role the Support App assumes in it (`channelRoleArn`), and which case
 * events it is notified of. Every member is optional, as CloudTrail may leave
 * any out, and other keys pass through.
 *
 * @example
 * ```ts
 * SlackChannelConfiguration.is({
 *   teamId: 'T012ABCDEFG', channelId: 'C01234A5BCD', channelName: 'troubleshooting-channel',
 *   channelRoleArn: 'arn:aws:iam::111122223333:role/AWSSupportAppRole', notifyOnCaseSeverity: 'all',
 *   notifyOnCreateOrReopenCase: true, notifyOnAddCorrespondenceToCase: true, notifyOnResolveCase: true,
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_SlackChannelConfiguration.html
 */
export const SlackChannelConfiguration = /*#__PURE__*/ t.partial(
  {
    teamId: t.string,
    channelId: t.string,
    channelName: t.string,
    channelRoleArn: t.string,
    notifyOnCaseSeverity: SlackNotificationSeverity,
    notifyOnCreateOrReopenCase: t.boolean,
    notifyOnAddCorrespondenceToCase: t.boolean,
    notifyOnResolveCase: t.boolean,
  },
  'SlackChannelConfiguration',
)
/** The configuration of a Slack channel; see the codec of the same name. */
export type SlackChannelConfiguration = t.TypeOf<typeof SlackChannelConfiguration>
