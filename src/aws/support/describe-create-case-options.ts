import * as t from 'io-ts'
import { openEnum } from '../../codec/open-enum.js'
import { CaseLanguage, IssueType } from './shared.js'

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
export const LanguageAvailability = /*#__PURE__*/ openEnum('LanguageAvailability', ['available', 'best_effort', 'unavailable'] as const)
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
export const CommunicationType = /*#__PURE__*/ openEnum('CommunicationType', ['chat', 'web', 'call'] as const)
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
export const SupportedHour = /*#__PURE__*/ t.partial({ startTime: t.string, endTime: t.string }, 'SupportedHour')
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
export const DateInterval = /*#__PURE__*/ t.partial({ startDateTime: t.string, endDateTime: t.string }, 'DateInterval')
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
export const CommunicationTypeOptions = /*#__PURE__*/ t.partial(
  { type: CommunicationType, supportedHours: /*#__PURE__*/ t.array(SupportedHour), datesWithoutSupport: /*#__PURE__*/ t.array(DateInterval) },
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
export const DescribeCreateCaseOptionsRequest = /*#__PURE__*/ t.partial(
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
export const DescribeCreateCaseOptionsResponse = /*#__PURE__*/ t.partial(
  {
    languageAvailability: LanguageAvailability,
    communicationTypes: /*#__PURE__*/ t.array(CommunicationTypeOptions),
  },
  'DescribeCreateCaseOptionsResponse',
)
/** The `responseElements` of a `DescribeCreateCaseOptions` record; see the codec of the same name. */
export type DescribeCreateCaseOptionsResponse = t.TypeOf<typeof DescribeCreateCaseOptionsResponse>
