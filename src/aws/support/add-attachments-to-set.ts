import * as t from 'io-ts'
import { orHidden } from '../../codec/redacted.js'
import { Attachment } from './shared.js'

/**
 * The `requestParameters` of a `AddAttachmentsToSet` record: the attachment set to add to (a new one
 * when absent) and the files, each a name and base64 `data`. `attachments` may be
 * `"HIDDEN_DUE_TO_SECURITY_REASONS"` as a whole, and each `data` may be that marker.
 *
 * Every member is optional: CloudTrail may leave inputs out (it drops
 * free-text inputs), and a failed call may record only some of them.
 *
 * @example
 * ```ts
 * AddAttachmentsToSetRequest.is({
 *   attachmentSetId: 'as-2f5a6faa2a4a1e600-mu-nk5xQlBr70-G1cUos5LZkd38KOAHZa9BMDVzNEXAMPLE',
 *   attachments: [
 *     {
 *       fileName: 'troubleshoot-screenshot.png',
 *       data: 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
 *     },
 *   ],
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_AddAttachmentsToSet.html
 */
export const AddAttachmentsToSetRequest = /*#__PURE__*/ t.partial(
  {
    attachmentSetId: t.string,
    attachments: /*#__PURE__*/ orHidden(/*#__PURE__*/ t.array(Attachment)),
  },
  'AddAttachmentsToSetRequest',
)
/** The `requestParameters` of a `AddAttachmentsToSet` record; see the codec of the same name. */
export type AddAttachmentsToSetRequest = t.TypeOf<typeof AddAttachmentsToSetRequest>

/**
 * The `responseElements` of a `AddAttachmentsToSet` record: the attachment set ID and its
 * `expiryTime` (one hour after creation), a string as the API returns it.
 *
 * @example
 * ```ts
 * AddAttachmentsToSetResponse.is({
 *   attachmentSetId: 'as-2f5a6faa2a4a1e600-mu-nk5xQlBr70-G1cUos5LZkd38KOAHZa9BMDVzNEXAMPLE',
 *   expiryTime: '2024-05-14T19:02:11.118Z',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_AddAttachmentsToSet.html
 */
export const AddAttachmentsToSetResponse = /*#__PURE__*/ t.partial(
  {
    attachmentSetId: t.string,
    expiryTime: t.string,
  },
  'AddAttachmentsToSetResponse',
)
/** The `responseElements` of a `AddAttachmentsToSet` record; see the codec of the same name. */
export type AddAttachmentsToSetResponse = t.TypeOf<typeof AddAttachmentsToSetResponse>
