import * as t from 'io-ts'
import { openEnum } from '../../codec/open-enum.js'

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
export const SupportAppAccountType = /*#__PURE__*/ openEnum('SupportAppAccountType', ['management', 'member'] as const)
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
export const RegisterSlackWorkspaceForOrganizationRequest = /*#__PURE__*/ t.partial(
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
export const RegisterSlackWorkspaceForOrganizationResponse = /*#__PURE__*/ t.partial(
  { teamId: t.string, teamName: t.string, accountType: SupportAppAccountType },
  'RegisterSlackWorkspaceForOrganizationResponse',
)
/** The `responseElements` of a `RegisterSlackWorkspaceForOrganization` record; see the codec of the same name. */
export type RegisterSlackWorkspaceForOrganizationResponse =
  t.TypeOf<typeof RegisterSlackWorkspaceForOrganizationResponse>
