import { describeCaller } from '../identity/classify.js'
import type { CallerDescription } from '../identity/classify.js'
import type { EventRecord } from '../record/record.js'

/**
 * One call as the audit helpers report it: when, which operation, the record's
 * `eventID`, and who made it ({@link describeCaller} of the record). Every
 * key is always present; `undefined` means the record does not say.
 *
 * @example
 * ```ts
 * for (const { eventTime, eventName, caller } of supportCaseTimelines(records).cases[0]?.timeline ?? []) {
 *   console.log(eventTime, eventName, caller.class, caller.arn)
 * }
 * ```
 */
export interface AuditedCall {
  /** The record's `eventTime`, as written, such as `2026-11-02T10:03:27Z`. */
  readonly eventTime: string
  /** The record's `eventSource`, such as `support.amazonaws.com`. */
  readonly eventSource: string
  /** The record's `eventName`, such as `CreateCase`. */
  readonly eventName: string
  /** The record's `eventID`; `undefined` for the rare record without one (absent, or `null` as data lakes write it). */
  readonly eventId: string | undefined
  /** Who made the call. */
  readonly caller: CallerDescription
}

/**
 * A call that failed: the record has an `errorCode`.
 *
 * @example
 * ```ts
 * for (const failed of timeline.failedCalls) console.log(failed.eventName, failed.errorCode)
 * ```
 */
export interface FailedCall extends AuditedCall {
  /** The record's `errorCode`, such as `AccessDenied` or `CaseIdNotFound`. */
  readonly errorCode: string
  /** The record's `errorMessage`, if any (`undefined` when absent or `null`). */
  readonly errorMessage: string | undefined
}

/** The common part of every entry the audit helpers return. */
export function auditedCall(record: EventRecord): AuditedCall {
  return {
    eventTime: record.eventTime,
    eventSource: record.eventSource,
    eventName: record.eventName,
    eventId: record.eventID ?? undefined,
    caller: describeCaller(record),
  }
}

/** The failure entry of a record whose `errorCode` is set. */
export function failedCall(record: EventRecord & { readonly errorCode: string }): FailedCall {
  return { ...auditedCall(record), errorCode: record.errorCode, errorMessage: record.errorMessage ?? undefined }
}

/** Whether a record reports a failed call. */
export function hasError<R extends EventRecord>(record: R): record is R & { readonly errorCode: string } {
  return record.errorCode !== undefined && record.errorCode !== ''
}

function instant(eventTime: string): number {
  const ms = Date.parse(eventTime)
  return Number.isNaN(ms) ? Number.POSITIVE_INFINITY : ms
}

function compareText(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0
  if (a === undefined) return 1
  if (b === undefined) return -1
  return a < b ? -1 : 1
}

/**
 * Orders calls by time, then by `eventID`, `eventName` and caller ARN, so that
 * the order never depends on the order of the input.
 */
export function compareCalls(a: AuditedCall, b: AuditedCall): number {
  return (
    instant(a.eventTime) - instant(b.eventTime) ||
    compareText(a.eventTime, b.eventTime) ||
    compareText(a.eventId, b.eventId) ||
    compareText(a.eventName, b.eventName) ||
    compareText(a.caller.arn, b.caller.arn)
  )
}
