import type { CheckEntry, RecommendationEntry } from '../audit/index.js'
import { callerClasses } from '../identity/index.js'
import type { CallerClass, CallerDescription } from '../identity/index.js'
import type { CloudTrailRecord } from '../record/index.js'
import { support } from 'cloudtrail-codecs/aws/support'
import { trustedAdvisor } from 'cloudtrail-codecs/aws/trustedadvisor'
import { supportauthz } from 'cloudtrail-codecs/aws/supportauthz'
import { AdvisorBook, advisorPartsOf } from './advisor-book.js'
import type { AdvisorParts } from './advisor-book.js'
import { callerLabel } from './caller-label.js'
import { CaseBook, casePartsOf } from './case-book.js'
import type { CaseParts } from './case-book.js'
import type { FirstEntries } from './first-entries.js'
import { HashedIds } from './hashed-ids.js'
import type { OperationMatch } from './operation-match.js'
import { PermitBook, permitPartsOf, permitSection } from './permit-book.js'
import type { PermitParts } from './permit-book.js'
import { plural } from './plural.js'
import { skipReasonNames } from './skipped-files.js'
import type { SkipCounts } from './skipped-files.js'
import { Tally } from './tally.js'
import type { TallyData } from './tally.js'
import { advisorEntryText, alignRows, caseEntryText, failedText, row, settingText } from './timeline-text.js'
import type { SectionLine } from './timeline-text.js'

/** How much of each list the report shows; the rest is counted ("and 12 more"). */
export interface ReportLimits {
  /** Callers per class, most frequent first. */
  readonly callersPerClass: number
  /** Event sources, most frequent first. */
  readonly sources: number
  /** Issue messages, in input order. */
  readonly issues: number
  /** Support cases (the first met), Trusted Advisor checks and recommendations (the smallest ids). */
  readonly groups: number
  /** Entries per timeline, and per list of calls. */
  readonly entries: number
}

/** What the report shows by default. */
export const DEFAULT_LIMITS: ReportLimits = { callersPerClass: 5, sources: 10, issues: 5, groups: 10, entries: 10 }

/** What the report shows with `--all`: everything. */
export const NO_LIMITS: ReportLimits = {
  callersPerClass: Number.POSITIVE_INFINITY,
  sources: Number.POSITIVE_INFINITY,
  issues: Number.POSITIVE_INFINITY,
  groups: Number.POSITIVE_INFINITY,
  entries: Number.POSITIVE_INFINITY,
}

/** Longest issue message shown, in characters. */
const MESSAGE_LIMIT = 300

function bounded(message: string): string {
  return message.length <= MESSAGE_LIMIT ? message : `${message.slice(0, MESSAGE_LIMIT - 1)}…`
}

/** Counts per key, largest first, ties by key. */
function ranked(counts: ReadonlyMap<string, number>): Array<[string, number]> {
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
}

/** The width of the largest count, and at least 6, so that counts line up. */
function countWidth(counts: Iterable<number>): number {
  let largest = 0
  for (const count of counts) largest = Math.max(largest, count)
  return Math.max(6, String(largest).length)
}

/** `and 12 more entries`, or nothing when nothing is hidden. */
function more(hidden: number, indent: string, one: string, many?: string): string[] {
  return hidden > 0 ? [`${indent}and ${plural(hidden, `more ${one}`, many === undefined ? undefined : `more ${many}`)}`] : []
}

/**
 * What the case, Trusted Advisor and support permit sections take of a
 * Support, Trusted Advisor or support permit call, and its `eventID` (to
 * count a record delivered twice once). Plain data: the thread that read
 * the record makes it ({@link recordFacts}), and it crosses to the thread
 * that writes the report, which takes the calls of every file in input
 * order ({@link Summary.addAudit}).
 *
 * @example
 * ```ts
 * import type { AuditFacts } from './summary.js'
 *
 * const facts: AuditFacts = { eventId: 'e1', cases: undefined, advisor: { checks: [], recommendations: [], settingsChanges: [], failedCalls: [] }, permits: [] }
 * ```
 */
