import * as t from 'io-ts'

/**
 * The `requestParameters` of `GetSupportPlanUpdateStatus`: the `supportPlanUpdateArn` that
 * `StartSupportPlanUpdate` returned. No public model exists: the shape comes from the documented CloudTrail
 * sample.
 *
 * Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
 * keys not named here pass through untouched.
 *
 * @example
 * ```ts
 * GetSupportPlanUpdateStatusRequest.is({
 *   supportPlanUpdateArn: 'arn:aws:supportplans::111122223333:supportplanupdate/0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-support-plans.html
 */
export const GetSupportPlanUpdateStatusRequest = /*#__PURE__*/ t.partial(
  { supportPlanUpdateArn: t.string },
  'GetSupportPlanUpdateStatusRequest',
)
/** The `requestParameters` of a `GetSupportPlanUpdateStatus` record; see the codec of the same name. */
export type GetSupportPlanUpdateStatusRequest = t.TypeOf<typeof GetSupportPlanUpdateStatusRequest>

/**
 * The `responseElements` of `GetSupportPlanUpdateStatus`: no public model exists and the documented sample
 * records `null`, so any JSON value decodes and is kept as it came (type `unknown`).
 *
 * @example
 * ```ts
 * GetSupportPlanUpdateStatusResponse.is([1, 'two', null])   // true: any JSON value, typed `unknown`
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-support-plans.html
 */
export const GetSupportPlanUpdateStatusResponse = t.unknown
/** The `responseElements` of a `GetSupportPlanUpdateStatus` record; see the codec of the same name. */
export type GetSupportPlanUpdateStatusResponse = t.TypeOf<typeof GetSupportPlanUpdateStatusResponse>
