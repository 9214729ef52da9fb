import { dedupeByEventId } from '../record/index.js'
import { support } from 'cloudtrail-codecs/aws/support'
import type { SupportEvent } from 'cloudtrail-codecs/aws/support'
import { auditedCall, compareCalls, failedCall, hasError } from './call.js'
import type { AuditedCall, FailedCall } from './call.js'
import { nonEmpty } from './non-empty.js'

/**
 * The successful `CreateCase` call of a case.
 *
 * @example
 * ```ts
 * const created = supportCaseTimelines(records).cases[0]?.created
 * if (created) console.log(created.eventTime, created.caller.arn)
 * ```
 */
export interface CaseCreated extends AuditedCall {
  /** What the entry is. */
  readonly kind: 'created'
  /** The attachment set sent with the case, if any (`requestParameters.attachmentSetId`). */
  readonly attachmentSetId: string | undefined
}

/**
 * A successful `AddCommunicationToCase` call: a reply on the case.
 *
 * @example
 * ```ts
 * for (const reply of timeline.communications) console.log(reply.eventTime, reply.caller.arn)
 * ```
 */
export interface CaseCommunication extends AuditedCall {
  /** What the entry is. */
  readonly kind: 'communication'
  /** The attachment set sent with the reply, if any. */
  readonly attachmentSetId: string | undefined
}

/**
 * A successful `AddAttachmentsToSet` call whose attachment set was sent with
 * the case's `CreateCase` or one of its `AddCommunicationToCase` calls.
 *
 * @example
 * ```ts
 * for (const upload of timeline.attachments) console.log(upload.fileNames.join(', '))
 * ```
 */
export interface CaseAttachment extends AuditedCall {
  /** What the entry is. */
  readonly kind: 'attachment'
  /** The attachment set the files were added to. */
  readonly attachmentSetId: string | undefined
  /** The names of the uploaded files, as logged (`requestParameters.attachments[].fileName`). */
  readonly fileNames: ReadonlyArray<string>
}

/**
 * A successful read of the case: `DescribeCases` (the case in `caseIdList` or
 * in the response), `DescribeCommunications`, or `DescribeAttachment` of an
 * attachment known to belong to the case.
 *
 * @example
 * ```ts
 * const readers = new Set(timeline.describes.map((d) => d.caller.arn))
 * ```
 */
export interface CaseDescribed extends AuditedCall {
  /** What the entry is. */
  readonly kind: 'described'
}

/**
 * A successful `ResolveCase` call.
 *
 * @example
 * ```ts
 * if (timeline.resolved) console.log(timeline.resolved.initialCaseStatus, '->', timeline.resolved.finalCaseStatus)
 * ```
 */
export interface CaseResolved extends AuditedCall {
  /** What the entry is. */
  readonly kind: 'resolved'
  /** The status before, such as `pending-customer-action` (`responseElements.initialCaseStatus`). */
  readonly initialCaseStatus: string | undefined
  /** The status after, normally `resolved`. */
  readonly finalCaseStatus: string | undefined
}

/**
 * A failed call about the case (its record has an `errorCode`).
 *
 * @example
 * ```ts
 * for (const failed of timeline.failedCalls) console.log(failed.eventName, failed.errorCode)
 * ```
 */
export interface CaseCallFailed extends FailedCall {
  /** What the entry is. */
  readonly kind: 'failed'
}

/**
 * One entry of a case's timeline, told apart by `kind`.
 *
 * @example
 * ```ts
 * for (const entry of timeline.timeline) {
 *   if (entry.kind === 'failed') console.log(entry.eventName, entry.errorCode)
 * }
 * ```
 */
export type SupportCaseEntry =
  | CaseCreated
  | CaseCommunication
  | CaseAttachment
  | CaseDescribed
  | CaseResolved
  | CaseCallFailed

/**
 * Everything the input says about one AWS Support case.
 *
 * @example
 * ```ts
 * for (const first of supportCaseTimelines(records).cases.slice(0, 1)) {
 *   console.log(first.caseId, first.severityCode, first.creationInInput, first.timeline.length)
 * }
 * ```
 */
