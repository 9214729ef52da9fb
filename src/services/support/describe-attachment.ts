import * as t from 'io-ts'
import { defineOperation } from '../operation.js'
import { Attachment, orHidden, SUPPORT_EVENT_SOURCE } from './shared.js'

/**
 * The `requestParameters` of a `DescribeAttachment` record: the `attachmentId` to read.
 *
 * Every member is optional: CloudTrail may leave inputs out (it drops
 * free-text inputs), and a failed call may record only some of them.
 *
 * @example
 * ```ts
 * DescribeAttachmentRequest.is({ attachmentId: 'attachment-KBnjRNrePd9D6Jx0-Aw3wOtNWd2JgIgp' })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeAttachment.html
 */
export const DescribeAttachmentRequest = t.partial({ attachmentId: t.string }, 'DescribeAttachmentRequest')
/** The `requestParameters` of a `DescribeAttachment` record; see the codec of the same name. */
export type DescribeAttachmentRequest = t.TypeOf<typeof DescribeAttachmentRequest>

/**
 * The `responseElements` of a `DescribeAttachment` record: the attachment: its file name and base64
 * content (`data`). `attachment` may be `"HIDDEN_DUE_TO_SECURITY_REASONS"` as a whole, and `data` may
 * be that marker.
 *
 * @example
 * ```ts
 * DescribeAttachmentResponse.is({
 *   attachment: { fileName: 'console-output.txt', data: 'W0ZBSUxFRF0gRmFpbGVkIHRvIHN0YXJ0IE9wZW5TU0ggc2VydmVyIGRhZW1vbi4K' },
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeAttachment.html
 */
export const DescribeAttachmentResponse = t.partial({ attachment: orHidden(Attachment) }, 'DescribeAttachmentResponse')
/** The `responseElements` of a `DescribeAttachment` record; see the codec of the same name. */
export type DescribeAttachmentResponse = t.TypeOf<typeof DescribeAttachmentResponse>

/**
 * The `DescribeAttachment` operation of the AWS Support API (`support.amazonaws.com`,
 * readOnly `true`): returns one attachment of a case communication.
 *
 * @example
 * ```ts
 * DescribeAttachment.readOnly       // true
 * DescribeAttachment.event.is(record)   // true for a DescribeAttachment record whose payloads match
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeAttachment.html
 */
export const DescribeAttachment = defineOperation({
  eventSource: SUPPORT_EVENT_SOURCE,
  eventName: 'DescribeAttachment',
  readOnly: true,
  request: DescribeAttachmentRequest,
  response: DescribeAttachmentResponse,
})

/**
 * The codec of a CloudTrail record of `DescribeAttachment`: the generic record with
 * `eventSource` `support.amazonaws.com`, `eventName` `DescribeAttachment`, and typed
 * `requestParameters` and `responseElements`, each of which may be `null` or
 * absent (failed calls, calls CloudTrail records without payload).
 *
 * @example
 * ```ts
 * DescribeAttachmentEvent.is({
 *   eventVersion: '1.09',
 *   userIdentity: {
 *     type: 'IAMUser', principalId: 'AIDACKCEVSQ6C2EXAMPLE', arn: 'arn:aws:iam::111122223333:user/janedoe',
 *     accountId: '111122223333', accessKeyId: 'AKIAIOSFODNN7EXAMPLE', userName: 'janedoe',
 *   },
 *   eventTime: '2024-05-14T18:02:11Z', eventSource: 'support.amazonaws.com', eventName: 'DescribeAttachment',
 *   awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.15',
 *   userAgent: 'aws-cli/2.15.40 Python/3.11.8 Linux/5.10.215-203.850.amzn2.x86_64 exe/x86_64.amzn.2',
 *   requestParameters: { attachmentId: 'attachment-KBnjRNrePd9D6Jx0-Aw3wOtNWd2JgIgp' },
 *   responseElements: {
 *     attachment: { fileName: 'console-output.txt', data: 'W0ZBSUxFRF0gRmFpbGVkIHRvIHN0YXJ0IE9wZW5TU0ggc2VydmVyIGRhZW1vbi4K' },
 *   },
 *   requestID: '58c257ef-01a2-41e6-be2a-01c031060031', eventID: '5aa34bfc-ad5b-4fb1-8a55-2277c86e0031',
 *   readOnly: true, eventType: 'AwsApiCall', managementEvent: true, recipientAccountId: '111122223333',
 *   eventCategory: 'Management',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeAttachment.html
 */
export const DescribeAttachmentEvent = DescribeAttachment.event
/** A CloudTrail record of `DescribeAttachment`; see the codec of the same name. */
export type DescribeAttachmentEvent = t.TypeOf<typeof DescribeAttachmentEvent>

/**
 * A sound guard for `DescribeAttachment` records: the literal `eventSource` and
 * `eventName` and every payload member are checked by the codec, so a record
 * it accepts really has the typed shape. A failed call (`errorCode` set,
 * payloads `null`) is accepted too.
 *
 * @param u - a record, or any value
 * @returns `true` when `u` is a `DescribeAttachment` record that satisfies {@link DescribeAttachmentEvent}
 *
 * @example
 * ```ts
 * for (const event of parseRecords(text).records) {
 *   if (isDescribeAttachmentEvent(event)) console.log(event.requestParameters?.attachmentId)
 * }
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeAttachment.html
 */
export function isDescribeAttachmentEvent(u: unknown): u is DescribeAttachmentEvent {
  return DescribeAttachmentEvent.is(u)
}
