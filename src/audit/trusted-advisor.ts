import { dedupeByEventId } from '../record/index.js'
import { support } from 'cloudtrail-codecs/aws/support'
import type { SupportEvent } from 'cloudtrail-codecs/aws/support'
import { trustedAdvisor } from 'cloudtrail-codecs/aws/trustedadvisor'
import type { TrustedAdvisorEvent } from 'cloudtrail-codecs/aws/trustedadvisor'
import { auditedCall, compareCalls, failedCall, hasError } from './call.js'
import type { AuditedCall, FailedCall } from './call.js'
import { nonEmpty } from './non-empty.js'

/**
 * A refresh of a check: `RefreshTrustedAdvisorCheck` (Support API) or the
 * console's `RefreshCheck`.
 *
 * @example
 * ```ts
 * for (const refresh of check.refreshes) console.log(refresh.eventTime, refresh.caller.arn, refresh.status)
 * ```
 */
export interface CheckRefresh extends AuditedCall {
  /** What the entry is. */
  readonly kind: 'refresh'
  /** The refresh status in the response (`enqueued`, ...): the console logs it, the Support API logs `null`. */
  readonly status: string | undefined
}

/**
 * A read of results: of a check (`DescribeTrustedAdvisorCheckResult`,
 * `DescribeTrustedAdvisorCheckSummaries`, the console's `DescribeCheckItems`
 * and `DescribeCheckSummaries`) or of a recommendation (`GetRecommendation`,
 * `ListRecommendationResources`).
 *
 * @example
 * ```ts
 * const readers = new Set(check.resultReads.map((read) => read.caller.arn))
 * ```
 */
export interface ResultRead extends AuditedCall {
  /** What the entry is. */
  readonly kind: 'result-read'
}

/**
 * Items excluded from a check's results (the console's `ExcludeCheckItems`) or
 * resources excluded from a recommendation
 * (`BatchUpdateRecommendationResourceExclusion` with `isExcluded: true`).
 *
 * @example
 * ```ts
 * for (const exclusion of check.exclusions) console.log(exclusion.eventTime, exclusion.caller.arn)
 * ```
 */
export interface ResourceExclusion extends AuditedCall {
  /** What the entry is. */
  readonly kind: 'exclusion'
  /**
   * The recommendation resource ARNs excluded (2022-09-15 API), less those the
   * response lists as errors; empty for the console action, whose items are
   * not documented.
   */
  readonly resourceArns: ReadonlyArray<string>
}

/**
 * Items included again: the console's `IncludeCheckItems`, or
 * `BatchUpdateRecommendationResourceExclusion` with `isExcluded: false`.
 *
 * @example
 * ```ts
 * for (const inclusion of check.inclusions) console.log(inclusion.eventTime, inclusion.caller.arn)
 * ```
 */
export interface ResourceInclusion extends AuditedCall {
  /** What the entry is. */
  readonly kind: 'inclusion'
  /** The recommendation resource ARNs included again (2022-09-15 API); empty for the console action. */
  readonly resourceArns: ReadonlyArray<string>
}

/**
 * A change of a recommendation's lifecycle (`UpdateRecommendationLifecycle`).
 *
 * @example
 * ```ts
 * for (const change of recommendation.lifecycleChanges) console.log(change.lifecycleStage, change.updateReasonCode)
 * ```
 */
export interface LifecycleChange extends AuditedCall {
  /** What the entry is. */
  readonly kind: 'lifecycle'
  /** The new stage: `pending_response`, `in_progress`, `dismissed` or `resolved`. */
  readonly lifecycleStage: string | undefined
  /** Why, such as `not_applicable` (the free-text `updateReason` is left out: it may be redacted). */
  readonly updateReasonCode: string | undefined
}

/**
 * A failed Trusted Advisor call (its record has an `errorCode`).
 *
 * @example
 * ```ts
 * for (const failed of activity.failedCalls) console.log(failed.eventName, failed.errorCode)
 * ```
 */
export interface TrustedAdvisorCallFailed extends FailedCall {
  /** What the entry is. */
  readonly kind: 'failed'
}

/**
 * One entry of a check's timeline, told apart by `kind`.
 *
 * @example
 * ```ts
 * const refreshes = check.timeline.filter((entry) => entry.kind === 'refresh')
 * ```
 */
export type CheckEntry = CheckRefresh | ResultRead | ResourceExclusion | ResourceInclusion | TrustedAdvisorCallFailed

/**
 * One entry of a recommendation's timeline, told apart by `kind`.
 *
 * @example
 * ```ts
 * const dismissals = recommendation.timeline.filter((e) => e.kind === 'lifecycle' && e.lifecycleStage === 'dismissed')
 * ```
 */
