import * as t from 'io-ts'
import { openEnum } from '../../codec/open-enum.js'

/**
 * The refresh state of a check as the console action `RefreshCheck` logs it: `checkId`, `status` (`none`,
 * `enqueued`, `processing`, `success`, `abandoned`; open: any other string still decodes) and
 * `millisUntilNextRefreshable`. The Support API's `TrustedAdvisorCheckRefreshStatus` has the same members;
 * this service keeps its own declaration, as services import no other service.
 *
 * @example
 * ```ts
 * RefreshCheckStatus.is({ checkId: 'R365s2Qddf', status: 'enqueued', millisUntilNextRefreshable: 3599993 })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const RefreshCheckStatus = /*#__PURE__*/ t.partial(
  {
    checkId: t.string,
    status: /*#__PURE__*/ openEnum('RefreshCheckState', ['none', 'enqueued', 'processing', 'success', 'abandoned'] as const),
    millisUntilNextRefreshable: t.number,
  },
  'RefreshCheckStatus',
)
/** The refresh state of a check, as `RefreshCheck` logs it; see the codec of the same name. */
export type RefreshCheckStatus = t.TypeOf<typeof RefreshCheckStatus>

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
 * structure as the Support API's `TrustedAdvisorCheckRefreshStatus` ({@link RefreshCheckStatus}). Unlike the Support API's `RefreshTrustedAdvisorCheck`, whose record has
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
export const RefreshCheckResponse = /*#__PURE__*/ t.partial({ status: RefreshCheckStatus }, 'RefreshCheckResponse')
/** The `responseElements` of a `RefreshCheck` record; see the codec of the same name. */
export type RefreshCheckResponse = t.TypeOf<typeof RefreshCheckResponse>
