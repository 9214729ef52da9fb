import * as t from 'io-ts'
import { defineOperation } from '../operation.js'
import { IssueType, SUPPORT_EVENT_SOURCE } from './shared.js'

/**
 * A language a case may use: ISO 639-1 `code`, `language` and `display` name.
 *
 * @example
 * ```ts
 * SupportedLanguage.is({ code: 'en', language: 'ENGLISH', display: 'ENGLISH' })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_SupportedLanguage.html
 */
export const SupportedLanguage = t.partial({ code: t.string, language: t.string, display: t.string }, 'SupportedLanguage')
/** A language a case may use; see the codec of the same name. */
export type SupportedLanguage = t.TypeOf<typeof SupportedLanguage>

/**
 * The `requestParameters` of a `DescribeSupportedLanguages` record: the issue type and the service and
 * category codes.
 *
 * Every member is optional: CloudTrail may leave inputs out (it drops
 * free-text inputs), and a failed call may record only some of them.
 *
 * @example
 * ```ts
 * DescribeSupportedLanguagesRequest.is({ issueType: 'technical', serviceCode: 'amazon-elastic-compute-cloud-linux', categoryCode: 'instance-issue' })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeSupportedLanguages.html
 */
export const DescribeSupportedLanguagesRequest = t.partial(
  {
    issueType: IssueType,
    serviceCode: t.string,
    categoryCode: t.string,
  },
  'DescribeSupportedLanguagesRequest',
)
/** The `requestParameters` of a `DescribeSupportedLanguages` record; see the codec of the same name. */
export type DescribeSupportedLanguagesRequest = t.TypeOf<typeof DescribeSupportedLanguagesRequest>

/**
 * The `responseElements` of a `DescribeSupportedLanguages` record: the supported languages: ISO
 * 639-1 code, language and display name.
 *
 * @example
 * ```ts
 * DescribeSupportedLanguagesResponse.is({
 *   supportedLanguages: [
 *     { code: 'en', language: 'ENGLISH', display: 'ENGLISH' },
 *     { code: 'ja', language: 'JAPANESE', display: 'JAPANESE' },
 *   ],
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeSupportedLanguages.html
 */
export const DescribeSupportedLanguagesResponse = t.partial(
  {
    supportedLanguages: t.array(SupportedLanguage),
  },
  'DescribeSupportedLanguagesResponse',
)
/** The `responseElements` of a `DescribeSupportedLanguages` record; see the codec of the same name. */
export type DescribeSupportedLanguagesResponse = t.TypeOf<typeof DescribeSupportedLanguagesResponse>

/**
 * The `DescribeSupportedLanguages` operation of the AWS Support API (`support.amazonaws.com`,
 * readOnly `true`): lists the languages a case about a service and category may use.
 *
 * @example
 * ```ts
 * DescribeSupportedLanguages.readOnly       // true
 * DescribeSupportedLanguages.event.is(record)   // true for a DescribeSupportedLanguages record whose payloads match
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeSupportedLanguages.html
 */
export const DescribeSupportedLanguages = defineOperation({
  eventSource: SUPPORT_EVENT_SOURCE,
  eventName: 'DescribeSupportedLanguages',
  readOnly: true,
  request: DescribeSupportedLanguagesRequest,
  response: DescribeSupportedLanguagesResponse,
})

/**
 * The codec of a CloudTrail record of `DescribeSupportedLanguages`: the generic record with
 * `eventSource` `support.amazonaws.com`, `eventName` `DescribeSupportedLanguages`, and typed
 * `requestParameters` and `responseElements`, each of which may be `null` or
 * absent (failed calls, calls CloudTrail records without payload).
 *
 * @example
 * ```ts
 * DescribeSupportedLanguagesEvent.is({
 *   eventVersion: '1.09',
 *   userIdentity: {
 *     type: 'IAMUser', principalId: 'AIDACKCEVSQ6C2EXAMPLE', arn: 'arn:aws:iam::111122223333:user/janedoe',
 *     accountId: '111122223333', accessKeyId: 'AKIAIOSFODNN7EXAMPLE', userName: 'janedoe',
 *   },
 *   eventTime: '2024-05-14T18:02:11Z', eventSource: 'support.amazonaws.com',
 *   eventName: 'DescribeSupportedLanguages', awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.15',
 *   userAgent: 'signin.amazonaws.com',
 *   requestParameters: { issueType: 'technical', serviceCode: 'amazon-elastic-compute-cloud-linux', categoryCode: 'instance-issue' },
 *   responseElements: {
 *     supportedLanguages: [
 *       { code: 'en', language: 'ENGLISH', display: 'ENGLISH' },
 *       { code: 'ja', language: 'JAPANESE', display: 'JAPANESE' },
 *     ],
 *   },
 *   requestID: '58c257ef-01a2-41e6-be2a-01c031060091', eventID: '5aa34bfc-ad5b-4fb1-8a55-2277c86e0091',
 *   readOnly: true, eventType: 'AwsApiCall', managementEvent: true, recipientAccountId: '111122223333',
 *   eventCategory: 'Management',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeSupportedLanguages.html
 */
export const DescribeSupportedLanguagesEvent = DescribeSupportedLanguages.event
/** A CloudTrail record of `DescribeSupportedLanguages`; see the codec of the same name. */
export type DescribeSupportedLanguagesEvent = t.TypeOf<typeof DescribeSupportedLanguagesEvent>

/**
 * A sound guard for `DescribeSupportedLanguages` records: the literal `eventSource` and
 * `eventName` and every payload member are checked by the codec, so a record
 * it accepts really has the typed shape. A failed call (`errorCode` set,
 * payloads `null`) is accepted too.
 *
 * @param u - a record, or any value
 * @returns `true` when `u` is a `DescribeSupportedLanguages` record that satisfies {@link DescribeSupportedLanguagesEvent}
 *
 * @example
 * ```ts
 * for (const event of parseRecords(text).records) {
 *   if (isDescribeSupportedLanguagesEvent(event)) console.log(event.responseElements?.supportedLanguages?.map((l) => l.code))
 * }
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeSupportedLanguages.html
 */
export function isDescribeSupportedLanguagesEvent(u: unknown): u is DescribeSupportedLanguagesEvent {
  return DescribeSupportedLanguagesEvent.is(u)
}
