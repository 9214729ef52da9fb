import * as t from 'io-ts'
import { openEnum } from '../../codec/open-enum.js'

/**
 * The eventSource of the AWS Support API (2013-04-15).
 *
 * @example
 * ```ts
 * const { records, skipped } = parseRecords(text, { only: { eventSources: [SUPPORT_EVENT_SOURCE] } })
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail.html
 */
export const SUPPORT_EVENT_SOURCE = 'support.amazonaws.com'

/**
 * A case's severity (`severityCode`): `low` (General guidance), `normal`
 * (System impaired), `high` (Production system impaired), `urgent`
 * (Production system down), `critical` (Business-critical system down). Which
 * values an account may use depends on its support plan. Open: any other
 * string still decodes.
 *
 * @example
 * ```ts
 * SeverityCode.is('urgent')   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_CreateCase.html
 */
export const SeverityCode = /*#__PURE__*/ openEnum('SeverityCode', ['low', 'normal', 'high', 'urgent', 'critical'] as const)
/** A case's severity code; see the codec of the same name. */
export type SeverityCode = t.TypeOf<typeof SeverityCode>

/**
 * Narrows a severity code to one of the documented values.
 *
 * @param value - a decoded severity code
 * @returns `true` for `low`, `normal`, `high`, `urgent` or `critical`
 * @example
 * ```ts
 * isKnownSeverityCode('critical')   // true
 * ```
 */
export function isKnownSeverityCode(value: string): value is (typeof SeverityCode.values)[number] {
  return SeverityCode.isKnown(value)
}

/**
 * The language of a case (`language` of the case operations): `en`, `ja`,
 * `zh`, `ko`. Open: any other string still decodes.
 *
 * @example
 * ```ts
 * CaseLanguage.is('ja')   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_CreateCase.html
 */
export const CaseLanguage = /*#__PURE__*/ openEnum('CaseLanguage', ['en', 'ja', 'zh', 'ko'] as const)
/** The language of a case; see the codec of the same name. */
export type CaseLanguage = t.TypeOf<typeof CaseLanguage>

/**
 * Narrows a case language to one of the documented values.
 *
 * @param value - a decoded case language
 * @returns `true` for `en`, `ja`, `zh` or `ko`
 * @example
 * ```ts
 * isKnownCaseLanguage('fr')   // false: Trusted Advisor only
 * ```
 */
export function isKnownCaseLanguage(value: string): value is (typeof CaseLanguage.values)[number] {
  return CaseLanguage.isKnown(value)
}

/**
 * The language of a Trusted Advisor call of the Support API: `zh`, `zh_TW`,
 * `en`, `fr`, `de`, `id`, `it`, `ja`, `ko`, `pt_BR`, `es`. Open: any other
 * string still decodes.
 *
 * @example
 * ```ts
 * TrustedAdvisorLanguage.is('pt_BR')   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeTrustedAdvisorChecks.html
 */
export const TrustedAdvisorLanguage = /*#__PURE__*/ openEnum('TrustedAdvisorLanguage', [
  'zh',
  'zh_TW',
  'en',
  'fr',
  'de',
  'id',
  'it',
  'ja',
  'ko',
  'pt_BR',
  'es',
] as const)
/** The language of a Trusted Advisor call; see the codec of the same name. */
export type TrustedAdvisorLanguage = t.TypeOf<typeof TrustedAdvisorLanguage>

/**
 * Narrows a Trusted Advisor language to one of the documented values.
 *
 * @param value - a decoded Trusted Advisor language
 * @returns `true` for one of the eleven documented codes
 * @example
 * ```ts
 * isKnownTrustedAdvisorLanguage('zh_TW')   // true
 * ```
 */
export function isKnownTrustedAdvisorLanguage(value: string): value is (typeof TrustedAdvisorLanguage.values)[number] {
  return TrustedAdvisorLanguage.isKnown(value)
}

/**
 * The kind of a case (`issueType`): `customer-service` or `technical` (the
 * default). Open: any other string still decodes.
 *
 * @example
 * ```ts
 * IssueType.is('technical')   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_CreateCase.html
 */
export const IssueType = /*#__PURE__*/ openEnum('IssueType', ['customer-service', 'technical'] as const)
/** The kind of a case; see the codec of the same name. */
export type IssueType = t.TypeOf<typeof IssueType>

