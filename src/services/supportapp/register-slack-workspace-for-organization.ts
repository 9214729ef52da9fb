import * as t from 'io-ts'
import { openEnum } from '../../codec/open-enum.js'
import { defineOperation } from '../operation.js'
import { SUPPORT_APP_EVENT_SOURCE } from './shared.js'

/**
 * Whether the account that registered a Slack workspace is the organization's `management` account or a
 * `member` account. Open: any other string still decodes.
 *
 * @example
 * ```ts
 * SupportAppAccountType.is('management')   // true
 * ```
 * @see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_RegisterSlackWorkspaceForOrganization.html
 */
export const SupportAppAccountType = openEnum('SupportAppAccountType', ['management', 'member'] as const)
/** The kind of account that registered a Slack workspace; see the codec of the same name. */
export type SupportAppAccountType = t.TypeOf<typeof SupportAppAccountType>

/**
 * Narrows an account type to one of the documented values.
 *
 * @param value - a decoded value
 * @returns `true` for `management` or `member`
 *
 * @example
 * ```ts
 * isKnownSupportAppAccountType('member')   // true
 * ```
 */
export function isKnownSupportAppAccountType(value: string): value is (typeof SupportAppAccountType.values)[number] {
  return SupportAppAccountType.isKnown(value)
}

/**
 * The `requestParameters` of `RegisterSlackWorkspaceForOrganization`: the Slack `teamId` of the workspace.
 *
 * Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
 * keys not named here pass through untouched.
 *
 * @example
 * ```ts
 * RegisterSlackWorkspaceForOrganizationRequest.is({ teamId: 'T012ABCDEFG' })   // true
 * ```
 * @see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_RegisterSlackWorkspaceForOrganization.html
 */
export const RegisterSlackWorkspaceForOrganizationRequest = t.partial(
  { teamId: t.string },
  'RegisterSlackWorkspaceForOrganizationRequest',
)
/** The `requestParameters` of a `RegisterSlackWorkspaceForOrganization` record; see the codec of the same name. */
export type RegisterSlackWorkspaceForOrganizationRequest = t.TypeOf<typeof RegisterSlackWorkspaceForOrganizationRequest>

/**
 * The `responseElements` of `RegisterSlackWorkspaceForOrganization`: the workspace's `teamId` and `teamName`,
 * and the {@link SupportAppAccountType} of the caller.
 *
 * Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
 * keys not named here pass through untouched.
 *
 * @example
 * ```ts
 * RegisterSlackWorkspaceForOrganizationResponse.is({
 *   teamId: 'T012ABCDEFG', teamName: 'Example Corp',
 *   accountType: 'member',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_RegisterSlackWorkspaceForOrganization.html
 */
export const RegisterSlackWorkspaceForOrganizationResponse = t.partial(
  { teamId: t.string, teamName: t.string, accountType: SupportAppAccountType },
  'RegisterSlackWorkspaceForOrganizationResponse',
)
/** The `responseElements` of a `RegisterSlackWorkspaceForOrganization` record; see the codec of the same name. */
export type RegisterSlackWorkspaceForOrganizationResponse =
  t.TypeOf<typeof RegisterSlackWorkspaceForOrganizationResponse>

/**
 * The `RegisterSlackWorkspaceForOrganization` operation, an operation of the AWS Support App in Slack API
 * (2021-08-20, `supportapp.amazonaws.com`), readOnly `false` (inferred from operation semantics): registers,
 * for a member account, a Slack workspace that the management account already configured.
 *
 * @example
 * ```ts
 * RegisterSlackWorkspaceForOrganization.readOnly   // false
 * findOperation('supportapp.amazonaws.com', 'RegisterSlackWorkspaceForOrganization') ===
 *   RegisterSlackWorkspaceForOrganization   // true
 * ```
 * @see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_RegisterSlackWorkspaceForOrganization.html
 */
export const RegisterSlackWorkspaceForOrganization = defineOperation({
  eventSource: SUPPORT_APP_EVENT_SOURCE,
  eventName: 'RegisterSlackWorkspaceForOrganization',
  readOnly: false,
  request: RegisterSlackWorkspaceForOrganizationRequest,
  response: RegisterSlackWorkspaceForOrganizationResponse,
})

/**
 * The codec of a CloudTrail record of `RegisterSlackWorkspaceForOrganization`: the generic record with
 * `eventSource` `supportapp.amazonaws.com`, `eventName` `RegisterSlackWorkspaceForOrganization`, and typed
 * `requestParameters` and `responseElements`, each of which may be `null` or absent (failed calls, calls
 * CloudTrail records without payload).
 *
 * @example
 * ```ts
 * RegisterSlackWorkspaceForOrganizationEvent.is({
 *   eventVersion: '1.08',
 *   userIdentity: {
 *     type: 'AssumedRole', principalId: 'AROAJ45Q7YFFAREXAMPLE:janedoe',
 *     arn: 'arn:aws:sts::111122223333:assumed-role/Admin/janedoe', accountId: '111122223333',
 *     accessKeyId: 'ASIAJEXAMPLEXEG2JICEA',
 *   },
 *   eventTime: '2024-03-07T16:46:11Z', eventSource: 'supportapp.amazonaws.com',
 *   eventName: 'RegisterSlackWorkspaceForOrganization', awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.24',
 *   userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0',
 *   requestParameters: { teamId: 'T012ABCDEFG' },
 *   responseElements: { teamId: 'T012ABCDEFG', teamName: 'Example Corp', accountType: 'member' },
 *   requestID: '275feb54-ca4d-51c8-af7c-d34ba1c0aff9', eventID: '2f447205-6e83-57dd-b77f-3768e0c81094',
 *   readOnly: false, eventType: 'AwsApiCall', managementEvent: true, recipientAccountId: '111122223333',
 *   eventCategory: 'Management', sessionCredentialFromConsole: 'true',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_RegisterSlackWorkspaceForOrganization.html
 */
export const RegisterSlackWorkspaceForOrganizationEvent = RegisterSlackWorkspaceForOrganization.event
/** A CloudTrail record of `RegisterSlackWorkspaceForOrganization`; see the codec of the same name. */
export type RegisterSlackWorkspaceForOrganizationEvent = t.TypeOf<typeof RegisterSlackWorkspaceForOrganizationEvent>

/**
 * A sound guard for `RegisterSlackWorkspaceForOrganization` records: the literal `eventSource` and
 * `eventName` and every payload member are checked by the codec, so a record it accepts really has the typed
 * shape. A failed call (`errorCode` set, payloads `null` or absent) is accepted too.
 *
 * @param u - a record, or any value
 * @returns `true` when `u` is a record of `RegisterSlackWorkspaceForOrganization` that satisfies
 * {@link RegisterSlackWorkspaceForOrganizationEvent}
 *
 * @example
 * ```ts
 * for (const event of parseRecords(text).records) {
 *   if (isRegisterSlackWorkspaceForOrganizationEvent(event)) console.log(event.responseElements?.accountType)
 * }
 * ```
 * @see https://docs.aws.amazon.com/supportapp/latest/APIReference/API_RegisterSlackWorkspaceForOrganization.html
 */
export function isRegisterSlackWorkspaceForOrganizationEvent(
  u: unknown,
): u is RegisterSlackWorkspaceForOrganizationEvent {
  return RegisterSlackWorkspaceForOrganizationEvent.is(u)
}
