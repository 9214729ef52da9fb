import { supportCaseTimelines } from '../audit/index.js'
import type { CaseCreated, CaseResolved, SupportCaseEntry, SupportCaseTimeline } from '../audit/index.js'
import type { CloudTrailRecord } from '../record/index.js'
import { BoundedGroups } from './bounded-groups.js'
import { compareCalls } from './call-order.js'
import { attachmentOwnersOf, caseLinkOf } from './case-links.js'
import type { CaseLink } from './case-links.js'
import { FirstEntries } from './first-entries.js'
import { HashedIds } from './hashed-ids.js'

/** How many cases, and entries per list, the report shows. */
export interface CaseLimits {
  /** Cases shown (the first met). */
  readonly cases: number
  /** Entries shown per case, and calls not tied to a case. */
  readonly entries: number
}

/** A case as the report shows it. */
export interface CaseView {
  readonly caseId: string
  /** The account that holds the case: `recipientAccountId` of its creation, else of its first entry. */
  readonly accountId: string | undefined
  /** Whether its `CreateCase` is in the input. */
  readonly creationInInput: boolean
  /** What `CreateCase` said, as `[name, value]`: severity, service, category, language, issue type. */
  readonly facts: ReadonlyArray<readonly [string, string]>
  /** `resolved`, `reopened after its resolution` or `not resolved in these logs`. */
  readonly status: string
  /** Its first entries, in time order. */
  readonly entries: ReadonlyArray<SupportCaseEntry>
  /** How many more entries it has. */
  readonly hidden: number
}

function instant(eventTime: string): number {
  const ms = Date.parse(eventTime)
  return Number.isNaN(ms) ? Number.NaN : ms
}

/** What `summarize` keeps of a case it shows: its first entries and the facts its status needs. */
class CaseState {
  readonly entries: FirstEntries<SupportCaseEntry>
  private created: CaseCreated | undefined
  private facts: ReadonlyArray<readonly [string, string]> = []
  private resolved: CaseResolved | undefined
  private lastReply = Number.NEGATIVE_INFINITY

  constructor(
    readonly caseId: string,
    entryLimit: number,
  ) {
    this.entries = new FirstEntries<SupportCaseEntry>(entryLimit, compareCalls)
  }

  add(entry: SupportCaseEntry, facts: ReadonlyArray<readonly [string, string]> = []): void {
    this.entries.add(entry)
    switch (entry.kind) {
      case 'created':
        if (this.created === undefined || compareCalls(entry, this.created) < 0) {
          this.created = entry
          this.facts = facts
        }
        break
      case 'resolved':
        if (this.resolved === undefined || compareCalls(entry, this.resolved) >= 0) this.resolved = entry
        break
      case 'communication': {
        const at = instant(entry.eventTime)
        if (at > this.lastReply) this.lastReply = at
        break
      }
      default:
        break
    }
  }

  view(): CaseView {
    const entries = this.entries.shown
    const resolvedAt = this.resolved === undefined ? Number.NaN : instant(this.resolved.eventTime)
    return {
      caseId: this.caseId,
      accountId: (this.created ?? entries[0])?.caller.recipientAccountId,
      creationInInput: this.created !== undefined,
      facts: this.facts,
      status:
        this.resolved === undefined ? 'not resolved in these logs' : this.lastReply > resolvedAt ? 'reopened after its resolution' : 'resolved',
      entries,
      hidden: this.entries.hidden,
    }
  }
}

function factsOf(timeline: SupportCaseTimeline): ReadonlyArray<readonly [string, string]> {
  const facts: Array<readonly [string, string | undefined]> = [
    ['severity', timeline.severityCode],
    ['service', timeline.serviceCode],
    ['category', timeline.categoryCode],
    ['language', timeline.language],
    ['issue type', timeline.issueType],
  ]
  return facts.filter((fact): fact is readonly [string, string] => fact[1] !== undefined)
}

