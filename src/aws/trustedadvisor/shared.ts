import * as t from 'io-ts'
import { dictionaryEncodedAsIs } from '../../codec/encode-as-is.js'
import { openEnum } from '../../codec/open-enum.js'

/**
 * The eventSource of Trusted Advisor: both the console actions (no public
 * API model) and the Trusted Advisor API (2022-09-15) log under it.
 *
 * @example
 * ```ts
 * const { records, skipped } = parseRecords(text, { only: { eventSources: [TRUSTED_ADVISOR_EVENT_SOURCE] } })
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const TRUSTED_ADVISOR_EVENT_SOURCE = 'trustedadvisor.amazonaws.com'

/**
 * A timestamp of the Trusted Advisor API (2022-09-15) as CloudTrail may
 * render it: the model's `timestamp` travels as ISO 8601 text in URIs and
 * query strings and as epoch seconds in JSON bodies, and no record shows which
 * form CloudTrail keeps, so both a string and a number decode, unchanged.
 *
 * @example
 * ```ts
 * TrustedAdvisorTimestamp.is('2024-02-01T08:30:00Z')   // true
 * TrustedAdvisorTimestamp.is(1706776200)               // true: epoch seconds
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_RecommendationSummary.html
 */
export const TrustedAdvisorTimestamp = /*#__PURE__*/ t.union([t.string, t.number], 'TrustedAdvisorTimestamp')
/** A Trusted Advisor API timestamp, string or number; see the codec of the same name. */
export type TrustedAdvisorTimestamp = t.TypeOf<typeof TrustedAdvisorTimestamp>

/**
 * A Well-Architected pillar of a Trusted Advisor check or recommendation:
 * `cost_optimizing`, `performance`, `security`, `service_limits`,
 * `fault_tolerance`, `operational_excellence`. Open: any other string still
 * decodes.
 *
 * @example
 * ```ts
 * RecommendationPillar.is('security')   // true
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_ListChecks.html
 */
export const RecommendationPillar = /*#__PURE__*/ openEnum('RecommendationPillar', [
  'cost_optimizing',
  'performance',
  'security',
  'service_limits',
  'fault_tolerance',
  'operational_excellence',
] as const)
/** A Well-Architected pillar; see the codec of the same name. */
export type RecommendationPillar = t.TypeOf<typeof RecommendationPillar>

/**
 * Narrows a pillar to one of the values of the 2022-09-15 model.
 *
 * @param value - a decoded pillar
 * @returns `true` for one of the six documented pillars
 * @example
 * ```ts
 * isKnownRecommendationPillar('fault_tolerance')   // true
 * ```
 */
export function isKnownRecommendationPillar(value: string): value is (typeof RecommendationPillar.values)[number] {
  return RecommendationPillar.isKnown(value)
}

/**
 * Where a Trusted Advisor check or recommendation comes from: `aws_config`,
 * `compute_optimizer`, `cost_explorer`, `lse`, `manual`, `pse`, `rds`,
 * `resilience`, `resilience_hub`, `security_hub`, `stir`, `ta_check`,
 * `well_architected`, `cost_optimization_hub`. Open: any other string still
 * decodes.
 *
 * @example
 * ```ts
 * RecommendationSource.is('ta_check')   // true
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_ListChecks.html
 */
export const RecommendationSource = /*#__PURE__*/ openEnum('RecommendationSource', [
  'aws_config',
  'compute_optimizer',
  'cost_explorer',
  'lse',
  'manual',
  'pse',
  'rds',
  'resilience',
  'resilience_hub',
  'security_hub',
  'stir',
  'ta_check',
  'well_architected',
  'cost_optimization_hub',
] as const)
/** The source of a check or recommendation; see the codec of the same name. */
export type RecommendationSource = t.TypeOf<typeof RecommendationSource>

/**
 * Narrows a source to one of the values of the 2022-09-15 model.
 *
 * @param value - a decoded source
 * @returns `true` for one of the fourteen documented sources
 * @example
 * ```ts
 * isKnownRecommendationSource('security_hub')   // true
 * ```
 */
export function isKnownRecommendationSource(value: string): value is (typeof RecommendationSource.values)[number] {
  return RecommendationSource.isKnown(value)
}

/**
 * The status of a recommendation or of one of its resources: `ok`,
 * `warning`, `error`. Open: any other string still decodes.
 *
 * @example
 * ```ts
 * RecommendationStatus.is('warning')   // true
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_ListRecommendations.html
 */
