import * as t from 'io-ts'
import { isJsonObject } from '../codec/json-object.js'
import { signin, SigninResult } from 'cloudtrail-codecs/aws/signin'
import type { SIGNIN_EVENT_SOURCE, SigninOperations } from 'cloudtrail-codecs/aws/signin'

/**
 * The eventNames of the sign-in service's records: the operations of `signin` (the console sign-in events and
 * the operations of the AWS Sign-In API).
 *
 * @example
 * ```ts
 * import type { SigninEventName } from 'cloudtrail-codecs/audit'
 *
 * const name: SigninEventName = 'ConsoleLogin'
 * ```
 */
export type SigninEventName = keyof SigninOperations

/**
 * The `additionalEventData` of the sign-in events named (all by default), as {@link signInAdditionalData}
 * returns it: the type the operation gives it (`ConsoleLoginAdditionalData`, ...), or any object for an
 * operation that does not type it.
 *
 * @typeParam Name - the eventNames to include
 *
 * @example
 * ```ts
 * import type { SigninAdditionalData } from 'cloudtrail-codecs/audit'
 *
 * function samlProvider(data: SigninAdditionalData<'ConsoleLogin'>): string | null | undefined {
 *   return data.SamlProviderArn
 * }
 * ```
 */
export type SigninAdditionalData<Name extends SigninEventName = SigninEventName> = Name extends SigninEventName
  ? SigninOperations[Name] extends { readonly additional: infer Additional }
    ? Additional
    : { [key: string]: unknown }
  : never

/**
 * The fields of a sign-in event that {@link signInSummary} and {@link signInAdditionalData} read: every
 * record `signin.is` narrows to is one (its `eventSource` and `eventName` are literals), so a record must
 * be narrowed first. A view for reading, not a codec.
 *
 * @example
 * ```ts
 * import type { SignInFields } from 'cloudtrail-codecs/audit'
 *
 * const fields: SignInFields = { eventSource: 'signin.amazonaws.com', eventName: 'ConsoleLogin', responseElements: { ConsoleLogin: 'Success' } }
 * ```
 */
export type SignInFields<Name extends SigninEventName = SigninEventName> = {
  /** Always `signin.amazonaws.com`. */
  readonly eventSource: typeof SIGNIN_EVENT_SOURCE
  /** The sign-in event, such as `ConsoleLogin`. */
  readonly eventName: Name
  /** Set on some failures. */
  readonly errorCode?: string | null | undefined
  /** `Failed authentication`, `No username found in supplied account`, ... on a failed console sign-in. */
  readonly errorMessage?: string | null | undefined
  /** Console sign-in events write their result here: `{ "ConsoleLogin": "Success" }`. */
  readonly responseElements?: unknown
  /** `MFAUsed`, `LoginTo`, `SamlProviderArn`, `CredentialType`, ... */
  readonly additionalEventData?: unknown
  /** IAM Identity Center's sign-in steps write their result here: `{ "CredentialVerification": "Failure" }`. */
  readonly serviceEventDetails?: unknown
}

/**
 * Reads a sign-in event's `additionalEventData`, typed for its eventName: the record's own object when it
 * matches the type its operation gives it (`signin.operations.X.additional`: every member optional and
 * nullable, keys not named kept; any object for an operation that does not type it), else `undefined`
 * (absent, `null`, or a member of the wrong JSON type). A record that `signin.operations.X.is` narrowed has
 * already passed that check.
 *
 * @typeParam Name - the event's eventName (a union for an event not narrowed by `switch`)
 * @param event - a record narrowed by `signin.is` (or `signin.operations.X.is`)
 * @returns the typed `additionalEventData`, or `undefined`
 *
 * @example
 * ```ts
 * import { parseRecords } from 'cloudtrail-codecs'
 * import { signInAdditionalData } from 'cloudtrail-codecs/audit'
 * import { signin } from 'cloudtrail-codecs/aws/signin'
 *
 * for (const record of parseRecords(text).records) {
 *   if (signin.operations.ConsoleLogin.is(record)) console.log(signInAdditionalData(record)?.SamlProviderArn)
 * }
 * ```
 */
