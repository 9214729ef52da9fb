import * as t from 'io-ts'
import { TrustedAdvisorCheckRefreshStatus } from '../support/shared.js'

/**
 * The `requestParameters` of the console action `RefreshCheck`: the `checkId` of the check to refresh. No
 * public API model exists: the shape comes from the documented CloudTrail sample.
 *
 * Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
 * keys not named here pass through untouched.
 *
 * @example
 * ```ts
 * RefreshCheckRequest.is({ checkId: 'R365s2Qddf' })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const RefreshCheckRequest = /*#__PURE__*/ t.partial({ checkId: t.string }, 'RefreshCheckRequest')
/** The `requestParameters` of a `RefreshCheck` record; see the codec of the same name. */
export type RefreshCheckRequest = t.TypeOf<typeof RefreshCheckRequest>

/**
 * The `responseElements` of the console action `RefreshCheck`: the refresh `status` of the check, the same
 * structure as the Support API's `TrustedAdvisorCheckRefreshStatus` (`checkId`, `status` such as `enqueued`,
 * `millisUntilNextRefreshable`). Unlike the Support API's `RefreshTrustedAdvisorCheck`, whose record has
 * `null` here, the console action logs it.
 *
 * Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
 * keys not named here pass through untouched.
 *
 * @example
 * ```ts
 * RefreshCheckResponse.is({
 *   status: {
 *     checkId: 'R365s2Qddf', status: 'enqueued', millisUntilNextRefreshable: 3599993,
 *   },
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const RefreshCheckResponse = /*#__PURE__*/ t.partial({ status: TrustedAdvisorCheckRefreshStatus }, 'RefreshCheckResponse')
/** The `responseElements` of a `RefreshCheck` record; see the codec of the same name. */
export type RefreshCheckResponse = t.TypeOf<typeof RefreshCheckResponse>
