import * as t from 'io-ts'
import { defineOperation } from '../operation.js'
import { TRUSTED_ADVISOR_EVENT_SOURCE } from './shared.js'

/**
 * The report preference of a `GenerateReport` call: which accounts and organizational units the report
 * covers, its name, format (lower case here, such as `json`) and language. Shape from the one documented
 * CloudTrail sample.
 *
 * @example
 * ```ts
 * GenerateReportPreference.is({
 *   accounts: [], organizationalUnitIds: ['r-j134'],
 *   preferenceName: 'organizational-view-report', format: 'json', language: 'en',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const GenerateReportPreference = t.partial(
  {
    accounts: t.array(t.string),
    organizationalUnitIds: t.array(t.string),
    preferenceName: t.string,
    format: t.string,
    language: t.string,
  },
  'GenerateReportPreference',
)
/** The report preference of a GenerateReport call; see the codec of the same name. */
export type GenerateReportPreference = t.TypeOf<typeof GenerateReportPreference>

/**
 * The `requestParameters` of the console action `GenerateReport`: whether to refresh the checks first,
 * whether to include suppressed resources, the language, the format (upper case here, such as `JSON`), the
 * report name and the {@link GenerateReportPreference}. No public API model exists: the shape comes from the
 * documented CloudTrail sample.
 *
 * Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
 * keys not named here pass through untouched.
 *
 * @example
 * ```ts
 * GenerateReportRequest.is({
 *   refresh: false, includeSuppressedResources: false, language: 'en', format: 'JSON',
 *   name: 'organizational-view-report',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const GenerateReportRequest = t.partial(
  {
    refresh: t.boolean,
    includeSuppressedResources: t.boolean,
    language: t.string,
    format: t.string,
    name: t.string,
    preference: GenerateReportPreference,
  },
  'GenerateReportRequest',
)
/** The `requestParameters` of a `GenerateReport` record; see the codec of the same name. */
export type GenerateReportRequest = t.TypeOf<typeof GenerateReportRequest>

/**
 * The `responseElements` of the console action `GenerateReport`: the `status` of the report run (the
 * documented sample shows `ENQUEUED`; no list of values is published, so any string decodes).
 *
 * Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
 * keys not named here pass through untouched.
 *
 * @example
 * ```ts
 * GenerateReportResponse.is({ status: 'ENQUEUED' })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const GenerateReportResponse = t.partial({ status: t.string }, 'GenerateReportResponse')
/** The `responseElements` of a `GenerateReport` record; see the codec of the same name. */
export type GenerateReportResponse = t.TypeOf<typeof GenerateReportResponse>

/**
 * The `GenerateReport` operation, a Trusted Advisor console action (`trustedadvisor.amazonaws.com`, no public
 * API model), readOnly `false` (inferred from IAM access level / verb): creates an organizational view
 * report.
 *
 * @example
 * ```ts
 * GenerateReport.readOnly   // false
 * findOperation('trustedadvisor.amazonaws.com', 'GenerateReport') === GenerateReport   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const GenerateReport = defineOperation({
  eventSource: TRUSTED_ADVISOR_EVENT_SOURCE,
  eventName: 'GenerateReport',
  readOnly: false,
  request: GenerateReportRequest,
  response: GenerateReportResponse,
})

/**
 * The codec of a CloudTrail record of `GenerateReport`: the generic record with `eventSource`
 * `trustedadvisor.amazonaws.com`, `eventName` `GenerateReport`, and typed `requestParameters` and
 * `responseElements`, each of which may be `null` or absent (failed calls, calls CloudTrail records without
 * payload).
 *
 * @example
 * ```ts
 * GenerateReportEvent.is({
 *   eventVersion: '1.08',
 *   userIdentity: {
 *     type: 'IAMUser', principalId: 'AIDACKCEVSQ6C2EXAMPLE',
 *     arn: 'arn:aws:iam::111122223333:user/janedoe', accountId: '111122223333',
 *     accessKeyId: 'ASIAIOSFODNN7EXAMPLE', userName: 'janedoe',
 *   },
 *   eventTime: '2024-03-05T10:16:11Z', eventSource: 'trustedadvisor.amazonaws.com', eventName: 'GenerateReport',
 *   awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.24',
 *   userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0',
 *   requestParameters: {
 *     refresh: false, includeSuppressedResources: false, language: 'en', format: 'JSON',
 *     name: 'organizational-view-report',
 *     preference: {
 *       accounts: [], organizationalUnitIds: ['r-f3d7'],
 *       preferenceName: 'organizational-view-report', format: 'json', language: 'en',
 *     },
 *   },
 *   responseElements: { status: 'ENQUEUED' }, requestID: '417700da-a2a4-5fcd-ab89-7950e2b48544',
 *   eventID: '8025ecfc-2879-5e47-b78e-2f2ad32668e3', readOnly: false, eventType: 'AwsApiCall', managementEvent: true,
 *   recipientAccountId: '111122223333', eventCategory: 'Management', sessionCredentialFromConsole: 'true',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const GenerateReportEvent = GenerateReport.event
/** A CloudTrail record of `GenerateReport`; see the codec of the same name. */
export type GenerateReportEvent = t.TypeOf<typeof GenerateReportEvent>

/**
 * A sound guard for `GenerateReport` records: the literal `eventSource` and `eventName` and every payload
 * member are checked by the codec, so a record it accepts really has the typed shape. A failed call
 * (`errorCode` set, payloads `null` or absent) is accepted too.
 *
 * @param u - a record, or any value
 * @returns `true` when `u` is a record of `GenerateReport` that satisfies {@link GenerateReportEvent}
 *
 * @example
 * ```ts
 * for (const event of parseRecords(text).records) {
 *   if (isGenerateReportEvent(event)) console.log(event.requestParameters?.preference?.organizationalUnitIds)
 * }
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export function isGenerateReportEvent(u: unknown): u is GenerateReportEvent {
  return GenerateReportEvent.is(u)
}
