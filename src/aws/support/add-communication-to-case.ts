import * as t from 'io-ts'

/**
 * The `requestParameters` of a `AddCommunicationToCase` record: the case, the text
 * (`communicationBody`, up to 8000 characters; may be dropped or `"HIDDEN_DUE_TO_SECURITY_REASONS"`),
 * CC addresses and an attachment set.
 *
 * Every member is optional: CloudTrail may leave inputs out (it drops
 * free-text inputs), and a failed call may record only some of them.
 *
 * @example
 * ```ts
 * AddCommunicationToCaseRequest.is({
 *   caseId: 'case-111122223333-muen-2024-7a2f4b1e9c3d5e60',
 *   communicationBody: 'Attached the instance console log. The instance stopped answering at 17:45 UTC.',
 *   ccEmailAddresses: ['ops-team@example.com'],
 *   attachmentSetId: 'as-2f5a6faa2a4a1e600-mu-nk5xQlBr70-G1cUos5LZkd38KOAHZa9BMDVzNEXAMPLE',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_AddCommunicationToCase.html
 */
export const AddCommunicationToCaseRequest = /*#__PURE__*/ t.partial(
  {
    caseId: t.string,
    communicationBody: t.string,
    ccEmailAddresses: /*#__PURE__*/ t.array(t.string),
    attachmentSetId: t.string,
  },
  'AddCommunicationToCaseRequest',
)
/** The `requestParameters` of a `AddCommunicationToCase` record; see the codec of the same name. */
export type AddCommunicationToCaseRequest = t.TypeOf<typeof AddCommunicationToCaseRequest>

/**
 * The `responseElements` of a `AddCommunicationToCase` record: `result`, `true` when the
 * communication was added.
 *
 * @example
 * ```ts
 * AddCommunicationToCaseResponse.is({ result: true })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_AddCommunicationToCase.html
 */
export const AddCommunicationToCaseResponse = /*#__PURE__*/ t.partial({ result: t.boolean }, 'AddCommunicationToCaseResponse')
/** The `responseElements` of a `AddCommunicationToCase` record; see the codec of the same name. */
export type AddCommunicationToCaseResponse = t.TypeOf<typeof AddCommunicationToCaseResponse>
