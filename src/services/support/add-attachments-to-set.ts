import * as t from 'io-ts'
import { defineOperation } from '../operation.js'
import { Attachment, orHidden, SUPPORT_EVENT_SOURCE } from './shared.js'

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
export const AddAttachmentsToSetRequest = t.partial(
  {
    attachmentSetId: t.string,
    attachments: orHidden(t.array(Attachment)),
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
export const AddAttachmentsToSetResponse = t.partial(
  {
    attachmentSetId: t.string,
    expiryTime: t.string,
  },
  'AddAttachmentsToSetResponse',
)
/** The `responseElements` of a `AddAttachmentsToSet` record; see the codec of the same name. */
export type AddAttachmentsToSetResponse = t.TypeOf<typeof AddAttachmentsToSetResponse>

/**
 * The `AddAttachmentsToSet` operation of the AWS Support API (`support.amazonaws.com`,
 * readOnly `false`): uploads up to three files into an attachment set, to attach to a case or a
 * communication.
 *
 * @example
 * ```ts
 * AddAttachmentsToSet.readOnly       // false
 * AddAttachmentsToSet.event.is(record)   // true for a AddAttachmentsToSet record whose payloads match
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_AddAttachmentsToSet.html
 */
export const AddAttachmentsToSet = defineOperation({
  eventSource: SUPPORT_EVENT_SOURCE,
  eventName: 'AddAttachmentsToSet',
  readOnly: false,
  request: AddAttachmentsToSetRequest,
  response: AddAttachmentsToSetResponse,
})

/**
 * The codec of a CloudTrail record of `AddAttachmentsToSet`: the generic record with
 * `eventSource` `support.amazonaws.com`, `eventName` `AddAttachmentsToSet`, and typed
 * `requestParameters` and `responseElements`, each of which may be `null` or
 * absent (failed calls, calls CloudTrail records without payload).
 *
 * @example
 * ```ts
 * AddAttachmentsToSetEvent.is({
 *   eventVersion: '1.09',
 *   userIdentity: {
 *     type: 'IAMUser', principalId: 'AIDACKCEVSQ6C2EXAMPLE', arn: 'arn:aws:iam::111122223333:user/janedoe',
 *     accountId: '111122223333', accessKeyId: 'AKIAIOSFODNN7EXAMPLE', userName: 'janedoe',
 *   },
 *   eventTime: '2024-05-14T18:02:11Z', eventSource: 'support.amazonaws.com', eventName: 'AddAttachmentsToSet',
 *   awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.15',
 *   userAgent: 'aws-cli/2.15.40 Python/3.11.8 Linux/5.10.215-203.850.amzn2.x86_64 exe/x86_64.amzn.2',
 *   requestParameters: {
 *     attachmentSetId: 'as-2f5a6faa2a4a1e600-mu-nk5xQlBr70-G1cUos5LZkd38KOAHZa9BMDVzNEXAMPLE',
 *     attachments: [
 *       {
 *         fileName: 'troubleshoot-screenshot.png',
 *         data: 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
 *       },
 *     ],
 *   },
 *   responseElements: {
 *     attachmentSetId: 'as-2f5a6faa2a4a1e600-mu-nk5xQlBr70-G1cUos5LZkd38KOAHZa9BMDVzNEXAMPLE',
 *     expiryTime: '2024-05-14T19:02:11.118Z',
 *   },
 *   requestID: '58c257ef-01a2-41e6-be2a-01c031060001', eventID: '5aa34bfc-ad5b-4fb1-8a55-2277c86e0001',
 *   readOnly: false, eventType: 'AwsApiCall', managementEvent: true, recipientAccountId: '111122223333',
 *   eventCategory: 'Management',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_AddAttachmentsToSet.html
 */
export const AddAttachmentsToSetEvent = AddAttachmentsToSet.event
/** A CloudTrail record of `AddAttachmentsToSet`; see the codec of the same name. */
export type AddAttachmentsToSetEvent = t.TypeOf<typeof AddAttachmentsToSetEvent>

/**
 * A sound guard for `AddAttachmentsToSet` records: the literal `eventSource` and
 * `eventName` and every payload member are checked by the codec, so a record
 * it accepts really has the typed shape. A failed call (`errorCode` set,
 * payloads `null`) is accepted too.
 *
 * @param u - a record, or any value
 * @returns `true` when `u` is a `AddAttachmentsToSet` record that satisfies {@link AddAttachmentsToSetEvent}
 *
 * @example
 * ```ts
 * for (const event of parseRecords(text).records) {
 *   if (isAddAttachmentsToSetEvent(event)) console.log(event.responseElements?.attachmentSetId, event.responseElements?.expiryTime)
 * }
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_AddAttachmentsToSet.html
 */
export function isAddAttachmentsToSetEvent(u: unknown): u is AddAttachmentsToSetEvent {
  return AddAttachmentsToSetEvent.is(u)
}
