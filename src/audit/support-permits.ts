import { dedupeByEventId } from '../record/index.js'
import { supportauthz } from 'cloudtrail-codecs/aws/supportauthz'
import type { Permit, SupportauthzEvent } from 'cloudtrail-codecs/aws/supportauthz'
import { auditedCall, compareCalls, hasError } from './call.js'
import type { AuditedCall } from './call.js'
import { nonEmpty } from './non-empty.js'

/**
 * The actions a permit lets AWS Support take: `'all'` for
 * `permit.actions.allActions`, else the list `permit.actions.actions`, such
 * as `['ec2:DescribeInstances', 'ec2:GetConsoleOutput']`.
 *
 * @example
 * ```ts
 * const text = (actions: PermitActions): string => (actions === 'all' ? 'every action' : actions.join(', '))
 * ```
 */
export type PermitActions = 'all' | ReadonlyArray<string>

/**
 * The resources a permit covers: `'all-in-region'` for
 * `permit.resources.allResourcesInRegion`, else the list
 * `permit.resources.resources` (resource ARNs).
 *
 * @example
 * ```ts
 * const text = (resources: PermitResources): string => (resources === 'all-in-region' ? 'every resource in the Region' : resources.join(', '))
 * ```
 */
export type PermitResources = 'all-in-region' | ReadonlyArray<string>

/**
 * One condition of a permit (`permit.conditions[]`): when AWS Support may
 * act. Each condition of the model sets one of the two; the times are as
 * CloudTrail writes them (a string or a number).
 *
 * @example
 * ```ts
 * const window: PermitCondition = { allowAfter: '2026-11-02T10:00:00Z', allowBefore: undefined }
 * ```
 */
export interface PermitCondition {
  /** Not before this time (`allowAfter`), or `undefined`. */
  readonly allowAfter: string | number | undefined
  /** Not after this time (`allowBefore`), or `undefined`. */
  readonly allowBefore: string | number | undefined
}

/**
 * What every support permit entry holds: the call, and whether it
 * succeeded (the record has no `errorCode`).
 *
 * @example
 * ```ts
 * const failed = supportPermitActivity(records).permits.flatMap((p) => p.timeline).filter((e: PermitCall) => !e.succeeded)
 * ```
 */
export interface PermitCall extends AuditedCall {
  /** Whether the call succeeded: the record has no `errorCode`. */
  readonly succeeded: boolean
  /** The record's `errorCode`, such as `AccessDeniedException` or `ConflictException`; `undefined` when it succeeded. */
  readonly errorCode: string | undefined
  /** The record's `errorMessage`, if any. */
  readonly errorMessage: string | undefined
}

/**
 * What a `CreateSupportPermit` or `DeleteSupportPermit` record says of the
 * permit: from the response (the output shape, the permit as it is) where
 * CloudTrail logged it, else from the request.
 *
 * @example
 * ```ts
 * const scope = (p: PermitDetails) => `${p.permitName ?? '?'}: ${p.actions === 'all' ? 'all actions' : p.actions?.join(', ')}`
 * ```
 */
export interface PermitDetails {
  /** The permit's name (`name`). */
  readonly permitName: string | undefined
  /** The permit's ARN: `responseElements.arn`, or, for a deletion, `requestParameters.supportPermitIdentifier`. */
  readonly permitArn: string | undefined
  /** The actions it allows, or `undefined` when the record does not say. */
  readonly actions: PermitActions | undefined
  /** The resources it covers, or `undefined` when the record does not say. */
  readonly resources: PermitResources | undefined
  /** Its conditions (`allowAfter`, `allowBefore`), in the order logged; empty when it has none or the record does not say. */
  readonly conditions: ReadonlyArray<PermitCondition>
  /** The support case it was made for (`supportCaseDisplayId`), if any. */
  readonly supportCaseDisplayId: string | undefined
  /** The permit's status in the response (`ACTIVE`, `INACTIVE`, `DELETING`), if logged. */
  readonly status: string | undefined
}

/**
 * A `CreateSupportPermit` call: what it granted (or tried to grant, when it
 * failed: then the details come from the request).
 *
 * @example
 * ```ts
 * const created = supportPermitActivity(records).permits[0]?.created
 * if (created) console.log(created.eventTime, created.caller.arn, created.actions, created.resources)
 * ```
 */
export interface PermitCreation extends PermitCall, PermitDetails {
  /** What the entry is: a creation (see `succeeded`). */
  readonly kind: 'created'
}

