import * as t from 'io-ts'

/**
 * The `requestParameters` of the legacy `DescribeSupportLevelSummary`: the console `lang` (such as `en`).
 * Shape from the documented CloudTrail sample.
 *
 * Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
 * keys not named here pass through untouched.
 *
 * @example
 * ```ts
 * DescribeSupportLevelSummaryRequest.is({ lang: 'en' })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-support-plans.html
 */
export const DescribeSupportLevelSummaryRequest = /*#__PURE__*/ t.partial({ lang: t.string }, 'DescribeSupportLevelSummaryRequest')
/** The `requestParameters` of a `DescribeSupportLevelSummary` record; see the codec of the same name. */
export type DescribeSupportLevelSummaryRequest = t.TypeOf<typeof DescribeSupportLevelSummaryRequest>

/**
 * The `responseElements` of the legacy `DescribeSupportLevelSummary`: the documented sample records `null`
 * and no other shape is known, so any JSON value decodes and is kept as it came (type `unknown`).
 *
 * @example
 * ```ts
 * DescribeSupportLevelSummaryResponse.is([1, 'two', null])   // true: any JSON value, typed `unknown`
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-support-plans.html
 */
export const DescribeSupportLevelSummaryResponse = t.unknown
/** The `responseElements` of a `DescribeSupportLevelSummary` record; see the codec of the same name. */
export type DescribeSupportLevelSummaryResponse = t.TypeOf<typeof DescribeSupportLevelSummaryResponse>
