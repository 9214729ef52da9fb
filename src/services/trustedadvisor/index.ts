import type * as t from 'io-ts'
import { defineService } from '../operation.js'
import { BatchUpdateRecommendationResourceExclusion } from './batch-update-recommendation-resource-exclusion.js'
import { DescribeAccount } from './describe-account.js'
import { DescribeAccountAccess } from './describe-account-access.js'
import { DescribeCheckItems } from './describe-check-items.js'
import { DescribeCheckRefreshStatuses } from './describe-check-refresh-statuses.js'
import { DescribeCheckSummaries } from './describe-check-summaries.js'
import { DescribeChecks } from './describe-checks.js'
import { DescribeNotificationPreferences } from './describe-notification-preferences.js'
import { DescribeOrganization } from './describe-organization.js'
import { DescribeOrganizationAccounts } from './describe-organization-accounts.js'
import { DescribeReports } from './describe-reports.js'
import { DescribeRisk } from './describe-risk.js'
import { DescribeRiskResources } from './describe-risk-resources.js'
import { DescribeRisks } from './describe-risks.js'
import { DescribeServiceMetadata } from './describe-service-metadata.js'
import { DownloadRisk } from './download-risk.js'
import { ExcludeCheckItems } from './exclude-check-items.js'
import { GenerateReport } from './generate-report.js'
import { GetOrganizationRecommendation } from './get-organization-recommendation.js'
import { GetRecommendation } from './get-recommendation.js'
import { IncludeCheckItems } from './include-check-items.js'
import { ListAccountsForParent } from './list-accounts-for-parent.js'
import { ListChecks } from './list-checks.js'
import { ListOrganizationRecommendationAccounts } from './list-organization-recommendation-accounts.js'
import { ListOrganizationRecommendationResources } from './list-organization-recommendation-resources.js'
import { ListOrganizationRecommendations } from './list-organization-recommendations.js'
import { ListOrganizationalUnitsForParent } from './list-organizational-units-for-parent.js'
import { ListRecommendationResources } from './list-recommendation-resources.js'
import { ListRecommendations } from './list-recommendations.js'
import { ListRecommendationsForResource } from './list-recommendations-for-resource.js'
import { ListRoots } from './list-roots.js'
import { RefreshCheck } from './refresh-check.js'
import { SetAccountAccess } from './set-account-access.js'
import { SetOrganizationAccess } from './set-organization-access.js'
import { UpdateNotificationPreferences } from './update-notification-preferences.js'
import { UpdateOrganizationRecommendationLifecycle } from './update-organization-recommendation-lifecycle.js'
import { UpdateRecommendationLifecycle } from './update-recommendation-lifecycle.js'
import { UpdateRiskStatus } from './update-risk-status.js'
import { TRUSTED_ADVISOR_EVENT_SOURCE } from './shared.js'