export interface SupportCaseTimeline {
  /** The case id, such as `case-111122223333-muen-2026-3f0c8e1b2a4d5c6e`. */
  readonly caseId: string
  /** The account that holds the case: `recipientAccountId` of its creation, else of its first event. */
  readonly accountId: string | undefined
  /**
   * Whether the case's successful `CreateCase` is in the input. When it is
   * not (the case was opened before the logs begin, or in logs not read), the
   * other events are still grouped, and the creation fields are `undefined`.
   */
  readonly creationInInput: boolean
  /** The `CreateCase` call: when and by whom. */
  readonly created: CaseCreated | undefined
  /** `severityCode` at creation: `low`, `normal`, `high`, `urgent` or `critical`. */
  readonly severityCode: string | undefined
  /** `serviceCode` at creation, such as `amazon-elastic-compute-cloud-linux`. */
  readonly serviceCode: string | undefined
  /** `categoryCode` at creation, such as `instance-issue`. */
  readonly categoryCode: string | undefined
  /** `language` at creation: `en`, `ja`, `zh` or `ko`. */
  readonly language: string | undefined
  /** `issueType` at creation: `technical` or `customer-service`. */
  readonly issueType: string | undefined
  /** The time of the case's first entry. */
  readonly firstSeen: string
  /** The time of the case's last entry. */
  readonly lastSeen: string
  /** Every reply (`AddCommunicationToCase`), in time order. */
  readonly communications: ReadonlyArray<CaseCommunication>
  /** Every upload of files sent with the case, in time order. */
  readonly attachments: ReadonlyArray<CaseAttachment>
  /** Every read of the case, in time order: who looked. */
  readonly describes: ReadonlyArray<CaseDescribed>
  /** The last successful `ResolveCase` (a later reply reopens the case: see `timeline`). */
  readonly resolved: CaseResolved | undefined
  /** Every failed call about the case, with its error code, in time order. */
  readonly failedCalls: ReadonlyArray<CaseCallFailed>
  /** All of the above in one list, in time order. */
  readonly timeline: ReadonlyArray<SupportCaseEntry>
}

/**
 * What {@link supportCaseTimelines} returns.
 *
 * @example
 * ```ts
 * const { cases, withoutCase } = supportCaseTimelines(records)
 * ```
 */
export interface SupportCaseTimelines {
  /** One timeline per case, ordered by first entry, then case id. */
  readonly cases: ReadonlyArray<SupportCaseTimeline>
  /**
   * Case calls that name no case the input can tie them to, in time order: a
   * failed `CreateCase`, a `DescribeCases` without `caseIdList`, files
   * uploaded to an attachment set that no case in the input uses, a
   * `DescribeAttachment` of an unknown attachment.
   */
  readonly withoutCase: ReadonlyArray<SupportCaseEntry>
}

/** The case operations: the Trusted Advisor operations of `support.amazonaws.com` are not about cases. */
type CaseEvent = SupportEvent<
  | 'AddAttachmentsToSet'
  | 'AddCommunicationToCase'
  | 'CreateCase'
  | 'DescribeAttachment'
  | 'DescribeCases'
  | 'DescribeCommunications'
  | 'ResolveCase'
>

const caseEventNames: ReadonlySet<string> = /*#__PURE__*/ new Set<CaseEvent['eventName']>([
  'AddAttachmentsToSet',
  'AddCommunicationToCase',
  'CreateCase',
  'DescribeAttachment',
  'DescribeCases',
  'DescribeCommunications',
  'ResolveCase',
])

function isCaseEvent(u: unknown): u is CaseEvent {
  return support.is(u) && caseEventNames.has(u.eventName)
}

/** What the successful calls say about attachment sets and attachments, gathered before any entry is placed. */
interface Links {
  /** Attachment set id → the cases whose `CreateCase` or `AddCommunicationToCase` sent it. */
  readonly casesOfSet: Map<string, Set<string>>
  /** Attachment id → the case it belongs to, from `DescribeCases` / `DescribeCommunications` responses. */
  readonly caseOfAttachment: Map<string, string>
}

function link(links: Links, setId: string | undefined, caseId: string | undefined): void {
  if (setId === undefined || caseId === undefined) return
  const cases = links.casesOfSet.get(setId) ?? new Set<string>()
  cases.add(caseId)
  links.casesOfSet.set(setId, cases)
}

function linkAttachments(
  links: Links,
  communications:
    | ReadonlyArray<{
        readonly caseId?: string | null
        readonly attachmentSet?: ReadonlyArray<{ readonly attachmentId?: string | null } | null> | null
      } | null>
    | null
    | undefined,
  fallbackCaseId: string | undefined,
): void {
  for (const communication of communications ?? []) {
    const caseId = nonEmpty(communication?.caseId) ?? fallbackCaseId
    if (caseId === undefined) continue
    for (const attachment of communication?.attachmentSet ?? []) {
      const id = nonEmpty(attachment?.attachmentId)
      if (id !== undefined) links.caseOfAttachment.set(id, caseId)
    }
  }
}

