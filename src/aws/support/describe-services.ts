import * as t from 'io-ts'
import { CaseLanguage } from './shared.js'

/**
 * A category of a case about a service: a code for `CreateCase` and a name.
 *
 * @example
 * ```ts
 * CaseCategory.is({ code: 'instance-issue', name: 'Instance Issue' })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_Category.html
 */
export const CaseCategory = /*#__PURE__*/ t.partial({ code: t.string, name: t.string }, 'CaseCategory')
/** A category of a case; see the codec of the same name. */
export type CaseCategory = t.TypeOf<typeof CaseCategory>

/**
 * An AWS service a case may be about (the API's `Service` shape): its code
 * for `CreateCase`, its name and its categories.
 *
 * @example
 * ```ts
 * CaseService.is({
 *   code: 'amazon-elastic-compute-cloud-linux', name: 'Elastic Compute Cloud (EC2 - Linux)',
 *   categories: [{ code: 'instance-issue', name: 'Instance Issue' }],
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_Service.html
 */
export const CaseService = /*#__PURE__*/ t.partial(
  { code: t.string, name: t.string, categories: /*#__PURE__*/ t.array(CaseCategory) },
  'CaseService',
)
/** An AWS service a case may be about; see the codec of the same name. */
export type CaseService = t.TypeOf<typeof CaseService>

/**
 * The `requestParameters` of a `DescribeServices` record: the service codes to describe (all when
 * absent) and `language`.
 *
 * Every member is optional: CloudTrail may leave inputs out (it drops
 * free-text inputs), and a failed call may record only some of them.
 *
 * @example
 * ```ts
 * DescribeServicesRequest.is({ serviceCodeList: ['amazon-elastic-compute-cloud-linux', 'amazon-simple-storage-service'], language: 'en' })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeServices.html
 */
export const DescribeServicesRequest = /*#__PURE__*/ t.partial(
  {
    serviceCodeList: /*#__PURE__*/ t.array(t.string),
    language: CaseLanguage,
  },
  'DescribeServicesRequest',
)
/** The `requestParameters` of a `DescribeServices` record; see the codec of the same name. */
export type DescribeServicesRequest = t.TypeOf<typeof DescribeServicesRequest>

/**
 * The `responseElements` of a `DescribeServices` record: the AWS services, each with the categories
 * a case about it may have.
 *
 * @example
 * ```ts
 * DescribeServicesResponse.is({
 *   services: [
 *     {
 *       code: 'amazon-elastic-compute-cloud-linux', name: 'Elastic Compute Cloud (EC2 - Linux)',
 *       categories: [{ code: 'instance-issue', name: 'Instance Issue' }, { code: 'performance', name: 'Performance' }],
 *     },
 *     {
 *       code: 'amazon-simple-storage-service', name: 'Simple Storage Service (S3)',
 *       categories: [{ code: 'general-guidance', name: 'General Guidance' }],
 *     },
 *   ],
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeServices.html
 */
export const DescribeServicesResponse = /*#__PURE__*/ t.partial({ services: /*#__PURE__*/ t.array(CaseService) }, 'DescribeServicesResponse')
/** The `responseElements` of a `DescribeServices` record; see the codec of the same name. */
export type DescribeServicesResponse = t.TypeOf<typeof DescribeServicesResponse>