/**
 * What the report takes of one record's Support case calls: its timeline
 * entries by case (with the facts of a creation), the attachments it ties to
 * cases, and its calls that name no case, with the id that may tie them to
 * one later. Plain data: a worker thread makes it, and it crosses to the
 * thread that writes the report.
 *
 * @example
 * ```ts
 * import { casePartsOf } from './case-book.js'
 * import type { CaseParts } from './case-book.js'
 *
 * const parts: CaseParts = casePartsOf({ eventSource: 'support.amazonaws.com', eventName: 'DescribeServices' })
 * ```
 */
export interface CaseParts {
  /** The record's entries, by case. */
  readonly cases: ReadonlyArray<{
    readonly caseId: string
    readonly facts: ReadonlyArray<readonly [string, string]>
    readonly timeline: ReadonlyArray<SupportCaseEntry>
  }>
  /** Attachments and the case each belongs to, as `attachmentOwnersOf` tells them. */
  readonly attachmentOwners: ReadonlyArray<readonly [string, string]>
  /** The record's calls that name no case. */
  readonly withoutCase: ReadonlyArray<SupportCaseEntry>
  /** The id that may tie them to a case, when there are any (`caseLinkOf`). */
  readonly link: CaseLink | undefined
}

/**
 * What {@link CaseBook.add} takes of a record, computed apart so that the
 * thread that reads the record can do it: `supportCaseTimelines` of the
 * record alone, its attachments' owners and its link to a case.
 *
 * @param record - a decoded record
 * @returns its case parts (empty for a record that is no Support case call)
 *
 * @example
 * ```ts
 * import { casePartsOf } from './case-book.js'
 *
 * const { cases, withoutCase } = casePartsOf({ eventSource: 'support.amazonaws.com', eventName: 'CreateCase' })
 * ```
 */
export function casePartsOf(record: unknown): CaseParts {
  const { cases, withoutCase } = supportCaseTimelines([record])
  return {
    cases: cases.map((timeline) => ({ caseId: timeline.caseId, facts: factsOf(timeline), timeline: timeline.timeline })),
    attachmentOwners: attachmentOwnersOf(record),
    withoutCase,
    link: withoutCase.length === 0 ? undefined : caseLinkOf(record),
  }
}

/**
 * Calls that join a case through an id (an attachment set, an attachment).
 * For each id it knows the shown cases it belongs to and keeps the id's
 * first calls (so that a case that names the id later gets them too), the
 * ids of cases not shown (whose calls are dropped), and the calls whose id no
 * case has named yet. An id named by a case not shown and later by a shown
 * one gives the shown case only the calls that come after: AWS uses an
 * attachment set for one case, so this does not happen in real logs.
 */
class LinkedCalls {
  private readonly ofShownCases = new Map<string, { readonly cases: string[]; readonly calls: FirstEntries<SupportCaseEntry> }>()
  private readonly ofOtherCases = new HashedIds()
  private readonly waiting = new Map<string, FirstEntries<SupportCaseEntry>>()

  constructor(private readonly entryLimit: number) {}

  link(id: string, caseId: string, shown: CaseState | undefined): void {
    if (shown === undefined) {
      this.ofOtherCases.add(id)
      this.waiting.delete(id)
      return
    }
    const linked = this.ofShownCases.get(id) ?? { cases: [], calls: this.waiting.get(id) ?? this.calls() }
    this.waiting.delete(id)
    this.ofShownCases.set(id, linked)
    if (linked.cases.includes(caseId)) return
    linked.cases.push(caseId)
    shown.entries.absorb(linked.calls)
  }

  place(id: string, entry: SupportCaseEntry, cases: BoundedGroups<CaseState>): void {
    const linked = this.ofShownCases.get(id)
    if (linked !== undefined) {
      linked.calls.add(entry)
      for (const caseId of linked.cases) cases.find(caseId)?.add(entry)
    } else if (!this.ofOtherCases.has(id)) {
      const waiting = this.waiting.get(id) ?? this.calls()
      waiting.add(entry)
      this.waiting.set(id, waiting)
    }
  }

