/**
 * What the viewer keeps of the records while they stream by: counts, the callers by class, records per source
 * and hour, the Support and Trusted Advisor records (for the audit helpers), and the first issues. Memory stays
 * bounded whatever the size of the input; {@link Aggregate.report} turns it into the report the page draws.
 */
import { callerClasses, describeCaller, isInsightRecord } from '../src/index.js'
import type { CloudTrailRecord, DecodedEntry, ParseIssue } from '../src/index.js'
import { awsServices, findService, support, trustedAdvisor } from '../src/aws/index.js'
import { supportCaseTimelines, trustedAdvisorActivity } from '../src/audit/index.js'
import type { CheckEntry, RecommendationEntry } from '../src/audit/index.js'
import { callerLabel, caseEntryView, countsText, settingsChangeView, trustedAdvisorEntryView } from './labels.js'
import type { CallView, CallerClassView, Capped, CaseView, ChartView, FileView, IssueView, Report, SubjectView } from './protocol.js'

/** How many of each list the report holds. */
export const limits = {
  /** Distinct principals counted apart per caller class; later ones are counted together. */
  principalsPerClass: 2_000,
  /** Principals shown per caller class. */
  principalsShown: 5,
  /** Distinct eventSources counted apart; later ones are counted as other. */
  sources: 1_000,
  /** Sources listed in the table. */
  sourcesShown: 12,
  /** Sources drawn in their own colour in the chart. */
  seriesShown: 7,
  /** Support and Trusted Advisor records held for the audit helpers. */
  auditRecords: 200_000,
  /** Issues listed (all are counted). */
  issues: 1_000,
  /** Cases, checks and recommendations listed. */
  subjects: 200,
  /** Entries listed per case, check or recommendation, and per list of calls. */
  entries: 100,
} as const

const OTHER_SOURCES = '(other sources)'
const HOUR = 3_600_000

interface ClassTally {
  count: number
  readonly principals: Map<string, number>
  /** Records whose principal came after the map was full. */
  overflowRecords: number
}

function capped<T>(items: ReadonlyArray<T>, limit: number): Capped<T> {
  return { items: items.slice(0, limit), more: Math.max(0, items.length - limit) }
}

function mapCapped<T, U>(items: ReadonlyArray<T>, limit: number, map: (item: T) => U): Capped<U> {
  return { items: items.slice(0, limit).map(map), more: Math.max(0, items.length - limit) }
}

function byCountThenName<T extends { readonly count: number }>(name: (item: T) => string): (a: T, b: T) => number {
  return (a, b) => b.count - a.count || (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0)
}

/** Collects what the report shows, one decoded entry at a time. */
export class Aggregate {
  private readonly files: FileView[] = []
  private currentFile = ''
  private fileRecords = 0
  private fileIssues = 0
  private fileBytes = 0
  private records = 0
  private issues = 0
  private firstTime: string | undefined
  private firstMs = Number.POSITIVE_INFINITY
  private lastTime: string | undefined
  private lastMs = Number.NEGATIVE_INFINITY
  private readonly typed = new Map<string, number>()
  private readonly classes = new Map<string, ClassTally>()
  private readonly sources = new Map<string, number>()
  /** Hour (ms since the epoch) → source → records. */
  private readonly hours = new Map<number, Map<string, number>>()
  private undated = 0
  private readonly auditRecords: CloudTrailRecord[] = []
  private auditRecordsDropped = 0
  private readonly issueKinds = new Map<string, number>()
  private readonly issueList: IssueView[] = []

  /** The records and issues read so far, of every file. */
  get counts(): { readonly records: number; readonly issues: number } {
    return { records: this.records, issues: this.issues }
  }

  /**
   * Starts a file: the entries added next belong to it.
   *
   * @param name - the file's name
   * @param bytes - its size on disk
   */
  startFile(name: string, bytes: number): void {
    this.endFile()
    this.currentFile = name
    this.fileBytes = bytes
  }

  private endFile(): void {
    if (this.currentFile === '') return
    this.files.push({ name: this.currentFile, bytes: this.fileBytes, records: this.fileRecords, issues: this.fileIssues })
    this.currentFile = ''
    this.fileRecords = 0
    this.fileIssues = 0
  }

  /**
   * Counts one entry of `streamRecords`.
   *
   * @param entry - a decoded record, an issue, or a record the filter skipped (the viewer sets no filter)
   */
  add(entry: DecodedEntry): void {
    if (entry.kind === 'record') this.addRecord(entry.record)
    else if (entry.kind === 'issue') this.addIssue(entry.issue)
  }