function gatherLinks(events: ReadonlyArray<CaseEvent>): Links {
  const links: Links = { casesOfSet: new Map(), caseOfAttachment: new Map() }
  for (const event of events) {
    if (hasError(event)) continue
    switch (event.eventName) {
      case 'CreateCase':
        link(links, nonEmpty(event.requestParameters?.attachmentSetId), nonEmpty(event.responseElements?.caseId))
        break
      case 'AddCommunicationToCase':
        link(links, nonEmpty(event.requestParameters?.attachmentSetId), nonEmpty(event.requestParameters?.caseId))
        break
      case 'DescribeCommunications':
        linkAttachments(links, event.responseElements?.communications, nonEmpty(event.requestParameters?.caseId))
        break
      case 'DescribeCases':
        for (const details of event.responseElements?.cases ?? []) {
          linkAttachments(links, details?.recentCommunications?.communications, nonEmpty(details?.caseId))
        }
        break
      case 'AddAttachmentsToSet':
      case 'DescribeAttachment':
      case 'ResolveCase':
        break
    }
  }
  return links
}

/** The case ids a call is about (none when the input cannot tell). */
function casesOf(event: CaseEvent, links: Links): ReadonlyArray<string> {
  const single = (id: string | undefined): ReadonlyArray<string> => (id === undefined ? [] : [id])
  switch (event.eventName) {
    case 'CreateCase':
      return single(nonEmpty(event.responseElements?.caseId))
    case 'AddCommunicationToCase':
    case 'DescribeCommunications':
    case 'ResolveCase':
      return single(nonEmpty(event.requestParameters?.caseId))
    case 'DescribeCases': {
      const ids = new Set<string>()
      for (const id of event.requestParameters?.caseIdList ?? []) {
        const caseId = nonEmpty(id)
        if (caseId !== undefined) ids.add(caseId)
      }
      for (const details of event.responseElements?.cases ?? []) {
        const id = nonEmpty(details?.caseId)
        if (id !== undefined) ids.add(id)
      }
      return [...ids]
    }
    case 'AddAttachmentsToSet': {
      const setId = nonEmpty(event.responseElements?.attachmentSetId) ?? nonEmpty(event.requestParameters?.attachmentSetId)
      return setId === undefined ? [] : [...(links.casesOfSet.get(setId) ?? [])]
    }
    case 'DescribeAttachment': {
      const id = nonEmpty(event.requestParameters?.attachmentId)
      return single(id === undefined ? undefined : links.caseOfAttachment.get(id))
    }
  }
}

function fileNamesOf(
  attachments: ReadonlyArray<{ readonly fileName?: string | null } | null> | string | null | undefined,
): string[] {
  if (attachments === undefined || attachments === null || typeof attachments === 'string') return []
  const names: string[] = []
  for (const attachment of attachments) {
    const name = attachment?.fileName
    if (typeof name === 'string') names.push(name)
  }
  return names
}

/** The timeline entry of a call. */
function entryOf(event: CaseEvent): SupportCaseEntry {
  if (hasError(event)) return { kind: 'failed', ...failedCall(event) }
  const call = auditedCall(event)
  switch (event.eventName) {
    case 'CreateCase':
      return { kind: 'created', ...call, attachmentSetId: nonEmpty(event.requestParameters?.attachmentSetId) }
    case 'AddCommunicationToCase':
      return { kind: 'communication', ...call, attachmentSetId: nonEmpty(event.requestParameters?.attachmentSetId) }
    case 'AddAttachmentsToSet':
      return {
        kind: 'attachment',
        ...call,
        attachmentSetId:
          nonEmpty(event.responseElements?.attachmentSetId) ?? nonEmpty(event.requestParameters?.attachmentSetId),
        fileNames: fileNamesOf(event.requestParameters?.attachments),
      }
    case 'DescribeAttachment':
    case 'DescribeCases':
    case 'DescribeCommunications':
      return { kind: 'described', ...call }
    case 'ResolveCase':
      return {
        kind: 'resolved',
        ...call,
        initialCaseStatus: event.responseElements?.initialCaseStatus ?? undefined,
        finalCaseStatus: event.responseElements?.finalCaseStatus ?? undefined,
      }
  }
}

function only<K extends SupportCaseEntry['kind']>(
  entries: ReadonlyArray<SupportCaseEntry>,
  kind: K,
): Array<Extract<SupportCaseEntry, { readonly kind: K }>> {
  return entries.filter((e): e is Extract<SupportCaseEntry, { readonly kind: K }> => e.kind === kind)
}

