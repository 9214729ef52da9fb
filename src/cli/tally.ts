import type { ParseIssue } from '../errors/index.js'
import type { CallerClass } from '../identity/index.js'
import type { OperationMatch } from './operation-match.js'

/** An issue and the input it came from. */
export interface SourcedIssue {
  /** The file name as shown, or `-` for standard input. */
  readonly file: string
  /** The issue. */
  readonly issue: Pick<ParseIssue, 'message'>
}

/** A record's `eventTime` as written, and its instant in milliseconds (NaN when the text is not a time). */
export interface TimeMark {
  readonly text: string
  readonly at: number
}

/** What {@link Tally.count} takes of a record: the fields of `RecordFacts` the counts read. */
export interface CountedFacts {
  readonly callerClass: CallerClass
  readonly label: string
  readonly source: string
  readonly time: string
  readonly operation: OperationMatch
}

/**
 * What the report counts, as plain data: a {@link Tally} as it crosses
 * from the thread that read a file to the thread that writes the report.
 *
 * @example
 * ```ts
 * import type { TallyData } from './tally.js'
 *
 * declare const part: TallyData
 * const shown = part.records - part.leftOut
 * ```
 */
export interface TallyData {
  /** Records counted. */
  readonly records: number
  /** Records the filters left out. */
  readonly leftOut: number
  /** Issues counted. */
  readonly issues: number
  /** The first issues, in input order, at most the tally's limit. */
  readonly firstIssues: ReadonlyArray<SourcedIssue>
  /** Records by whether they matched their operation's codec. */
  readonly operations: Readonly<Record<OperationMatch, number>>
  /** Records by caller class, then by caller name. */
  readonly callers: ReadonlyMap<CallerClass, ReadonlyMap<string, number>>
  /** Records by event source. */
  readonly sources: ReadonlyMap<string, number>
  /** The first record's time. */
  readonly first: TimeMark | undefined
  /** The first record with the smallest instant, among those whose time is a time. */
  readonly earliest: TimeMark | undefined
  /** The first record with the largest instant, among those whose time is a time. */
  readonly latest: TimeMark | undefined
}

function instant(eventTime: string): number {
  const ms = Date.parse(eventTime)
  return Number.isNaN(ms) ? Number.NaN : ms
}

function add<K>(counts: Map<K, number>, key: K, n: number): void {
  counts.set(key, (counts.get(key) ?? 0) + n)
}

/**
 * The counts of the report: records (by caller, event source and operation
 * match), records left out, issues (the first few kept), the time span. A
 * monoid: a fresh tally is its empty element and {@link Tally.absorb} its
 * operation, so the tallies of files, absorbed in input order, equal the
 * tally of the files read one after the other. That is how `summarize`
 * gathers them on several threads: each file is tallied by the thread that
 * reads it, and the thread that writes the report absorbs the files'
 * tallies in input order. Its memory is one count per caller and event
 * source met, and the first issues.
 */
export class Tally implements TallyData {
  records = 0
  leftOut = 0
  issues = 0
  readonly firstIssues: SourcedIssue[] = []
  readonly operations: Record<OperationMatch, number> = { typed: 0, mismatched: 0, untyped: 0 }
  readonly callers = new Map<CallerClass, Map<string, number>>()
  readonly sources = new Map<string, number>()
  first: TimeMark | undefined
  earliest: TimeMark | undefined
  latest: TimeMark | undefined

  /** @param issueLimit - how many issues to keep (`Infinity` for all) */
  constructor(private readonly issueLimit: number) {}

  /**
   * Counts a record.
   *
   * @param facts - what the report needs of it
   */
  count(facts: CountedFacts): void {
    this.records++
    this.operations[facts.operation]++
    add(this.callersOf(facts.callerClass), facts.label, 1)
    add(this.sources, facts.source, 1)
    const at = instant(facts.time)
    if (this.first === undefined) this.first = { text: facts.time, at }
    if (Number.isNaN(at)) return
    if (this.earliest === undefined || at < this.earliest.at) this.earliest = { text: facts.time, at }
    if (this.latest === undefined || at > this.latest.at) this.latest = { text: facts.time, at }
  }

  /** Counts a record the filters left out. */
  leaveOut(): void {
    this.leftOut++
  }

  /**
   * Counts an issue, and keeps it while it is among the first.
   *
   * @param issue - the issue and its input
   */
  countIssue(issue: SourcedIssue): void {
    this.issues++
    if (this.firstIssues.length < this.issueLimit) this.firstIssues.push(issue)
  }

  /**
   * Adds another tally, as if its records and issues had been counted here
   * after those already counted (the monoid's operation, in place: the
   * other tally is left as it is).
   *
   * @param other - the tally of what comes next, as plain data
   */
  absorb(other: TallyData): void {
    this.records += other.records
    this.leftOut += other.leftOut
    this.issues += other.issues
    for (const issue of other.firstIssues) if (this.firstIssues.length < this.issueLimit) this.firstIssues.push(issue)
    for (const match of ['typed', 'mismatched', 'untyped'] as const) this.operations[match] += other.operations[match]
    for (const [callerClass, labels] of other.callers) {
      const callers = this.callersOf(callerClass)
      for (const [label, n] of labels) add(callers, label, n)
    }
    for (const [source, n] of other.sources) add(this.sources, source, n)
    this.first ??= other.first
    if (other.earliest !== undefined && (this.earliest === undefined || other.earliest.at < this.earliest.at)) this.earliest = other.earliest
    if (other.latest !== undefined && (this.latest === undefined || other.latest.at > this.latest.at)) this.latest = other.latest
  }

  /**
   * The time span the report shows, as a one-thread reader finds it: from
   * the earliest time to the latest, or the first record's time for both
   * when that is not a time (it then stays the answer).
   *
   * @returns the first and last times, or `undefined` when no record was counted
   */
  span(): readonly [string, string] | undefined {
    if (this.first === undefined) return undefined
    if (Number.isNaN(this.first.at)) return [this.first.text, this.first.text]
    return [this.earliest?.text ?? this.first.text, this.latest?.text ?? this.first.text]
  }

  /** @returns the tally as plain data, to cross to another thread */
  data(): TallyData {
    const { records, leftOut, issues, firstIssues, operations, callers, sources, first, earliest, latest } = this
    return { records, leftOut, issues, firstIssues, operations, callers, sources, first, earliest, latest }
  }

  private callersOf(callerClass: CallerClass): Map<string, number> {
    let callers = this.callers.get(callerClass)
    if (callers === undefined) {
      callers = new Map<string, number>()
      this.callers.set(callerClass, callers)
    }
    return callers
  }
}