export const RecommendationStatus = /*#__PURE__*/ openEnum('RecommendationStatus', ['ok', 'warning', 'error'] as const)
/** The status of a recommendation or resource; see the codec of the same name. */
export type RecommendationStatus = t.TypeOf<typeof RecommendationStatus>

/**
 * Narrows a recommendation or resource status to one of the documented values.
 *
 * @param value - a decoded status
 * @returns `true` for `ok`, `warning` or `error`
 * @example
 * ```ts
 * isKnownRecommendationStatus('error')   // true
 * ```
 */
export function isKnownRecommendationStatus(value: string): value is (typeof RecommendationStatus.values)[number] {
  return RecommendationStatus.isKnown(value)
}

/**
 * The type of a recommendation: `standard` or `priority` (Trusted Advisor
 * Priority). Open: any other string still decodes.
 *
 * @example
 * ```ts
 * RecommendationType.is('priority')   // true
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_ListRecommendations.html
 */
export const RecommendationType = /*#__PURE__*/ openEnum('RecommendationType', ['standard', 'priority'] as const)
/** The type of a recommendation; see the codec of the same name. */
export type RecommendationType = t.TypeOf<typeof RecommendationType>

/**
 * The lifecycle stage of a recommendation: `in_progress`,
 * `pending_response`, `dismissed`, `resolved` (the lifecycle update calls
 * accept the same four). Open: any other string still decodes.
 *
 * @example
 * ```ts
 * RecommendationLifecycleStage.is('dismissed')   // true
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_UpdateRecommendationLifecycle.html
 */
export const RecommendationLifecycleStage = /*#__PURE__*/ openEnum('RecommendationLifecycleStage', [
  'in_progress',
  'pending_response',
  'dismissed',
  'resolved',
] as const)
/** The lifecycle stage of a recommendation; see the codec of the same name. */
export type RecommendationLifecycleStage = t.TypeOf<typeof RecommendationLifecycleStage>

/**
 * Narrows a lifecycle stage to one of the documented values.
 *
 * @param value - a decoded lifecycle stage
 * @returns `true` for `in_progress`, `pending_response`, `dismissed` or `resolved`
 * @example
 * ```ts
 * isKnownRecommendationLifecycleStage('resolved')   // true
 * ```
 */
export function isKnownRecommendationLifecycleStage(
  value: string,
): value is (typeof RecommendationLifecycleStage.values)[number] {
  return RecommendationLifecycleStage.isKnown(value)
}

/**
 * Why a recommendation's lifecycle was updated: `non_critical_account`,
 * `temporary_account`, `valid_business_case`, `other_methods_available`,
 * `low_priority`, `not_applicable`, `other`. Open: any other string still
 * decodes.
 *
 * @example
 * ```ts
 * RecommendationUpdateReasonCode.is('valid_business_case')   // true
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_UpdateRecommendationLifecycle.html
 */
export const RecommendationUpdateReasonCode = /*#__PURE__*/ openEnum('RecommendationUpdateReasonCode', [
  'non_critical_account',
  'temporary_account',
  'valid_business_case',
  'other_methods_available',
  'low_priority',
  'not_applicable',
  'other',
] as const)
/** Why a recommendation's lifecycle was updated; see the codec of the same name. */
export type RecommendationUpdateReasonCode = t.TypeOf<typeof RecommendationUpdateReasonCode>

/**
 * Narrows an update reason code to one of the documented values.
 *
 * @param value - a decoded update reason code
 * @returns `true` for one of the seven documented codes
 * @example
 * ```ts
 * isKnownRecommendationUpdateReasonCode('low_priority')   // true
 * ```
 */
export function isKnownRecommendationUpdateReasonCode(
  value: string,
): value is (typeof RecommendationUpdateReasonCode.values)[number] {
  return RecommendationUpdateReasonCode.isKnown(value)
}

/**
 * Whether a recommendation resource is excluded from the recommendation:
 * `excluded` or `included`. Open: any other string still decodes.
 *
 * @example
 * ```ts
 * ResourceExclusionStatus.is('excluded')   // true
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_ListRecommendationResources.html
 */
export const ResourceExclusionStatus = /*#__PURE__*/ openEnum('ResourceExclusionStatus', ['excluded', 'included'] as const)
/** Whether a recommendation resource is excluded; see the codec of the same name. */
export type ResourceExclusionStatus = t.TypeOf<typeof ResourceExclusionStatus>

/**
 * Why a recommendation has its status: only `no_data_ok` is documented (no
 * data, so the status is `ok`). Open: any other string still decodes.
 *
 * @example
 * ```ts
 * RecommendationStatusReason.is('no_data_ok')   // true
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_RecommendationSummary.html
 */
