import * as t from 'io-ts'
import { openEnum } from '../../codec/open-enum.js'
import { defineOperation } from '../operation.js'
import { CaseLanguage, IssueType, SUPPORT_EVENT_SOURCE } from './shared.js'

/**
 * Whether a language is available for a case (`languageAvailability`):
 * `available`, `best_effort`, `unavailable`. Open: any other string still
 * decodes.
 *
 * @example
 * ```ts
 * LanguageAvailability.is('best_effort')   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeCreateCaseOptions.html
 */
export const LanguageAvailability = openEnum('LanguageAvailability', ['available', 'best_effort', 'unavailable'] as const)
/** Whether a language is available for a case; see the codec of the same name. */
export type LanguageAvailability = t.TypeOf<typeof LanguageAvailability>

/**
 * Narrows a language availability to one of the documented values.
 *
 * @param value - a decoded language availability
 * @returns `true` for `available`, `best_effort` or `unavailable`
 * @example
 * ```ts
 * isKnownLanguageAvailability('available')   // true
 * ```
 */
export function isKnownLanguageAvailability(value: string): value is (typeof LanguageAvailability.values)[number] {
  return LanguageAvailability.isKnown(value)
}

/**
 * A way to contact AWS Support about a case: `chat`, `web`, `call`. Open:
 * any other string still decodes.
 *
 * @example
 * ```ts
 * CommunicationType.is('chat')   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_CommunicationTypeOptions.html
 */
export const CommunicationType = openEnum('CommunicationType', ['chat', 'web', 'call'] as const)
/** A way to contact AWS Support; see the codec of the same name. */
export type CommunicationType = t.TypeOf<typeof CommunicationType>

/**
 * Narrows a communication type to one of the documented values.
 *
 * @param value - a decoded communication type
 * @returns `true` for `chat`, `web` or `call`
 * @example
 * ```ts
 * isKnownCommunicationType('call')   // true
 * ```
 */
export function isKnownCommunicationType(value: string): value is (typeof CommunicationType.values)[number] {
  return CommunicationType.isKnown(value)
}

/**
 * Hours of the day when a communication type is offered, as RFC 3339 times
 * (`HH:mm:ss.SSS`).
 *
 * @example
 * ```ts
 * SupportedHour.is({ startTime: '09:00:00.000', endTime: '17:00:00.000' })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_SupportedHour.html
 */
export const SupportedHour = t.partial({ startTime: t.string, endTime: t.string }, 'SupportedHour')
/** Hours when a communication type is offered; see the codec of the same name. */
export type SupportedHour = t.TypeOf<typeof SupportedHour>

/**
 * A time span without support, as RFC 3339 UTC date-times.
 *
 * @example
 * ```ts
 * DateInterval.is({ startDateTime: '2024-12-25T00:00:00.000Z', endDateTime: '2024-12-26T00:00:00.000Z' })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DateInterval.html
 */
export const DateInterval = t.partial({ startDateTime: t.string, endDateTime: t.string }, 'DateInterval')
/** A time span without support; see the codec of the same name. */
export type DateInterval = t.TypeOf<typeof DateInterval>

/**
 * One communication type offered for a new case, with its hours and the
 * dates without support.
 *
 * @example
 * ```ts
 * CommunicationTypeOptions.is({
 *   type: 'chat', supportedHours: [{ startTime: '00:00:00.000', endTime: '23:59:59.999' }], datesWithoutSupport: [],
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_CommunicationTypeOptions.html
 */
export const CommunicationTypeOptions = t.partial(
  { type: CommunicationType, supportedHours: t.array(SupportedHour), datesWithoutSupport: t.array(DateInterval) },
  'CommunicationTypeOptions',
)
/** One communication type offered for a new case; see the codec of the same name. */
export type CommunicationTypeOptions = t.TypeOf<typeof CommunicationTypeOptions>

/**
 * The `requestParameters` of a `DescribeCreateCaseOptions` record: the issue type, service and
 * category codes and language to look up.
 *
 * Every member is optional: CloudTrail may leave inputs out (it drops
 * free-text inputs), and a failed call may record only some of them.
 *
 * @example
 * ```ts
 * DescribeCreateCaseOptionsRequest.is({
 *   issueType: 'technical', serviceCode: 'amazon-elastic-compute-cloud-linux', language: 'en',
 *   categoryCode: 'instance-issue',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeCreateCaseOptions.html
 */
export const DescribeCreateCaseOptionsRequest = t.partial(
  {
    issueType: IssueType,
    serviceCode: t.string,
    language: CaseLanguage,
    categoryCode: t.string,
  },
  'DescribeCreateCaseOptionsRequest',
)
/** The `requestParameters` of a `DescribeCreateCaseOptions` record; see the codec of the same name. */
export type DescribeCreateCaseOptionsRequest = t.TypeOf<typeof DescribeCreateCaseOptionsRequest>