/**
 * Narrows an issue type to one of the documented values.
 *
 * @param value - a decoded issue type
 * @returns `true` for `customer-service` or `technical`
 * @example
 * ```ts
 * isKnownIssueType('customer-service')   // true
 * ```
 */
export function isKnownIssueType(value: string): value is (typeof IssueType.values)[number] {
  return IssueType.isKnown(value)
}

/**
 * The status of a case: `all-open`, `customer-action-completed`, `opened`,
 * `pending-customer-action`, `reopened`, `resolved`, `unassigned`,
 * `work-in-progress`. Open: any other string still decodes.
 *
 * @example
 * ```ts
 * CaseStatus.is('pending-customer-action')   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_CaseDetails.html
 */
export const CaseStatus = /*#__PURE__*/ openEnum('CaseStatus', [
  'all-open',
  'customer-action-completed',
  'opened',
  'pending-customer-action',
  'reopened',
  'resolved',
  'unassigned',
  'work-in-progress',
] as const)
/** The status of a case; see the codec of the same name. */
export type CaseStatus = t.TypeOf<typeof CaseStatus>

/**
 * Narrows a case status to one of the documented values.
 *
 * @param value - a decoded case status
 * @returns `true` for one of the eight documented statuses
 * @example
 * ```ts
 * isKnownCaseStatus('resolved')   // true
 * ```
 */
export function isKnownCaseStatus(value: string): value is (typeof CaseStatus.values)[number] {
  return CaseStatus.isKnown(value)
}

/**
 * The status of a Trusted Advisor check (`status` of a check result or
 * summary): `ok` (green), `warning` (yellow), `error` (red), `not_available`.
 * Open: any other string still decodes.
 *
 * @example
 * ```ts
 * TrustedAdvisorCheckStatus.is('warning')   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_TrustedAdvisorCheckResult.html
 */
export const TrustedAdvisorCheckStatus = /*#__PURE__*/ openEnum('TrustedAdvisorCheckStatus', [
  'ok',
  'warning',
  'error',
  'not_available',
] as const)
/** The status of a Trusted Advisor check; see the codec of the same name. */
export type TrustedAdvisorCheckStatus = t.TypeOf<typeof TrustedAdvisorCheckStatus>

/**
 * Narrows a Trusted Advisor check status to one of the documented values.
 *
 * @param value - a decoded check status
 * @returns `true` for `ok`, `warning`, `error` or `not_available`
 * @example
 * ```ts
 * isKnownTrustedAdvisorCheckStatus('not_available')   // true
 * ```
 */
export function isKnownTrustedAdvisorCheckStatus(
  value: string,
): value is (typeof TrustedAdvisorCheckStatus.values)[number] {
  return TrustedAdvisorCheckStatus.isKnown(value)
}

/**
 * The status of a Trusted Advisor check refresh: `none`, `enqueued`,
 * `processing`, `success`, `abandoned`. Open: any other string still decodes.
 *
 * @example
 * ```ts
 * TrustedAdvisorRefreshStatus.is('enqueued')   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_TrustedAdvisorCheckRefreshStatus.html
 */
export const TrustedAdvisorRefreshStatus = /*#__PURE__*/ openEnum('TrustedAdvisorRefreshStatus', [
  'none',
  'enqueued',
  'processing',
  'success',
  'abandoned',
] as const)
/** The status of a Trusted Advisor check refresh; see the codec of the same name. */
export type TrustedAdvisorRefreshStatus = t.TypeOf<typeof TrustedAdvisorRefreshStatus>

/**
 * Narrows a refresh status to one of the documented values.
 *
 * @param value - a decoded refresh status
 * @returns `true` for `none`, `enqueued`, `processing`, `success` or `abandoned`
 * @example
 * ```ts
 * isKnownTrustedAdvisorRefreshStatus('success')   // true
 * ```
 */
export function isKnownTrustedAdvisorRefreshStatus(
  value: string,
): value is (typeof TrustedAdvisorRefreshStatus.values)[number] {
  return TrustedAdvisorRefreshStatus.isKnown(value)
}