/**
 * A `DeleteSupportPermit` call.
 *
 * @example
 * ```ts
 * const deleted = supportPermitActivity(records).permits[0]?.deleted
 * if (deleted) console.log(deleted.eventTime, 'deleted by', deleted.caller.arn)
 * ```
 */
export interface PermitDeletion extends PermitCall, PermitDetails {
  /** What the entry is: a deletion (see `succeeded`). */
  readonly kind: 'deleted'
}

/**
 * A `RejectSupportPermitRequest` call: AWS Support asked for a permit, and
 * the caller turned the request down.
 *
 * @example
 * ```ts
 * for (const rejection of supportPermitActivity(records).rejectedRequests) console.log(rejection.requestArn, rejection.caller.arn)
 * ```
 */
export interface PermitRequestRejection extends PermitCall {
  /** What the entry is: a rejection (see `succeeded`). */
  readonly kind: 'rejected'
  /** The request rejected (`requestArn` of the response, else of the request). */
  readonly requestArn: string | undefined
}

/**
 * One support permit entry, told apart by `kind`.
 *
 * @example
 * ```ts
 * const what = (entry: SupportPermitEntry) => (entry.kind === 'rejected' ? entry.requestArn : entry.permitName)
 * ```
 */
export type SupportPermitEntry = PermitCreation | PermitDeletion | PermitRequestRejection

/**
 * Everything the input says about one support permit.
 *
 * @example
 * ```ts
 * for (const permit of supportPermitActivity(records).permits) {
 *   console.log(permit.permitName, permit.permitArn, permit.created?.caller.arn, permit.deleted ? 'deleted' : 'not deleted in these logs')
 * }
 * ```
 */
export interface SupportPermitHistory {
  /** The permit's ARN, when a record gives it. */
  readonly permitArn: string | undefined
  /** The permit's name, when a record gives it. */
  readonly permitName: string | undefined
  /** The account that holds it: `recipientAccountId` of its creation, else of its first entry. */
  readonly accountId: string | undefined
  /** The first successful `CreateSupportPermit` of the permit, if it is in the input. */
  readonly created: PermitCreation | undefined
  /** The last successful `DeleteSupportPermit` of the permit, if it is in the input. */
  readonly deleted: PermitDeletion | undefined
  /** The actions it allows: as its successful creation says, else as the first entry that tells its actions or resources. */
  readonly actions: PermitActions | undefined
  /** The resources it covers, from the same entry as `actions`. */
  readonly resources: PermitResources | undefined
  /** Its conditions, from the same entry as `actions`. */
  readonly conditions: ReadonlyArray<PermitCondition>
  /** The support case it was made for: as its creation says, else the first entry that names one. */
  readonly supportCaseDisplayId: string | undefined
  /** The failed calls about it, in time order. */
  readonly failedCalls: ReadonlyArray<PermitCreation | PermitDeletion>
  /** Every call about it, in time order. */
  readonly timeline: ReadonlyArray<PermitCreation | PermitDeletion>
}

/**
 * What {@link supportPermitActivity} returns.
 *
 * @example
 * ```ts
 * const { permits, rejectedRequests, withoutPermit } = supportPermitActivity(records)
 * ```
 */
export interface SupportPermitActivity {
  /** One history per permit, ordered by first entry, then ARN or name. */
  readonly permits: ReadonlyArray<SupportPermitHistory>
  /** Every `RejectSupportPermitRequest`, successful or not, in time order. */
  readonly rejectedRequests: ReadonlyArray<PermitRequestRejection>
  /** Creations and deletions that name no permit (a failed call whose request CloudTrail left out), in time order. */
  readonly withoutPermit: ReadonlyArray<PermitCreation | PermitDeletion>
}

/** The support permit operations this helper reads. */
type PermitEvent = SupportauthzEvent<'CreateSupportPermit' | 'DeleteSupportPermit' | 'RejectSupportPermitRequest'>

function isPermitEvent(u: unknown): u is PermitEvent {
  const operations = supportauthz.operations
  return operations.CreateSupportPermit.is(u) || operations.DeleteSupportPermit.is(u) || operations.RejectSupportPermitRequest.is(u)
}

/** The strings of a list whose items may be `null` (CloudTrail may write them so). */
function strings(items: ReadonlyArray<string | null>): string[] {
  return items.filter((item): item is string => item !== null)
}

