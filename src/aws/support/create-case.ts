import * as t from 'io-ts'
import { CaseLanguage, IssueType, SeverityCode } from './shared.js'

/**
 * The `requestParameters` of a `CreateCase` record: subject, service and category codes,
 * `severityCode`, text, CC addresses, `language`, `issueType` and attachment set. Console-created
 * cases record only `severityCode`, `categoryCode`, `language`, `serviceCode` and `issueType`:
 * CloudTrail drops `subject` and `communicationBody`.
 *
 * Every member is optional: CloudTrail may leave inputs out (it drops
 * free-text inputs), and a failed call may record only some of them.
 *
 * @example
 * ```ts
 * CreateCaseRequest.is({
 *   subject: 'EC2 instance i-0abcd1234efgh5678 unreachable', serviceCode: 'amazon-elastic-compute-cloud-linux',
 *   severityCode: 'high', categoryCode: 'instance-issue',
 *   communicationBody: 'Since 17:45 UTC the instance fails its status checks and does not answer on port 22.',
 *   ccEmailAddresses: ['ops-team@example.com', 'oncall@example.com'], language: 'en', issueType: 'technical',
 *   attachmentSetId: 'as-2f5a6faa2a4a1e600-mu-nk5xQlBr70-G1cUos5LZkd38KOAHZa9BMDVzNEXAMPLE',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_CreateCase.html
 */
export const CreateCaseRequest = /*#__PURE__*/ t.partial(
  {
    subject: t.string,
    serviceCode: t.string,
    severityCode: SeverityCode,
    categoryCode: t.string,
    communicationBody: t.string,
    ccEmailAddresses: /*#__PURE__*/ t.array(t.string),
    language: CaseLanguage,
    issueType: IssueType,
    attachmentSetId: t.string,
  },
  'CreateCaseRequest',
)
/** The `requestParameters` of a `CreateCase` record; see the codec of the same name. */
export type CreateCaseRequest = t.TypeOf<typeof CreateCaseRequest>

/**
 * The `responseElements` of a `CreateCase` record: the new case's `caseId`, such as
 * `case-111122223333-muen-2016-c3f2077e504940f2`.
 *
 * @example
 * ```ts
 * CreateCaseResponse.is({ caseId: 'case-111122223333-muen-2024-7a2f4b1e9c3d5e60' })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_CreateCase.html
 */
export const CreateCaseResponse = /*#__PURE__*/ t.partial({ caseId: t.string }, 'CreateCaseResponse')
/** The `responseElements` of a `CreateCase` record; see the codec of the same name. */
export type CreateCaseResponse = t.TypeOf<typeof CreateCaseResponse>
