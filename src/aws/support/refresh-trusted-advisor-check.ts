import * as t from 'io-ts'
import { TrustedAdvisorCheckRefreshStatus } from './shared.js'

/**
 * The `requestParameters` of a `RefreshTrustedAdvisorCheck` record: the check ID, such as
 * `Pfx0RwqBli`.
 *
 * Every member is optional: CloudTrail may leave inputs out (it drops
 * free-text inputs), and a failed call may record only some of them.
 *
 * @example
 * ```ts
 * RefreshTrustedAdvisorCheckRequest.is({ checkId: 'Pfx0RwqBli' })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_RefreshTrustedAdvisorCheck.html
 */
export const RefreshTrustedAdvisorCheckRequest = /*#__PURE__*/ t.partial({ checkId: t.string }, 'RefreshTrustedAdvisorCheckRequest')
/** The `requestParameters` of a `RefreshTrustedAdvisorCheck` record; see the codec of the same name. */
export type RefreshTrustedAdvisorCheckRequest = t.TypeOf<typeof RefreshTrustedAdvisorCheckRequest>

/**
 * The `responseElements` of a `RefreshTrustedAdvisorCheck` record: the check's refresh status. The
 * API returns it, but the records AWS documents have `responseElements: null`.
 *
 * @example
 * ```ts
 * RefreshTrustedAdvisorCheckResponse.is({ status: { checkId: 'Pfx0RwqBli', status: 'enqueued', millisUntilNextRefreshable: 3599993 } })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_RefreshTrustedAdvisorCheck.html
 */
export const RefreshTrustedAdvisorCheckResponse = /*#__PURE__*/ t.partial(
  {
    status: TrustedAdvisorCheckRefreshStatus,
  },
  'RefreshTrustedAdvisorCheckResponse',
)
/** The `responseElements` of a `RefreshTrustedAdvisorCheck` record; see the codec of the same name. */
export type RefreshTrustedAdvisorCheckResponse = t.TypeOf<typeof RefreshTrustedAdvisorCheckResponse>
