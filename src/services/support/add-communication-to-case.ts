import * as t from 'io-ts'
import { defineOperation } from '../operation.js'
import { SUPPORT_EVENT_SOURCE } from './shared.js'

/**
 * The `requestParameters` of a `AddCommunicationToCase` record: the case, the text
 * (`communicationBody`, up to 8000 characters; may be dropped or `"HIDDEN_DUE_TO_SECURITY_REASONS"`),
 * CC addresses and an attachment set.
 *
 * Every member is optional: CloudTrail may leave inputs out (it drops
 * free-text inputs), and a failed call may record only some of them.
 *
 * @example
 * ```ts
 * AddCommunicationToCaseRequest.is({
 *   caseId: 'case-111122223333-muen-2024-7a2f4b1e9c3d5e60',
 *   communicationBody: 'Attached the instance console log. The instance stopped answering at 17:45 UTC.',
 *   ccEmailAddresses: ['ops-team@example.com'],
 *   attachmentSetId: 'as-2f5a6faa2a4a1e600-mu-nk5xQlBr70-G1cUos5LZkd38KOAHZa9BMDVzNEXAMPLE',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_AddCommunicationToCase.html
 */
export const AddCommunicationToCaseRequest = t.partial(
  {
    caseId: t.string,
    communicationBody: t.string,
    ccEmailAddresses: t.array(t.string),
    attachmentSetId: t.string,
  },
  'AddCommunicationToCaseRequest',
)
/** The `requestParameters` of a `AddCommunicationToCase` record; see the codec of the same name. */
export type AddCommunicationToCaseRequest = t.TypeOf<typeof AddCommunicationToCaseRequest>

/**
 * The `responseElements` of a `AddCommunicationToCase` record: `result`, `true` when the
 * communication was added.
 *
 * @example
 * ```ts
 * AddCommunicationToCaseResponse.is({ result: true })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_AddCommunicationToCase.html
 */
export const AddCommunicationToCaseResponse = t.partial({ result: t.boolean }, 'AddCommunicationToCaseResponse')
/** The `responseElements` of a `AddCommunicationToCase` record; see the codec of the same name. */
export type AddCommunicationToCaseResponse = t.TypeOf<typeof AddCommunicationToCaseResponse>

/**
 * The `AddCommunicationToCase` operation of the AWS Support API (`support.amazonaws.com`,
 * readOnly `false`): adds a correspondence to a case.
 *
 * @example
 * ```ts
 * AddCommunicationToCase.readOnly       // false
 * AddCommunicationToCase.event.is(record)   // true for a AddCommunicationToCase record whose payloads match
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_AddCommunicationToCase.html
 */
export const AddCommunicationToCase = defineOperation({
  eventSource: SUPPORT_EVENT_SOURCE,
  eventName: 'AddCommunicationToCase',
  readOnly: false,
  request: AddCommunicationToCaseRequest,
  response: AddCommunicationToCaseResponse,
})

/**
 * The codec of a CloudTrail record of `AddCommunicationToCase`: the generic record with
 * `eventSource` `support.amazonaws.com`, `eventName` `AddCommunicationToCase`, and typed
 * `requestParameters` and `responseElements`, each of which may be `null` or
 * absent (failed calls, calls CloudTrail records without payload).
 *
 * @example
 * ```ts
 * AddCommunicationToCaseEvent.is({
 *   eventVersion: '1.09',
 *   userIdentity: {
 *     type: 'IAMUser', principalId: 'AIDACKCEVSQ6C2EXAMPLE', arn: 'arn:aws:iam::111122223333:user/janedoe',
 *     accountId: '111122223333', accessKeyId: 'AKIAIOSFODNN7EXAMPLE', userName: 'janedoe',
 *   },
 *   eventTime: '2024-05-14T18:02:11Z', eventSource: 'support.amazonaws.com', eventName: 'AddCommunicationToCase',
 *   awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.15', userAgent: 'signin.amazonaws.com',
 *   requestParameters: {
 *     caseId: 'case-111122223333-muen-2024-7a2f4b1e9c3d5e60',
 *     communicationBody: 'Attached the instance console log. The instance stopped answering at 17:45 UTC.',
 *     ccEmailAddresses: ['ops-team@example.com'],
 *     attachmentSetId: 'as-2f5a6faa2a4a1e600-mu-nk5xQlBr70-G1cUos5LZkd38KOAHZa9BMDVzNEXAMPLE',
 *   },
 *   responseElements: { result: true }, requestID: '58c257ef-01a2-41e6-be2a-01c031060011',
 *   eventID: '5aa34bfc-ad5b-4fb1-8a55-2277c86e0011', readOnly: false, eventType: 'AwsApiCall',
 *   managementEvent: true, recipientAccountId: '111122223333', eventCategory: 'Management',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_AddCommunicationToCase.html
 */
export const AddCommunicationToCaseEvent = AddCommunicationToCase.event
/** A CloudTrail record of `AddCommunicationToCase`; see the codec of the same name. */
export type AddCommunicationToCaseEvent = t.TypeOf<typeof AddCommunicationToCaseEvent>

/**
 * A sound guard for `AddCommunicationToCase` records: the literal `eventSource` and
 * `eventName` and every payload member are checked by the codec, so a record
 * it accepts really has the typed shape. A failed call (`errorCode` set,
 * payloads `null`) is accepted too.
 *
 * @param u - a record, or any value
 * @returns `true` when `u` is a `AddCommunicationToCase` record that satisfies {@link AddCommunicationToCaseEvent}
 *
 * @example
 * ```ts
 * for (const event of parseRecords(text).records) {
 *   if (isAddCommunicationToCaseEvent(event)) console.log(event.requestParameters?.caseId, event.responseElements?.result)
 * }
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_AddCommunicationToCase.html
 */
export function isAddCommunicationToCaseEvent(u: unknown): u is AddCommunicationToCaseEvent {
  return AddCommunicationToCaseEvent.is(u)
}
