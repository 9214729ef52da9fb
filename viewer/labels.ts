/**
 * Short readable text for who made a call and what an audit entry says, as the viewer prints them.
 */
import type { CallerDescription } from '../src/index.js'
import type { CheckEntry, RecommendationEntry, SettingsChange, SupportCaseEntry } from '../src/audit/index.js'
import type { CallView } from './protocol.js'

const lastSegment = (arn: string | undefined): string | undefined => {
  if (arn === undefined || arn === '') return undefined
  const tail = arn.slice(arn.lastIndexOf('/') + 1)
  return tail === '' ? undefined : tail
}

/** The first value that is a non-empty string (records may write an absent member as `null`). */
const present = (...values: ReadonlyArray<string | null | undefined>): string | undefined =>
  values.find((value): value is string => typeof value === 'string' && value !== '')

const inAccount = (text: string, accountId: string | undefined): string =>
  accountId === undefined || accountId === '' ? text : `${text} (${accountId})`

/**
 * One name for a caller, such as `user alice (111122223333)` or
 * `session ci of role deployer (111122223333)`: the same caller always gets the same label.
 *
 * @param caller - what `describeCaller` says of a record
 * @returns the label
 */
export function callerLabel(caller: CallerDescription): string {
  const account = caller.accountId
  switch (caller.class) {
    case 'root':
      return `root of ${account ?? 'an unknown account'}`
    case 'iam-user':
      return inAccount(`user ${present(caller.userName, lastSegment(caller.arn), caller.principalId) ?? '?'}`, account)
    case 'assumed-role': {
      const session = present(caller.sessionName)
      const role = present(caller.issuerName, caller.arn?.split('/')[1])
      if (caller.permissionSet !== undefined) {
        return inAccount(`${session ?? 'a session'}, permission set ${caller.permissionSet}`, account)
      }
      if (session === undefined) return inAccount(`role ${role ?? '?'}`, account)
      return inAccount(`session ${session} of role ${role ?? '?'}`, account)
    }
    case 'role':
      return inAccount(`role ${present(lastSegment(caller.arn), caller.principalId) ?? '?'}`, account)
    case 'federated-user':
      return inAccount(`federated user ${present(caller.sessionName, caller.principalId) ?? '?'}`, account)
    case 'identity-center-user':
      return `Identity Center user ${present(caller.userName, caller.identityCenterUser?.userId) ?? '?'}`
    case 'saml-user':
      return `SAML user ${present(caller.userName, caller.principalId) ?? '?'}`
    case 'web-identity-user':
      return `web identity user ${present(caller.userName, caller.principalId) ?? '?'}`
    case 'aws-service':
      return present(caller.invokedBy, caller.principalId) ?? 'an AWS service'
    case 'aws-account':
      return `account ${present(caller.accountId, caller.principalId) ?? '?'}`
    case 'directory':
      return `directory user ${present(caller.userName, caller.principalId) ?? '?'}`
    case 'undetermined':
    case 'unknown':
      return present(caller.arn, caller.userName, caller.principalId, caller.accountId) ?? 'not said'
    case 'none':
      return 'no identity'
    default:
      return present(caller.arn, caller.principalId) ?? caller.class
  }
}

const plural = (count: number, one: string, many = `${one}s`): string => `${count} ${count === 1 ? one : many}`

/**
 * One entry of a Support case timeline as text.
 *
 * @param entry - the entry
 * @returns when, what and who
 */
export function caseEntryView(entry: SupportCaseEntry): CallView {
  const base = { time: entry.eventTime, who: callerLabel(entry.caller), failed: entry.kind === 'failed' }
  switch (entry.kind) {
    case 'created':
      return { ...base, what: entry.attachmentSetId === undefined ? 'created' : 'created, with attachments' }
    case 'communication':
      return { ...base, what: entry.attachmentSetId === undefined ? 'replied' : 'replied, with attachments' }
    case 'attachment':
      return { ...base, what: entry.fileNames.length === 0 ? 'attached files' : `attached ${entry.fileNames.join(', ')}` }
    case 'described':
      return { ...base, what: `read (${entry.eventName})` }
    case 'resolved':
      return { ...base, what: `resolved (${entry.initialCaseStatus ?? '?'} → ${entry.finalCaseStatus ?? '?'})` }
    case 'failed':
      return { ...base, what: `${entry.eventName} failed: ${entry.errorCode}` }
  }
}

/**
 * One entry of a Trusted Advisor check or recommendation as text.
 *
 * @param entry - the entry
 * @returns when, what and who
 */
export function trustedAdvisorEntryView(entry: CheckEntry | RecommendationEntry): CallView {
  const base = { time: entry.eventTime, who: callerLabel(entry.caller), failed: entry.kind === 'failed' }
  switch (entry.kind) {
    case 'refresh':
      return { ...base, what: `refreshed (${entry.eventName}${entry.status === undefined ? '' : `, ${entry.status}`})` }
    case 'result-read':
      return { ...base, what: `read results (${entry.eventName})` }
    case 'exclusion':
      return {
        ...base,
        what: entry.resourceArns.length === 0 ? `excluded items (${entry.eventName})` : `excluded ${plural(entry.resourceArns.length, 'resource')} (${entry.eventName})`,
      }
    case 'inclusion':
      return {
        ...base,
        what: entry.resourceArns.length === 0 ? `included items again (${entry.eventName})` : `included ${plural(entry.resourceArns.length, 'resource')} again (${entry.eventName})`,
      }
    case 'lifecycle':
      return { ...base, what: `lifecycle → ${entry.lifecycleStage ?? '?'}${entry.updateReasonCode === undefined ? '' : ` (${entry.updateReasonCode})`}` }
    case 'failed':
      return { ...base, what: `${entry.eventName} failed: ${entry.errorCode}` }
  }
}

/**
 * A Trusted Advisor settings change as text.
 *
 * @param change - the change
 * @returns when, what and who
 */
export function settingsChangeView(change: SettingsChange): CallView {
  const stage = change.lifecycleStage === undefined ? '' : ` → ${change.lifecycleStage}`
  return { time: change.eventTime, what: `${change.eventName}${stage} (${change.scope})`, who: callerLabel(change.caller), failed: false }
}

/**
 * Counts as text, leaving out the zeros: `1 refresh, 2 result reads`.
 *
 * @param counts - each count with its singular noun (and plural, when not `+s`)
 * @returns the text, or `no activity`
 */
export function countsText(counts: ReadonlyArray<readonly [number, string, string?]>): string {
  const parts = counts.filter(([count]) => count > 0).map(([count, one, many]) => plural(count, one, many))
  return parts.length === 0 ? 'no activity' : parts.join(', ')
}
