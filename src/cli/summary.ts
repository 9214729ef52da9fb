import { supportCaseTimelines } from '../audit/index.js'
import type { SupportCaseEntry, SupportCaseTimeline } from '../audit/index.js'
import { trustedAdvisorActivity } from '../audit/index.js'
import type { CheckEntry, RecommendationEntry, SettingsChange, TrustedAdvisorCallFailed } from '../audit/index.js'
import type { ParseIssue } from '../errors/index.js'
import { callerClasses, describeCaller } from '../identity/index.js'
import type { CallerClass, CallerDescription } from '../identity/index.js'
import type { CloudTrailRecord } from '../record/index.js'
import { support } from '../aws/support/index.js'
import { trustedAdvisor } from '../aws/trustedadvisor/index.js'

/** How many issue messages the report shows. */
const ISSUES_SHOWN = 5
/** How many callers the report lists per class. */
const CALLERS_SHOWN = 5
/** How many event sources the report lists. */
const SOURCES_SHOWN = 10
/** Longest issue message shown, in characters. */
const MESSAGE_LIMIT = 300

/** An issue and the input it came from. */
export interface SourcedIssue {
  /** The file name as shown, or `-` for standard input. */
  readonly file: string
  /** The issue. */
  readonly issue: Pick<ParseIssue, 'message'>
}

/**
 * A short name for a caller: `root of 111122223333`, `user ci-bot (111122223333)`,
 * `alice@example.com, permission set SupportEngineer (111122223333)`,
 * `session ta-refresher of role ta-refresher-role (111122223333)`,
 * `lambda.amazonaws.com`.
 *
 * @param caller - a caller description
 * @returns the name
 */
export function callerLabel(caller: CallerDescription): string {
  const account = caller.accountId === undefined || caller.accountId === '' ? '' : ` (${caller.accountId})`
  switch (caller.class) {
    case 'root':
      return `root of ${caller.accountId ?? caller.recipientAccountId ?? 'an unknown account'}`
    case 'iam-user':
      return `user ${caller.userName ?? caller.arn ?? caller.principalId ?? '?'}${account}`
    case 'assumed-role':
      if (caller.permissionSet !== undefined) return `${caller.sessionName ?? '?'}, permission set ${caller.permissionSet}${account}`
      return `session ${caller.sessionName ?? '?'} of role ${caller.issuerName ?? '?'}${account}`
    case 'aws-service':
      return caller.invokedBy ?? 'an AWS service'
    case 'none':
      return 'no caller'
    default:
      return `${caller.arn ?? caller.userName ?? caller.principalId ?? caller.identityType ?? caller.class}${account}`
  }
}

