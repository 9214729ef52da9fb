import * as t from 'io-ts'
import { defineOperation } from '../operation.js'
import { CaseLanguage, IssueType, SeverityCode, SUPPORT_EVENT_SOURCE } from './shared.js'

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
export const CreateCaseRequest = t.partial(
  {
    subject: t.string,
    serviceCode: t.string,
    severityCode: SeverityCode,
    categoryCode: t.string,
    communicationBody: t.string,
    ccEmailAddresses: t.array(t.string),
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
export const CreateCaseResponse = t.partial({ caseId: t.string }, 'CreateCaseResponse')
/** The `responseElements` of a `CreateCase` record; see the codec of the same name. */
export type CreateCaseResponse = t.TypeOf<typeof CreateCaseResponse>

/**
 * The `CreateCase` operation of the AWS Support API (`support.amazonaws.com`,
 * readOnly `false`): opens a support case.
 *
 * @example
 * ```ts
 * CreateCase.readOnly       // false
 * CreateCase.event.is(record)   // true for a CreateCase record whose payloads match
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_CreateCase.html
 */
export const CreateCase = defineOperation({
  eventSource: SUPPORT_EVENT_SOURCE,
  eventName: 'CreateCase',
  readOnly: false,
  request: CreateCaseRequest,
  response: CreateCaseResponse,
})

/**
 * The codec of a CloudTrail record of `CreateCase`: the generic record with
 * `eventSource` `support.amazonaws.com`, `eventName` `CreateCase`, and typed
 * `requestParameters` and `responseElements`, each of which may be `null` or
 * absent (failed calls, calls CloudTrail records without payload).
 * The example is the record AWS documents for a console-created case.
 *
 * @example
 * ```ts
 * CreateCaseEvent.is({
 *   eventVersion: '1.04',
 *   userIdentity: {
 *     type: 'IAMUser', principalId: 'AIDACKCEVSQ6C2EXAMPLE', arn: 'arn:aws:iam::111122223333:user/janedoe',
 *     accountId: '111122223333', accessKeyId: 'AKIAIOSFODNN7EXAMPLE', userName: 'janedoe',
 *     sessionContext: { attributes: { mfaAuthenticated: 'false', creationDate: '2016-04-13T17:51:37Z' } },
 *     invokedBy: 'signin.amazonaws.com',
 *   },
 *   eventTime: '2016-04-13T18:05:53Z', eventSource: 'support.amazonaws.com', eventName: 'CreateCase',
 *   awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.15', userAgent: 'signin.amazonaws.com',
 *   requestParameters: {
 *     severityCode: 'low', categoryCode: 'other', language: 'en', serviceCode: 'support-api',
 *     issueType: 'technical',
 *   },
 *   responseElements: { caseId: 'case-111122223333-muen-2016-c3f2077e504940f2' },
 *   requestID: '58c257ef-01a2-11e6-be2a-01c031063738', eventID: '5aa34bfc-ad5b-4fb1-8a55-2277c86e746a',
 *   eventType: 'AwsApiCall', recipientAccountId: '111122223333',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_CreateCase.html
 */
export const CreateCaseEvent = CreateCase.event
/** A CloudTrail record of `CreateCase`; see the codec of the same name. */
export type CreateCaseEvent = t.TypeOf<typeof CreateCaseEvent>

/**
 * A sound guard for `CreateCase` records: the literal `eventSource` and
 * `eventName` and every payload member are checked by the codec, so a record
 * it accepts really has the typed shape. A failed call (`errorCode` set,
 * payloads `null`) is accepted too.
 *
 * @param u - a record, or any value
 * @returns `true` when `u` is a `CreateCase` record that satisfies {@link CreateCaseEvent}
 *
 * @example
 * ```ts
 * for (const event of parseRecords(text).records) {
 *   if (isCreateCaseEvent(event)) console.log(event.requestParameters?.severityCode, event.responseElements?.caseId)
 * }
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_CreateCase.html
 */
export function isCreateCaseEvent(u: unknown): u is CreateCaseEvent {
  return CreateCaseEvent.is(u)
}