export function signInAdditionalData<Name extends SigninEventName>(event: SignInFields<Name>): SigninAdditionalData<Name> | undefined {
  const operation = signin.operation(event.eventName)
  if (operation === undefined) return undefined
  const data = event.additionalEventData
  const typed = operation.additional === undefined ? isJsonObject(data) : operation.additional.is(data)
  return typed ? (data as SigninAdditionalData<Name>) : undefined
}

/**
 * The `serviceEventDetails` of `CredentialChallenge`: the result of IAM Identity Center asking the user to solve one credential challenge, under the event's own name:
 * `{ "CredentialChallenge": "Success" }`. Keys not named here are kept. (`serviceEventDetails` is not part of an operation's
 * table: read it with `signInSummary`, or check it with this codec.)
 *
 * @example
 * ```ts
 * import { CredentialChallengeServiceEventDetails } from 'cloudtrail-codecs/audit'
 *
 * CredentialChallengeServiceEventDetails.is({ CredentialChallenge: 'Success' })   // true
 * ```
 * @see https://docs.aws.amazon.com/singlesignon/latest/userguide/understanding-sign-in-events.html
 * @see https://docs.aws.amazon.com/singlesignon/latest/userguide/username-sign-in-cloudtrail-events.html
 */
export const CredentialChallengeServiceEventDetails = /*#__PURE__*/ t.partial({ CredentialChallenge: SigninResult }, 'CredentialChallengeServiceEventDetails')
/** The `serviceEventDetails` of a `CredentialChallenge` record; see the codec of the same name. */
export type CredentialChallengeServiceEventDetails = t.TypeOf<typeof CredentialChallengeServiceEventDetails>

/**
 * The `serviceEventDetails` of `CredentialVerification`: the result of the user's answer to one IAM Identity Center credential challenge, and whether it passed, under the event's own name:
 * `{ "CredentialVerification": "Success" }` or `"Failure"` (with no `errorMessage`). Keys not named here are kept. (`serviceEventDetails` is not part of an operation's
 * table: read it with `signInSummary`, or check it with this codec.)
 *
 * @example
 * ```ts
 * import { CredentialVerificationServiceEventDetails } from 'cloudtrail-codecs/audit'
 *
 * CredentialVerificationServiceEventDetails.is({ CredentialVerification: 'Success' })   // true
 * ```
 * @see https://docs.aws.amazon.com/singlesignon/latest/userguide/understanding-sign-in-events.html
 */
export const CredentialVerificationServiceEventDetails = /*#__PURE__*/ t.partial({ CredentialVerification: SigninResult }, 'CredentialVerificationServiceEventDetails')
/** The `serviceEventDetails` of a `CredentialVerification` record; see the codec of the same name. */
export type CredentialVerificationServiceEventDetails = t.TypeOf<typeof CredentialVerificationServiceEventDetails>

/**
 * The `serviceEventDetails` of `UserAuthentication`: the result of an IAM Identity Center user signed in: every challenge was passed (a failed sign-in logs none), under the event's own name:
 * `{ "UserAuthentication": "Success" }`. Keys not named here are kept. (`serviceEventDetails` is not part of an operation's
 * table: read it with `signInSummary`, or check it with this codec.)
 *
 * @example
 * ```ts
 * import { UserAuthenticationServiceEventDetails } from 'cloudtrail-codecs/audit'
 *
 * UserAuthenticationServiceEventDetails.is({ UserAuthentication: 'Success' })   // true
 * ```
 * @see https://docs.aws.amazon.com/singlesignon/latest/userguide/understanding-sign-in-events.html
 * @see https://docs.aws.amazon.com/singlesignon/latest/userguide/username-sign-in-cloudtrail-events.html
 */
export const UserAuthenticationServiceEventDetails = /*#__PURE__*/ t.partial({ UserAuthentication: SigninResult }, 'UserAuthenticationServiceEventDetails')
/** The `serviceEventDetails` of a `UserAuthentication` record; see the codec of the same name. */
export type UserAuthenticationServiceEventDetails = t.TypeOf<typeof UserAuthenticationServiceEventDetails>

