import * as t from 'io-ts'

/**
 * The change that a `StartSupportPlanUpdate` call asks for: the new `supportLevel` (the documented sample
 * shows `BASIC`; no list of values is published, so any string decodes).
 *
 * @example
 * ```ts
 * SupportPlanUpdate.is({ supportLevel: 'BUSINESS' })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-support-plans.html
 */
export const SupportPlanUpdate = /*#__PURE__*/ t.partial({ supportLevel: t.string }, 'SupportPlanUpdate')
/** The change a StartSupportPlanUpdate call asks for; see the codec of the same name. */
export type SupportPlanUpdate = t.TypeOf<typeof SupportPlanUpdate>

/**
 * The `requestParameters` of `StartSupportPlanUpdate`: an idempotency `clientToken` and the
 * {@link SupportPlanUpdate}. No public model exists: the shape comes from the documented CloudTrail sample.
 *
 * Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
 * keys not named here pass through untouched.
 *
 * @example
 * ```ts
 * StartSupportPlanUpdateRequest.is({
 *   clientToken: '3f2b6c1e-8d4a-4e7b-9c0f-5a1d2e3f4b5c',
 *   update: { supportLevel: 'BUSINESS' },
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-support-plans.html
 */
export const StartSupportPlanUpdateRequest = /*#__PURE__*/ t.partial(
  { clientToken: t.string, update: SupportPlanUpdate },
  'StartSupportPlanUpdateRequest',
)
/** The `requestParameters` of a `StartSupportPlanUpdate` record; see the codec of the same name. */
export type StartSupportPlanUpdateRequest = t.TypeOf<typeof StartSupportPlanUpdateRequest>

/**
 * The `responseElements` of `StartSupportPlanUpdate`: the `supportPlanUpdateArn` to follow the change with,
 * and the HTTP header `Access-Control-Expose-Headers` that CloudTrail records among the response members
 * (kept as it came).
 *
 * Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
 * keys not named here pass through untouched.
 *
 * @example
 * ```ts
 * StartSupportPlanUpdateResponse.is({
 *   supportPlanUpdateArn: 'arn:aws:supportplans::111122223333:supportplanupdate/0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d',
 *   'Access-Control-Expose-Headers': 'x-amzn-RequestId,x-amzn-ErrorType,x-amzn-ErrorMessage,Date',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-support-plans.html
 */
export const StartSupportPlanUpdateResponse = /*#__PURE__*/ t.partial(
  { supportPlanUpdateArn: t.string, 'Access-Control-Expose-Headers': t.string },
  'StartSupportPlanUpdateResponse',
)
/** The `responseElements` of a `StartSupportPlanUpdate` record; see the codec of the same name. */
export type StartSupportPlanUpdateResponse = t.TypeOf<typeof StartSupportPlanUpdateResponse>