/**
 * The `responseElements` of a `DescribeCreateCaseOptions` record: whether the language is available
 * and which communication types (`web`, `chat`, `call`) are offered, with their hours and dates
 * without support.
 *
 * @example
 * ```ts
 * DescribeCreateCaseOptionsResponse.is({
 *   languageAvailability: 'available',
 *   communicationTypes: [
 *     {
 *       type: 'web', supportedHours: [{ startTime: '00:00:00.000', endTime: '23:59:59.999' }],
 *       datesWithoutSupport: [],
 *     },
 *     {
 *       type: 'chat', supportedHours: [{ startTime: '00:00:00.000', endTime: '23:59:59.999' }],
 *       datesWithoutSupport: [{ startDateTime: '2024-12-25T00:00:00.000Z', endDateTime: '2024-12-26T00:00:00.000Z' }],
 *     },
 *     {
 *       type: 'call', supportedHours: [{ startTime: '09:00:00.000', endTime: '17:00:00.000' }],
 *       datesWithoutSupport: [],
 *     },
 *   ],
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeCreateCaseOptions.html
 */
export const DescribeCreateCaseOptionsResponse = t.partial(
  {
    languageAvailability: LanguageAvailability,
    communicationTypes: t.array(CommunicationTypeOptions),
  },
  'DescribeCreateCaseOptionsResponse',
)
/** The `responseElements` of a `DescribeCreateCaseOptions` record; see the codec of the same name. */
export type DescribeCreateCaseOptionsResponse = t.TypeOf<typeof DescribeCreateCaseOptionsResponse>

/**
 * The `DescribeCreateCaseOptions` operation of the AWS Support API (`support.amazonaws.com`,
 * readOnly `true`): returns the contact options for a new case.
 *
 * @example
 * ```ts
 * DescribeCreateCaseOptions.readOnly       // true
 * DescribeCreateCaseOptions.event.is(record)   // true for a DescribeCreateCaseOptions record whose payloads match
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeCreateCaseOptions.html
 */
export const DescribeCreateCaseOptions = defineOperation({
  eventSource: SUPPORT_EVENT_SOURCE,
  eventName: 'DescribeCreateCaseOptions',
  readOnly: true,
  request: DescribeCreateCaseOptionsRequest,
  response: DescribeCreateCaseOptionsResponse,
})

/**
 * The codec of a CloudTrail record of `DescribeCreateCaseOptions`: the generic record with
 * `eventSource` `support.amazonaws.com`, `eventName` `DescribeCreateCaseOptions`, and typed
 * `requestParameters` and `responseElements`, each of which may be `null` or
 * absent (failed calls, calls CloudTrail records without payload).
 *
 * @example
 * ```ts
 * DescribeCreateCaseOptionsEvent.is({
 *   eventVersion: '1.09',
 *   userIdentity: {
 *     type: 'IAMUser', principalId: 'AIDACKCEVSQ6C2EXAMPLE', arn: 'arn:aws:iam::111122223333:user/janedoe',
 *     accountId: '111122223333', accessKeyId: 'AKIAIOSFODNN7EXAMPLE', userName: 'janedoe',
 *   },
 *   eventTime: '2024-05-14T18:02:11Z', eventSource: 'support.amazonaws.com',
 *   eventName: 'DescribeCreateCaseOptions', awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.15',
 *   userAgent: 'signin.amazonaws.com',
 *   requestParameters: {
 *     issueType: 'technical', serviceCode: 'amazon-elastic-compute-cloud-linux', language: 'en',
 *     categoryCode: 'instance-issue',
 *   },
 *   responseElements: {
 *     languageAvailability: 'available',
 *     communicationTypes: [
 *       {
 *         type: 'web', supportedHours: [{ startTime: '00:00:00.000', endTime: '23:59:59.999' }],
 *         datesWithoutSupport: [],
 *       },
 *       {
 *         type: 'chat', supportedHours: [{ startTime: '00:00:00.000', endTime: '23:59:59.999' }],
 *         datesWithoutSupport: [{ startDateTime: '2024-12-25T00:00:00.000Z', endDateTime: '2024-12-26T00:00:00.000Z' }],
 *       },
 *       {
 *         type: 'call', supportedHours: [{ startTime: '09:00:00.000', endTime: '17:00:00.000' }],
 *         datesWithoutSupport: [],
 *       },
 *     ],
 *   },
 *   requestID: '58c257ef-01a2-41e6-be2a-01c031060061', eventID: '5aa34bfc-ad5b-4fb1-8a55-2277c86e0061',
 *   readOnly: true, eventType: 'AwsApiCall', managementEvent: true, recipientAccountId: '111122223333',
 *   eventCategory: 'Management',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeCreateCaseOptions.html
 */
export const DescribeCreateCaseOptionsEvent = DescribeCreateCaseOptions.event
/** A CloudTrail record of `DescribeCreateCaseOptions`; see the codec of the same name. */
export type DescribeCreateCaseOptionsEvent = t.TypeOf<typeof DescribeCreateCaseOptionsEvent>

/**
 * A sound guard for `DescribeCreateCaseOptions` records: the literal `eventSource` and
 * `eventName` and every payload member are checked by the codec, so a record
 * it accepts really has the typed shape. A failed call (`errorCode` set,
 * payloads `null`) is accepted too.
 *
 * @param u - a record, or any value
 * @returns `true` when `u` is a `DescribeCreateCaseOptions` record that satisfies {@link DescribeCreateCaseOptionsEvent}
 *
 * @example
 * ```ts
 * for (const event of parseRecords(text).records) {
 *   if (isDescribeCreateCaseOptionsEvent(event)) console.log(event.responseElements?.languageAvailability)
 * }
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeCreateCaseOptions.html
 */
export function isDescribeCreateCaseOptionsEvent(u: unknown): u is DescribeCreateCaseOptionsEvent {
  return DescribeCreateCaseOptionsEvent.is(u)
}