/**
 * One file of an attachment set: its name and its content (`data`, a
 * base64 string, or `"HIDDEN_DUE_TO_SECURITY_REASONS"` where CloudTrail masks
 * it). Every member is optional, as CloudTrail may leave any out.
 *
 * @example
 * ```ts
 * Attachment.is({ fileName: 'trace.txt', data: 'VGhpcyBpcyBhIHRlc3QgZmlsZS4=' })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_Attachment.html
 */
export const Attachment = /*#__PURE__*/ t.partial({ fileName: t.string, data: t.string }, 'Attachment')
/** One file of an attachment set; see the codec of the same name. */
export type Attachment = t.TypeOf<typeof Attachment>

/**
 * The name and ID of an attachment of a communication (no content).
 *
 * @example
 * ```ts
 * AttachmentDetails.is({ attachmentId: 'attachment-KBnjRNrePd9D6Jx0-Aw3wOtNWd2JgIgp', fileName: 'trace.txt' })
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_AttachmentDetails.html
 */
export const AttachmentDetails = /*#__PURE__*/ t.partial({ attachmentId: t.string, fileName: t.string }, 'AttachmentDetails')
/** The name and ID of an attachment; see the codec of the same name. */
export type AttachmentDetails = t.TypeOf<typeof AttachmentDetails>

/**
 * One communication of a case: who wrote it, when (`timeCreated`, a string
 * as the API returns it), its text (`body`) and its attachments.
 *
 * @example
 * ```ts
 * Communication.is({
 *   caseId: 'case-111122223333-muen-2024-7a2f4b1e9c3d5e60', body: 'The instance is reachable again.',
 *   submittedBy: 'AdminRole (Role) <janedoe@example.com>', timeCreated: '2024-05-14T19:11:27.118Z',
 *   attachmentSet: [],
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_Communication.html
 */
export const Communication = /*#__PURE__*/ t.partial(
  {
    caseId: t.string,
    body: t.string,
    submittedBy: t.string,
    timeCreated: t.string,
    attachmentSet: /*#__PURE__*/ t.array(AttachmentDetails),
  },
  'Communication',
)
/** One communication of a case; see the codec of the same name. */
export type Communication = t.TypeOf<typeof Communication>

/**
 * The five most recent communications of a case, with a `nextToken` for more.
 *
 * @example
 * ```ts
 * RecentCaseCommunications.is({ communications: [], nextToken: 'AAEAAQ2cNQ==' })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_RecentCaseCommunications.html
 */
export const RecentCaseCommunications = /*#__PURE__*/ t.partial(
  { communications: /*#__PURE__*/ t.array(Communication), nextToken: t.string },
  'RecentCaseCommunications',
)
/** The most recent communications of a case; see the codec of the same name. */
export type RecentCaseCommunications = t.TypeOf<typeof RecentCaseCommunications>

/**
 * A support case as `DescribeCases` returns it.
 *
 * @example
 * ```ts
 * CaseDetails.is({
 *   caseId: 'case-111122223333-muen-2024-7a2f4b1e9c3d5e60', displayId: '171234567890',
 *   subject: 'EC2 instance unreachable', status: 'opened', serviceCode: 'amazon-elastic-compute-cloud-linux',
 *   categoryCode: 'instance-issue', severityCode: 'high', submittedBy: 'janedoe@example.com',
 *   timeCreated: '2024-05-14T18:02:11.000Z', ccEmailAddresses: [], language: 'en',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_CaseDetails.html
 */
export const CaseDetails = /*#__PURE__*/ t.partial(
  {
    caseId: t.string,
    displayId: t.string,
    subject: t.string,
    status: CaseStatus,
    serviceCode: t.string,
    categoryCode: t.string,
    severityCode: SeverityCode,
    submittedBy: t.string,
    timeCreated: t.string,
    recentCommunications: RecentCaseCommunications,
    ccEmailAddresses: /*#__PURE__*/ t.array(t.string),
    language: CaseLanguage,
  },
  'CaseDetails',
)
/** A support case; see the codec of the same name. */
export type CaseDetails = t.TypeOf<typeof CaseDetails>

/**
 * The refresh state of one Trusted Advisor check: `status` and the
 * milliseconds until it may be refreshed again.
 *
 * @example
 * ```ts
 * TrustedAdvisorCheckRefreshStatus.is({ checkId: 'Pfx0RwqBli', status: 'enqueued', millisUntilNextRefreshable: 3599993 })
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_TrustedAdvisorCheckRefreshStatus.html
 */
