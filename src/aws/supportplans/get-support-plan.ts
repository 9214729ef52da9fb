import * as t from 'io-ts'

/**
 * The `requestParameters` of `GetSupportPlan`: the call takes no input and CloudTrail records `null` (as the
 * documented sample shows); an object, should one appear, decodes with its keys kept.
 *
 * @example
 * ```ts
 * GetSupportPlanRequest.is({})   // true: any object; CloudTrail records `null` instead
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-support-plans.html
 */
export const GetSupportPlanRequest = t.UnknownRecord
/** The `requestParameters` of a `GetSupportPlan` record; see the codec of the same name. */
export type GetSupportPlanRequest = t.TypeOf<typeof GetSupportPlanRequest>

/**
 * The `responseElements` of `GetSupportPlan`: no public model exists and the documented sample records
 * `null`, so any JSON value decodes and is kept as it came (type `unknown`).
 *
 * @example
 * ```ts
 * GetSupportPlanResponse.is([1, 'two', null])   // true: any JSON value, typed `unknown`
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-support-plans.html
 */
export const GetSupportPlanResponse = t.unknown
/** The `responseElements` of a `GetSupportPlan` record; see the codec of the same name. */
export type GetSupportPlanResponse = t.TypeOf<typeof GetSupportPlanResponse>