function actionsOf(permit: Permit | null | undefined): PermitActions | undefined {
  const set = permit?.actions
  if (set === undefined || set === null) return undefined
  if (set.allActions !== undefined && set.allActions !== null) return 'all'
  return set.actions === undefined || set.actions === null ? undefined : strings(set.actions)
}

function resourcesOf(permit: Permit | null | undefined): PermitResources | undefined {
  const set = permit?.resources
  if (set === undefined || set === null) return undefined
  if (set.allResourcesInRegion !== undefined && set.allResourcesInRegion !== null) return 'all-in-region'
  return set.resources === undefined || set.resources === null ? undefined : strings(set.resources)
}

function conditionsOf(permit: Permit | null | undefined): PermitCondition[] {
  return (permit?.conditions ?? []).flatMap((condition) =>
    condition === null ? [] : [{ allowAfter: condition.allowAfter ?? undefined, allowBefore: condition.allowBefore ?? undefined }],
  )
}

function callOf(event: PermitEvent): PermitCall {
  const failed = hasError(event)
  return {
    ...auditedCall(event),
    succeeded: !failed,
    errorCode: failed ? event.errorCode : undefined,
    errorMessage: failed ? (event.errorMessage ?? undefined) : undefined,
  }
}

/** The entry of a call. */
function entryOf(event: PermitEvent): SupportPermitEntry {
  const call = callOf(event)
  switch (event.eventName) {
    case 'CreateSupportPermit': {
      const request = event.requestParameters
      const response = event.responseElements
      const permit = request?.permit ?? response?.permit
      return {
        kind: 'created',
        ...call,
        permitName: nonEmpty(response?.name) ?? nonEmpty(request?.name),
        permitArn: nonEmpty(response?.arn),
        actions: actionsOf(permit),
        resources: resourcesOf(permit),
        conditions: conditionsOf(permit),
        supportCaseDisplayId: nonEmpty(request?.supportCaseDisplayId) ?? nonEmpty(response?.supportCaseDisplayId),
        status: nonEmpty(response?.status),
      }
    }
    case 'DeleteSupportPermit': {
      const response = event.responseElements
      const permit = response?.permit
      return {
        kind: 'deleted',
        ...call,
        permitName: nonEmpty(response?.name),
        permitArn: nonEmpty(response?.arn) ?? nonEmpty(event.requestParameters?.supportPermitIdentifier),
        actions: actionsOf(permit),
        resources: resourcesOf(permit),
        conditions: conditionsOf(permit),
        supportCaseDisplayId: nonEmpty(response?.supportCaseDisplayId),
        status: nonEmpty(response?.status),
      }
    }
    case 'RejectSupportPermitRequest':
      return {
        kind: 'rejected',
        ...call,
        requestArn: nonEmpty(event.responseElements?.requestArn) ?? nonEmpty(event.requestParameters?.requestArn),
      }
  }
}

/**
 * The group of a permit entry: its ARN; else, for an entry that gives only
 * a name, the ARN the input's successful calls give that name when they
 * give it exactly one; else the name.
 */
function keyOf(entry: PermitCreation | PermitDeletion, arnsOfName: ReadonlyMap<string, ReadonlySet<string>>): string | undefined {
  if (entry.permitArn !== undefined) return `arn ${entry.permitArn}`
  if (entry.permitName === undefined) return undefined
  const arns = arnsOfName.get(entry.permitName)
  if (arns !== undefined && arns.size === 1) for (const arn of arns) return `arn ${arn}`
  return `name ${entry.permitName}`
}

function historyOf(entries: Array<PermitCreation | PermitDeletion>): SupportPermitHistory {
  entries.sort(compareCalls)
  const successful = entries.filter((entry) => entry.succeeded)
  const created = successful.find((entry): entry is PermitCreation => entry.kind === 'created')
  const deletions = successful.filter((entry): entry is PermitDeletion => entry.kind === 'deleted')
  const first = entries[0]
  const describes = (entry: PermitDetails | undefined): boolean => entry !== undefined && (entry.actions !== undefined || entry.resources !== undefined)
  /** The entry the permit's scope is read from: its creation, else the first entry that says. */
  const scope = describes(created) ? created : entries.find(describes)
  const named = (read: (entry: PermitDetails) => string | undefined): string | undefined => {
    const fromCreation = created === undefined ? undefined : read(created)
    return fromCreation ?? entries.map(read).find((value) => value !== undefined)
  }
  return {
    permitArn: named((entry) => entry.permitArn),
    permitName: named((entry) => entry.permitName),
    accountId: (created ?? first)?.caller.recipientAccountId,
    created,
    deleted: deletions[deletions.length - 1],
    actions: scope?.actions,
    resources: scope?.resources,
    conditions: scope?.conditions ?? [],
    supportCaseDisplayId: named((entry) => entry.supportCaseDisplayId),
    failedCalls: entries.filter((entry) => !entry.succeeded),
    timeline: entries,
  }
}