export type RecommendationEntry =
  | LifecycleChange
  | ResultRead
  | ResourceExclusion
  | ResourceInclusion
  | TrustedAdvisorCallFailed

/**
 * What the input says about one Trusted Advisor check, from both event
 * sources.
 *
 * @example
 * ```ts
 * for (const check of trustedAdvisorActivity(records).checks) console.log(check.checkId, check.refreshes.length)
 * ```
 */
export interface CheckActivity {
  /** The check id, such as `Pfx0RwqBli`. */
  readonly checkId: string
  /** Every refresh, in time order. */
  readonly refreshes: ReadonlyArray<CheckRefresh>
  /** Every read of the check's results, in time order. */
  readonly resultReads: ReadonlyArray<ResultRead>
  /** Every exclusion of items, in time order. */
  readonly exclusions: ReadonlyArray<ResourceExclusion>
  /** Every inclusion of items, in time order. */
  readonly inclusions: ReadonlyArray<ResourceInclusion>
  /** Every failed call about the check, in time order. */
  readonly failedCalls: ReadonlyArray<TrustedAdvisorCallFailed>
  /** All of the above in one list, in time order. */
  readonly timeline: ReadonlyArray<CheckEntry>
}

/**
 * What the input says about one recommendation of the Trusted Advisor API
 * (2022-09-15), which names recommendations rather than checks.
 *
 * @example
 * ```ts
 * for (const r of trustedAdvisorActivity(records).recommendations) console.log(r.recommendationArn, r.lifecycleChanges.length)
 * ```
 */
export interface RecommendationActivity {
  /** The recommendation ARN, such as `arn:aws:trustedadvisor::111122223333:recommendation/55fa4d2e-...`. */
  readonly recommendationArn: string
  /** Every lifecycle change, in time order. */
  readonly lifecycleChanges: ReadonlyArray<LifecycleChange>
  /** Every read of the recommendation or its resources, in time order. */
  readonly resultReads: ReadonlyArray<ResultRead>
  /** Every exclusion of resources, in time order. */
  readonly exclusions: ReadonlyArray<ResourceExclusion>
  /** Every inclusion of resources, in time order. */
  readonly inclusions: ReadonlyArray<ResourceInclusion>
  /** Every failed call about the recommendation, in time order. */
  readonly failedCalls: ReadonlyArray<TrustedAdvisorCallFailed>
  /** All of the above in one list, in time order. */
  readonly timeline: ReadonlyArray<RecommendationEntry>
}

/**
 * A successful change of Trusted Advisor settings: organizational view
 * (`SetOrganizationAccess`), Trusted Advisor Priority (`UpdateRiskStatus`),
 * an organization recommendation's lifecycle
 * (`UpdateOrganizationRecommendationLifecycle`), or account settings
 * (`SetAccountAccess`, `UpdateNotificationPreferences`).
 *
 * @example
 * ```ts
 * const orgChanges = activity.settingsChanges.filter((change) => change.scope === 'organization')
 * ```
 */
export interface SettingsChange extends AuditedCall {
  /** What the entry is. */
  readonly kind: 'setting'
  /** Whether the change applies to the whole organization or to the calling account. */
  readonly scope: 'organization' | 'account'
  /** The organization recommendation ARN of a lifecycle change; `undefined` for the other settings. */
  readonly target: string | undefined
  /** The new lifecycle stage of a lifecycle change. */
  readonly lifecycleStage: string | undefined
  /** The reason code of a lifecycle change. */
  readonly updateReasonCode: string | undefined
}

/**
 * What {@link trustedAdvisorActivity} returns.
 *
 * @example
 * ```ts
 * const { checks, recommendations, settingsChanges, failedCalls } = trustedAdvisorActivity(records)
 * ```
 */
export interface TrustedAdvisorActivity {
  /** One entry per check id, ordered by check id. */
  readonly checks: ReadonlyArray<CheckActivity>
  /** One entry per recommendation ARN (2022-09-15 API), ordered by ARN. */
  readonly recommendations: ReadonlyArray<RecommendationActivity>
  /** Successful settings changes, in time order. */
  readonly settingsChanges: ReadonlyArray<SettingsChange>
  /**
   * Failed Trusted Advisor calls that name no check or recommendation (an
   * `AccessDenied` on `DescribeTrustedAdvisorChecks`, a failed
   * `SetOrganizationAccess`, ...), in time order.
   */
  readonly failedCalls: ReadonlyArray<TrustedAdvisorCallFailed>
}