export const RecommendationStatusReason = /*#__PURE__*/ openEnum('RecommendationStatusReason', ['no_data_ok'] as const)
/** Why a recommendation has its status; see the codec of the same name. */
export type RecommendationStatusReason = t.TypeOf<typeof RecommendationStatusReason>

/**
 * The language of a Trusted Advisor API call (`language`): `en`, `ja`, `zh`,
 * `fr`, `de`, `ko`, `zh_TW`, `it`, `es`, `pt_BR`, `id`. Open: any other string
 * still decodes.
 *
 * @example
 * ```ts
 * RecommendationLanguage.is('zh_TW')   // true
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_ListChecks.html
 */
export const RecommendationLanguage = /*#__PURE__*/ openEnum('RecommendationLanguage', [
  'en',
  'ja',
  'zh',
  'fr',
  'de',
  'ko',
  'zh_TW',
  'it',
  'es',
  'pt_BR',
  'id',
] as const)
/** The language of a Trusted Advisor API call; see the codec of the same name. */
export type RecommendationLanguage = t.TypeOf<typeof RecommendationLanguage>

/**
 * Narrows a Trusted Advisor API language to one of the documented values.
 *
 * @param value - a decoded language
 * @returns `true` for one of the eleven documented codes
 * @example
 * ```ts
 * isKnownRecommendationLanguage('pt_BR')   // true
 * ```
 */
export function isKnownRecommendationLanguage(value: string): value is (typeof RecommendationLanguage.values)[number] {
  return RecommendationLanguage.isKnown(value)
}

/**
 * Free-form metadata of a check or resource: string keys, string values
 * (the model's `map<string,string>`).
 *
 * @example
 * ```ts
 * RecommendationMetadata.is({ '0': 'us-east-1', '1': 'i-0abcd1234example', '2': 'Yellow' })   // true
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_RecommendationResourceSummary.html
 */
export const RecommendationMetadata = /*#__PURE__*/ dictionaryEncodedAsIs(/*#__PURE__*/ t.record(t.string, t.string, 'RecommendationMetadata'))
/** Free-form metadata of a check or resource; see the codec of the same name. */
export type RecommendationMetadata = t.TypeOf<typeof RecommendationMetadata>

/**
 * How many resources of a recommendation are ok, warned, in error and excluded.
 *
 * @example
 * ```ts
 * RecommendationResourcesAggregates.is({ okCount: 41, warningCount: 3, errorCount: 1, excludedCount: 2 })   // true
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_RecommendationResourcesAggregates.html
 */
export const RecommendationResourcesAggregates = /*#__PURE__*/ t.partial(
  { okCount: t.number, warningCount: t.number, errorCount: t.number, excludedCount: t.number },
  'RecommendationResourcesAggregates',
)
/** Resource counts of a recommendation; see the codec of the same name. */
export type RecommendationResourcesAggregates = t.TypeOf<typeof RecommendationResourcesAggregates>

/**
 * The estimated savings of a cost-optimizing recommendation.
 *
 * @example
 * ```ts
 * RecommendationCostOptimizingAggregates.is({ estimatedMonthlySavings: 312.75, estimatedPercentMonthlySavings: 8.4 })
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_RecommendationCostOptimizingAggregates.html
 */
export const RecommendationCostOptimizingAggregates = /*#__PURE__*/ t.partial(
  { estimatedMonthlySavings: t.number, estimatedPercentMonthlySavings: t.number },
  'RecommendationCostOptimizingAggregates',
)
/** Estimated savings of a recommendation; see the codec of the same name. */
export type RecommendationCostOptimizingAggregates = t.TypeOf<typeof RecommendationCostOptimizingAggregates>

/**
 * The aggregates specific to a recommendation's pillar; only
 * `costOptimizing` is defined.
 *
 * @example
 * ```ts
 * RecommendationPillarSpecificAggregates.is({
 *   costOptimizing: { estimatedMonthlySavings: 312.75, estimatedPercentMonthlySavings: 8.4 },
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_RecommendationPillarSpecificAggregates.html
 */
export const RecommendationPillarSpecificAggregates = /*#__PURE__*/ t.partial(
  { costOptimizing: RecommendationCostOptimizingAggregates },
  'RecommendationPillarSpecificAggregates',
)
/** The pillar-specific aggregates of a recommendation; see the codec of the same name. */
export type RecommendationPillarSpecificAggregates = t.TypeOf<typeof RecommendationPillarSpecificAggregates>