export interface AuditFacts {
  readonly eventId: unknown
  /** Its case parts, when it is a call of `support.amazonaws.com`. */
  readonly cases: CaseParts | undefined
  readonly advisor: AdvisorParts
  /** Its support permit entry, when it is one (`supportauthz.amazonaws.com`). */
  readonly permits: PermitParts
}

/**
 * What the report needs of one record: its caller's class and name, its
 * event source and time, whether it matched its operation's codec (what
 * the thread that read it counts, in a {@link Tally}), and for a Support,
 * Trusted Advisor or support permit call its {@link AuditFacts}.
 *
 * @example
 * ```ts
 * import type { RecordFacts } from './summary.js'
 *
 * const facts: RecordFacts = { callerClass: 'root', label: 'root of 111122223333', source: 'iam.amazonaws.com', time: '2026-11-02T10:00:00Z', operation: 'typed', audit: undefined }
 * ```
 */
export interface RecordFacts {
  /** The caller's class. */
  readonly callerClass: CallerClass
  /** The caller's name in the report (`callerLabel`). */
  readonly label: string
  /** The `eventSource`, or `(Insights events)`. */
  readonly source: string
  /** The `eventTime`, as written. */
  readonly time: string
  /** Whether it matched its operation's codec (`typed`), did not (`mismatched`), or has none (`untyped`). */
  readonly operation: OperationMatch
  /** For a Support, Trusted Advisor or support permit call, what its sections take of it; else `undefined`. */
  readonly audit: AuditFacts | undefined
}

/**
 * What the report needs of a record ({@link RecordFacts}).
 *
 * @param record - a decoded record
 * @param caller - its caller, as `describeCaller` tells it
 * @param operation - whether it matched its operation's codec (`operationMatch`)
 * @returns its facts
 *
 * @example
 * ```ts
 * import { describeCaller } from 'cloudtrail-codecs'
 * import type { CloudTrailRecord } from 'cloudtrail-codecs'
 * import { recordFacts } from './summary.js'
 *
 * declare const record: CloudTrailRecord
 * const { label, source } = recordFacts(record, describeCaller(record), 'untyped')
 * ```
 */
export function recordFacts(record: CloudTrailRecord, caller: CallerDescription, operation: OperationMatch): RecordFacts {
  const source = 'eventSource' in record && typeof record.eventSource === 'string' ? record.eventSource : '(Insights events)'
  const isSupport = support.is(record)
  const permits = source === supportauthz.eventSource ? permitPartsOf(record) : []
  const audited = isSupport || trustedAdvisor.is(record) || permits.length > 0
  return {
    callerClass: caller.class,
    label: callerLabel(caller),
    source,
    time: record.eventTime,
    operation,
    audit: audited
      ? { eventId: record.eventID, cases: isSupport ? casePartsOf(record) : undefined, advisor: advisorPartsOf(record), permits }
      : undefined,
  }
}

/**
 * What `summarize` gathers for the text report: the counts of every file
 * (a {@link Tally} of each, absorbed in input order), and the Support
 * cases, Trusted Advisor activity and support permit calls
 * ({@link CaseBook}, {@link AdvisorBook}, {@link PermitBook}), which take
 * the audited calls of every file in input order. What the records hold is
 * never kept: it keeps the first few entries of each list the report shows
 * (all of them with {@link NO_LIMITS}), one count per caller and event
 * source, and a 64-bit hash (16 to 32 bytes) per case, check and
 * recommendation not shown and per Support, Trusted Advisor or support
 * permit `eventID` (to count each once, and a record delivered twice once).
 */
export class Summary {
  private readonly tally: Tally
  private readonly delivered = new HashedIds()
  private readonly cases: CaseBook
  private readonly advisor: AdvisorBook
  private readonly permits: PermitBook

  /**
   * @param limits - how much of each list to show
   * @param filters - the filters, as the command line spells them; empty when there are none
   */
  constructor(
    private readonly limits: ReportLimits = DEFAULT_LIMITS,
    private readonly filters = '',
  ) {
    this.tally = new Tally(limits.issues)
    this.cases = new CaseBook({ cases: limits.groups, entries: limits.entries })
    this.advisor = new AdvisorBook({ groups: limits.groups, entries: limits.entries })
    this.permits = new PermitBook(limits.entries)
  }

