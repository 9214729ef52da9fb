/**
 * The legacy eventSource of the AWS Support Plans console. CloudTrail stopped
 * logging these names on 2022-08-03 (the Support Plans console now logs under
 * `supportplans.amazonaws.com`), but older archives still hold them.
 *
 * @example
 * ```ts
 * const { records, skipped } = parseRecords(text, { only: { eventSources: [SUPPORT_SUBSCRIPTION_EVENT_SOURCE] } })
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-support-plans.html
 */
export const SUPPORT_SUBSCRIPTION_EVENT_SOURCE = 'support-subscription.amazonaws.com'
