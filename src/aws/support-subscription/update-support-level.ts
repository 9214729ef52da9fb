import * as t from 'io-ts'

/**
 * The `requestParameters` of the legacy `UpdateSupportLevel`: the new `supportLevel` (the documented sample
 * shows `new_developer`; no list of values is published, so any string decodes).
 *
 * Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
 * keys not named here pass through untouched.
 *
 * @example
 * ```ts
 * UpdateSupportLevelRequest.is({ supportLevel: 'new_developer' })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-support-plans.html
 */
export const UpdateSupportLevelRequest = /*#__PURE__*/ t.partial({ supportLevel: t.string }, 'UpdateSupportLevelRequest')
/** The `requestParameters` of a `UpdateSupportLevel` record; see the codec of the same name. */
export type UpdateSupportLevelRequest = t.TypeOf<typeof UpdateSupportLevelRequest>

/**
 * The `responseElements` of the legacy `UpdateSupportLevel`: the `supportLevel` now in force and `aispl`, a
 * boolean (AISPL is the AWS seller in India; the sample shows `false` and no more is documented). Shape from
 * the documented CloudTrail sample.
 *
 * Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
 * keys not named here pass through untouched.
 *
 * @example
 * ```ts
 * UpdateSupportLevelResponse.is({ aispl: false, supportLevel: 'new_developer' })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-support-plans.html
 */
export const UpdateSupportLevelResponse = /*#__PURE__*/ t.partial(
  { aispl: t.boolean, supportLevel: t.string },
  'UpdateSupportLevelResponse',
)
/** The `responseElements` of a `UpdateSupportLevel` record; see the codec of the same name. */
export type UpdateSupportLevelResponse = t.TypeOf<typeof UpdateSupportLevelResponse>
