import * as t from 'io-ts'
import { RecommendationLanguage, RecommendationMetadata, RecommendationPillar, RecommendationSource } from './shared.js'

/**
 * One check of the Trusted Advisor API (`ListChecks`): its id and ARN, name, description, pillars, the AWS
 * services it covers, its source and the names of its metadata columns. Not to be confused with the Support
 * API's `TrustedAdvisorCheckSummary`, the latest result of a check.
 *
 * @example
 * ```ts
 * CheckSummary.is({
 *   id: 'Qch7DwouX1', arn: 'arn:aws:trustedadvisor:::check/Qch7DwouX1',
 *   name: 'Low Utilization Amazon EC2 Instances', pillars: ['cost_optimizing'], awsServices: ['EC2'],
 *   source: 'ta_check', metadata: { '0': 'Region/AZ', '1': 'Instance ID' },
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_CheckSummary.html
 */
export const CheckSummary = /*#__PURE__*/ t.partial(
  {
    id: t.string,
    arn: t.string,
    name: t.string,
    description: t.string,
    pillars: /*#__PURE__*/ t.array(RecommendationPillar),
    awsServices: /*#__PURE__*/ t.array(t.string),
    source: RecommendationSource,
    metadata: RecommendationMetadata,
    resourceArnQueryable: t.boolean,
    awsResourceTypes: /*#__PURE__*/ t.array(t.string),
    checkGranularity: t.string,
    recommendationId: t.string,
  },
  'CheckSummary',
)
/** One check of the Trusted Advisor API; see the codec of the same name. */
export type CheckSummary = t.TypeOf<typeof CheckSummary>

/**
 * The `requestParameters` of `ListChecks`: the filters (`pillar`, `awsService`, `source`), the `language` and
 * the page (`nextToken`, `maxResults`), all query-string members logged under their names.
 *
 * Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
 * keys not named here pass through untouched.
 *
 * @example
 * ```ts
 * ListChecksRequest.is({ pillar: 'security', language: 'en', maxResults: 100 })   // true
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_ListChecks.html
 */
export const ListChecksRequest = /*#__PURE__*/ t.partial(
  {
    nextToken: t.string,
    maxResults: t.number,
    pillar: RecommendationPillar,
    awsService: t.string,
    source: RecommendationSource,
    language: RecommendationLanguage,
  },
  'ListChecksRequest',
)
/** The `requestParameters` of a `ListChecks` record; see the codec of the same name. */
export type ListChecksRequest = t.TypeOf<typeof ListChecksRequest>

/**
 * The `responseElements` of `ListChecks`: one page of {@link CheckSummary} and the `nextToken`. CloudTrail
 * has recorded `null` here for read calls in every published sample; when it records the response, it has
 * this shape.
 *
 * Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
 * keys not named here pass through untouched.
 *
 * @example
 * ```ts
 * ListChecksResponse.is({ checkSummaries: [], nextToken: 'eyJwYWdlIjoyfQ==' })   // true
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_ListChecks.html
 */
export const ListChecksResponse = /*#__PURE__*/ t.partial(
  { nextToken: t.string, checkSummaries: /*#__PURE__*/ t.array(CheckSummary) },
  'ListChecksResponse',
)
/** The `responseElements` of a `ListChecks` record; see the codec of the same name. */
export type ListChecksResponse = t.TypeOf<typeof ListChecksResponse>
