import { supportPermitActivity } from '../audit/index.js'
import type { PermitCondition, PermitDetails, SupportPermitEntry } from '../audit/index.js'
import { compareCalls } from './call-order.js'
import { FirstEntries } from './first-entries.js'
import { plural } from './plural.js'
import { row } from './timeline-text.js'
import type { SectionLine } from './timeline-text.js'

/**
 * What the report takes of one record's support permit call: its entry
 * (none for any other record), as `supportPermitActivity` tells it. Plain
 * data: a worker thread makes it, and it crosses to the thread that writes
 * the report.
 *
 * @example
 * ```ts
 * const parts: PermitParts = permitPartsOf({ eventSource: 'supportauthz.amazonaws.com', eventName: 'ListSupportPermits' })   // []
 * ```
 */
export type PermitParts = ReadonlyArray<SupportPermitEntry>

/**
 * What {@link PermitBook.addParts} takes of a record, computed apart so that
 * the thread that reads the record can do it: `supportPermitActivity` of the
 * record alone.
 *
 * @param record - a decoded record
 * @returns its entry, or none
 *
 * @example
 * ```ts
 * const [entry] = permitPartsOf(record)
 * ```
 */
export function permitPartsOf(record: unknown): PermitParts {
  const { permits, rejectedRequests, withoutPermit } = supportPermitActivity([record])
  return [...permits.flatMap((permit) => permit.timeline), ...rejectedRequests, ...withoutPermit]
}

/**
 * The support permit calls of the report (SupportAuthZ: `CreateSupportPermit`,
 * `DeleteSupportPermit`, `RejectSupportPermitRequest`), gathered one record
 * at a time in bounded memory: the first `limit` calls in time order are
 * kept, the others counted. Records must come deduplicated.
 *
 * @example
 * ```ts
 * const book = new PermitBook(10)
 * book.addParts(permitPartsOf(record))
 * ```
 */
export class PermitBook {
  /** The calls, the first ones kept. */
  readonly calls: FirstEntries<SupportPermitEntry>

  /** @param limit - how many calls to keep (`Infinity` for all) */
  constructor(limit: number) {
    this.calls = new FirstEntries<SupportPermitEntry>(limit, compareCalls)
  }

  /**
   * Adds what {@link permitPartsOf} found in a record.
   *
   * @param parts - the record's entries
   */
  addParts(parts: PermitParts): void {
    for (const entry of parts) this.calls.add(entry)
  }
}

/** `a, b, c and 4 more`, at most `limit` items shown. */
function listText(items: ReadonlyArray<string>, limit: number): string {
  const shown = items.slice(0, limit)
  const hidden = items.length - shown.length
  return hidden > 0 ? `${shown.join(', ')} and ${hidden} more` : shown.join(', ')
}

function conditionText(conditions: ReadonlyArray<PermitCondition>): string | undefined {
  const parts = conditions.flatMap((condition) => [
    ...(condition.allowAfter === undefined ? [] : [`after ${String(condition.allowAfter)}`]),
    ...(condition.allowBefore === undefined ? [] : [`before ${String(condition.allowBefore)}`]),
  ])
  return parts.length === 0 ? undefined : `allowed ${parts.join(', ')}`
}

/** What a permit entry says on its row: `created permit ec2-console-debug`, `CreateSupportPermit failed: AccessDenied`. */
function whatText(entry: SupportPermitEntry): string {
  const permit = entry.kind === 'rejected' ? '' : ` ${entry.permitName ?? 'a permit'}`
  if (!entry.succeeded) {
    const about = entry.kind === 'rejected' || entry.permitName === undefined ? '' : ` (permit ${entry.permitName})`
    return `${entry.eventName} failed: ${entry.errorCode ?? '?'}${about}`
  }
  switch (entry.kind) {
    case 'created':
      return `created permit${permit}`
    case 'deleted':
      return `deleted permit${permit}`
    case 'rejected':
      return 'rejected a permit request'
  }
}

/** The lines under a permit entry's row: its ARN, actions, resources, conditions and case, those the record gives. */
function detailLines(entry: SupportPermitEntry, listLimit: number): string[] {
  if (entry.kind === 'rejected') return entry.requestArn === undefined ? [] : [`request ${entry.requestArn}`]
  const details: PermitDetails = entry
  const lines: string[] = []
  if (details.permitArn !== undefined) lines.push(details.permitArn)
  if (details.actions !== undefined) lines.push(`actions: ${details.actions === 'all' ? 'all actions' : listText(details.actions, listLimit)}`)
  if (details.resources !== undefined) {
    lines.push(`resources: ${details.resources === 'all-in-region' ? 'all resources in the Region' : listText(details.resources, listLimit)}`)
  }
  const when = conditionText(details.conditions)
  const caseId = details.supportCaseDisplayId === undefined ? undefined : `case ${details.supportCaseDisplayId}`
  const last = [when, caseId].filter((part): part is string => part !== undefined)
  if (last.length > 0) lines.push(last.join('; '))
  return lines
}

/**
 * The "Support permits" section of the report: the first calls in time
 * order, each a timeline row (when, what, who) and the lines that tell the
 * permit (its ARN, actions, resources, conditions and case) or the request
 * rejected; nothing when the input holds no support permit call.
 *
 * @param book - the calls gathered
 * @param listLimit - how many actions and resources to show per call
 * @returns the section's lines
 *
 * @example
 * ```ts
 * const lines = permitSection(new PermitBook(10), 10)   // []
 * ```
 */
export function permitSection(book: PermitBook, listLimit: number): SectionLine[] {
  const { calls } = book
  if (calls.count === 0) return []
  const lines: SectionLine[] = ['', `Support permits (${plural(calls.count, 'call')})`]
  for (const entry of calls.shown) {
    const timelineRow = row(entry, whatText(entry), '  ')
    lines.push(timelineRow)
    const indent = ' '.repeat(timelineRow.indent.length + timelineRow.eventTime.length + 2)
    for (const line of detailLines(entry, listLimit)) lines.push(`${indent}${line}`)
  }
  if (calls.hidden > 0) lines.push(`  and ${plural(calls.hidden, 'more call')}`)
  return lines
}
