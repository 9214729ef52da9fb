import * as t from 'io-ts'
import { TrustedAdvisorCheckRefreshStatus } from './shared.js'

/**
 * The `requestParameters` of a `DescribeTrustedAdvisorCheckRefreshStatuses` record: the check IDs.
 *
 * Every member is optional: CloudTrail may leave inputs out (it drops
 * free-text inputs), and a failed call may record only some of them.
 *
 * @example
 * ```ts
 * DescribeTrustedAdvisorCheckRefreshStatusesRequest.is({ checkIds: ['Pfx0RwqBli', 'Qch7DwouX1'] })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeTrustedAdvisorCheckRefreshStatuses.html
 */
export const DescribeTrustedAdvisorCheckRefreshStatusesRequest = /*#__PURE__*/ t.partial(
  {
    checkIds: /*#__PURE__*/ t.array(t.string),
  },
  'DescribeTrustedAdvisorCheckRefreshStatusesRequest',
)
/** The `requestParameters` of a `DescribeTrustedAdvisorCheckRefreshStatuses` record; see the codec of the same name. */
export type DescribeTrustedAdvisorCheckRefreshStatusesRequest = t.TypeOf<typeof DescribeTrustedAdvisorCheckRefreshStatusesRequest>

/**
 * The `responseElements` of a `DescribeTrustedAdvisorCheckRefreshStatuses` record: the refresh
 * status of each check ({@link TrustedAdvisorCheckRefreshStatus}).
 *
 * @example
 * ```ts
 * DescribeTrustedAdvisorCheckRefreshStatusesResponse.is({
 *   statuses: [
 *     { checkId: 'Pfx0RwqBli', status: 'processing', millisUntilNextRefreshable: 3412508 },
 *     { checkId: 'Qch7DwouX1', status: 'success', millisUntilNextRefreshable: 0 },
 *   ],
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeTrustedAdvisorCheckRefreshStatuses.html
 */
export const DescribeTrustedAdvisorCheckRefreshStatusesResponse = /*#__PURE__*/ t.partial(
  {
    statuses: /*#__PURE__*/ t.array(TrustedAdvisorCheckRefreshStatus),
  },
  'DescribeTrustedAdvisorCheckRefreshStatusesResponse',
)
/** The `responseElements` of a `DescribeTrustedAdvisorCheckRefreshStatuses` record; see the codec of the same name. */
export type DescribeTrustedAdvisorCheckRefreshStatusesResponse = t.TypeOf<typeof DescribeTrustedAdvisorCheckRefreshStatusesResponse>
