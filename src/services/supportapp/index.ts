import type * as t from 'io-ts'
import { defineService } from '../operation.js'
import { CreateSlackChannelConfiguration } from './create-slack-channel-configuration.js'
import { DeleteAccountAlias } from './delete-account-alias.js'
import { DeleteSlackChannelConfiguration } from './delete-slack-channel-configuration.js'
import { DeleteSlackWorkspaceConfiguration } from './delete-slack-workspace-configuration.js'
import { GetAccountAlias } from './get-account-alias.js'
import { ListSlackChannelConfigurations } from './list-slack-channel-configurations.js'
import { ListSlackWorkspaceConfigurations } from './list-slack-workspace-configurations.js'
import { PutAccountAlias } from './put-account-alias.js'
import { RegisterSlackWorkspaceForOrganization } from './register-slack-workspace-for-organization.js'
import { UpdateSlackChannelConfiguration } from './update-slack-channel-configuration.js'
import { SUPPORT_APP_EVENT_SOURCE } from './shared.js'

/**
 * The AWS Support App in Slack API (2021-08-20) as CloudTrail logs it under `supportapp.amazonaws.com`: its
 * 10 operations, a Map from eventName to operation, the {@link SupportAppEvent} codec and its guard.
 *
 * @example
 * ```ts
 * SupportApp.byName.get('GetAccountAlias')?.readOnly   // true
 * SupportApp.operations.length                         // 10
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-support-app.html
 */
export const SupportApp = defineService(SUPPORT_APP_EVENT_SOURCE, [
  CreateSlackChannelConfiguration,
  DeleteAccountAlias,
  DeleteSlackChannelConfiguration,
  DeleteSlackWorkspaceConfiguration,
  GetAccountAlias,
  ListSlackChannelConfigurations,
  ListSlackWorkspaceConfigurations,
  PutAccountAlias,
  RegisterSlackWorkspaceForOrganization,
  UpdateSlackChannelConfiguration,
] as const)

/**
 * The operation table of AWS Support App: every operation with its `eventName`, `readOnly` and its request,
 * response and event codecs, in the order of the API reference.
 *
 * @example
 * ```ts
 * for (const op of supportAppOperations) console.log(op.eventName, op.readOnly)
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-support-app.html
 */
export const supportAppOperations = SupportApp.operations

/**
 * The codec of a CloudTrail record of any AWS Support App operation (`supportapp.amazonaws.com`): a union
 * discriminated by `eventName`, dispatched with one Map lookup on `eventName` and then checked by that
 * operation's codec. Decoding returns the very object it was given.
 *
 * @example
 * ```ts
 * const result = SupportAppEvent.decode(JSON.parse(text))
 * if (result._tag === 'Right') console.log(result.right.eventName)
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-support-app.html
 */
export const SupportAppEvent = SupportApp.event
/** A CloudTrail record of a `supportapp.amazonaws.com` operation; see the codec of the same name. */
export type SupportAppEvent = t.TypeOf<typeof SupportAppEvent>

/**
 * A sound guard for AWS Support App records: it looks the operation up by `(eventSource, eventName)` and
 * checks the record with that operation's codec, so `switch (event.eventName)` then narrows
 * `requestParameters` and `responseElements` to the operation's types. A record whose payload does not match
 * its operation (kept by `onOperationMismatch: 'generic'`) is rejected.
 *
 * @param u - a record, or any value
 * @returns `true` when `u` is a record of a `supportapp.amazonaws.com` operation and satisfies its codec
 *
 * @example
 * ```ts
 * for (const event of parseRecords(text).records) {
 *   if (!isSupportAppEvent(event)) continue
 *   switch (event.eventName) {
 *     case 'CreateSlackChannelConfiguration':
 *       console.log(event.requestParameters?.channelId)
 *       break
 *     case 'RegisterSlackWorkspaceForOrganization':
 *       console.log(event.responseElements?.accountType)
 *       break
 *   }
 * }
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-support-app.html
 */
export function isSupportAppEvent(u: unknown): u is SupportAppEvent {
  return SupportApp.is(u)
}

export * from './shared.js'
export * from './create-slack-channel-configuration.js'
export * from './delete-account-alias.js'
export * from './delete-slack-channel-configuration.js'
export * from './delete-slack-workspace-configuration.js'
export * from './get-account-alias.js'
export * from './list-slack-channel-configurations.js'
export * from './list-slack-workspace-configurations.js'
export * from './put-account-alias.js'
export * from './register-slack-workspace-for-organization.js'
export * from './update-slack-channel-configuration.js'
