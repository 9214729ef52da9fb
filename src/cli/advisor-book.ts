import { trustedAdvisorActivity } from '../audit/index.js'
import type { CheckEntry, RecommendationEntry, SettingsChange, TrustedAdvisorCallFailed } from '../audit/index.js'
import type { CloudTrailRecord } from '../record/index.js'
import { BoundedGroups } from './bounded-groups.js'
import { compareCalls } from './call-order.js'
import { FirstEntries } from './first-entries.js'

/** How many checks and recommendations, and entries per list, the report shows. */
export interface AdvisorLimits {
  /** Checks shown (the smallest check ids), and recommendations (the smallest ARNs). */
  readonly groups: number
  /** Entries shown per check, per recommendation, and of the settings changes and other failed calls. */
  readonly entries: number
}

/** A check or recommendation as the report shows it: its first entries, and how many of each kind it has. */
export interface AdvisorGroup<E extends { readonly kind: string }> {
  /** How many entries of each kind. */
  readonly counts: ReadonlyMap<E['kind'], number>
  /** Every entry, the first ones kept. */
  readonly entries: FirstEntries<E>
}

function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function group<E extends CheckEntry | RecommendationEntry>(entryLimit: number): AdvisorGroup<E> {
  return { counts: new Map(), entries: new FirstEntries<E>(entryLimit, compareCalls) }
}

function addTo<E extends CheckEntry | RecommendationEntry>(state: AdvisorGroup<E> | undefined, entry: E): void {
  if (state === undefined) return
  ;(state.counts as Map<E['kind'], number>).set(entry.kind, (state.counts.get(entry.kind) ?? 0) + 1)
  state.entries.add(entry)
}

/**
 * What the report takes of one record's Trusted Advisor calls: the entries
 * of each check and recommendation it names, its settings changes and its
 * other failed calls. Plain data: a worker thread makes it, and it crosses
 * to the thread that writes the report.
 *
 * @example
 * ```ts
 * import { advisorPartsOf } from './advisor-book.js'
 * import type { AdvisorParts } from './advisor-book.js'
 *
 * const parts: AdvisorParts = advisorPartsOf({ eventSource: 'trustedadvisor.amazonaws.com', eventName: 'ListChecks' })
 * ```
 */
export interface AdvisorParts {
  /** Check ids and their entries. */
  readonly checks: ReadonlyArray<readonly [string, ReadonlyArray<CheckEntry>]>
  /** Recommendation ARNs and their entries. */
  readonly recommendations: ReadonlyArray<readonly [string, ReadonlyArray<RecommendationEntry>]>
  /** Successful settings changes. */
  readonly settingsChanges: ReadonlyArray<SettingsChange>
  /** Failed calls that name no check or recommendation. */
  readonly failedCalls: ReadonlyArray<TrustedAdvisorCallFailed>
}

/**
 * What {@link AdvisorBook.add} takes of a record, computed apart so that the
 * thread that reads the record can do it: `trustedAdvisorActivity` of the
 * record alone.
 *
 * @param record - a decoded record
 * @returns its Trusted Advisor parts (empty for any other record)
 *
 * @example
 * ```ts
 * import { advisorPartsOf } from './advisor-book.js'
 *
 * const { checks } = advisorPartsOf({ eventSource: 'support.amazonaws.com', eventName: 'RefreshTrustedAdvisorCheck' })
 * ```
 */
export function advisorPartsOf(record: unknown): AdvisorParts {
  const activity = trustedAdvisorActivity([record])
  return {
    checks: activity.checks.map((check) => [check.checkId, check.timeline] as const),
    recommendations: activity.recommendations.map((recommendation) => [recommendation.recommendationArn, recommendation.timeline] as const),
    settingsChanges: activity.settingsChanges,
    failedCalls: activity.failedCalls,
  }
}

/**
 * The Trusted Advisor activity of the report, gathered one record at a time
 * in bounded memory. Each record goes through `trustedAdvisorActivity`
 * (`cloudtrail-codecs/audit`), which files its entry under a check, a
 * recommendation, the settings changes or the other failed calls. The book
 * keeps the `groups` checks with the smallest ids and the `groups`
 * recommendations with the smallest ARNs (the report lists them in that
 * order), each with its counts and first `entries` entries, and the first
 * settings changes and failed calls; the rest is only counted. Records must
 * come deduplicated (a record delivered twice counts once).
 */
export class AdvisorBook {
  /** Checks by id. */
  readonly checks: BoundedGroups<AdvisorGroup<CheckEntry>>
  /** Recommendations by ARN. */
  readonly recommendations: BoundedGroups<AdvisorGroup<RecommendationEntry>>
  /** Successful settings changes. */
  readonly settingsChanges: FirstEntries<SettingsChange>
  /** Failed calls that name no check or recommendation. */
  readonly failedCalls: FirstEntries<TrustedAdvisorCallFailed>

  /** @param limits - how many checks and recommendations, and entries per list, to keep */
  constructor(limits: AdvisorLimits) {
    this.checks = new BoundedGroups(limits.groups, () => group<CheckEntry>(limits.entries), byText)
    this.recommendations = new BoundedGroups(limits.groups, () => group<RecommendationEntry>(limits.entries), byText)
    this.settingsChanges = new FirstEntries<SettingsChange>(limits.entries, compareCalls)
    this.failedCalls = new FirstEntries<TrustedAdvisorCallFailed>(limits.entries, compareCalls)
  }

  /**
   * Adds a record; any record but a Trusted Advisor call is ignored.
   *
   * @param record - a decoded record
   */
  add(record: CloudTrailRecord): void {
    this.addParts(advisorPartsOf(record))
  }

  /**
   * Adds what {@link advisorPartsOf} found in a record (in the thread that
   * read it): the same as adding the record.
   *
   * @param parts - the record's Trusted Advisor entries
   */
  addParts(parts: AdvisorParts): void {
    for (const [checkId, timeline] of parts.checks) for (const entry of timeline) addTo(this.checks.admit(checkId), entry)
    for (const [arn, timeline] of parts.recommendations) for (const entry of timeline) addTo(this.recommendations.admit(arn), entry)
    for (const change of parts.settingsChanges) this.settingsChanges.add(change)
    for (const failed of parts.failedCalls) this.failedCalls.add(failed)
  }

  /** Whether any record was about Trusted Advisor. */
  get isEmpty(): boolean {
    return this.checks.count + this.recommendations.count + this.settingsChanges.count + this.failedCalls.count === 0
  }
}
