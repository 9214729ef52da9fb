import type { AuditedCall } from '../audit/index.js'

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
 * Orders calls as the audit helpers order their timelines: by time, then by
 * `eventID`, `eventName` and caller ARN, so that the order does not depend on
 * the order of the input. A time that does not parse comes last.
 *
 * @param a - a call
 * @param b - another call
 * @returns negative when `a` comes first, positive when `b` does, 0 when they tie
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