/**
 * Tells who authorised AWS Support to act on the account's resources, and
 * who withdrew it: every `CreateSupportPermit`, `DeleteSupportPermit` and
 * `RejectSupportPermitRequest` call of SupportAuthZ
 * (`supportauthz.amazonaws.com`, support permits), one entry each with
 * when, who (`describeCaller` of the record), whether it succeeded (its
 * `errorCode`), the permit's name and ARN, the actions and resources it
 * allows, its conditions (`allowAfter`, `allowBefore`) and support case, and
 * for a rejection the request's ARN.
 *
 * Creations and deletions are grouped by permit: by ARN (the response's
 * `arn`, or a deletion's `supportPermitIdentifier`), and an entry that
 * gives only a name (a failed creation) joins the permit of that name when
 * the input's successful calls give the name one ARN. Rejections name a
 * request, not a permit: they are listed apart.
 *
 * Only records that the operations' guards accept
 * (`supportauthz.operations.CreateSupportPermit.is`, ...) count: other
 * records, and records whose payload does not match the model, are ignored.
 * A record delivered twice (same `eventID`) counts once, and the result does
 * not depend on the order of the input.
 *
 * @param records - records in any order, such as `parseRecords(text).records`
 * @returns the permits, the rejected requests, and the calls that name no permit
 *
 * @example
 * ```ts
 * import { parseRecords } from 'cloudtrail-codecs'
 * import { supportPermitActivity } from 'cloudtrail-codecs/audit'
 *
 * const { permits, rejectedRequests } = supportPermitActivity(parseRecords(text).records)
 * for (const permit of permits) {
 *   const actions = permit.actions === 'all' ? 'all actions' : (permit.actions ?? []).join(', ')
 *   console.log(permit.permitName, actions, permit.created ? `granted by ${permit.created.caller.arn}` : 'granted earlier')
 *   if (permit.deleted) console.log('  deleted by', permit.deleted.caller.arn)
 * }
 * for (const rejection of rejectedRequests) console.log(rejection.requestArn, 'rejected by', rejection.caller.arn)
 * ```
 * @see https://docs.aws.amazon.com/goto/WebAPI/supportauthz-2026-06-30/CreateSupportPermit
 */
export function supportPermitActivity(records: Iterable<unknown>): SupportPermitActivity {
  const events: PermitEvent[] = []
  for (const record of records) if (isPermitEvent(record)) events.push(record)
  const entries = dedupeByEventId(events).map(entryOf)
  const arnsOfName = new Map<string, Set<string>>()
  for (const entry of entries) {
    if (entry.kind === 'rejected' || !entry.succeeded || entry.permitArn === undefined || entry.permitName === undefined) continue
    const arns = arnsOfName.get(entry.permitName) ?? new Set<string>()
    arns.add(entry.permitArn)
    arnsOfName.set(entry.permitName, arns)
  }
  const byPermit = new Map<string, Array<PermitCreation | PermitDeletion>>()
  const rejectedRequests: PermitRequestRejection[] = []
  const withoutPermit: Array<PermitCreation | PermitDeletion> = []
  for (const entry of entries) {
    if (entry.kind === 'rejected') {
      rejectedRequests.push(entry)
      continue
    }
    const key = keyOf(entry, arnsOfName)
    if (key === undefined) {
      withoutPermit.push(entry)
      continue
    }
    const group = byPermit.get(key)
    if (group === undefined) byPermit.set(key, [entry])
    else group.push(entry)
  }
  const permits = [...byPermit].map(([key, group]) => ({ key, history: historyOf(group) }))
  permits.sort((a, b) => compareFirst(a.history, b.history) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
  return {
    permits: permits.map(({ history }) => history),
    rejectedRequests: rejectedRequests.sort(compareCalls),
    withoutPermit: withoutPermit.sort(compareCalls),
  }
}

function compareFirst(a: SupportPermitHistory, b: SupportPermitHistory): number {
  const [first, second] = [a.timeline[0], b.timeline[0]]
  return first === undefined || second === undefined ? 0 : compareCalls(first, second)
}
