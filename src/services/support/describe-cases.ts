import * as t from 'io-ts'
import { defineOperation } from '../operation.js'
import { CaseDetails, CaseLanguage, SUPPORT_EVENT_SOURCE } from './shared.js'

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
export const DescribeCasesRequest = t.partial(
  {
    caseIdList: t.array(t.string),
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
export const DescribeCasesResponse = t.partial(
  {
    cases: t.array(CaseDetails),
    nextToken: t.string,
  },
  'DescribeCasesResponse',
)
/** The `responseElements` of a `DescribeCases` record; see the codec of the same name. */
export type DescribeCasesResponse = t.TypeOf<typeof DescribeCasesResponse>

/**
 * The `DescribeCases` operation of the AWS Support API (`support.amazonaws.com`,
 * readOnly `true`): lists cases by ID or time window, with their recent communications.
 *
 * @example
 * ```ts
 * DescribeCases.readOnly       // true
 * DescribeCases.event.is(record)   // true for a DescribeCases record whose payloads match
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeCases.html
 */
export const DescribeCases = defineOperation({
  eventSource: SUPPORT_EVENT_SOURCE,
  eventName: 'DescribeCases',
  readOnly: true,
  request: DescribeCasesRequest,
  response: DescribeCasesResponse,
})

/**
 * The codec of a CloudTrail record of `DescribeCases`: the generic record with
 * `eventSource` `support.amazonaws.com`, `eventName` `DescribeCases`, and typed
 * `requestParameters` and `responseElements`, each of which may be `null` or
 * absent (failed calls, calls CloudTrail records without payload).
 *
 * @example
 * ```ts
 * DescribeCasesEvent.is({
 *   eventVersion: '1.09',
 *   userIdentity: {
 *     type: 'IAMUser', principalId: 'AIDACKCEVSQ6C2EXAMPLE', arn: 'arn:aws:iam::111122223333:user/janedoe',
 *     accountId: '111122223333', accessKeyId: 'AKIAIOSFODNN7EXAMPLE', userName: 'janedoe',
 *   },
 *   eventTime: '2024-05-14T18:02:11Z', eventSource: 'support.amazonaws.com', eventName: 'DescribeCases',
 *   awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.15',
 *   userAgent: 'Boto3/1.34.103 md/Botocore#1.34.103 ua/2.0 os/linux#6.1.84 lang/python#3.12.3 Botocore/1.34.103',
 *   requestParameters: {
 *     caseIdList: ['case-111122223333-muen-2024-7a2f4b1e9c3d5e60', 'case-111122223333-muen-2024-1b9e0c7d52f84a31'],
 *     displayId: '171234567890', afterTime: '2024-05-01T00:00:00Z', beforeTime: '2024-05-15T00:00:00Z',
 *     includeResolvedCases: true, nextToken: 'AAEAAUPx0Y5mEXAMPLEnextToken', maxResults: 10, language: 'en',
 *     includeCommunications: true,
 *   },
 *   responseElements: {
 *     cases: [
 *       {
 *         caseId: 'case-111122223333-muen-2024-7a2f4b1e9c3d5e60', displayId: '171234567890',
 *         subject: 'EC2 instance i-0abcd1234efgh5678 unreachable', status: 'pending-customer-action',
 *         serviceCode: 'amazon-elastic-compute-cloud-linux', categoryCode: 'instance-issue', severityCode: 'high',
 *         submittedBy: 'janedoe@example.com', timeCreated: '2024-05-14T18:02:11.254Z',
 *         recentCommunications: {
 *           communications: [
 *             {
 *               caseId: 'case-111122223333-muen-2024-7a2f4b1e9c3d5e60',
 *               body: 'Hello, the underlying host had a hardware fault. Please stop and start the instance to move it to healthy hardware.',
 *               submittedBy: 'Amazon Web Services', timeCreated: '2024-05-14T18:40:03.912Z', attachmentSet: [],
 *             },
 *             {
 *               caseId: 'case-111122223333-muen-2024-7a2f4b1e9c3d5e60',
 *               body: 'Attached the instance console log. The instance stopped answering at 17:45 UTC.',
 *               submittedBy: 'SupportOps (Role) <janedoe@example.com>', timeCreated: '2024-05-14T18:05:27.118Z',
 *               attachmentSet: [{ attachmentId: 'attachment-KBnjRNrePd9D6Jx0-Aw3wOtNWd2JgIgp', fileName: 'console-output.txt' }],
 *             },
 *           ],
 *           nextToken: 'AAEAAQ2cNQEXAMPLEcommunications',
 *         },
 *         ccEmailAddresses: ['ops-team@example.com'], language: 'en',
 *       },
 *     ],
 *     nextToken: 'AAEAAUPx0Y5mEXAMPLEnextToken2',
 *   },
 *   requestID: '58c257ef-01a2-41e6-be2a-01c031060041', eventID: '5aa34bfc-ad5b-4fb1-8a55-2277c86e0041',
 *   readOnly: true, eventType: 'AwsApiCall', managementEvent: true, recipientAccountId: '111122223333',
 *   eventCategory: 'Management',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeCases.html
 */
export const DescribeCasesEvent = DescribeCases.event
/** A CloudTrail record of `DescribeCases`; see the codec of the same name. */
export type DescribeCasesEvent = t.TypeOf<typeof DescribeCasesEvent>

/**
 * A sound guard for `DescribeCases` records: the literal `eventSource` and
 * `eventName` and every payload member are checked by the codec, so a record
 * it accepts really has the typed shape. A failed call (`errorCode` set,
 * payloads `null`) is accepted too.
 *
 * @param u - a record, or any value
 * @returns `true` when `u` is a `DescribeCases` record that satisfies {@link DescribeCasesEvent}
 *
 * @example
 * ```ts
 * for (const event of parseRecords(text).records) {
 *   if (isDescribeCasesEvent(event)) console.log(event.responseElements?.cases?.map((c) => c.status))
 * }
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeCases.html
 */
export function isDescribeCasesEvent(u: unknown): u is DescribeCasesEvent {
  return DescribeCasesEvent.is(u)
}