/** The Trusted Advisor operations of the AWS Support API. */
type SupportTrustedAdvisorEvent = SupportEvent<
  | 'DescribeTrustedAdvisorCheckRefreshStatuses'
  | 'DescribeTrustedAdvisorCheckResult'
  | 'DescribeTrustedAdvisorCheckSummaries'
  | 'DescribeTrustedAdvisorChecks'
  | 'RefreshTrustedAdvisorCheck'
>

type AnyTrustedAdvisorEvent = SupportTrustedAdvisorEvent | TrustedAdvisorEvent

const supportTrustedAdvisorNames: ReadonlySet<string> = /*#__PURE__*/ new Set<SupportTrustedAdvisorEvent['eventName']>([
  'DescribeTrustedAdvisorCheckRefreshStatuses',
  'DescribeTrustedAdvisorCheckResult',
  'DescribeTrustedAdvisorCheckSummaries',
  'DescribeTrustedAdvisorChecks',
  'RefreshTrustedAdvisorCheck',
])

function isAnyTrustedAdvisorEvent(u: unknown): u is AnyTrustedAdvisorEvent {
  return trustedAdvisor.is(u) || (support.is(u) && supportTrustedAdvisorNames.has(u.eventName))
}

/** What a call does, and to what: the classification every entry is built from. */
type Effect =
  | { readonly on: 'check'; readonly ids: ReadonlyArray<string>; readonly entry: 'refresh' | 'result-read' | 'exclusion' | 'inclusion' }
  | { readonly on: 'recommendation'; readonly ids: ReadonlyArray<string>; readonly entry: 'lifecycle' | 'result-read' }
  | { readonly on: 'recommendation-resources'; readonly excluded: ReadonlyArray<string>; readonly included: ReadonlyArray<string> }
  | { readonly on: 'settings'; readonly scope: 'organization' | 'account' }
  | { readonly on: 'nothing' }

function listOf(...values: ReadonlyArray<string | null | undefined>): string[] {
  return values.filter((v): v is string => typeof v === 'string' && v !== '')
}

/**
 * The check ids of a console action whose request shape is not documented:
 * a string `checkId`, or the strings of a `checkIds` array.
 */
function undocumentedCheckIds(request: unknown): string[] {
  if (typeof request !== 'object' || request === null || Array.isArray(request)) return []
  const { checkId, checkIds } = request as { readonly checkId?: unknown; readonly checkIds?: unknown }
  if (typeof checkId === 'string') return listOf(checkId)
  if (Array.isArray(checkIds)) return checkIds.filter((id): id is string => typeof id === 'string' && id !== '')
  return []
}

const resourceArn = /^(arn:[^:]+:trustedadvisor::[^:]*:)recommendation-resource\/([^/]+)\/.+$/

/**
 * The recommendation of a recommendation resource:
 * `arn:aws:trustedadvisor::<account>:recommendation-resource/<id>/<hash>` →
 * `arn:aws:trustedadvisor::<account>:recommendation/<id>`. An ARN of another
 * form stands for itself.
 */
function recommendationOfResource(arn: string): string {
  const match = resourceArn.exec(arn)
  return match === null ? arn : `${match[1] ?? ''}recommendation/${match[2] ?? ''}`
}

function effectOf(event: AnyTrustedAdvisorEvent): Effect {
  switch (event.eventName) {
    case 'RefreshTrustedAdvisorCheck':
    case 'RefreshCheck':
      return { on: 'check', ids: listOf(event.requestParameters?.checkId), entry: 'refresh' }
    case 'DescribeTrustedAdvisorCheckResult':
      return { on: 'check', ids: listOf(event.requestParameters?.checkId), entry: 'result-read' }
    case 'DescribeTrustedAdvisorCheckSummaries':
      return { on: 'check', ids: listOf(...(event.requestParameters?.checkIds ?? [])), entry: 'result-read' }
    case 'DescribeCheckItems':
    case 'DescribeCheckSummaries':
      return { on: 'check', ids: undocumentedCheckIds(event.requestParameters), entry: 'result-read' }
    case 'ExcludeCheckItems':
      return { on: 'check', ids: undocumentedCheckIds(event.requestParameters), entry: 'exclusion' }
    case 'IncludeCheckItems':
      return { on: 'check', ids: undocumentedCheckIds(event.requestParameters), entry: 'inclusion' }
    case 'GetRecommendation':
    case 'ListRecommendationResources':
      return { on: 'recommendation', ids: listOf(event.requestParameters?.recommendationIdentifier), entry: 'result-read' }
    case 'UpdateRecommendationLifecycle':
      return { on: 'recommendation', ids: listOf(event.requestParameters?.recommendationIdentifier), entry: 'lifecycle' }
    case 'BatchUpdateRecommendationResourceExclusion': {
      const failed = new Set(
        listOf(...(event.responseElements?.batchUpdateRecommendationResourceExclusionErrors ?? []).map((e) => e?.arn)),
      )
      const excluded: string[] = []
      const included: string[] = []
      for (const item of event.requestParameters?.recommendationResourceExclusions ?? []) {
        const arn = nonEmpty(item?.arn)
        const isExcluded = item?.isExcluded
        if (arn === undefined || failed.has(arn) || typeof isExcluded !== 'boolean') continue
        ;(isExcluded ? excluded : included).push(arn)
      }
      return { on: 'recommendation-resources', excluded, included }
    }
    case 'SetOrganizationAccess':
    case 'UpdateRiskStatus':
    case 'UpdateOrganizationRecommendationLifecycle':
      return { on: 'settings', scope: 'organization' }
    case 'SetAccountAccess':
    case 'UpdateNotificationPreferences':
      return { on: 'settings', scope: 'account' }
    default:
      return { on: 'nothing' }
  }
}

