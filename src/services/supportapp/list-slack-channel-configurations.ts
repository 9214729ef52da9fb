import * as t from 'io-ts'
import { defineOperation } from '../operation.js'
import { SlackChannelConfiguration, SUPPORT_APP_EVENT_SOURCE } from './shared.js'

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
export const ListSlackChannelConfigurationsRequest = t.partial(
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
export const ListSlackChannelConfigurationsResponse = t.partial(
  { nextToken: t.string, slackChannelConfigurations: t.array(SlackChannelConfiguration) },
  'ListSlackChannelConfigurationsResponse',
)
/** The `responseElements` of a `ListSlackChannelConfigurations` record; see the codec of the same name. */
export type ListSlackChannelConfigurationsResponse = t.TypeOf<typeof ListSlackChannelConfigurationsResponse>

/**
 * The `ListSlackChannelConfigurations` operation, an operation of the AWS Support App in Slack API
 * (2021-08-20, `supportapp.amazonaws.com`), readOnly `true` (observed in CloudTrail sample): lists the Slack
 * channel configurations of the account.
 *
 * @example
 * ```ts
 * ListSlackChannelConfigurations.readOnly   // true
 * findOperation('supportapp.amazonaws.com', 'ListSlackChannelConfigurations') ===
 *   ListSlackChannelConfigurations   // true
 * ```
 * @see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_ListSlackChannelConfigurations.html
 */
export const ListSlackChannelConfigurations = defineOperation({
  eventSource: SUPPORT_APP_EVENT_SOURCE,
  eventName: 'ListSlackChannelConfigurations',
  readOnly: true,
  request: ListSlackChannelConfigurationsRequest,
  response: ListSlackChannelConfigurationsResponse,
})

/**
 * The codec of a CloudTrail record of `ListSlackChannelConfigurations`: the generic record with `eventSource`
 * `supportapp.amazonaws.com`, `eventName` `ListSlackChannelConfigurations`, and typed `requestParameters` and
 * `responseElements`, each of which may be `null` or absent (failed calls, calls CloudTrail records without
 * payload). The example shows `responseElements` as CloudTrail records it for reads: `null`.
 *
 * @example
 * ```ts
 * ListSlackChannelConfigurationsEvent.is({
 *   eventVersion: '1.08',
 *   userIdentity: {
 *     type: 'AssumedRole', principalId: 'AROAJ45Q7YFFAREXAMPLE:janedoe',
 *     arn: 'arn:aws:sts::111122223333:assumed-role/Admin/janedoe', accountId: '111122223333',
 *     accessKeyId: 'ASIAJEXAMPLEXEG2JICEA',
 *   },
 *   eventTime: '2024-03-07T16:43:11Z', eventSource: 'supportapp.amazonaws.com',
 *   eventName: 'ListSlackChannelConfigurations', awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.24',
 *   userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0',
 *   requestParameters: null, responseElements: null, requestID: 'b72f47c7-21e6-57a4-a0ad-a2ba22bcd583',
 *   eventID: 'c98827f5-71a4-5366-a0eb-035bdcebf1cb', readOnly: true, eventType: 'AwsApiCall', managementEvent: true,
 *   recipientAccountId: '111122223333', eventCategory: 'Management', sessionCredentialFromConsole: 'true',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_ListSlackChannelConfigurations.html
 */
export const ListSlackChannelConfigurationsEvent = ListSlackChannelConfigurations.event
/** A CloudTrail record of `ListSlackChannelConfigurations`; see the codec of the same name. */
export type ListSlackChannelConfigurationsEvent = t.TypeOf<typeof ListSlackChannelConfigurationsEvent>

/**
 * A sound guard for `ListSlackChannelConfigurations` records: the literal `eventSource` and `eventName` and
 * every payload member are checked by the codec, so a record it accepts really has the typed shape. A failed
 * call (`errorCode` set, payloads `null` or absent) is accepted too.
 *
 * @param u - a record, or any value
 * @returns `true` when `u` is a record of `ListSlackChannelConfigurations` that satisfies
 * {@link ListSlackChannelConfigurationsEvent}
 *
 * @example
 * ```ts
 * for (const event of parseRecords(text).records) {
 *   if (isListSlackChannelConfigurationsEvent(event)) {
 *     console.log(event.responseElements?.slackChannelConfigurations?.[0]?.notifyOnCaseSeverity)
 *   }
 * }
 * ```
 * @see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_ListSlackChannelConfigurations.html
 */
export function isListSlackChannelConfigurationsEvent(u: unknown): u is ListSlackChannelConfigurationsEvent {
  return ListSlackChannelConfigurationsEvent.is(u)
}