  /** The calls whose id no case named. */
  unplaced(): Iterable<FirstEntries<SupportCaseEntry>> {
    return this.waiting.values()
  }

  private calls(): FirstEntries<SupportCaseEntry> {
    return new FirstEntries<SupportCaseEntry>(this.entryLimit, compareCalls)
  }
}

/**
 * The AWS Support cases of the report, gathered one record at a time in
 * bounded memory. Each record goes through `supportCaseTimelines`
 * (`cloudtrail-codecs/audit`), which turns it into timeline entries and
 * names its cases; calls that join a case through an attachment set or an
 * attachment wait until a record names their case, as `supportCaseTimelines`
 * links them over a whole input. The book keeps the first `cases` cases met,
 * each with its first `entries` entries, the facts of its creation and what
 * its status needs; the other cases are only counted. Records must come
 * deduplicated (a record delivered twice counts once).
 */
export class CaseBook {
  private readonly cases: BoundedGroups<CaseState>
  private readonly withoutCase: FirstEntries<SupportCaseEntry>
  private readonly uploads: LinkedCalls
  private readonly attachmentReads: LinkedCalls
  private readonly entryLimit: number

  /** @param limits - how many cases, and entries per case, to keep */
  constructor(limits: CaseLimits) {
    this.entryLimit = limits.entries
    this.cases = new BoundedGroups(limits.cases, (caseId) => new CaseState(caseId, limits.entries))
    this.withoutCase = new FirstEntries<SupportCaseEntry>(limits.entries, compareCalls)
    this.uploads = new LinkedCalls(limits.entries)
    this.attachmentReads = new LinkedCalls(limits.entries)
  }

  /**
   * Adds a record; any record but a Support case call is ignored.
   *
   * @param record - a decoded record
   */
  add(record: CloudTrailRecord): void {
    this.addParts(casePartsOf(record))
  }

  /**
   * Adds what {@link casePartsOf} found in a record (in the thread that read
   * it): the same as adding the record.
   *
   * @param parts - the record's case entries and links
   */
  addParts(parts: CaseParts): void {
    for (const timeline of parts.cases) {
      const state = this.cases.admit(timeline.caseId)
      for (const entry of timeline.timeline) {
        state?.add(entry, timeline.facts)
        if ((entry.kind === 'created' || entry.kind === 'communication') && entry.attachmentSetId !== undefined) {
          this.uploads.link(entry.attachmentSetId, timeline.caseId, state)
        }
      }
    }
    for (const [attachmentId, caseId] of parts.attachmentOwners) {
      this.attachmentReads.link(attachmentId, caseId, this.cases.find(caseId))
    }
    for (const entry of parts.withoutCase) {
      if (parts.link === undefined) this.withoutCase.add(entry)
      else (parts.link.by === 'attachment-set' ? this.uploads : this.attachmentReads).place(parts.link.id, entry, this.cases)
    }
  }

  /** How many distinct cases the records named. */
  get caseCount(): number {
    return this.cases.count
  }

  /** The cases kept, ordered by their first entry, then case id. */
  shownCases(): CaseView[] {
    const views = this.cases.groups.map(([, state]) => state.view())
    return views.sort((a, b) => {
      const [first, second] = [a.entries[0], b.entries[0]]
      const byFirst = first === undefined || second === undefined ? 0 : compareCalls(first, second)
      return byFirst || (a.caseId < b.caseId ? -1 : a.caseId > b.caseId ? 1 : 0)
    })
  }

  /** The case calls that name no case the input can tie them to: failed creations, uploads no case sent, ... */
  callsWithoutCase(): FirstEntries<SupportCaseEntry> {
    const all = new FirstEntries<SupportCaseEntry>(this.entryLimit, compareCalls)
    all.absorb(this.withoutCase)
    for (const waiting of [...this.uploads.unplaced(), ...this.attachmentReads.unplaced()]) all.absorb(waiting)
    return all
  }
}
