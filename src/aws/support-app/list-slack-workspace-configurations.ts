import * as t from 'io-ts'

/**
 * A Slack workspace configured for the Support App: its `teamId`, `teamName` and whether member accounts of
 * the organization may use it.
 *
 * @example
 * ```ts
 * SlackWorkspaceConfiguration.is({
 *   teamId: 'T012ABCDEFG', teamName: 'Example Corp',
 *   allowOrganizationMemberAccount: true,
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_SlackWorkspaceConfiguration.html
 */
export const SlackWorkspaceConfiguration = /*#__PURE__*/ t.partial(
  { teamId: t.string, teamName: t.string, allowOrganizationMemberAccount: t.boolean },
  'SlackWorkspaceConfiguration',
)
/** A Slack workspace configured for the Support App; see the codec of the same name. */
export type SlackWorkspaceConfiguration = t.TypeOf<typeof SlackWorkspaceConfiguration>

/**
 * The `requestParameters` of `ListSlackWorkspaceConfigurations`: the `nextToken` of the page; `null` without
 * input.
 *
 * Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
 * keys not named here pass through untouched.
 *
 * @example
 * ```ts
 * ListSlackWorkspaceConfigurationsRequest.is({ nextToken: 'AYADeJd0xlUExAMPLE' })   // true
 * ```
 * @see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_ListSlackWorkspaceConfigurations.html
 */
export const ListSlackWorkspaceConfigurationsRequest = /*#__PURE__*/ t.partial(
  { nextToken: t.string },
  'ListSlackWorkspaceConfigurationsRequest',
)
/** The `requestParameters` of a `ListSlackWorkspaceConfigurations` record; see the codec of the same name. */
export type ListSlackWorkspaceConfigurationsRequest = t.TypeOf<typeof ListSlackWorkspaceConfigurationsRequest>

/**
 * The `responseElements` of `ListSlackWorkspaceConfigurations`: one page of
 * {@link SlackWorkspaceConfiguration} and the `nextToken`. Read calls of the Support App have recorded `null`
 * here in every published sample; when CloudTrail records the response, it has this shape.
 *
 * Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
 * keys not named here pass through untouched.
 *
 * @example
 * ```ts
 * ListSlackWorkspaceConfigurationsResponse.is({
 *   slackWorkspaceConfigurations: [
 *     {
 *       teamId: 'T012ABCDEFG',
 *       teamName: 'Example Corp',
 *     },
 *   ],
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_ListSlackWorkspaceConfigurations.html
 */
export const ListSlackWorkspaceConfigurationsResponse = /*#__PURE__*/ t.partial(
  { nextToken: t.string, slackWorkspaceConfigurations: /*#__PURE__*/ t.array(SlackWorkspaceConfiguration) },
  'ListSlackWorkspaceConfigurationsResponse',
)
/** The `responseElements` of a `ListSlackWorkspaceConfigurations` record; see the codec of the same name. */
export type ListSlackWorkspaceConfigurationsResponse = t.TypeOf<typeof ListSlackWorkspaceConfigurationsResponse>
