import * as t from 'io-ts'

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
export const DeleteSlackWorkspaceConfigurationRequest = /*#__PURE__*/ t.partial(
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
