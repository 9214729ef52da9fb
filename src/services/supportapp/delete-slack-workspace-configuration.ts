import * as t from 'io-ts'
import { defineOperation } from '../operation.js'
import { SUPPORT_APP_EVENT_SOURCE } from './shared.js'

/**
 * The `requestParameters` of `DeleteSlackWorkspaceConfiguration`: the Slack `teamId` of the workspace.
 *
 * Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
 * keys not named here pass through untouched.
 *
 * @example
 * ```ts
 * DeleteSlackWorkspaceConfigurationRequest.is({ teamId: 'T012ABCDEFG' })   // true
 * ```
 * @see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_DeleteSlackWorkspaceConfiguration.html
 */
export const DeleteSlackWorkspaceConfigurationRequest = t.partial(
  { teamId: t.string },
  'DeleteSlackWorkspaceConfigurationRequest',
)
/** The `requestParameters` of a `DeleteSlackWorkspaceConfiguration` record; see the codec of the same name. */
export type DeleteSlackWorkspaceConfigurationRequest = t.TypeOf<typeof DeleteSlackWorkspaceConfigurationRequest>

/**
 * The `responseElements` of `DeleteSlackWorkspaceConfiguration`: the operation returns no members, so
 * CloudTrail records `null`; an object, should one appear, decodes with its keys kept.
 *
 * @example
 * ```ts
 * DeleteSlackWorkspaceConfigurationResponse.is({})   // true: any object; CloudTrail records `null` instead
 * ```
 * @see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_DeleteSlackWorkspaceConfiguration.html
 */
export const DeleteSlackWorkspaceConfigurationResponse = t.UnknownRecord
/** The `responseElements` of a `DeleteSlackWorkspaceConfiguration` record; see the codec of the same name. */
export type DeleteSlackWorkspaceConfigurationResponse = t.TypeOf<typeof DeleteSlackWorkspaceConfigurationResponse>

/**
 * The `DeleteSlackWorkspaceConfiguration` operation, an operation of the AWS Support App in Slack API
 * (2021-08-20, `supportapp.amazonaws.com`), readOnly `false` (inferred from operation semantics): deletes the
 * configuration of a Slack workspace.
 *
 * @example
 * ```ts
 * DeleteSlackWorkspaceConfiguration.readOnly   // false
 * findOperation('supportapp.amazonaws.com', 'DeleteSlackWorkspaceConfiguration') ===
 *   DeleteSlackWorkspaceConfiguration   // true
 * ```
 * @see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_DeleteSlackWorkspaceConfiguration.html
 */
export const DeleteSlackWorkspaceConfiguration = defineOperation({
  eventSource: SUPPORT_APP_EVENT_SOURCE,
  eventName: 'DeleteSlackWorkspaceConfiguration',
  readOnly: false,
  request: DeleteSlackWorkspaceConfigurationRequest,
  response: DeleteSlackWorkspaceConfigurationResponse,
})

/**
 * The codec of a CloudTrail record of `DeleteSlackWorkspaceConfiguration`: the generic record with
 * `eventSource` `supportapp.amazonaws.com`, `eventName` `DeleteSlackWorkspaceConfiguration`, and typed
 * `requestParameters` and `responseElements`, each of which may be `null` or absent (failed calls, calls
 * CloudTrail records without payload).
 *
 * @example
 * ```ts
 * DeleteSlackWorkspaceConfigurationEvent.is({
 *   eventVersion: '1.08',
 *   userIdentity: {
 *     type: 'AssumedRole', principalId: 'AROAJ45Q7YFFAREXAMPLE:janedoe',
 *     arn: 'arn:aws:sts::111122223333:assumed-role/Admin/janedoe', accountId: '111122223333',
 *     accessKeyId: 'ASIAJEXAMPLEXEG2JICEA',
 *   },
 *   eventTime: '2024-03-07T16:41:11Z', eventSource: 'supportapp.amazonaws.com',
 *   eventName: 'DeleteSlackWorkspaceConfiguration', awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.24',
 *   userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0',
 *   requestParameters: { teamId: 'T012ABCDEFG' }, responseElements: null,
 *   requestID: '1dd9c371-5460-5311-8e1c-262eb89497c7', eventID: 'f1d542a4-8960-51e2-bf1c-1dd686fb5db0',
 *   readOnly: false, eventType: 'AwsApiCall', managementEvent: true, recipientAccountId: '111122223333',
 *   eventCategory: 'Management', sessionCredentialFromConsole: 'true',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_DeleteSlackWorkspaceConfiguration.html
 */
export const DeleteSlackWorkspaceConfigurationEvent = DeleteSlackWorkspaceConfiguration.event
/** A CloudTrail record of `DeleteSlackWorkspaceConfiguration`; see the codec of the same name. */
export type DeleteSlackWorkspaceConfigurationEvent = t.TypeOf<typeof DeleteSlackWorkspaceConfigurationEvent>

/**
 * A sound guard for `DeleteSlackWorkspaceConfiguration` records: the literal `eventSource` and `eventName`
 * and every payload member are checked by the codec, so a record it accepts really has the typed shape. A
 * failed call (`errorCode` set, payloads `null` or absent) is accepted too.
 *
 * @param u - a record, or any value
 * @returns `true` when `u` is a record of `DeleteSlackWorkspaceConfiguration` that satisfies
 * {@link DeleteSlackWorkspaceConfigurationEvent}
 *
 * @example
 * ```ts
 * for (const event of parseRecords(text).records) {
 *   if (isDeleteSlackWorkspaceConfigurationEvent(event)) console.log(event.requestParameters?.teamId)
 * }
 * ```
 * @see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_DeleteSlackWorkspaceConfiguration.html
 */
export function isDeleteSlackWorkspaceConfigurationEvent(u: unknown): u is DeleteSlackWorkspaceConfigurationEvent {
  return DeleteSlackWorkspaceConfigurationEvent.is(u)
}
