import * as t from 'io-ts'
import { defineOperation } from '../operation.js'
import {
  RecommendationLanguage,
  RecommendationMetadata,
  RecommendationPillar,
  RecommendationSource,
  TRUSTED_ADVISOR_EVENT_SOURCE,
} from './shared.js'

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
export const CheckSummary = t.partial(
  {
    id: t.string,
    arn: t.string,
    name: t.string,
    description: t.string,
    pillars: t.array(RecommendationPillar),
    awsServices: t.array(t.string),
    source: RecommendationSource,
    metadata: RecommendationMetadata,
    resourceArnQueryable: t.boolean,
    awsResourceTypes: t.array(t.string),
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
export const ListChecksRequest = t.partial(
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
export const ListChecksResponse = t.partial(
  { nextToken: t.string, checkSummaries: t.array(CheckSummary) },
  'ListChecksResponse',
)
/** The `responseElements` of a `ListChecks` record; see the codec of the same name. */
export type ListChecksResponse = t.TypeOf<typeof ListChecksResponse>

/**
 * The `ListChecks` operation, an operation of the Trusted Advisor API (2022-09-15,
 * `trustedadvisor.amazonaws.com`), readOnly `true` (model readonly trait): lists the checks that Trusted
 * Advisor runs.
 *
 * @example
 * ```ts
 * ListChecks.readOnly   // true
 * findOperation('trustedadvisor.amazonaws.com', 'ListChecks') === ListChecks   // true
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_ListChecks.html
 */
export const ListChecks = defineOperation({
  eventSource: TRUSTED_ADVISOR_EVENT_SOURCE,
  eventName: 'ListChecks',
  readOnly: true,
  request: ListChecksRequest,
  response: ListChecksResponse,
})

/**
 * The codec of a CloudTrail record of `ListChecks`: the generic record with `eventSource`
 * `trustedadvisor.amazonaws.com`, `eventName` `ListChecks`, and typed `requestParameters` and
 * `responseElements`, each of which may be `null` or absent (failed calls, calls CloudTrail records without
 * payload). The example shows `responseElements` as CloudTrail records it for reads: `null`.
 *
 * @example
 * ```ts
 * ListChecksEvent.is({
 *   eventVersion: '1.09',
 *   userIdentity: {
 *     type: 'AssumedRole', principalId: 'AROAJ45Q7YFFAREXAMPLE:alice',
 *     arn: 'arn:aws:sts::111122223333:assumed-role/SecurityAudit/alice', accountId: '111122223333',
 *     accessKeyId: 'ASIAJEXAMPLEXEG2JICEA',
 *   },
 *   eventTime: '2024-03-06T14:29:11Z', eventSource: 'trustedadvisor.amazonaws.com', eventName: 'ListChecks',
 *   awsRegion: 'us-east-1', sourceIPAddress: '203.0.113.17',
 *   userAgent: 'aws-cli/2.15.30 Python/3.11.8 Linux/6.1.79 exe/x86_64.amzn.2023 command/trustedadvisor.list-checks',
 *   requestParameters: { pillar: 'cost_optimizing', language: 'en', maxResults: 100 }, responseElements: null,
 *   requestID: 'b19b24a8-2958-5879-aaca-08c2a8bf6156', eventID: '71bc5134-2686-53fe-9668-992c729e0db2',
 *   readOnly: true, eventType: 'AwsApiCall', managementEvent: true, recipientAccountId: '111122223333',
 *   eventCategory: 'Management', tlsDetails: { tlsVersion: 'TLSv1.3', cipherSuite: 'TLS_AES_128_GCM_SHA256' },
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_ListChecks.html
 */
export const ListChecksEvent = ListChecks.event
/** A CloudTrail record of `ListChecks`; see the codec of the same name. */
export type ListChecksEvent = t.TypeOf<typeof ListChecksEvent>

/**
 * A sound guard for `ListChecks` records: the literal `eventSource` and `eventName` and every payload member
 * are checked by the codec, so a record it accepts really has the typed shape. A failed call (`errorCode`
 * set, payloads `null` or absent) is accepted too.
 *
 * @param u - a record, or any value
 * @returns `true` when `u` is a record of `ListChecks` that satisfies {@link ListChecksEvent}
 *
 * @example
 * ```ts
 * for (const event of parseRecords(text).records) {
 *   if (isListChecksEvent(event)) console.log(event.requestParameters?.pillar)
 * }
 * ```
 * @see https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/API_ListChecks.html
 */
export function isListChecksEvent(u: unknown): u is ListChecksEvent {
  return ListChecksEvent.is(u)
}
