import type { CheckEntry, RecommendationEntry, SettingsChange, SupportCaseEntry, TrustedAdvisorCallFailed } from '../audit/index.js'
import type { CallerDescription } from '../identity/index.js'
import { callerLabel } from './caller-label.js'
import { plural } from './plural.js'

/** One line of a timeline: when, what, and who, whose column lines up across a section of the report. */
export interface TimelineRow {
  readonly indent: string
  readonly eventTime: string
  readonly what: string
  readonly who: string
}

/** A line of a report section: plain text, or a timeline row. */
export type SectionLine = string | TimelineRow

/**
 * A timeline row for a call.
 *
 * @param call - when and who
 * @param what - what happened
 * @param indent - the row's indentation
 * @returns the row
 */
export function row(call: { readonly eventTime: string; readonly caller: CallerDescription }, what: string, indent: string): TimelineRow {
  return { indent, eventTime: call.eventTime, what, who: callerLabel(call.caller) }
}

/**
 * The lines of a section, with the caller column of every timeline row at
 * the same place: after the longest `when  what` of the section.
 *
 * @param lines - the section's lines
 * @returns the text lines
 */
export function alignRows(lines: ReadonlyArray<SectionLine>): string[] {
  let width = 0
  for (const line of lines) if (typeof line !== 'string') width = Math.max(width, line.indent.length + line.eventTime.length + 2 + line.what.length)
  return lines.map((line) => (typeof line === 'string' ? line : `${`${line.indent}${line.eventTime}  ${line.what}`.padEnd(width)}  ${line.who}`))
}

/**
 * What a Support case entry says: `created, with attachments`, `read (DescribeCases)`, ...
 *
 * @param entry - the entry
 * @returns the text
 */
export function caseEntryText(entry: SupportCaseEntry): string {
  switch (entry.kind) {
    case 'created':
      return entry.attachmentSetId === undefined ? 'created' : 'created, with attachments'
    case 'communication':
      return entry.attachmentSetId === undefined ? 'replied' : 'replied, with attachments'
    case 'attachment':
      return entry.fileNames.length === 0 ? 'attached files' : `attached ${entry.fileNames.join(', ')}`
    case 'described':
      return `read (${entry.eventName})`
    case 'resolved':
      return `resolved (${entry.initialCaseStatus ?? '?'} -> ${entry.finalCaseStatus ?? '?'})`
    case 'failed':
      return `${entry.eventName} failed: ${entry.errorCode}`
  }
}

/**
 * What a Trusted Advisor check or recommendation entry says: `refreshed (RefreshCheck, enqueued)`, ...
 *
 * @param entry - the entry
 * @returns the text
 */
export function advisorEntryText(entry: CheckEntry | RecommendationEntry): string {
  switch (entry.kind) {
    case 'refresh':
      return `refreshed (${entry.eventName}${entry.status === undefined ? '' : `, ${entry.status}`})`
    case 'result-read':
      return `read results (${entry.eventName})`
    case 'exclusion':
      return `excluded ${entry.resourceArns.length === 0 ? 'items' : plural(entry.resourceArns.length, 'resource')} (${entry.eventName})`
    case 'inclusion':
      return `included ${entry.resourceArns.length === 0 ? 'items' : plural(entry.resourceArns.length, 'resource')} again (${entry.eventName})`
    case 'lifecycle':
      return `lifecycle -> ${entry.lifecycleStage ?? '?'}${entry.updateReasonCode === undefined ? '' : ` (${entry.updateReasonCode})`}`
    case 'failed':
      return `${entry.eventName} failed: ${entry.errorCode}`
  }
}

/**
 * What a Trusted Advisor settings change says: `SetOrganizationAccess (organization)`.
 *
 * @param change - the change
 * @returns the text
 */
export function settingText(change: SettingsChange): string {
  const target = change.lifecycleStage === undefined ? '' : ` -> ${change.lifecycleStage}`
  return `${change.eventName}${target} (${change.scope})`
}

/**
 * What a failed call says: `DescribeTrustedAdvisorChecks failed: AccessDenied`.
 *
 * @param failed - the failed call
 * @returns the text
 */
export function failedText(failed: TrustedAdvisorCallFailed): string {
  return `${failed.eventName} failed: ${failed.errorCode}`
}
