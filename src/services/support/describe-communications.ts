import * as t from 'io-ts'
import { defineOperation } from '../operation.js'
import { Communication, SUPPORT_EVENT_SOURCE } from './shared.js'

/**
 * The `requestParameters` of a `DescribeCommunications` record: the case, a time window (`afterTime`,
 * `beforeTime`; strings) and paging.
 *
 * Every member is optional: CloudTrail may leave inputs out (it drops
 * free-text inputs), and a failed call may record only some of them.
 *
 * @example
 * ```ts
 * DescribeCommunicationsRequest.is({
 *   caseId: 'case-111122223333-muen-2024-7a2f4b1e9c3d5e60', beforeTime: '2024-05-15T00:00:00Z',
 *   afterTime: '2024-05-14T00:00:00Z', nextToken: 'AAEAAQ2cNQEXAMPLEcommunications', maxResults: 10,
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeCommunications.html
 */
export const DescribeCommunicationsRequest = t.partial(
  {
    caseId: t.string,
    beforeTime: t.string,
    afterTime: t.string,
    nextToken: t.string,
    maxResults: t.number,
  },
  'DescribeCommunicationsRequest',
)
/** The `requestParameters` of a `DescribeCommunications` record; see the codec of the same name. */
export type DescribeCommunicationsRequest = t.TypeOf<typeof DescribeCommunicationsRequest>

/**
 * The `responseElements` of a `DescribeCommunications` record: the communications ({@link
 * Communication}) and a `nextToken`.
 *
 * @example
 * ```ts
 * DescribeCommunicationsResponse.is({
 *   communications: [
 *     {
 *       caseId: 'case-111122223333-muen-2024-7a2f4b1e9c3d5e60',
 *       body: 'Hello, the underlying host had a hardware fault. Please stop and start the instance to move it to healthy hardware.',
 *       submittedBy: 'Amazon Web Services', timeCreated: '2024-05-14T18:40:03.912Z', attachmentSet: [],
 *     },
 *     {
 *       caseId: 'case-111122223333-muen-2024-7a2f4b1e9c3d5e60',
 *       body: 'Attached the instance console log. The instance stopped answering at 17:45 UTC.',
 *       submittedBy: 'SupportOps (Role) <janedoe@example.com>', timeCreated: '2024-05-14T18:05:27.118Z',
 *       attachmentSet: [{ attachmentId: 'attachment-KBnjRNrePd9D6Jx0-Aw3wOtNWd2JgIgp', fileName: 'console-output.txt' }],
 *     },
 *   ],
 *   nextToken: 'AAEAAQ2cNQEXAMPLEcommunications2',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeCommunications.html
 */
export const DescribeCommunicationsResponse = t.partial(
  {
    communications: t.array(Communication),
    nextToken: t.string,
  },
  'DescribeCommunicationsResponse',
)
/** The `responseElements` of a `DescribeCommunications` record; see the codec of the same name. */
export type DescribeCommunicationsResponse = t.TypeOf<typeof DescribeCommunicationsResponse>

/**
 * The `DescribeCommunications` operation of the AWS Support API (`support.amazonaws.com`,
 * readOnly `true`): lists the communications and attachment names of a case.
 *
 * @example
 * ```ts
 * DescribeCommunications.readOnly       // true
 * DescribeCommunications.event.is(record)   // true for a DescribeCommunications record whose payloads match
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeCommunications.html
 */
export const DescribeCommunications = defineOperation({
  eventSource: SUPPORT_EVENT_SOURCE,
  eventName: 'DescribeCommunications',
  readOnly: true,
  request: DescribeCommunicationsRequest,
  response: DescribeCommunicationsResponse,
})

/**
 * The codec of a CloudTrail record of `DescribeCommunications`: the generic record with
 * `eventSource` `support.amazonaws.com`, `eventName` `DescribeCommunications`, and typed
 * `requestParameters` and `responseElements`, each of which may be `null` or
 * absent (failed calls, calls CloudTrail records without payload).
 *
 * @example
 * ```ts
 * DescribeCommunicationsEvent.is({
 *   eventVersion: '1.09',
 *   userIdentity: {
 *     type: 'IAMUser', principalId: 'AIDACKCEVSQ6C2EXAMPLE', arn: 'arn:aws:iam::111122223333:user/janedoe',
 *     accountId: '111122223333', accessKeyId: 'AKIAIOSFODNN7EXAMPLE', userName: 'janedoe',
 *   },
 *   eventTime: '2024-05-14T18:02:11Z', eventSource: 'support.amazonaws.com', eventName: 'DescribeCommunications',
 *   awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.15', userAgent: 'signin.amazonaws.com',
 *   requestParameters: {
 *     caseId: 'case-111122223333-muen-2024-7a2f4b1e9c3d5e60', beforeTime: '2024-05-15T00:00:00Z',
 *     afterTime: '2024-05-14T00:00:00Z', nextToken: 'AAEAAQ2cNQEXAMPLEcommunications', maxResults: 10,
 *   },
 *   responseElements: {
 *     communications: [
 *       {
 *         caseId: 'case-111122223333-muen-2024-7a2f4b1e9c3d5e60',
 *         body: 'Hello, the underlying host had a hardware fault. Please stop and start the instance to move it to healthy hardware.',
 *         submittedBy: 'Amazon Web Services', timeCreated: '2024-05-14T18:40:03.912Z', attachmentSet: [],
 *       },
 *       {
 *         caseId: 'case-111122223333-muen-2024-7a2f4b1e9c3d5e60',
 *         body: 'Attached the instance console log. The instance stopped answering at 17:45 UTC.',
 *         submittedBy: 'SupportOps (Role) <janedoe@example.com>', timeCreated: '2024-05-14T18:05:27.118Z',
 *         attachmentSet: [{ attachmentId: 'attachment-KBnjRNrePd9D6Jx0-Aw3wOtNWd2JgIgp', fileName: 'console-output.txt' }],
 *       },
 *     ],
 *     nextToken: 'AAEAAQ2cNQEXAMPLEcommunications2',
 *   },
 *   requestID: '58c257ef-01a2-41e6-be2a-01c031060051', eventID: '5aa34bfc-ad5b-4fb1-8a55-2277c86e0051',
 *   readOnly: true, eventType: 'AwsApiCall', managementEvent: true, recipientAccountId: '111122223333',
 *   eventCategory: 'Management',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeCommunications.html
 */
export const DescribeCommunicationsEvent = DescribeCommunications.event
/** A CloudTrail record of `DescribeCommunications`; see the codec of the same name. */
export type DescribeCommunicationsEvent = t.TypeOf<typeof DescribeCommunicationsEvent>

/**
 * A sound guard for `DescribeCommunications` records: the literal `eventSource` and
 * `eventName` and every payload member are checked by the codec, so a record
 * it accepts really has the typed shape. A failed call (`errorCode` set,
 * payloads `null`) is accepted too.
 *
 * @param u - a record, or any value
 * @returns `true` when `u` is a `DescribeCommunications` record that satisfies {@link DescribeCommunicationsEvent}
 *
 * @example
 * ```ts
 * for (const event of parseRecords(text).records) {
 *   if (isDescribeCommunicationsEvent(event)) console.log(event.requestParameters?.caseId)
 * }
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeCommunications.html
 */
export function isDescribeCommunicationsEvent(u: unknown): u is DescribeCommunicationsEvent {
  return DescribeCommunicationsEvent.is(u)
}
