import * as t from 'io-ts'
import { Communication } from './shared.js'

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
export const DescribeCommunicationsRequest = /*#__PURE__*/ t.partial(
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
export const DescribeCommunicationsResponse = /*#__PURE__*/ t.partial(
  {
    communications: /*#__PURE__*/ t.array(Communication),
    nextToken: t.string,
  },
  'DescribeCommunicationsResponse',
)
/** The `responseElements` of a `DescribeCommunications` record; see the codec of the same name. */
export type DescribeCommunicationsResponse = t.TypeOf<typeof DescribeCommunicationsResponse>