/**
 * How a sign-in event ended, as {@link SignInSummary.outcome} tells it.
 *
 * @example
 * ```ts
 * import { signInSummary } from 'cloudtrail-codecs/audit'
 * import type { SignInOutcome } from 'cloudtrail-codecs/audit'
 * import { signin } from 'cloudtrail-codecs/aws/signin'
 *
 * if (signin.is(record)) {
 *   const outcome: SignInOutcome | undefined = signInSummary(record).outcome
 * }
 * ```
 */
export type SignInOutcome = 'success' | 'failure'

/**
 * What a detection rule asks of a sign-in event, read by {@link signInSummary}. Every key is always present;
 * `undefined` means the event does not say. Strings are as written.
 *
 * @example
 * ```ts
 * import { signInSummary } from 'cloudtrail-codecs/audit'
 * import { signin } from 'cloudtrail-codecs/aws/signin'
 *
 * if (signin.operations.ConsoleLogin.is(record)) {
 *   const { outcome, mfaUsed, samlProviderArn, destination } = signInSummary(record)
 * }
 * ```
 */
export interface SignInSummary {
  /** The sign-in event: `ConsoleLogin`, `SwitchRole`, `UserAuthentication`, ... */
  readonly eventName: SigninEventName
  /**
   * How it ended: the result the event writes under its own name (`responseElements.ConsoleLogin`, or
   * `serviceEventDetails.CredentialVerification` for IAM Identity Center) read as `'success'` or
   * `'failure'` in any letter case; without one, `'failure'` when the record has an `errorCode` or an
   * `errorMessage`, else `'success'`. `undefined` when the result is another value (see `result`).
   */
  readonly outcome: SignInOutcome | undefined
  /** The result as written (`Success`, `Failure`), when the event writes one. */
  readonly result: string | undefined
  /**
   * Whether the sign-in used MFA: `additionalEventData.MFAUsed` (`Yes`/`No`, any letter case); for IAM
   * Identity Center's `UserAuthentication`, from the credential types verified: `true` when they include
   * `TOTP`, `WEBAUTHN` or `RESYNC_TOTP`, `false` when they are only `PASSWORD` or `EMAIL_OTP`, `undefined`
   * otherwise (`EXTERNAL_IDP`: the identity provider did the authentication). Note that `MFAUsed: "No"`
   * on a role or federated sign-in does not mean the session lacks MFA: `describeCaller(event).mfa`
   * combines it with the session's `mfaAuthenticated`.
   */
  readonly mfaUsed: boolean | undefined
  /** `additionalEventData.MfaType` (`CheckMfa`): the kind of MFA device, such as `U2F MFA`. */
  readonly mfaType: string | undefined
  /** `additionalEventData.MFAIdentifier`: the ARN of the MFA device used. */
  readonly mfaIdentifier: string | undefined
  /** `additionalEventData.SamlProviderArn`: the IAM SAML provider of a SAML-federated console sign-in. */
  readonly samlProviderArn: string | undefined
  /** Where the user was going: `additionalEventData.LoginTo`, else `RedirectTo` (`SwitchRole`, `ExitRole`, `RenewRole`). */
  readonly destination: string | undefined
  /** `additionalEventData.CredentialType` (IAM Identity Center): `PASSWORD`, `TOTP`, `PASSWORD,TOTP`, `EXTERNAL_IDP`, ... */
  readonly credentialType: string | undefined
  /** `additionalEventData.MobileVersion` as a boolean (`Yes`/`No`, any letter case). */
  readonly mobile: boolean | undefined
  /** `additionalEventData.SwitchFrom` (`SwitchRole`): the principal that switched to the role. */
  readonly switchFrom: string | undefined
  /** `additionalEventData.AuthWorkflowID` (IAM Identity Center): shared by the events of one sign-in sequence. */
  readonly authWorkflowId: string | undefined
  /** `errorMessage`, such as `Failed authentication`. */
  readonly errorMessage: string | undefined
}

type Fields = Readonly<Record<string, unknown>>

function fieldsOf(u: unknown): Fields | undefined {
  return isJsonObject(u) ? u : undefined
}