/**
 * Trusted Advisor as CloudTrail logs it under `trustedadvisor.amazonaws.com`: the 26 console actions that the
 * Trusted Advisor CloudTrail page lists (no public API model; typed where a documented sample shows the
 * shape, any JSON value elsewhere) and the 12 operations of the Trusted Advisor API (2022-09-15), with a Map
 * from eventName to operation, the {@link TrustedAdvisorEvent} codec and its guard. The two sets share the
 * event source and no eventName.
 *
 * @example
 * ```ts
 * TrustedAdvisor.byName.get('RefreshCheck')?.readOnly   // false
 * TrustedAdvisor.operations.length                      // 38
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const TrustedAdvisor = defineService(TRUSTED_ADVISOR_EVENT_SOURCE, [
  DescribeAccount,
  DescribeAccountAccess,
  DescribeChecks,
  DescribeCheckItems,
  DescribeCheckRefreshStatuses,
  DescribeCheckSummaries,
  DescribeNotificationPreferences,
  DescribeOrganization,
  DescribeOrganizationAccounts,
  DescribeReports,
  DescribeRisk,
  DescribeRisks,
  DescribeRiskResources,
  DescribeServiceMetadata,
  DownloadRisk,
  ExcludeCheckItems,
  GenerateReport,
  IncludeCheckItems,
  ListAccountsForParent,
  ListRoots,
  ListOrganizationalUnitsForParent,
  RefreshCheck,
  SetAccountAccess,
  SetOrganizationAccess,
  UpdateNotificationPreferences,
  UpdateRiskStatus,
  BatchUpdateRecommendationResourceExclusion,
  GetOrganizationRecommendation,
  GetRecommendation,
  ListChecks,
  ListOrganizationRecommendationAccounts,
  ListOrganizationRecommendationResources,
  ListOrganizationRecommendations,
  ListRecommendationResources,
  ListRecommendations,
  ListRecommendationsForResource,
  UpdateOrganizationRecommendationLifecycle,
  UpdateRecommendationLifecycle,
] as const)

/**
 * The operation table of Trusted Advisor: every operation with its `eventName`, `readOnly` and its request,
 * response and event codecs, console actions first, then the Trusted Advisor API, as the shared specification
 * lists them.
 *
 * @example
 * ```ts
 * for (const op of trustedAdvisorOperations) console.log(op.eventName, op.readOnly)
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const trustedAdvisorOperations = TrustedAdvisor.operations

/**
 * The codec of a CloudTrail record of any Trusted Advisor operation (`trustedadvisor.amazonaws.com`): a union
 * discriminated by `eventName`, dispatched with one Map lookup on `eventName` and then checked by that
 * operation's codec. Decoding returns the very object it was given.
 *
 * @example
 * ```ts
 * const result = TrustedAdvisorEvent.decode(JSON.parse(text))
 * if (result._tag === 'Right') console.log(result.right.eventName)
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const TrustedAdvisorEvent = TrustedAdvisor.event
/** A CloudTrail record of a `trustedadvisor.amazonaws.com` operation; see the codec of the same name. */
export type TrustedAdvisorEvent = t.TypeOf<typeof TrustedAdvisorEvent>

/**
 * A sound guard for Trusted Advisor records: it looks the operation up by `(eventSource, eventName)` and
 * checks the record with that operation's codec, so `switch (event.eventName)` then narrows
 * `requestParameters` and `responseElements` to the operation's types. A record whose payload does not match
 * its operation (kept by `onOperationMismatch: 'generic'`) is rejected.
 *
 * @param u - a record, or any value
 * @returns `true` when `u` is a record of a `trustedadvisor.amazonaws.com` operation and satisfies its codec
 *
 * @example
 * ```ts
 * for (const event of parseRecords(text).records) {
 *   if (!isTrustedAdvisorEvent(event)) continue
 *   switch (event.eventName) {
 *     case 'RefreshCheck':
 *       console.log(event.responseElements?.status?.millisUntilNextRefreshable)
 *       break
 *     case 'UpdateRecommendationLifecycle':
 *       console.log(event.requestParameters?.lifecycleStage, event.requestParameters?.updateReasonCode)
 *       break
 *     case 'DescribeChecks':
 *       console.log(event.requestParameters)   // unknown: no public shape
 *       break
 *   }
 * }
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export function isTrustedAdvisorEvent(u: unknown): u is TrustedAdvisorEvent {
  return TrustedAdvisor.is(u)
}

export * from './shared.js'
export * from './describe-account.js'
export * from './describe-account-access.js'
export * from './describe-checks.js'
export * from './describe-check-items.js'
export * from './describe-check-refresh-statuses.js'
export * from './describe-check-summaries.js'
export * from './describe-notification-preferences.js'
export * from './describe-organization.js'
export * from './describe-organization-accounts.js'
export * from './describe-reports.js'
export * from './describe-risk.js'
export * from './describe-risks.js'
export * from './describe-risk-resources.js'
export * from './describe-service-metadata.js'
export * from './download-risk.js'
export * from './exclude-check-items.js'
export * from './generate-report.js'
export * from './include-check-items.js'
export * from './list-accounts-for-parent.js'
export * from './list-roots.js'
export * from './list-organizational-units-for-parent.js'
export * from './refresh-check.js'
export * from './set-account-access.js'
export * from './set-organization-access.js'
export * from './update-notification-preferences.js'
export * from './update-risk-status.js'
export * from './batch-update-recommendation-resource-exclusion.js'
export * from './get-organization-recommendation.js'
export * from './get-recommendation.js'
export * from './list-checks.js'
export * from './list-organization-recommendation-accounts.js'
export * from './list-organization-recommendation-resources.js'
export * from './list-organization-recommendations.js'
export * from './list-recommendation-resources.js'
export * from './list-recommendations.js'
export * from './list-recommendations-for-resource.js'
export * from './update-organization-recommendation-lifecycle.js'
export * from './update-recommendation-lifecycle.js'
