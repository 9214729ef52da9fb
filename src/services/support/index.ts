import type * as t from 'io-ts'
import { defineService } from '../operation.js'
import { AddAttachmentsToSet } from './add-attachments-to-set.js'
import { AddCommunicationToCase } from './add-communication-to-case.js'
import { CreateCase } from './create-case.js'
import { DescribeAttachment } from './describe-attachment.js'
import { DescribeCases } from './describe-cases.js'
import { DescribeCommunications } from './describe-communications.js'
import { DescribeCreateCaseOptions } from './describe-create-case-options.js'
import { DescribeServices } from './describe-services.js'
import { DescribeSeverityLevels } from './describe-severity-levels.js'
import { DescribeSupportedLanguages } from './describe-supported-languages.js'
import { DescribeTrustedAdvisorCheckRefreshStatuses } from './describe-trusted-advisor-check-refresh-statuses.js'
import { DescribeTrustedAdvisorCheckResult } from './describe-trusted-advisor-check-result.js'
import { DescribeTrustedAdvisorCheckSummaries } from './describe-trusted-advisor-check-summaries.js'
import { DescribeTrustedAdvisorChecks } from './describe-trusted-advisor-checks.js'
import { RefreshTrustedAdvisorCheck } from './refresh-trusted-advisor-check.js'
import { ResolveCase } from './resolve-case.js'
import { SUPPORT_EVENT_SOURCE } from './shared.js'

/**
 * The AWS Support API (2013-04-15) as CloudTrail logs it under
 * `support.amazonaws.com`: its 16 operations (11 for cases, 5 for Trusted
 * Advisor), a Map from eventName to operation, the {@link SupportEvent} codec
 * and its guard.
 *
 * @example
 * ```ts
 * Support.byName.get('ResolveCase')?.readOnly   // false
 * Support.operations.length                     // 16
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail.html
 */
export const Support = defineService(SUPPORT_EVENT_SOURCE, [
  AddAttachmentsToSet,
  AddCommunicationToCase,
  CreateCase,
  DescribeAttachment,
  DescribeCases,
  DescribeCommunications,
  DescribeCreateCaseOptions,
  DescribeServices,
  DescribeSeverityLevels,
  DescribeSupportedLanguages,
  DescribeTrustedAdvisorCheckRefreshStatuses,
  DescribeTrustedAdvisorCheckResult,
  DescribeTrustedAdvisorCheckSummaries,
  DescribeTrustedAdvisorChecks,
  RefreshTrustedAdvisorCheck,
  ResolveCase,
] as const)

/**
 * The operation table of the AWS Support API: every operation with its
 * `eventName`, `readOnly` and its request, response and event codecs, in the
 * order of the API reference.
 *
 * @example
 * ```ts
 * for (const op of supportOperations) console.log(op.eventName, op.readOnly)
 * // AddAttachmentsToSet false, AddCommunicationToCase false, CreateCase false, DescribeAttachment true, ...
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_Operations.html
 */
export const supportOperations = Support.operations

/**
 * The codec of a CloudTrail record of any AWS Support API operation: a union
 * discriminated by `eventName`, dispatched with one Map lookup on
 * `eventName` and then checked by that operation's codec. Decoding returns the
 * very object it was given.
 *
 * @example
 * ```ts
 * const result = SupportEvent.decode(JSON.parse(text))
 * if (result._tag === 'Right') console.log(result.right.eventName)   // 'CreateCase' | 'ResolveCase' | ...
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail.html
 */
export const SupportEvent = Support.event
/** A CloudTrail record of an AWS Support API operation; see the codec of the same name. */
export type SupportEvent = t.TypeOf<typeof SupportEvent>

/**
 * A sound guard for AWS Support API records: it looks the operation up by
 * `(eventSource, eventName)` and checks the record with that operation's
 * codec, so `switch (event.eventName)` then narrows `requestParameters` and
 * `responseElements` to the operation's types. A record whose payload does not
 * match its operation (kept by `onOperationMismatch: 'generic'`) is rejected.
 *
 * @param u - a record, or any value
 * @returns `true` when `u` is a record of a Support API operation and satisfies its codec
 *
 * @example
 * ```ts
 * for (const event of parseRecords(text).records) {
 *   if (!isSupportEvent(event)) continue
 *   switch (event.eventName) {
 *     case 'CreateCase':
 *       console.log(event.requestParameters?.severityCode, event.responseElements?.caseId)
 *       break
 *     case 'ResolveCase':
 *       console.log(event.responseElements?.finalCaseStatus)
 *       break
 *   }
 * }
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail.html
 */
export function isSupportEvent(u: unknown): u is SupportEvent {
  return Support.is(u)
}

export * from './shared.js'
export * from './add-attachments-to-set.js'
export * from './add-communication-to-case.js'
export * from './create-case.js'
export * from './describe-attachment.js'
export * from './describe-cases.js'
export * from './describe-communications.js'
export * from './describe-create-case-options.js'
export * from './describe-services.js'
export * from './describe-severity-levels.js'
export * from './describe-supported-languages.js'
export * from './describe-trusted-advisor-check-refresh-statuses.js'
export * from './describe-trusted-advisor-check-result.js'
export * from './describe-trusted-advisor-check-summaries.js'
export * from './describe-trusted-advisor-checks.js'
export * from './refresh-trusted-advisor-check.js'
export * from './resolve-case.js'