  private addRecord(record: CloudTrailRecord): void {
    this.records++
    this.fileRecords++
    const time = record.eventTime
    const ms = Date.parse(time)
    if (!Number.isNaN(ms)) {
      if (ms < this.firstMs) [this.firstMs, this.firstTime] = [ms, time]
      if (ms > this.lastMs) [this.lastMs, this.lastTime] = [ms, time]
    }

    const caller = describeCaller(record)
    let tally = this.classes.get(caller.class)
    if (tally === undefined) {
      tally = { count: 0, principals: new Map(), overflowRecords: 0 }
      this.classes.set(caller.class, tally)
    }
    tally.count++
    const label = callerLabel(caller)
    const seen = tally.principals.get(label)
    if (seen !== undefined) tally.principals.set(label, seen + 1)
    else if (tally.principals.size < limits.principalsPerClass) tally.principals.set(label, 1)
    else tally.overflowRecords++

    const eventSource = isInsightRecord(record) ? 'CloudTrail Insights' : record.eventSource
    const source = this.sources.has(eventSource) || this.sources.size < limits.sources ? eventSource : OTHER_SOURCES
    this.sources.set(source, (this.sources.get(source) ?? 0) + 1)
    if (!Number.isNaN(ms)) {
      const hour = Math.floor(ms / HOUR) * HOUR
      let perSource = this.hours.get(hour)
      if (perSource === undefined) {
        perSource = new Map()
        this.hours.set(hour, perSource)
      }
      perSource.set(source, (perSource.get(source) ?? 0) + 1)
    } else this.undated++

    if (isInsightRecord(record)) return
    const service = findService(record.eventSource)
    if (service !== undefined && service.operation(record.eventName) !== undefined) {
      this.typed.set(service.name, (this.typed.get(service.name) ?? 0) + 1)
    }
    if (support.is(record) || trustedAdvisor.is(record)) {
      if (this.auditRecords.length < limits.auditRecords) this.auditRecords.push(record)
      else this.auditRecordsDropped++
    }
  }

  private addIssue(issue: ParseIssue): void {
    this.issues++
    this.fileIssues++
    this.issueKinds.set(issue.kind, (this.issueKinds.get(issue.kind) ?? 0) + 1)
    if (this.issueList.length < limits.issues) {
      this.issueList.push({
        file: this.currentFile,
        kind: issue.kind,
        index: issue.index,
        location: issue.location,
        path: issue.path,
        message: issue.message,
      })
    }
  }

  /**
   * The report of everything added.
   *
   * @param elapsedMs - how long reading took
   * @returns the report, every list capped
   */
  report(elapsedMs: number): Report {
    this.endFile()
    const bytes = this.files.reduce((sum, file) => sum + file.bytes, 0)
    return {
      files: this.files,
      records: this.records,
      issues: this.issues,
      bytes,
      elapsedMs,
      firstTime: this.firstTime,
      lastTime: this.lastTime,
      typedServices: awsServices.map((service) => service.title),
      typed: awsServices
        .filter((service) => this.typed.has(service.name))
        .map((service) => ({ service: service.name, title: service.title, count: this.typed.get(service.name) ?? 0 })),
      callers: this.callerViews(),
      sources: capped(
        [...this.sources].map(([source, count]) => ({ source, count })).sort(byCountThenName((s) => s.source)),
        limits.sourcesShown,
      ),
      chart: this.chart(),
      ...this.audit(),
      auditRecords: this.auditRecords.length,
      auditRecordsDropped: this.auditRecordsDropped,
      issueKinds: [...this.issueKinds].map(([kind, count]) => ({ kind, count })).sort(byCountThenName((k) => k.kind)),
      issueList: { items: this.issueList, more: this.issues - this.issueList.length },
    }
  }

  private callerViews(): CallerClassView[] {
    const views: CallerClassView[] = []
    for (const callerClass of callerClasses) {
      const tally = this.classes.get(callerClass)
      if (tally === undefined) continue
      const principals = [...tally.principals]
        .map(([label, count]) => ({ label, count }))
        .sort(byCountThenName((p) => p.label))
      const shown = principals.slice(0, limits.principalsShown)
      views.push({
        callerClass,
        count: tally.count,
        principals: shown,
        otherRecords: tally.count - shown.reduce((sum, p) => sum + p.count, 0),
        otherPrincipals: principals.length - shown.length,
        principalsCapped: tally.overflowRecords > 0,
      })
    }
    // A class this viewer was built before (a newer library may add some) still shows.
    for (const [callerClass, tally] of this.classes) {
      if ((callerClasses as ReadonlyArray<string>).includes(callerClass)) continue
      views.push({ callerClass, count: tally.count, principals: [], otherRecords: tally.count, otherPrincipals: tally.principals.size, principalsCapped: tally.overflowRecords > 0 })
    }
    return views
  }

