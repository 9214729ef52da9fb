import * as t from 'io-ts'
import { CaseStatus } from './shared.js'

/**
 * The `requestParameters` of a `ResolveCase` record: the case ID.
 *
 * Every member is optional: CloudTrail may leave inputs out (it drops
 * free-text inputs), and a failed call may record only some of them.
 *
 * @example
 * ```ts
 * ResolveCaseRequest.is({ caseId: 'case-111122223333-muen-2024-7a2f4b1e9c3d5e60' })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_ResolveCase.html
 */
export const ResolveCaseRequest = /*#__PURE__*/ t.partial({ caseId: t.string }, 'ResolveCaseRequest')
/** The `requestParameters` of a `ResolveCase` record; see the codec of the same name. */
export type ResolveCaseRequest = t.TypeOf<typeof ResolveCaseRequest>

/**
 * The `responseElements` of a `ResolveCase` record: the case status before (`initialCaseStatus`) and
 * after (`finalCaseStatus`, normally `resolved`).
 *
 * @example
 * ```ts
 * ResolveCaseResponse.is({ initialCaseStatus: 'pending-customer-action', finalCaseStatus: 'resolved' })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_ResolveCase.html
 */
export const ResolveCaseResponse = /*#__PURE__*/ t.partial(
  {
    initialCaseStatus: CaseStatus,
    finalCaseStatus: CaseStatus,
  },
  'ResolveCaseResponse',
)
/** The `responseElements` of a `ResolveCase` record; see the codec of the same name. */
export type ResolveCaseResponse = t.TypeOf<typeof ResolveCaseResponse>
