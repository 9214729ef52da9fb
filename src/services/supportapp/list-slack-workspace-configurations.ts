import * as t from 'io-ts'
import { defineOperation } from '../operation.js'
import { SUPPORT_APP_EVENT_SOURCE } from './shared.js'

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
export const SlackWorkspaceConfiguration = t.partial(
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
export const ListSlackWorkspaceConfigurationsRequest = t.partial(
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
export const ListSlackWorkspaceConfigurationsResponse = t.partial(
  { nextToken: t.string, slackWorkspaceConfigurations: t.array(SlackWorkspaceConfiguration) },
  'ListSlackWorkspaceConfigurationsResponse',
)
/** The `responseElements` of a `ListSlackWorkspaceConfigurations` record; see the codec of the same name. */
export type ListSlackWorkspaceConfigurationsResponse = t.TypeOf<typeof ListSlackWorkspaceConfigurationsResponse>

/**
 * The `ListSlackWorkspaceConfigurations` operation, an operation of the AWS Support App in Slack API
 * (2021-08-20, `supportapp.amazonaws.com`), readOnly `true` (inferred from operation semantics): lists the
 * Slack workspaces configured for the account.
 *
 * @example
 * ```ts
 * ListSlackWorkspaceConfigurations.readOnly   // true
 * findOperation('supportapp.amazonaws.com', 'ListSlackWorkspaceConfigurations') ===
 *   ListSlackWorkspaceConfigurations   // true
 * ```
 * @see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_ListSlackWorkspaceConfigurations.html
 */
export const ListSlackWorkspaceConfigurations = defineOperation({
  eventSource: SUPPORT_APP_EVENT_SOURCE,
  eventName: 'ListSlackWorkspaceConfigurations',
  readOnly: true,
  request: ListSlackWorkspaceConfigurationsRequest,
  response: ListSlackWorkspaceConfigurationsResponse,
})

/**
 * The codec of a CloudTrail record of `ListSlackWorkspaceConfigurations`: the generic record with
 * `eventSource` `supportapp.amazonaws.com`, `eventName` `ListSlackWorkspaceConfigurations`, and typed
 * `requestParameters` and `responseElements`, each of which may be `null` or absent (failed calls, calls
 * CloudTrail records without payload). The example shows `responseElements` as CloudTrail records it for
 * reads: `null`.
 *
 * @example
 * ```ts
 * ListSlackWorkspaceConfigurationsEvent.is({
 *   eventVersion: '1.08',
 *   userIdentity: {
 *     type: 'AssumedRole', principalId: 'AROAJ45Q7YFFAREXAMPLE:janedoe',
 *     arn: 'arn:aws:sts::111122223333:assumed-role/Admin/janedoe', accountId: '111122223333',
 *     accessKeyId: 'ASIAJEXAMPLEXEG2JICEA',
 *   },
 *   eventTime: '2024-03-07T16:44:11Z', eventSource: 'supportapp.amazonaws.com',
 *   eventName: 'ListSlackWorkspaceConfigurations', awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.24',
 *   userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0',
 *   requestParameters: null, responseElements: null, requestID: '96898c83-9f9e-54f3-a0ec-85b166b07457',
 *   eventID: '5903e407-0dda-577d-a1ac-db34d1bb646b', readOnly: true, eventType: 'AwsApiCall', managementEvent: true,
 *   recipientAccountId: '111122223333', eventCategory: 'Management', sessionCredentialFromConsole: 'true',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_ListSlackWorkspaceConfigurations.html
 */
export const ListSlackWorkspaceConfigurationsEvent = ListSlackWorkspaceConfigurations.event
/** A CloudTrail record of `ListSlackWorkspaceConfigurations`; see the codec of the same name. */
export type ListSlackWorkspaceConfigurationsEvent = t.TypeOf<typeof ListSlackWorkspaceConfigurationsEvent>

/**
 * A sound guard for `ListSlackWorkspaceConfigurations` records: the literal `eventSource` and `eventName` and
 * every payload member are checked by the codec, so a record it accepts really has the typed shape. A failed
 * call (`errorCode` set, payloads `null` or absent) is accepted too.
 *
 * @param u - a record, or any value
 * @returns `true` when `u` is a record of `ListSlackWorkspaceConfigurations` that satisfies
 * {@link ListSlackWorkspaceConfigurationsEvent}
 *
 * @example
 * ```ts
 * for (const event of parseRecords(text).records) {
 *   if (isListSlackWorkspaceConfigurationsEvent(event)) {
 *     console.log(event.responseElements?.slackWorkspaceConfigurations?.[0]?.teamName)
 *   }
 * }
 * ```
 * @see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_ListSlackWorkspaceConfigurations.html
 */
export function isListSlackWorkspaceConfigurationsEvent(u: unknown): u is ListSlackWorkspaceConfigurationsEvent {
  return ListSlackWorkspaceConfigurationsEvent.is(u)
}