  private chart(): ChartView {
    const totals = new Map<string, number>()
    for (const perSource of this.hours.values()) for (const [source, count] of perSource) totals.set(source, (totals.get(source) ?? 0) + count)
    const ranked = [...totals].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([source]) => source)
    const series = ranked.filter((source) => source !== OTHER_SOURCES).slice(0, limits.seriesShown)
    const hasOther = ranked.length > series.length
    const hours = [...this.hours.keys()].sort((a, b) => a - b)
    const first = hours[0]
    const last = hours[hours.length - 1]
    if (first === undefined || last === undefined) return { unit: 'hour', series, hasOther, buckets: [], undated: this.undated }
    const span = (last - first) / HOUR
    const unit: ChartView['unit'] = span < 72 ? 'hour' : span < 24 * 120 ? 'day' : span < 24 * 365 * 8 ? 'month' : 'year'
    const startOf = (ms: number): number => {
      const d = new Date(ms)
      switch (unit) {
        case 'hour':
          return ms
        case 'day':
          return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate())
        case 'month':
          return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1)
        case 'year':
          return Date.UTC(d.getUTCFullYear(), 0, 1)
      }
    }
    const next = (ms: number): number => {
      const d = new Date(ms)
      switch (unit) {
        case 'hour':
          return ms + HOUR
        case 'day':
          return ms + 24 * HOUR
        case 'month':
          return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)
        case 'year':
          return Date.UTC(d.getUTCFullYear() + 1, 0, 1)
      }
    }
    const column = new Map<string, number>(series.map((source, i) => [source, i]))
    const width = series.length + (hasOther ? 1 : 0)
    const buckets = new Map<number, number[]>()
    for (let start = startOf(first); start <= last; start = next(start)) buckets.set(start, new Array<number>(width).fill(0))
    for (const [hour, perSource] of this.hours) {
      const counts = buckets.get(startOf(hour))
      if (counts === undefined) continue
      for (const [source, count] of perSource) {
        const i = column.get(source) ?? series.length
        counts[i] = (counts[i] ?? 0) + count
      }
    }
    return {
      unit,
      series,
      hasOther,
      buckets: [...buckets].map(([start, counts]) => ({ start: new Date(start).toISOString(), counts })),
      undated: this.undated,
    }
  }

  private audit(): Pick<Report, 'cases' | 'casesWithoutCase' | 'checks' | 'recommendations' | 'settingsChanges' | 'trustedAdvisorFailed'> {
    const { cases, withoutCase } = supportCaseTimelines(this.auditRecords)
    const activity = trustedAdvisorActivity(this.auditRecords)
    const entries = (timeline: ReadonlyArray<CheckEntry | RecommendationEntry>): Capped<CallView> =>
      mapCapped(timeline, limits.entries, trustedAdvisorEntryView)
    return {
      cases: mapCapped(cases, limits.subjects, (c): CaseView => {
        const codes = [
          c.severityCode === undefined ? undefined : `severity ${c.severityCode}`,
          c.serviceCode === undefined ? undefined : `service ${c.serviceCode}`,
          c.categoryCode === undefined ? undefined : `category ${c.categoryCode}`,
          c.language === undefined ? undefined : `language ${c.language}`,
          c.issueType === undefined ? undefined : `issue type ${c.issueType}`,
        ].filter((part) => part !== undefined)
        return {
          caseId: c.caseId,
          accountId: c.accountId,
          details: c.creationInInput ? codes.join(', ') : 'created before these logs',
          status: c.resolved === undefined ? 'not resolved in these logs' : 'resolved',
          timeline: mapCapped(c.timeline, limits.entries, caseEntryView),
        }
      }),
      casesWithoutCase: mapCapped(withoutCase, limits.entries, caseEntryView),
      checks: mapCapped(activity.checks, limits.subjects, (check): SubjectView => ({
        id: check.checkId,
        summary: countsText([
          [check.refreshes.length, 'refresh', 'refreshes'],
          [check.resultReads.length, 'result read'],
          [check.exclusions.length, 'exclusion'],
          [check.inclusions.length, 'inclusion'],
          [check.failedCalls.length, 'failed call'],
        ]),
        timeline: entries(check.timeline),
      })),
      recommendations: mapCapped(activity.recommendations, limits.subjects, (r): SubjectView => ({
        id: r.recommendationArn,
        summary: countsText([
          [r.lifecycleChanges.length, 'lifecycle change'],
          [r.resultReads.length, 'result read'],
          [r.exclusions.length, 'exclusion'],
          [r.inclusions.length, 'inclusion'],
          [r.failedCalls.length, 'failed call'],
        ]),
        timeline: entries(r.timeline),
      })),
      settingsChanges: mapCapped(activity.settingsChanges, limits.entries, settingsChangeView),
      trustedAdvisorFailed: entries(activity.failedCalls),
    }
  }
}