function instant(eventTime: string): number {
  const ms = Date.parse(eventTime)
  return Number.isNaN(ms) ? Number.NaN : ms
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`
}

function bounded(message: string): string {
  return message.length <= MESSAGE_LIMIT ? message : `${message.slice(0, MESSAGE_LIMIT - 1)}…`
}

/** Counts per key, largest first, ties by key. */
function ranked(counts: ReadonlyMap<string, number>): Array<[string, number]> {
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
}

function caseEntryText(entry: SupportCaseEntry): string {
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

function taEntryText(entry: CheckEntry | RecommendationEntry): string {
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

function line(entry: { readonly eventTime: string; readonly caller: CallerDescription }, what: string, indent: string): string {
  return `${indent}${entry.eventTime}  ${what.padEnd(34)}  ${callerLabel(entry.caller)}`
}

function caseHeading(c: SupportCaseTimeline): string[] {
  const facts = [
    ['severity', c.severityCode],
    ['service', c.serviceCode],
    ['category', c.categoryCode],
    ['language', c.language],
    ['issue type', c.issueType],
  ]
    .filter((fact): fact is [string, string] => fact[1] !== undefined)
    .map(([name, value]) => `${name} ${value}`)
  const status =
    c.resolved === undefined
      ? 'not resolved in these logs'
      : c.timeline.some((e) => e.kind === 'communication' && compareTimes(e.eventTime, c.resolved?.eventTime) > 0)
        ? 'reopened after its resolution'
        : 'resolved'
  return [
    `  ${c.caseId}${c.accountId === undefined ? '' : `  account ${c.accountId}`}`,
    `    ${c.creationInInput ? '' : 'created before these logs; '}${facts.length === 0 ? '' : `${facts.join(', ')}; `}${status}`,
  ]
}

function compareTimes(a: string, b: string | undefined): number {
  return b === undefined ? 1 : instant(a) - instant(b)
}

/**
 * What `summarize` gathers while it reads: counts, the callers, the records
 * the audit helpers need (only Support and Trusted Advisor records are kept,
 * so memory does not grow with other records), and the issues.
 */
export class Summary {
  private files = 0
  private records = 0
  private issues = 0
  private readonly firstIssues: SourcedIssue[] = []
  private readonly classCounts = new Map<CallerClass, number>()
  private readonly callersByClass = new Map<CallerClass, Map<string, number>>()
  private readonly sourceCounts = new Map<string, number>()
  private readonly audited: CloudTrailRecord[] = []
  private earliest: string | undefined
  private latest: string | undefined

  /** Counts an input that was read (whether or not it held records). */
  addFile(): void {
    this.files++
  }

  /**
   * Counts a record.
   *
   * @param record - a decoded record
   * @param caller - its caller, as `describeCaller` tells it
   */
  addRecord(record: CloudTrailRecord, caller: CallerDescription = describeCaller(record)): void {
    this.records++
    this.classCounts.set(caller.class, (this.classCounts.get(caller.class) ?? 0) + 1)
    const callers = this.callersByClass.get(caller.class) ?? new Map<string, number>()
    const label = callerLabel(caller)
    callers.set(label, (callers.get(label) ?? 0) + 1)
    this.callersByClass.set(caller.class, callers)
    const source = 'eventSource' in record && typeof record.eventSource === 'string' ? record.eventSource : '(Insights events)'
    this.sourceCounts.set(source, (this.sourceCounts.get(source) ?? 0) + 1)
    const time = record.eventTime
    if (this.earliest === undefined || instant(time) < instant(this.earliest)) this.earliest = time
    if (this.latest === undefined || instant(time) > instant(this.latest)) this.latest = time
    if (support.is(record) || trustedAdvisor.is(record)) this.audited.push(record)
  }

  /**
   * Counts an issue, and keeps the first few for the report.
   *
   * @param issue - the issue and its input
   */
  addIssue(issue: SourcedIssue): void {
    this.issues++
    if (this.firstIssues.length < ISSUES_SHOWN) this.firstIssues.push(issue)
  }

  /** How many issues were counted. */
  get issueCount(): number {
    return this.issues
  }

  /** The report, as text. */
  report(): string {
    const out: string[] = []
    out.push(
      `CloudTrail summary: ${plural(this.records, 'record')} from ${plural(this.files, 'input')}, ${plural(this.issues, 'issue')}`,
    )
    if (this.earliest !== undefined && this.latest !== undefined) out.push(`Time span: ${this.earliest} to ${this.latest}`)
    this.reportCallers(out)
    this.reportSources(out)
    this.reportCases(out)
    this.reportTrustedAdvisor(out)
    this.reportIssues(out)
    return `${out.join('\n')}\n`
  }

  private reportCallers(out: string[]): void {
    out.push('', 'Callers by class')
    if (this.records === 0) out.push('  (no records)')
    for (const callerClass of callerClasses) {
      const count = this.classCounts.get(callerClass)
      if (count === undefined) continue
      out.push(`  ${callerClass.padEnd(22)}${String(count).padStart(6)}`)
      const callers = ranked(this.callersByClass.get(callerClass) ?? new Map<string, number>())
      for (const [label, n] of callers.slice(0, CALLERS_SHOWN)) out.push(`    ${String(n).padStart(6)}  ${label}`)
      if (callers.length > CALLERS_SHOWN) out.push(`            and ${plural(callers.length - CALLERS_SHOWN, 'more caller')}`)
    }
  }

  private reportSources(out: string[]): void {
    const sources = ranked(this.sourceCounts)
    if (sources.length === 0) return
    out.push('', 'Events by source')
    const width = Math.max(...sources.slice(0, SOURCES_SHOWN).map(([s]) => s.length))
    for (const [source, n] of sources.slice(0, SOURCES_SHOWN)) out.push(`  ${source.padEnd(width)}  ${String(n).padStart(6)}`)
    if (sources.length > SOURCES_SHOWN) out.push(`  and ${plural(sources.length - SOURCES_SHOWN, 'more source')}`)
  }

  private reportCases(out: string[]): void {
    const { cases, withoutCase } = supportCaseTimelines(this.audited)
    out.push('', `AWS Support cases (${cases.length})`)
    if (cases.length === 0 && withoutCase.length === 0) out.push('  (none)')
    for (const c of cases) {
      out.push(...caseHeading(c))
      for (const entry of c.timeline) out.push(line(entry, caseEntryText(entry), '    '))
    }
    if (withoutCase.length > 0) {
      out.push(`  Case calls not tied to a case (${withoutCase.length})`)
      for (const entry of withoutCase) out.push(line(entry, `${caseEntryText(entry)}${entry.kind === 'failed' ? '' : ` (${entry.eventName})`}`, '    '))
    }
  }

  private reportTrustedAdvisor(out: string[]): void {
    const { checks, recommendations, settingsChanges, failedCalls } = trustedAdvisorActivity(this.audited)
    out.push('', 'Trusted Advisor')
    if (checks.length + recommendations.length + settingsChanges.length + failedCalls.length === 0) {
      out.push('  (no activity)')
      return
    }
    if (checks.length > 0) out.push(`  Checks (${checks.length})`)
    for (const check of checks) {
      const counts = [
        plural(check.refreshes.length, 'refresh', 'refreshes'),
        plural(check.resultReads.length, 'result read'),
        plural(check.exclusions.length, 'exclusion'),
        plural(check.inclusions.length, 'inclusion'),
        ...(check.failedCalls.length === 0 ? [] : [plural(check.failedCalls.length, 'failed call')]),
      ]
      out.push(`    ${check.checkId}: ${counts.join(', ')}`)
      for (const entry of check.timeline) out.push(line(entry, taEntryText(entry), '      '))
    }
    if (recommendations.length > 0) out.push(`  Recommendations (${recommendations.length})`)
    for (const recommendation of recommendations) {
      out.push(`    ${recommendation.recommendationArn}`)
      for (const entry of recommendation.timeline) out.push(line(entry, taEntryText(entry), '      '))
    }
    if (settingsChanges.length > 0) out.push(`  Settings changes (${settingsChanges.length})`)
    for (const change of settingsChanges) out.push(line(change, settingText(change), '    '))
    if (failedCalls.length > 0) out.push(`  Other failed calls (${failedCalls.length})`)
    for (const failed of failedCalls) out.push(line(failed, failedText(failed), '    '))
  }

  private reportIssues(out: string[]): void {
    out.push('', `Issues: ${this.issues}`)
    for (const { file, issue } of this.firstIssues) out.push(`  ${file}: ${bounded(issue.message)}`)
    if (this.issues > this.firstIssues.length) out.push(`  and ${plural(this.issues - this.firstIssues.length, 'more issue')}`)
  }
}

function settingText(change: SettingsChange): string {
  const target = change.lifecycleStage === undefined ? '' : ` -> ${change.lifecycleStage}`
  return `${change.eventName}${target} (${change.scope})`
}

function failedText(failed: TrustedAdvisorCallFailed): string {
  return `${failed.eventName} failed: ${failed.errorCode}`
}
