import * as t from 'io-ts'
import { defineOperation } from '../operation.js'
import { CaseStatus, SUPPORT_EVENT_SOURCE } from './shared.js'

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
export const ResolveCaseRequest = t.partial({ caseId: t.string }, 'ResolveCaseRequest')
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
export const ResolveCaseResponse = t.partial(
  {
    initialCaseStatus: CaseStatus,
    finalCaseStatus: CaseStatus,
  },
  'ResolveCaseResponse',
)
/** The `responseElements` of a `ResolveCase` record; see the codec of the same name. */
export type ResolveCaseResponse = t.TypeOf<typeof ResolveCaseResponse>

/**
 * The `ResolveCase` operation of the AWS Support API (`support.amazonaws.com`,
 * readOnly `false`): resolves a case.
 *
 * @example
 * ```ts
 * ResolveCase.readOnly       // false
 * ResolveCase.event.is(record)   // true for a ResolveCase record whose payloads match
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_ResolveCase.html
 */
export const ResolveCase = defineOperation({
  eventSource: SUPPORT_EVENT_SOURCE,
  eventName: 'ResolveCase',
  readOnly: false,
  request: ResolveCaseRequest,
  response: ResolveCaseResponse,
})

/**
 * The codec of a CloudTrail record of `ResolveCase`: the generic record with
 * `eventSource` `support.amazonaws.com`, `eventName` `ResolveCase`, and typed
 * `requestParameters` and `responseElements`, each of which may be `null` or
 * absent (failed calls, calls CloudTrail records without payload).
 *
 * @example
 * ```ts
 * ResolveCaseEvent.is({
 *   eventVersion: '1.09',
 *   userIdentity: {
 *     type: 'IAMUser', principalId: 'AIDACKCEVSQ6C2EXAMPLE', arn: 'arn:aws:iam::111122223333:user/janedoe',
 *     accountId: '111122223333', accessKeyId: 'AKIAIOSFODNN7EXAMPLE', userName: 'janedoe',
 *   },
 *   eventTime: '2024-05-14T18:02:11Z', eventSource: 'support.amazonaws.com', eventName: 'ResolveCase',
 *   awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.15', userAgent: 'signin.amazonaws.com',
 *   requestParameters: { caseId: 'case-111122223333-muen-2024-7a2f4b1e9c3d5e60' },
 *   responseElements: { initialCaseStatus: 'pending-customer-action', finalCaseStatus: 'resolved' },
 *   requestID: '58c257ef-01a2-41e6-be2a-01c0310600f1', eventID: '5aa34bfc-ad5b-4fb1-8a55-2277c86e00f1',
 *   readOnly: false, eventType: 'AwsApiCall', managementEvent: true, recipientAccountId: '111122223333',
 *   eventCategory: 'Management',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_ResolveCase.html
 */
export const ResolveCaseEvent = ResolveCase.event
/** A CloudTrail record of `ResolveCase`; see the codec of the same name. */
export type ResolveCaseEvent = t.TypeOf<typeof ResolveCaseEvent>

/**
 * A sound guard for `ResolveCase` records: the literal `eventSource` and
 * `eventName` and every payload member are checked by the codec, so a record
 * it accepts really has the typed shape. A failed call (`errorCode` set,
 * payloads `null`) is accepted too.
 *
 * @param u - a record, or any value
 * @returns `true` when `u` is a `ResolveCase` record that satisfies {@link ResolveCaseEvent}
 *
 * @example
 * ```ts
 * for (const event of parseRecords(text).records) {
 *   if (isResolveCaseEvent(event)) console.log(event.responseElements?.initialCaseStatus, event.responseElements?.finalCaseStatus)
 * }
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_ResolveCase.html
 */
export function isResolveCaseEvent(u: unknown): u is ResolveCaseEvent {
  return ResolveCaseEvent.is(u)
}