function refreshStatusOf(event: AnyTrustedAdvisorEvent): string | undefined {
  switch (event.eventName) {
    case 'RefreshCheck':
    case 'RefreshTrustedAdvisorCheck':
      return event.responseElements?.status?.status ?? undefined
    default:
      return undefined
  }
}

function settingsChangeOf(event: AnyTrustedAdvisorEvent, scope: 'organization' | 'account'): SettingsChange {
  const lifecycle = event.eventName === 'UpdateOrganizationRecommendationLifecycle' ? event.requestParameters : undefined
  return {
    kind: 'setting',
    ...auditedCall(event),
    scope,
    target: nonEmpty(lifecycle?.organizationRecommendationIdentifier),
    lifecycleStage: lifecycle?.lifecycleStage ?? undefined,
    updateReasonCode: lifecycle?.updateReasonCode ?? undefined,
  }
}

function lifecycleChangeOf(event: AnyTrustedAdvisorEvent): LifecycleChange {
  const request = event.eventName === 'UpdateRecommendationLifecycle' ? event.requestParameters : undefined
  return {
    kind: 'lifecycle',
    ...auditedCall(event),
    lifecycleStage: request?.lifecycleStage ?? undefined,
    updateReasonCode: request?.updateReasonCode ?? undefined,
  }
}

function add<E>(map: Map<string, E[]>, key: string, entry: E): void {
  const entries = map.get(key)
  if (entries === undefined) map.set(key, [entry])
  else entries.push(entry)
}

function only<E extends { readonly kind: string }, K extends E['kind']>(
  entries: ReadonlyArray<E>,
  kind: K,
): Array<Extract<E, { readonly kind: K }>> {
  return entries.filter((e): e is Extract<E, { readonly kind: K }> => e.kind === kind)
}

function byKey<T>(key: (item: T) => string): (a: T, b: T) => number {
  return (a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0)
}