  /**
   * Adds the counts of the next file (what the thread that read it tallied).
   *
   * @param tally - the file's tally
   */
  absorb(tally: TallyData): void {
    this.tally.absorb(tally)
  }

  /**
   * Adds an audited call to the case, Trusted Advisor and support permit
   * sections, unless a record with its `eventID` was added before (a record
   * delivered twice counts once). Calls must come in input order.
   *
   * @param audit - what the sections take of the call
   */
  addAudit(audit: AuditFacts): void {
    const eventId = audit.eventId
    if (typeof eventId === 'string' && eventId !== '' && !this.delivered.add(eventId)) return
    if (audit.cases !== undefined) this.cases.addParts(audit.cases)
    this.advisor.addParts(audit.advisor)
    this.permits.addParts(audit.permits)
  }

  /**
   * The report, as text.
   *
   * @param inputs - how many inputs were read
   * @param skipped - how many files were not read, by reason
   * @returns the report
   */
  report(inputs: number, skipped: SkipCounts): string {
    const out: string[] = []
    const tally = this.tally
    out.push(`CloudTrail summary: ${plural(tally.records, 'record')} from ${plural(inputs, 'input')}, ${plural(tally.issues, 'issue')}`)
    const skips = skipReasonNames.filter(([reason]) => skipped[reason] > 0).map(([reason, one, many]) => plural(skipped[reason], one, many))
    if (skips.length > 0) out.push(`Skipped: ${skips.join(', ')}`)
    if (this.filters !== '') out.push(`Left out by the filters: ${plural(tally.leftOut, 'record')} (${this.filters})`)
    const { typed, mismatched, untyped } = tally.operations
    out.push(`Operations: ${typed} typed, ${mismatched} mismatched, ${untyped} untyped`)
    const span = tally.span()
    if (span !== undefined) out.push(`Time span: ${span[0]} to ${span[1]}`)
    this.reportCallers(out)
    this.reportSources(out)
    out.push(...alignRows(this.caseLines()))
    out.push(...alignRows(this.advisorLines()))
    out.push(...alignRows(permitSection(this.permits, this.limits.entries)))
    this.reportIssues(out)
    return `${out.join('\n')}\n`
  }

  private reportCallers(out: string[]): void {
    out.push('', 'Callers by class')
    if (this.tally.records === 0) out.push('  (no records)')
    const classCounts = new Map<CallerClass, number>()
    for (const [callerClass, labels] of this.tally.callers) classCounts.set(callerClass, [...labels.values()].reduce((a, b) => a + b, 0))
    const width = countWidth(classCounts.values())
    for (const callerClass of callerClasses) {
      const count = classCounts.get(callerClass)
      if (count === undefined) continue
      out.push(`  ${callerClass.padEnd(22)}${String(count).padStart(width)}`)
      const callers = ranked(this.tally.callers.get(callerClass) ?? new Map<string, number>())
      for (const [label, n] of callers.slice(0, this.limits.callersPerClass)) out.push(`    ${String(n).padStart(width)}  ${label}`)
      out.push(...more(callers.length - Math.min(callers.length, this.limits.callersPerClass), ' '.repeat(width + 6), 'caller'))
    }
  }

  private reportSources(out: string[]): void {
    const sources = ranked(this.tally.sources)
    if (sources.length === 0) return
    out.push('', 'Events by source')
    const shown = sources.slice(0, this.limits.sources)
    const width = shown.reduce((widest, [source]) => Math.max(widest, source.length), 0)
    const counts = countWidth(this.tally.sources.values())
    for (const [source, n] of shown) out.push(`  ${source.padEnd(width)}  ${String(n).padStart(counts)}`)
    out.push(...more(sources.length - shown.length, '  ', 'source'))
  }

