import * as t from 'io-ts'
import { orHidden } from '../../codec/redacted.js'
import { Attachment } from './shared.js'

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
export const DescribeAttachmentRequest = /*#__PURE__*/ t.partial({ attachmentId: t.string }, 'DescribeAttachmentRequest')
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
export const DescribeAttachmentResponse = /*#__PURE__*/ t.partial({ attachment: /*#__PURE__*/ orHidden(Attachment) }, 'DescribeAttachmentResponse')
/** The `responseElements` of a `DescribeAttachment` record; see the codec of the same name. */
export type DescribeAttachmentResponse = t.TypeOf<typeof DescribeAttachmentResponse>