/** Members shared by the summaries of account and organization recommendations. */
const recommendationSummaryMembers = {
  id: t.string,
  type: RecommendationType,
  checkArn: t.string,
  status: RecommendationStatus,
  lifecycleStage: RecommendationLifecycleStage,
  pillars: /*#__PURE__*/ t.array(RecommendationPillar),
  source: RecommendationSource,
  awsServices: /*#__PURE__*/ t.array(t.string),
  name: t.string,
  resourcesAggregates: RecommendationResourcesAggregates,
  pillarSpecificAggregates: RecommendationPillarSpecificAggregates,
  createdAt: TrustedAdvisorTimestamp,
  lastUpdatedAt: TrustedAdvisorTimestamp,
  arn: t.string,
}

/**
 * Members that a full recommendation (`GetRecommendation`,
 * `GetOrganizationRecommendation`) adds to its summary. `updateReason` is
 * `sensitive` in the model: CloudTrail may write
 * `HIDDEN_DUE_TO_SECURITY_REASONS` in its place, which decodes as any string.
 */
const recommendationDetailMembers = {
  description: t.string,
  createdBy: t.string,
  updatedOnBehalfOf: t.string,
  updatedOnBehalfOfJobTitle: t.string,
  updateReason: t.string,
  updateReasonCode: RecommendationUpdateReasonCode,
  resolvedAt: TrustedAdvisorTimestamp,
}

/**
 * The summary of an account recommendation (`ListRecommendations`). Every
 * member is optional, as CloudTrail may leave any out.
 *
 * @example
 * ```ts
 * RecommendationSummary.is({
 *   id: '55fa4d2e-bbb7-491a-833b-5773e9589578', type: 'standard',
 *   checkArn: 'arn:aws:trustedadvisor:::check/Qch7DwouX1',
 *   status: 'warning', lifecycleStage: 'in_progress', pillars: ['cost_optimizing'], source: 'ta_check',
 *   awsServices: ['EC2'], name: 'Low Utilization Amazon EC2 Instances',
 *   resourcesAggregates: { okCount: 41, warningCount: 3, errorCount: 0 },
 *   createdAt: '2024-01-10T11:04:21.000Z', lastUpdatedAt: '2024-02-01T08:30:00.000Z',
 *   arn: 'arn:aws:trustedadvisor::111122223333:recommendation/55fa4d2e-bbb7-491a-833b-5773e9589578',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_RecommendationSummary.html
 */
export const RecommendationSummary = /*#__PURE__*/ t.partial(
  { ...recommendationSummaryMembers, statusReason: RecommendationStatusReason },
  'RecommendationSummary',
)
/** The summary of an account recommendation; see the codec of the same name. */
export type RecommendationSummary = t.TypeOf<typeof RecommendationSummary>

/**
 * An account recommendation with its description and lifecycle details
 * (`GetRecommendation`). `updateReason` may be
 * `HIDDEN_DUE_TO_SECURITY_REASONS` (sensitive in the model).
 *
 * @example
 * ```ts
 * Recommendation.is({
 *   id: '55fa4d2e-bbb7-491a-833b-5773e9589578', type: 'priority', status: 'warning', pillars: ['security'],
 *   source: 'ta_check', name: 'Security Groups - Specific Ports Unrestricted',
 *   description: 'Checks security groups for rules that allow unrestricted access to specific ports.',
 *   lifecycleStage: 'dismissed', updateReasonCode: 'valid_business_case',
 *   updateReason: 'HIDDEN_DUE_TO_SECURITY_REASONS',
 *   arn: 'arn:aws:trustedadvisor::111122223333:recommendation/55fa4d2e-bbb7-491a-833b-5773e9589578',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_Recommendation.html
 */
export const Recommendation = /*#__PURE__*/ t.partial(
  { ...recommendationSummaryMembers, statusReason: RecommendationStatusReason, ...recommendationDetailMembers },
  'Recommendation',
)
/** An account recommendation; see the codec of the same name. */
export type Recommendation = t.TypeOf<typeof Recommendation>

/**
 * The summary of an organization (Trusted Advisor Priority) recommendation
 * (`ListOrganizationRecommendations`).
 *
 * @example
 * ```ts
 * OrganizationRecommendationSummary.is({
 *   id: '4ab8f2c1-6d3e-4f5a-9b0c-1d2e3f4a5b6c', type: 'priority', status: 'error', pillars: ['security'],
 *   source: 'ta_check', name: 'Amazon S3 Bucket Permissions',
 *   resourcesAggregates: { okCount: 0, warningCount: 0, errorCount: 4 },
 *   arn: 'arn:aws:trustedadvisor:::organization-recommendation/4ab8f2c1-6d3e-4f5a-9b0c-1d2e3f4a5b6c',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_OrganizationRecommendationSummary.html
 */
