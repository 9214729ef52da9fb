/**
 * The eventSource of AWS Support Plans. No public API model exists; the
 * operations are known from the CloudTrail documentation and the
 * `AWSSupportPlansFullAccess` managed policy.
 *
 * @example
 * ```ts
 * const { records, skipped } = parseRecords(text, { only: { eventSources: [SUPPORT_PLANS_EVENT_SOURCE] } })
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-support-plans.html
 */
export const SUPPORT_PLANS_EVENT_SOURCE = 'supportplans.amazonaws.com'
