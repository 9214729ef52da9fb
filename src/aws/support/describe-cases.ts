import * as t from 'io-ts'
import { CaseDetails, CaseLanguage } from './shared.js'

/**
 * The `requestParameters` of a `DescribeCases` record: the case IDs or display ID, a time window
 * (`afterTime`, `beforeTime`; strings), whether to include resolved cases and communications, paging
 * and `language`.
 *
 * Every member is optional: CloudTrail may leave inputs out (it drops
 * free-text inputs), and a failed call may record only some of them.
 *
 * @example
 * ```ts
 * DescribeCasesRequest.is({
 *   caseIdList: ['case-111122223333-muen-2024-7a2f4b1e9c3d5e60', 'case-111122223333-muen-2024-1b9e0c7d52f84a31'],
 *   displayId: '171234567890', afterTime: '2024-05-01T00:00:00Z', beforeTime: '2024-05-15T00:00:00Z',
 *   includeResolvedCases: true, nextToken: 'AAEAAUPx0Y5mEXAMPLEnextToken', maxResults: 10, language: 'en',
 *   includeCommunications: true,
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeCases.html
 */
export const DescribeCasesRequest = /*#__PURE__*/ t.partial(
  {
    caseIdList: /*#__PURE__*/ t.array(t.string),
    displayId: t.string,
    afterTime: t.string,
    beforeTime: t.string,
    includeResolvedCases: t.boolean,
    nextToken: t.string,
    maxResults: t.number,
    language: CaseLanguage,
    includeCommunications: t.boolean,
  },
  'DescribeCasesRequest',
)
/** The `requestParameters` of a `DescribeCases` record; see the codec of the same name. */
export type DescribeCasesRequest = t.TypeOf<typeof DescribeCasesRequest>

/**
 * The `responseElements` of a `DescribeCases` record: the matching cases ({@link CaseDetails}) and a
 * `nextToken`.
 *
 * @example
 * ```ts
 * DescribeCasesResponse.is({
 *   cases: [
 *     {
 *       caseId: 'case-111122223333-muen-2024-7a2f4b1e9c3d5e60', displayId: '171234567890',
 *       subject: 'EC2 instance i-0abcd1234efgh5678 unreachable', status: 'pending-customer-action',
 *       serviceCode: 'amazon-elastic-compute-cloud-linux', categoryCode: 'instance-issue', severityCode: 'high',
 *       submittedBy: 'janedoe@example.com', timeCreated: '2024-05-14T18:02:11.254Z',
 *       recentCommunications: {
 *         communications: [
 *           {
 *             caseId: 'case-111122223333-muen-2024-7a2f4b1e9c3d5e60',
 *             body: 'Hello, the underlying host had a hardware fault. Please stop and start the instance to move it to healthy hardware.',
 *             submittedBy: 'Amazon Web Services', timeCreated: '2024-05-14T18:40:03.912Z', attachmentSet: [],
 *           },
 *           {
 *             caseId: 'case-111122223333-muen-2024-7a2f4b1e9c3d5e60',
 *             body: 'Attached the instance console log. The instance stopped answering at 17:45 UTC.',
 *             submittedBy: 'SupportOps (Role) <janedoe@example.com>', timeCreated: '2024-05-14T18:05:27.118Z',
 *             attachmentSet: [{ attachmentId: 'attachment-KBnjRNrePd9D6Jx0-Aw3wOtNWd2JgIgp', fileName: 'console-output.txt' }],
 *           },
 *         ],
 *         nextToken: 'AAEAAQ2cNQEXAMPLEcommunications',
 *       },
 *       ccEmailAddresses: ['ops-team@example.com'], language: 'en',
 *     },
 *   ],
 *   nextToken: 'AAEAAUPx0Y5mEXAMPLEnextToken2',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeCases.html
 */
export const DescribeCasesResponse = /*#__PURE__*/ t.partial(
  {
    cases: /*#__PURE__*/ t.array(CaseDetails),
    nextToken: t.string,
  },
  'DescribeCasesResponse',
)
/** The `responseElements` of a `DescribeCases` record; see the codec of the same name. */
export type DescribeCasesResponse = t.TypeOf<typeof DescribeCasesResponse>
