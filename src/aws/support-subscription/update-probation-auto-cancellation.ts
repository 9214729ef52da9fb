import * as t from 'io-ts'

/**
 * The `requestParameters` of the legacy `UpdateProbationAutoCancellation`: the console `lang` (such as `en`).
 * Shape from the documented CloudTrail sample.
 *
 * Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
 * keys not named here pass through untouched.
 *
 * @example
 * ```ts
 * UpdateProbationAutoCancellationRequest.is({ lang: 'en' })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-support-plans.html
 */
export const UpdateProbationAutoCancellationRequest = /*#__PURE__*/ t.partial(
  { lang: t.string },
  'UpdateProbationAutoCancellationRequest',
)
/** The `requestParameters` of a `UpdateProbationAutoCancellation` record; see the codec of the same name. */
export type UpdateProbationAutoCancellationRequest = t.TypeOf<typeof UpdateProbationAutoCancellationRequest>

/**
 * The `responseElements` of the legacy `UpdateProbationAutoCancellation`: the documented sample records
 * `null` and no other shape is known, so any JSON value decodes and is kept as it came (type `unknown`).
 *
 * @example
 * ```ts
 * UpdateProbationAutoCancellationResponse.is([1, 'two', null])   // true: any JSON value, typed `unknown`
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-support-plans.html
 */
export const UpdateProbationAutoCancellationResponse = t.unknown
/** The `responseElements` of a `UpdateProbationAutoCancellation` record; see the codec of the same name. */
export type UpdateProbationAutoCancellationResponse = t.TypeOf<typeof UpdateProbationAutoCancellationResponse>