/**
 * Gathers Trusted Advisor activity from both event sources: the Trusted
 * Advisor calls of the AWS Support API (`support.amazonaws.com`:
 * `RefreshTrustedAdvisorCheck`, `DescribeTrustedAdvisorCheckResult`, ...) and
 * `trustedadvisor.amazonaws.com` (console actions such as `RefreshCheck`,
 * `ExcludeCheckItems`, `SetOrganizationAccess`, and the 2022-09-15 API such as
 * `UpdateRecommendationLifecycle` and
 * `BatchUpdateRecommendationResourceExclusion`).
 *
 * Per check id: refreshes, result reads, exclusions and inclusions, with who
 * and when. Per recommendation (the 2022-09-15 API names recommendations,
 * not checks): lifecycle changes, reads, resource exclusions and inclusions
 * (a resource ARN `...:recommendation-resource/<id>/<hash>` counts for
 * `...:recommendation/<id>`). Settings changes of the organization
 * (organizational view, Priority, organization recommendation lifecycle) and
 * of the account (Trusted Advisor access, notification preferences). Failed
 * calls go with their check or recommendation, and the others to
 * `failedCalls`.
 *
 * The console actions `DescribeCheckItems`, `DescribeCheckSummaries`,
 * `ExcludeCheckItems` and `IncludeCheckItems` have no documented request
 * shape: their check id is read from a string `checkId` (or a `checkIds`
 * array) when the request has one. Refresh-status reads and check listings
 * are not results and are left out (unless they fail).
 *
 * Only records that `support.is` or `trustedAdvisor.is`
 * accept count; a record delivered twice (same `eventID`) counts once; the
 * result does not depend on the order of the input.
 *
 * @param records - records in any order, such as `parseRecords(text).records`
 * @returns checks, recommendations, settings changes and failed calls
 *
 * @example
 * ```ts
 * import { parseRecords } from 'cloudtrail-codecs'
 * import { trustedAdvisorActivity } from 'cloudtrail-codecs/audit'
 *
 * const { checks, settingsChanges } = trustedAdvisorActivity(parseRecords(text).records)
 * for (const check of checks) {
 *   console.log(check.checkId, `${check.refreshes.length} refreshes, ${check.exclusions.length} exclusions`)
 * }
 * for (const change of settingsChanges) console.log(change.eventTime, change.eventName, change.scope, change.caller.arn)
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export function trustedAdvisorActivity(records: Iterable<unknown>): TrustedAdvisorActivity {
  const checks = new Map<string, CheckEntry[]>()
  const recommendations = new Map<string, RecommendationEntry[]>()
  const settingsChanges: SettingsChange[] = []
  const failedCalls: TrustedAdvisorCallFailed[] = []
  const events: AnyTrustedAdvisorEvent[] = []
  for (const record of records) if (isAnyTrustedAdvisorEvent(record)) events.push(record)
  for (const event of dedupeByEventId(events)) {
    const effect = effectOf(event)
    if (hasError(event)) {
      const entry: TrustedAdvisorCallFailed = { kind: 'failed', ...failedCall(event) }
      if (effect.on === 'check' && effect.ids.length > 0) for (const id of effect.ids) add(checks, id, entry)
      else if (effect.on === 'recommendation' && effect.ids.length > 0) for (const id of effect.ids) add(recommendations, id, entry)
      else if (effect.on === 'recommendation-resources' && effect.excluded.length + effect.included.length > 0) {
        const ids = new Set([...effect.excluded, ...effect.included].map(recommendationOfResource))
        for (const id of ids) add(recommendations, id, entry)
      } else failedCalls.push(entry)
      continue
    }
    switch (effect.on) {
      case 'check': {
        const call = auditedCall(event)
        const entry: CheckEntry =
          effect.entry === 'refresh'
            ? { kind: 'refresh', ...call, status: refreshStatusOf(event) }
            : effect.entry === 'result-read'
              ? { kind: 'result-read', ...call }
              : { kind: effect.entry, ...call, resourceArns: [] }
        for (const id of effect.ids) add(checks, id, entry)
        break
      }
      case 'recommendation': {
        const entry: RecommendationEntry =
          effect.entry === 'lifecycle' ? lifecycleChangeOf(event) : { kind: 'result-read', ...auditedCall(event) }
        for (const id of effect.ids) add(recommendations, id, entry)
        break
      }
      case 'recommendation-resources': {
        const call = auditedCall(event)
        for (const [kind, arns] of [
          ['exclusion', effect.excluded],
          ['inclusion', effect.included],
        ] as const) {
          const perRecommendation = new Map<string, string[]>()
          for (const arn of arns) add(perRecommendation, recommendationOfResource(arn), arn)
          for (const [id, resourceArns] of perRecommendation) add(recommendations, id, { kind, ...call, resourceArns })
        }
        break
      }
      case 'settings':
        settingsChanges.push(settingsChangeOf(event, effect.scope))
        break
      case 'nothing':
        break
    }
  }
  return {
    checks: [...checks]
      .map(([checkId, entries]): CheckActivity => {
        entries.sort(compareCalls)
        return {
          checkId,
          refreshes: only(entries, 'refresh'),
          resultReads: only(entries, 'result-read'),
          exclusions: only(entries, 'exclusion'),
          inclusions: only(entries, 'inclusion'),
          failedCalls: only(entries, 'failed'),
          timeline: entries,
        }
      })
      .sort(byKey((c) => c.checkId)),
    recommendations: [...recommendations]
      .map(([recommendationArn, entries]): RecommendationActivity => {
        entries.sort(compareCalls)
        return {
          recommendationArn,
          lifecycleChanges: only(entries, 'lifecycle'),
          resultReads: only(entries, 'result-read'),
          exclusions: only(entries, 'exclusion'),
          inclusions: only(entries, 'inclusion'),
          failedCalls: only(entries, 'failed'),
          timeline: entries,
        }
      })
      .sort(byKey((r) => r.recommendationArn)),
    settingsChanges: settingsChanges.sort(compareCalls),
    failedCalls: failedCalls.sort(compareCalls),
  }
}