function textOf(fields: Fields | undefined, key: string): string | undefined {
  const value = fields?.[key]
  return typeof value === 'string' ? value : undefined
}

function yesNoOf(value: string | undefined): boolean | undefined {
  const lower = value?.toLowerCase()
  if (lower === 'yes') return true
  if (lower === 'no') return false
  return undefined
}

/** Identity Center credential types that are a second factor, and those that are not. */
const mfaCredentialTypes: ReadonlySet<string> = /*#__PURE__*/ new Set(['TOTP', 'WEBAUTHN', 'RESYNC_TOTP'])
const singleFactorTypes: ReadonlySet<string> = /*#__PURE__*/ new Set(['PASSWORD', 'EMAIL_OTP'])

function mfaOfCredentialTypes(credentialType: string | undefined): boolean | undefined {
  if (credentialType === undefined || credentialType === '') return undefined
  const types = credentialType.split(',').map((type) => type.trim().toUpperCase())
  if (types.some((type) => mfaCredentialTypes.has(type))) return true
  return types.every((type) => singleFactorTypes.has(type)) ? false : undefined
}

function outcomeOf(result: string | undefined, failed: boolean): SignInOutcome | undefined {
  if (result === undefined) return failed ? 'failure' : 'success'
  const lower = result.toLowerCase()
  if (lower === 'success') return 'success'
  if (lower === 'failure') return 'failure'
  return undefined
}

function present(value: string | undefined): boolean {
  return value !== undefined && value !== ''
}

/**
 * Sums up a sign-in event as detection rules read it: how it ended, whether MFA was used, the SAML
 * provider, where the user was going, and the other `additionalEventData` members rules ask for. Each
 * {@link SignInSummary} key's TSDoc gives its rule. Total: it reads every field defensively (a member of an
 * unexpected JSON type counts as absent) and never throws.
 *
 * @param event - a record narrowed by `signin.is` (or `signin.operations.X.is`)
 * @returns a fresh summary; the event is not changed
 *
 * @example
 * ```ts
 * import { describeCaller, parseRecords } from 'cloudtrail-codecs'
 * import { signInSummary } from 'cloudtrail-codecs/audit'
 * import { signin } from 'cloudtrail-codecs/aws/signin'
 *
 * for (const record of parseRecords(text, { services: [signin] }).records) {
 *   if (!signin.operations.ConsoleLogin.is(record)) continue
 *   const login = signInSummary(record)
 *   const caller = describeCaller(record)
 *   if (login.outcome === 'success' && caller.mfa !== true && login.samlProviderArn === undefined) {
 *     console.warn('console sign-in without MFA', caller.principalName, login.destination)
 *   }
 * }
 * ```
 */
export function signInSummary(event: SignInFields): SignInSummary {
  const fields = fieldsOf(event) ?? {}
  const eventName = event.eventName
  const data = fieldsOf(fields['additionalEventData'])
  const result = textOf(fieldsOf(fields['responseElements']), eventName) ?? textOf(fieldsOf(fields['serviceEventDetails']), eventName)
  const errorMessage = textOf(fields, 'errorMessage')
  const credentialType = textOf(data, 'CredentialType')
  const mfaUsed =
    yesNoOf(textOf(data, 'MFAUsed')) ?? (eventName === 'UserAuthentication' ? mfaOfCredentialTypes(credentialType) : undefined)
  return {
    eventName,
    outcome: outcomeOf(result, present(textOf(fields, 'errorCode')) || present(errorMessage)),
    result,
    mfaUsed,
    mfaType: textOf(data, 'MfaType'),
    mfaIdentifier: textOf(data, 'MFAIdentifier'),
    samlProviderArn: textOf(data, 'SamlProviderArn'),
    destination: textOf(data, 'LoginTo') ?? textOf(data, 'RedirectTo'),
    credentialType,
    mobile: yesNoOf(textOf(data, 'MobileVersion')),
    switchFrom: textOf(data, 'SwitchFrom'),
    authWorkflowId: textOf(data, 'AuthWorkflowID'),
    errorMessage,
  }
}