  private caseLines(): SectionLine[] {
    const cases = this.cases.shownCases()
    const withoutCase = this.cases.callsWithoutCase()
    const lines: SectionLine[] = ['', `AWS Support cases (${this.cases.caseCount})`]
    if (this.cases.caseCount === 0 && withoutCase.count === 0) lines.push('  (none)')
    for (const c of cases) {
      const facts = c.facts.map(([name, value]) => `${name} ${value}`)
      lines.push(
        `  ${c.caseId}${c.accountId === undefined ? '' : `  account ${c.accountId}`}`,
        `    ${c.creationInInput ? '' : 'created before these logs; '}${facts.length === 0 ? '' : `${facts.join(', ')}; `}${c.status}`,
      )
      for (const entry of c.entries) lines.push(row(entry, caseEntryText(entry), '    '))
      lines.push(...more(c.hidden, '    ', 'entry', 'entries'))
    }
    lines.push(...more(this.cases.caseCount - cases.length, '  ', 'case'))
    if (withoutCase.count > 0) {
      lines.push(`  Case calls not tied to a case (${withoutCase.count})`)
      for (const entry of withoutCase.shown) {
        lines.push(row(entry, `${caseEntryText(entry)}${entry.kind === 'failed' ? '' : ` (${entry.eventName})`}`, '    '))
      }
      lines.push(...more(withoutCase.hidden, '    ', 'call'))
    }
    return lines
  }

  private advisorLines(): SectionLine[] {
    const { checks, recommendations, settingsChanges, failedCalls } = this.advisor
    const lines: SectionLine[] = ['', 'Trusted Advisor']
    if (this.advisor.isEmpty) return [...lines, '  (no activity)']
    const byKey = (a: readonly [string, unknown], b: readonly [string, unknown]): number => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)
    if (checks.count > 0) lines.push(`  Checks (${checks.count})`)
    const shownChecks = [...checks.groups].sort(byKey)
    for (const [checkId, check] of shownChecks) {
      const count = (kind: CheckEntry['kind']): number => check.counts.get(kind) ?? 0
      const failed = count('failed')
      const counts = [
        plural(count('refresh'), 'refresh', 'refreshes'),
        plural(count('result-read'), 'result read'),
        plural(count('exclusion'), 'exclusion'),
        plural(count('inclusion'), 'inclusion'),
        ...(failed === 0 ? [] : [plural(failed, 'failed call')]),
      ]
      lines.push(`    ${checkId}: ${counts.join(', ')}`)
      this.advisorTimeline(lines, check.entries)
    }
    lines.push(...more(checks.count - shownChecks.length, '    ', 'check'))
    if (recommendations.count > 0) lines.push(`  Recommendations (${recommendations.count})`)
    const shownRecommendations = [...recommendations.groups].sort(byKey)
    for (const [arn, recommendation] of shownRecommendations) {
      lines.push(`    ${arn}`)
      this.advisorTimeline(lines, recommendation.entries)
    }
    lines.push(...more(recommendations.count - shownRecommendations.length, '    ', 'recommendation'))
    if (settingsChanges.count > 0) lines.push(`  Settings changes (${settingsChanges.count})`)
    for (const change of settingsChanges.shown) lines.push(row(change, settingText(change), '    '))
    lines.push(...more(settingsChanges.hidden, '    ', 'change'))
    if (failedCalls.count > 0) lines.push(`  Other failed calls (${failedCalls.count})`)
    for (const failed of failedCalls.shown) lines.push(row(failed, failedText(failed), '    '))
    lines.push(...more(failedCalls.hidden, '    ', 'failed call'))
    return lines
  }

  private advisorTimeline<E extends CheckEntry | RecommendationEntry>(lines: SectionLine[], entries: FirstEntries<E>): void {
    for (const entry of entries.shown) lines.push(row(entry, advisorEntryText(entry), '      '))
    lines.push(...more(entries.hidden, '      ', 'entry', 'entries'))
  }

  private reportIssues(out: string[]): void {
    const { issues, firstIssues } = this.tally
    out.push('', `Issues: ${issues}`)
    for (const { file, issue } of firstIssues) out.push(`  ${file}: ${bounded(issue.message)}`)
    out.push(...more(issues - firstIssues.length, '  ', 'issue'))
  }
}
