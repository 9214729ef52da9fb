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
    const activity = trustedAdvisorActivity([record])
    for (const check of activity.checks) for (const entry of check.timeline) addTo(this.checks.admit(check.checkId), entry)
    for (const recommendation of activity.recommendations) {
      for (const entry of recommendation.timeline) addTo(this.recommendations.admit(recommendation.recommendationArn), entry)
    }
    for (const change of activity.settingsChanges) this.settingsChanges.add(change)
    for (const failed of activity.failedCalls) this.failedCalls.add(failed)
  }

  /** Whether any record was about Trusted Advisor. */
  get isEmpty(): boolean {
    return this.checks.count + this.recommendations.count + this.settingsChanges.count + this.failedCalls.count === 0
  }
}