function timelineOf(
  caseId: string,
  entries: SupportCaseEntry[],
  recordOf: ReadonlyMap<SupportCaseEntry, CaseEvent>,
): SupportCaseTimeline {
  entries.sort(compareCalls)
  const created = only(entries, 'created')[0]
  const resolutions = only(entries, 'resolved')
  const creation = created === undefined ? undefined : recordOf.get(created)
  const request = creation?.eventName === 'CreateCase' ? creation.requestParameters : undefined
  const first = entries[0]
  const last = entries[entries.length - 1]
  return {
    caseId,
    accountId: (created ?? first)?.caller.recipientAccountId,
    creationInInput: created !== undefined,
    created,
    severityCode: request?.severityCode ?? undefined,
    serviceCode: request?.serviceCode ?? undefined,
    categoryCode: request?.categoryCode ?? undefined,
    language: request?.language ?? undefined,
    issueType: request?.issueType ?? undefined,
    firstSeen: first?.eventTime ?? '',
    lastSeen: last?.eventTime ?? '',
    communications: only(entries, 'communication'),
    attachments: only(entries, 'attachment'),
    describes: only(entries, 'described'),
    resolved: resolutions[resolutions.length - 1],
    failedCalls: only(entries, 'failed'),
    timeline: entries,
  }
}

/**
 * Groups the AWS Support case calls of a set of records by case, and tells
 * each case's story: created when and by whom (with severity, service and
 * category codes, language and issue type), every reply and every file
 * upload, who looked at it, when it was resolved and by whom, and the calls
 * that failed with their error codes.
 *
 * The case id comes from `CreateCase`'s `responseElements.caseId` and from
 * the `caseId` / `caseIdList` request parameters of the other calls (and the
 * case ids in `DescribeCases` responses, when CloudTrail logs them).
 * Attachment uploads (`AddAttachmentsToSet`) join a case through their
 * attachment set id, once a successful `CreateCase` or
 * `AddCommunicationToCase` of that case sent the set. A
 * `DescribeAttachment` joins the case whose communications list the
 * attachment, when a logged `DescribeCases` / `DescribeCommunications`
 * response says so.
 *
 * Only records that `support.is` accepts count: any other record is
 * ignored, as are the Support API's Trusted Advisor calls (see
 * {@link trustedAdvisorActivity}) and its option reads (`DescribeServices`,
 * `DescribeSeverityLevels`, ...). A record delivered twice (same `eventID`)
 * counts once. The result does not depend on the order of the input: cases
 * are ordered by their first entry, entries by time.
 *
 * @param records - records in any order, such as `parseRecords(text).records`, possibly of several files
 * @returns the timelines, and the case calls that name no case
 *
 * @example
 * ```ts
 * import { parseRecords } from 'cloudtrail-codecs'
 * import { supportCaseTimelines } from 'cloudtrail-codecs/audit'
 *
 * const { cases } = supportCaseTimelines(parseRecords(text).records)
 * for (const c of cases) {
 *   console.log(c.caseId, c.severityCode, c.creationInInput ? `opened by ${c.created?.caller.arn}` : 'opened earlier')
 *   for (const entry of c.timeline) console.log(' ', entry.eventTime, entry.kind, entry.caller.arn)
 *   if (c.resolved) console.log('  resolved by', c.resolved.caller.arn)
 * }
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail.html
 */
export function supportCaseTimelines(records: Iterable<unknown>): SupportCaseTimelines {
  const caseEvents: CaseEvent[] = []
  for (const record of records) if (isCaseEvent(record)) caseEvents.push(record)
  const events = dedupeByEventId(caseEvents)
  const links = gatherLinks(events)
  const byCase = new Map<string, SupportCaseEntry[]>()
  const recordOf = new Map<SupportCaseEntry, CaseEvent>()
  const withoutCase: SupportCaseEntry[] = []
  for (const event of events) {
    const entry = entryOf(event)
    recordOf.set(entry, event)
    const caseIds = casesOf(event, links)
    if (caseIds.length === 0) withoutCase.push(entry)
    for (const caseId of caseIds) {
      const entries = byCase.get(caseId)
      if (entries === undefined) byCase.set(caseId, [entry])
      else entries.push(entry)
    }
  }
  const cases = [...byCase].map(([caseId, entries]) => timelineOf(caseId, entries, recordOf))
  cases.sort((a, b) => compareFirst(a, b) || (a.caseId < b.caseId ? -1 : a.caseId > b.caseId ? 1 : 0))
  return { cases, withoutCase: withoutCase.sort(compareCalls) }
}

function compareFirst(a: SupportCaseTimeline, b: SupportCaseTimeline): number {
  const [first, second] = [a.timeline[0], b.timeline[0]]
  return first === undefined || second === undefined ? 0 : compareCalls(first, second)
}