export const OrganizationRecommendationSummary = /*#__PURE__*/ t.partial(
  recommendationSummaryMembers,
  'OrganizationRecommendationSummary',
)
/** The summary of an organization recommendation; see the codec of the same name. */
export type OrganizationRecommendationSummary = t.TypeOf<typeof OrganizationRecommendationSummary>

/**
 * An organization (Trusted Advisor Priority) recommendation with its
 * description and lifecycle details (`GetOrganizationRecommendation`).
 *
 * @example
 * ```ts
 * OrganizationRecommendation.is({
 *   id: '4ab8f2c1-6d3e-4f5a-9b0c-1d2e3f4a5b6c', type: 'priority', status: 'error', pillars: ['security'],
 *   source: 'ta_check', name: 'Amazon S3 Bucket Permissions',
 *   description: 'Checks buckets with open access permissions.',
 *   lifecycleStage: 'pending_response', createdBy: 'tam@example.com',
 *   arn: 'arn:aws:trustedadvisor:::organization-recommendation/4ab8f2c1-6d3e-4f5a-9b0c-1d2e3f4a5b6c',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_OrganizationRecommendation.html
 */
export const OrganizationRecommendation = /*#__PURE__*/ t.partial(
  { ...recommendationSummaryMembers, ...recommendationDetailMembers },
  'OrganizationRecommendation',
)
/** An organization recommendation; see the codec of the same name. */
export type OrganizationRecommendation = t.TypeOf<typeof OrganizationRecommendation>

/**
 * Members shared by the resource summaries of account and organization
 * recommendations; both add `recommendationArn` after them, the organization
 * one with `accountId` before it.
 */
const recommendationResourceSummaryMembers = {
  id: t.string,
  arn: t.string,
  awsResourceId: t.string,
  regionCode: t.string,
  status: RecommendationStatus,
  metadata: RecommendationMetadata,
  lastUpdatedAt: TrustedAdvisorTimestamp,
  exclusionStatus: ResourceExclusionStatus,
}

/**
 * One resource of an account recommendation (`ListRecommendationResources`).
 *
 * @example
 * ```ts
 * RecommendationResourceSummary.is({
 *   id: 'c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2',
 *   arn: 'arn:aws:trustedadvisor::111122223333:recommendation-resource/55fa4d2e-bbb7-491a-833b-5773e9589578/c1d2e3f4',
 *   awsResourceId: 'i-0abcd1234example', regionCode: 'us-east-1', status: 'warning',
 *   metadata: { '0': 'us-east-1', '1': 'i-0abcd1234example' }, lastUpdatedAt: '2024-02-01T08:30:00.000Z',
 *   exclusionStatus: 'included',
 *   recommendationArn: 'arn:aws:trustedadvisor::111122223333:recommendation/55fa4d2e-bbb7-491a-833b-5773e9589578',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_RecommendationResourceSummary.html
 */
export const RecommendationResourceSummary = /*#__PURE__*/ t.partial(
  { ...recommendationResourceSummaryMembers, recommendationArn: t.string },
  'RecommendationResourceSummary',
)
/** One resource of an account recommendation; see the codec of the same name. */
export type RecommendationResourceSummary = t.TypeOf<typeof RecommendationResourceSummary>

/**
 * One resource of an organization recommendation
 * (`ListOrganizationRecommendationResources`): a resource summary plus the
 * account it belongs to.
 *
 * @example
 * ```ts
 * OrganizationRecommendationResourceSummary.is({
 *   awsResourceId: 'my-public-bucket', regionCode: 'eu-west-1', status: 'error', accountId: '444455556666',
 *   recommendationArn: 'arn:aws:trustedadvisor:::organization-recommendation/4ab8f2c1-6d3e-4f5a-9b0c-1d2e3f4a5b6c',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_OrganizationRecommendationResourceSummary.html
 */
export const OrganizationRecommendationResourceSummary = /*#__PURE__*/ t.partial(
  { ...recommendationResourceSummaryMembers, accountId: t.string, recommendationArn: t.string },
  'OrganizationRecommendationResourceSummary',
)
/** One resource of an organization recommendation; see the codec of the same name. */
export type OrganizationRecommendationResourceSummary = t.TypeOf<typeof OrganizationRecommendationResourceSummary>