export const TrustedAdvisorCheckRefreshStatus = /*#__PURE__*/ t.partial(
  { checkId: t.string, status: TrustedAdvisorRefreshStatus, millisUntilNextRefreshable: t.number },
  'TrustedAdvisorCheckRefreshStatus',
)
/** The refresh state of a Trusted Advisor check; see the codec of the same name. */
export type TrustedAdvisorCheckRefreshStatus = t.TypeOf<typeof TrustedAdvisorCheckRefreshStatus>

/**
 * How many resources a Trusted Advisor check processed, flagged, ignored
 * and suppressed.
 *
 * @example
 * ```ts
 * TrustedAdvisorResourcesSummary.is({ resourcesProcessed: 24, resourcesFlagged: 3, resourcesIgnored: 0, resourcesSuppressed: 1 })
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_TrustedAdvisorResourcesSummary.html
 */
export const TrustedAdvisorResourcesSummary = /*#__PURE__*/ t.partial(
  {
    resourcesProcessed: t.number,
    resourcesFlagged: t.number,
    resourcesIgnored: t.number,
    resourcesSuppressed: t.number,
  },
  'TrustedAdvisorResourcesSummary',
)
/** Resource counts of a Trusted Advisor check; see the codec of the same name. */
export type TrustedAdvisorResourcesSummary = t.TypeOf<typeof TrustedAdvisorResourcesSummary>

/**
 * The estimated savings of a cost-optimizing Trusted Advisor check.
 *
 * @example
 * ```ts
 * TrustedAdvisorCostOptimizingSummary.is({ estimatedMonthlySavings: 182.4, estimatedPercentMonthlySavings: 12.5 })
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_TrustedAdvisorCostOptimizingSummary.html
 */
export const TrustedAdvisorCostOptimizingSummary = /*#__PURE__*/ t.partial(
  { estimatedMonthlySavings: t.number, estimatedPercentMonthlySavings: t.number },
  'TrustedAdvisorCostOptimizingSummary',
)
/** Estimated savings of a Trusted Advisor check; see the codec of the same name. */
export type TrustedAdvisorCostOptimizingSummary = t.TypeOf<typeof TrustedAdvisorCostOptimizingSummary>

/**
 * The summary specific to a check's category; only `costOptimizing` is defined.
 *
 * @example
 * ```ts
 * TrustedAdvisorCategorySpecificSummary.is({ costOptimizing: { estimatedMonthlySavings: 182.4, estimatedPercentMonthlySavings: 12.5 } })
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_TrustedAdvisorCategorySpecificSummary.html
 */
export const TrustedAdvisorCategorySpecificSummary = /*#__PURE__*/ t.partial(
  { costOptimizing: TrustedAdvisorCostOptimizingSummary },
  'TrustedAdvisorCategorySpecificSummary',
)
/** The category-specific summary of a check; see the codec of the same name. */
export type TrustedAdvisorCategorySpecificSummary = t.TypeOf<typeof TrustedAdvisorCategorySpecificSummary>

/**
 * The summary of one Trusted Advisor check's latest result.
 *
 * @example
 * ```ts
 * TrustedAdvisorCheckSummary.is({
 *   checkId: 'Qch7DwouX1', timestamp: '2024-05-14T06:12:40Z', status: 'warning', hasFlaggedResources: true,
 *   resourcesSummary: { resourcesProcessed: 24, resourcesFlagged: 3, resourcesIgnored: 0, resourcesSuppressed: 0 },
 *   categorySpecificSummary: { costOptimizing: { estimatedMonthlySavings: 182.4, estimatedPercentMonthlySavings: 12.5 } },
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_TrustedAdvisorCheckSummary.html
 */
export const TrustedAdvisorCheckSummary = /*#__PURE__*/ t.partial(
  {
    checkId: t.string,
    timestamp: t.string,
    status: TrustedAdvisorCheckStatus,
    hasFlaggedResources: t.boolean,
    resourcesSummary: TrustedAdvisorResourcesSummary,
    categorySpecificSummary: TrustedAdvisorCategorySpecificSummary,
  },
  'TrustedAdvisorCheckSummary',
)
/** The summary of a Trusted Advisor check; see the codec of the same name. */
export type TrustedAdvisorCheckSummary = t.TypeOf<typeof TrustedAdvisorCheckSummary>
