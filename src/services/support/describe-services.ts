import * as t from 'io-ts'
import { defineOperation } from '../operation.js'
import { CaseLanguage, SUPPORT_EVENT_SOURCE } from './shared.js'

/**
 * A category of a case about a service: a code for `CreateCase` and a name.
 *
 * @example
 * ```ts
 * CaseCategory.is({ code: 'instance-issue', name: 'Instance Issue' })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_Category.html
 */
export const CaseCategory = t.partial({ code: t.string, name: t.string }, 'CaseCategory')
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
export const CaseService = t.partial(
  { code: t.string, name: t.string, categories: t.array(CaseCategory) },
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
export const DescribeServicesRequest = t.partial(
  {
    serviceCodeList: t.array(t.string),
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
export const DescribeServicesResponse = t.partial({ services: t.array(CaseService) }, 'DescribeServicesResponse')
/** The `responseElements` of a `DescribeServices` record; see the codec of the same name. */
export type DescribeServicesResponse = t.TypeOf<typeof DescribeServicesResponse>

/**
 * The `DescribeServices` operation of the AWS Support API (`support.amazonaws.com`,
 * readOnly `true`): lists the service and category codes to use in `CreateCase`.
 *
 * @example
 * ```ts
 * DescribeServices.readOnly       // true
 * DescribeServices.event.is(record)   // true for a DescribeServices record whose payloads match
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeServices.html
 */
export const DescribeServices = defineOperation({
  eventSource: SUPPORT_EVENT_SOURCE,
  eventName: 'DescribeServices',
  readOnly: true,
  request: DescribeServicesRequest,
  response: DescribeServicesResponse,
})

/**
 * The codec of a CloudTrail record of `DescribeServices`: the generic record with
 * `eventSource` `support.amazonaws.com`, `eventName` `DescribeServices`, and typed
 * `requestParameters` and `responseElements`, each of which may be `null` or
 * absent (failed calls, calls CloudTrail records without payload).
 *
 * @example
 * ```ts
 * DescribeServicesEvent.is({
 *   eventVersion: '1.09',
 *   userIdentity: {
 *     type: 'IAMUser', principalId: 'AIDACKCEVSQ6C2EXAMPLE', arn: 'arn:aws:iam::111122223333:user/janedoe',
 *     accountId: '111122223333', accessKeyId: 'AKIAIOSFODNN7EXAMPLE', userName: 'janedoe',
 *   },
 *   eventTime: '2024-05-14T18:02:11Z', eventSource: 'support.amazonaws.com', eventName: 'DescribeServices',
 *   awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.15',
 *   userAgent: 'Boto3/1.34.103 md/Botocore#1.34.103 ua/2.0 os/linux#6.1.84 lang/python#3.12.3 Botocore/1.34.103',
 *   requestParameters: { serviceCodeList: ['amazon-elastic-compute-cloud-linux', 'amazon-simple-storage-service'], language: 'en' },
 *   responseElements: {
 *     services: [
 *       {
 *         code: 'amazon-elastic-compute-cloud-linux', name: 'Elastic Compute Cloud (EC2 - Linux)',
 *         categories: [{ code: 'instance-issue', name: 'Instance Issue' }, { code: 'performance', name: 'Performance' }],
 *       },
 *       {
 *         code: 'amazon-simple-storage-service', name: 'Simple Storage Service (S3)',
 *         categories: [{ code: 'general-guidance', name: 'General Guidance' }],
 *       },
 *     ],
 *   },
 *   requestID: '58c257ef-01a2-41e6-be2a-01c031060071', eventID: '5aa34bfc-ad5b-4fb1-8a55-2277c86e0071',
 *   readOnly: true, eventType: 'AwsApiCall', managementEvent: true, recipientAccountId: '111122223333',
 *   eventCategory: 'Management',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeServices.html
 */
export const DescribeServicesEvent = DescribeServices.event
/** A CloudTrail record of `DescribeServices`; see the codec of the same name. */
export type DescribeServicesEvent = t.TypeOf<typeof DescribeServicesEvent>

/**
 * A sound guard for `DescribeServices` records: the literal `eventSource` and
 * `eventName` and every payload member are checked by the codec, so a record
 * it accepts really has the typed shape. A failed call (`errorCode` set,
 * payloads `null`) is accepted too.
 *
 * @param u - a record, or any value
 * @returns `true` when `u` is a `DescribeServices` record that satisfies {@link DescribeServicesEvent}
 *
 * @example
 * ```ts
 * for (const event of parseRecords(text).records) {
 *   if (isDescribeServicesEvent(event)) console.log(event.requestParameters?.serviceCodeList)
 * }
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeServices.html
 */
export function isDescribeServicesEvent(u: unknown): u is DescribeServicesEvent {
  return DescribeServicesEvent.is(u)
}
