/**
 * The AWS Support API as CloudTrail logs it under `support.amazonaws.com`:
 * the service value {@link support} (its operations, a guard and a codec), its
 * event type {@link SupportEvent}, and the request and response codecs of its
 * case and Trusted Advisor operations.
 *
 * @module cloudtrail-codecs/aws/support
 */
import { defineService } from '../../services/service.js'
import type { EventOf, OperationName } from '../../services/service.js'
import { AddAttachmentsToSetRequest, AddAttachmentsToSetResponse } from './add-attachments-to-set.js'
import { AddCommunicationToCaseRequest, AddCommunicationToCaseResponse } from './add-communication-to-case.js'
import { CreateCaseRequest, CreateCaseResponse } from './create-case.js'
import { DescribeAttachmentRequest, DescribeAttachmentResponse } from './describe-attachment.js'
import { DescribeCasesRequest, DescribeCasesResponse } from './describe-cases.js'
import { DescribeCommunicationsRequest, DescribeCommunicationsResponse } from './describe-communications.js'
import { DescribeCreateCaseOptionsRequest, DescribeCreateCaseOptionsResponse } from './describe-create-case-options.js'
import { DescribeServicesRequest, DescribeServicesResponse } from './describe-services.js'
import { DescribeSeverityLevelsRequest, DescribeSeverityLevelsResponse } from './describe-severity-levels.js'
import { DescribeSupportedLanguagesRequest, DescribeSupportedLanguagesResponse } from './describe-supported-languages.js'
import { DescribeTrustedAdvisorCheckRefreshStatusesRequest, DescribeTrustedAdvisorCheckRefreshStatusesResponse } from './describe-trusted-advisor-check-refresh-statuses.js'
import { DescribeTrustedAdvisorCheckResultRequest, DescribeTrustedAdvisorCheckResultResponse } from './describe-trusted-advisor-check-result.js'
import { DescribeTrustedAdvisorCheckSummariesRequest, DescribeTrustedAdvisorCheckSummariesResponse } from './describe-trusted-advisor-check-summaries.js'
import { DescribeTrustedAdvisorChecksRequest, DescribeTrustedAdvisorChecksResponse } from './describe-trusted-advisor-checks.js'
import { RefreshTrustedAdvisorCheckRequest, RefreshTrustedAdvisorCheckResponse } from './refresh-trusted-advisor-check.js'
import { ResolveCaseRequest, ResolveCaseResponse } from './resolve-case.js'
import { SUPPORT_EVENT_SOURCE } from './shared.js'

/**
 * The AWS Support API (2013-04-15) as CloudTrail logs it under `support.amazonaws.com`: its 16 operations (11
 * for cases, 5 for Trusted Advisor).
 *
 * Import it from `cloudtrail-codecs/aws/support`; pass it to `parseRecords(input, { services: [support] })` to check its records' payloads while parsing, and narrow with `support.is` (all its operations) or `support.operations.X.is` (one).
 *
 * @example
 * ```ts
 * import { parseRecords } from 'cloudtrail-codecs'
 * import { support } from 'cloudtrail-codecs/aws/support'
 *
 * const { records } = parseRecords(text, { services: [support] })
 * for (const record of records) {
 *   if (support.is(record)) console.log(record.eventName, support.operations[record.eventName].readOnly)
 * }
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail.html
 */
export const support = /*#__PURE__*/ defineService({
  name: 'support',
  title: 'AWS Support',
  eventSource: SUPPORT_EVENT_SOURCE,
  operations: {
    /**
     * The `AddAttachmentsToSet` operation of the AWS Support API (`support.amazonaws.com`, readOnly `false`):
     * uploads up to three files into an attachment set, to attach to a case or a communication.
     *
     * @example
     * ```ts
     * support.operations.AddAttachmentsToSet.is({
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
    AddAttachmentsToSet: { readOnly: false, request: AddAttachmentsToSetRequest, response: AddAttachmentsToSetResponse },
    /**
     * The `AddCommunicationToCase` operation of the AWS Support API (`support.amazonaws.com`, readOnly `false`):
     * adds a correspondence to a case.
     *
     * @example
     * ```ts
     * support.operations.AddCommunicationToCase.is({
     *   eventVersion: '1.09',
     *   userIdentity: {
     *     type: 'IAMUser', principalId: 'AIDACKCEVSQ6C2EXAMPLE', arn: 'arn:aws:iam::111122223333:user/janedoe',
     *     accountId: '111122223333', accessKeyId: 'AKIAIOSFODNN7EXAMPLE', userName: 'janedoe',
     *   },
     *   eventTime: '2024-05-14T18:02:11Z', eventSource: 'support.amazonaws.com', eventName: 'AddCommunicationToCase',
     *   awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.15', userAgent: 'signin.amazonaws.com',
     *   requestParameters: {
     *     caseId: 'case-111122223333-muen-2024-7a2f4b1e9c3d5e60',
     *     communicationBody: 'Attached the instance console log. The instance stopped answering at 17:45 UTC.',
     *     ccEmailAddresses: ['ops-team@example.com'],
     *     attachmentSetId: 'as-2f5a6faa2a4a1e600-mu-nk5xQlBr70-G1cUos5LZkd38KOAHZa9BMDVzNEXAMPLE',
     *   },
     *   responseElements: { result: true }, requestID: '58c257ef-01a2-41e6-be2a-01c031060011',
     *   eventID: '5aa34bfc-ad5b-4fb1-8a55-2277c86e0011', readOnly: false, eventType: 'AwsApiCall',
     *   managementEvent: true, recipientAccountId: '111122223333', eventCategory: 'Management',
     * })   // true
     * ```
     * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_AddCommunicationToCase.html
     */
    AddCommunicationToCase: { readOnly: false, request: AddCommunicationToCaseRequest, response: AddCommunicationToCaseResponse },
    /**
     * The `CreateCase` operation of the AWS Support API (`support.amazonaws.com`, readOnly `false`): opens a support
     * case. The example is the record AWS documents for a console-created case.
     *
     * @example
     * ```ts
     * support.operations.CreateCase.is({
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
    CreateCase: { readOnly: false, request: CreateCaseRequest, response: CreateCaseResponse },
    /**
     * The `DescribeAttachment` operation of the AWS Support API (`support.amazonaws.com`, readOnly `true`): returns
     * one attachment of a case communication.
     *
     * @example
     * ```ts
     * support.operations.DescribeAttachment.is({
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
    DescribeAttachment: { readOnly: true, request: DescribeAttachmentRequest, response: DescribeAttachmentResponse },
    /**
     * The `DescribeCases` operation of the AWS Support API (`support.amazonaws.com`, readOnly `true`): lists cases
     * by ID or time window, with their recent communications.
     *
     * @example
     * ```ts
     * support.operations.DescribeCases.is({
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
    DescribeCases: { readOnly: true, request: DescribeCasesRequest, response: DescribeCasesResponse },
    /**
     * The `DescribeCommunications` operation of the AWS Support API (`support.amazonaws.com`, readOnly `true`):
     * lists the communications and attachment names of a case.
     *
     * @example
     * ```ts
     * support.operations.DescribeCommunications.is({
     *   eventVersion: '1.09',
     *   userIdentity: {
     *     type: 'IAMUser', principalId: 'AIDACKCEVSQ6C2EXAMPLE', arn: 'arn:aws:iam::111122223333:user/janedoe',
     *     accountId: '111122223333', accessKeyId: 'AKIAIOSFODNN7EXAMPLE', userName: 'janedoe',
     *   },
     *   eventTime: '2024-05-14T18:02:11Z', eventSource: 'support.amazonaws.com', eventName: 'DescribeCommunications',
     *   awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.15', userAgent: 'signin.amazonaws.com',
     *   requestParameters: {
     *     caseId: 'case-111122223333-muen-2024-7a2f4b1e9c3d5e60', beforeTime: '2024-05-15T00:00:00Z',
     *     afterTime: '2024-05-14T00:00:00Z', nextToken: 'AAEAAQ2cNQEXAMPLEcommunications', maxResults: 10,
     *   },
     *   responseElements: {
     *     communications: [
     *       {
     *         caseId: 'case-111122223333-muen-2024-7a2f4b1e9c3d5e60',
     *         body: 'Hello, the underlying host had a hardware fault. Please stop and start the instance to move it to healthy hardware.',
     *         submittedBy: 'Amazon Web Services', timeCreated: '2024-05-14T18:40:03.912Z', attachmentSet: [],
     *       },
     *       {
     *         caseId: 'case-111122223333-muen-2024-7a2f4b1e9c3d5e60',
     *         body: 'Attached the instance console log. The instance stopped answering at 17:45 UTC.',
     *         submittedBy: 'SupportOps (Role) <janedoe@example.com>', timeCreated: '2024-05-14T18:05:27.118Z',
     *         attachmentSet: [{ attachmentId: 'attachment-KBnjRNrePd9D6Jx0-Aw3wOtNWd2JgIgp', fileName: 'console-output.txt' }],
     *       },
     *     ],
     *     nextToken: 'AAEAAQ2cNQEXAMPLEcommunications2',
     *   },
     *   requestID: '58c257ef-01a2-41e6-be2a-01c031060051', eventID: '5aa34bfc-ad5b-4fb1-8a55-2277c86e0051',
     *   readOnly: true, eventType: 'AwsApiCall', managementEvent: true, recipientAccountId: '111122223333',
     *   eventCategory: 'Management',
     * })   // true
     * ```
     * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeCommunications.html
     */
    DescribeCommunications: { readOnly: true, request: DescribeCommunicationsRequest, response: DescribeCommunicationsResponse },
    /**
     * The `DescribeCreateCaseOptions` operation of the AWS Support API (`support.amazonaws.com`, readOnly `true`):
     * returns the contact options for a new case.
     *
     * @example
     * ```ts
     * support.operations.DescribeCreateCaseOptions.is({
     *   eventVersion: '1.09',
     *   userIdentity: {
     *     type: 'IAMUser', principalId: 'AIDACKCEVSQ6C2EXAMPLE', arn: 'arn:aws:iam::111122223333:user/janedoe',
     *     accountId: '111122223333', accessKeyId: 'AKIAIOSFODNN7EXAMPLE', userName: 'janedoe',
     *   },
     *   eventTime: '2024-05-14T18:02:11Z', eventSource: 'support.amazonaws.com',
     *   eventName: 'DescribeCreateCaseOptions', awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.15',
     *   userAgent: 'signin.amazonaws.com',
     *   requestParameters: {
     *     issueType: 'technical', serviceCode: 'amazon-elastic-compute-cloud-linux', language: 'en',
     *     categoryCode: 'instance-issue',
     *   },
     *   responseElements: {
     *     languageAvailability: 'available',
     *     communicationTypes: [
     *       {
     *         type: 'web', supportedHours: [{ startTime: '00:00:00.000', endTime: '23:59:59.999' }],
     *         datesWithoutSupport: [],
     *       },
     *       {
     *         type: 'chat', supportedHours: [{ startTime: '00:00:00.000', endTime: '23:59:59.999' }],
     *         datesWithoutSupport: [{ startDateTime: '2024-12-25T00:00:00.000Z', endDateTime: '2024-12-26T00:00:00.000Z' }],
     *       },
     *       {
     *         type: 'call', supportedHours: [{ startTime: '09:00:00.000', endTime: '17:00:00.000' }],
     *         datesWithoutSupport: [],
     *       },
     *     ],
     *   },
     *   requestID: '58c257ef-01a2-41e6-be2a-01c031060061', eventID: '5aa34bfc-ad5b-4fb1-8a55-2277c86e0061',
     *   readOnly: true, eventType: 'AwsApiCall', managementEvent: true, recipientAccountId: '111122223333',
     *   eventCategory: 'Management',
     * })   // true
     * ```
     * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeCreateCaseOptions.html
     */
    DescribeCreateCaseOptions: { readOnly: true, request: DescribeCreateCaseOptionsRequest, response: DescribeCreateCaseOptionsResponse },
    /**
     * The `DescribeServices` operation of the AWS Support API (`support.amazonaws.com`, readOnly `true`): lists the
     * service and category codes to use in `CreateCase`.
     *
     * @example
     * ```ts
     * support.operations.DescribeServices.is({
     *   eventVersion: '1.09',
     *   userIdentity: {
     *     type: 'IAMUser', principalId: 'AIDACKCEVSQ6C2EXAMPLE', arn: 'arn:aws:iam::111122223333:user/janedoe',
     *     accountId: '111122223333', accessKeyId: 'AKIAIOSFODNN7EXAMPLE', userName: 'janedoe',
     *   },
     *   eventTime: '2024-05-14T18:02:11Z', eventSource: 'support.amazonaws.com', eventName: 'DescribeServices',
     *   awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.15',
     *   userAgent: 'Boto3/1.34.103 md/Botocore#1.34.103 ua/2.0 os/linux#6.1.84 lang/python#3.12.3 Botocore/1.34.103',
     *   requestParameters: { serviceCodeList: ['amazon-elastic-compute-cloud-linux', 'amazon-simple-storage-service'], language: 'en' },
     *   responseElements: {
     *     services: [
     *       {
     *         code: 'amazon-elastic-compute-cloud-linux', name: 'Elastic Compute Cloud (EC2 - Linux)',
     *         categories: [{ code: 'instance-issue', name: 'Instance Issue' }, { code: 'performance', name: 'Performance' }],
     *       },
     *       {
     *         code: 'amazon-simple-storage-service', name: 'Simple Storage Service (S3)',
     *         categories: [{ code: 'general-guidance', name: 'General Guidance' }],
     *       },
     *     ],
     *   },
     *   requestID: '58c257ef-01a2-41e6-be2a-01c031060071', eventID: '5aa34bfc-ad5b-4fb1-8a55-2277c86e0071',
     *   readOnly: true, eventType: 'AwsApiCall', managementEvent: true, recipientAccountId: '111122223333',
     *   eventCategory: 'Management',
     * })   // true
     * ```
     * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeServices.html
     */
    DescribeServices: { readOnly: true, request: DescribeServicesRequest, response: DescribeServicesResponse },
    /**
     * The `DescribeSeverityLevels` operation of the AWS Support API (`support.amazonaws.com`, readOnly `true`):
     * lists the severity levels a case may have.
     *
     * @example
     * ```ts
     * support.operations.DescribeSeverityLevels.is({
     *   eventVersion: '1.09',
     *   userIdentity: {
     *     type: 'IAMUser', principalId: 'AIDACKCEVSQ6C2EXAMPLE', arn: 'arn:aws:iam::111122223333:user/janedoe',
     *     accountId: '111122223333', accessKeyId: 'AKIAIOSFODNN7EXAMPLE', userName: 'janedoe',
     *   },
     *   eventTime: '2024-05-14T18:02:11Z', eventSource: 'support.amazonaws.com', eventName: 'DescribeSeverityLevels',
     *   awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.15', userAgent: 'signin.amazonaws.com',
     *   requestParameters: { language: 'en' },
     *   responseElements: {
     *     severityLevels: [
     *       { code: 'low', name: 'General guidance' },
     *       { code: 'normal', name: 'System impaired' },
     *       { code: 'high', name: 'Production system impaired' },
     *       { code: 'urgent', name: 'Production system down' },
     *       { code: 'critical', name: 'Business-critical system down' },
     *     ],
     *   },
     *   requestID: '58c257ef-01a2-41e6-be2a-01c031060081', eventID: '5aa34bfc-ad5b-4fb1-8a55-2277c86e0081',
     *   readOnly: true, eventType: 'AwsApiCall', managementEvent: true, recipientAccountId: '111122223333',
     *   eventCategory: 'Management',
     * })   // true
     * ```
     * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeSeverityLevels.html
     */
    DescribeSeverityLevels: { readOnly: true, request: DescribeSeverityLevelsRequest, response: DescribeSeverityLevelsResponse },
    /**
     * The `DescribeSupportedLanguages` operation of the AWS Support API (`support.amazonaws.com`, readOnly `true`):
     * lists the languages a case about a service and category may use.
     *
     * @example
     * ```ts
     * support.operations.DescribeSupportedLanguages.is({
     *   eventVersion: '1.09',
     *   userIdentity: {
     *     type: 'IAMUser', principalId: 'AIDACKCEVSQ6C2EXAMPLE', arn: 'arn:aws:iam::111122223333:user/janedoe',
     *     accountId: '111122223333', accessKeyId: 'AKIAIOSFODNN7EXAMPLE', userName: 'janedoe',
     *   },
     *   eventTime: '2024-05-14T18:02:11Z', eventSource: 'support.amazonaws.com',
     *   eventName: 'DescribeSupportedLanguages', awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.15',
     *   userAgent: 'signin.amazonaws.com',
     *   requestParameters: { issueType: 'technical', serviceCode: 'amazon-elastic-compute-cloud-linux', categoryCode: 'instance-issue' },
     *   responseElements: {
     *     supportedLanguages: [
     *       { code: 'en', language: 'ENGLISH', display: 'ENGLISH' },
     *       { code: 'ja', language: 'JAPANESE', display: 'JAPANESE' },
     *     ],
     *   },
     *   requestID: '58c257ef-01a2-41e6-be2a-01c031060091', eventID: '5aa34bfc-ad5b-4fb1-8a55-2277c86e0091',
     *   readOnly: true, eventType: 'AwsApiCall', managementEvent: true, recipientAccountId: '111122223333',
     *   eventCategory: 'Management',
     * })   // true
     * ```
     * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeSupportedLanguages.html
     */
    DescribeSupportedLanguages: { readOnly: true, request: DescribeSupportedLanguagesRequest, response: DescribeSupportedLanguagesResponse },
    /**
     * The `DescribeTrustedAdvisorCheckRefreshStatuses` operation of the AWS Support API (`support.amazonaws.com`,
     * readOnly `true`): returns the refresh status of Trusted Advisor checks.
     *
     * @example
     * ```ts
     * support.operations.DescribeTrustedAdvisorCheckRefreshStatuses.is({
     *   eventVersion: '1.09',
     *   userIdentity: {
     *     type: 'IAMUser', principalId: 'AIDACKCEVSQ6C2EXAMPLE', arn: 'arn:aws:iam::111122223333:user/janedoe',
     *     accountId: '111122223333', accessKeyId: 'AKIAIOSFODNN7EXAMPLE', userName: 'janedoe',
     *   },
     *   eventTime: '2024-05-14T18:02:11Z', eventSource: 'support.amazonaws.com',
     *   eventName: 'DescribeTrustedAdvisorCheckRefreshStatuses', awsRegion: 'us-east-1',
     *   sourceIPAddress: '198.51.100.15',
     *   userAgent: 'Boto3/1.34.103 md/Botocore#1.34.103 ua/2.0 os/linux#6.1.84 lang/python#3.12.3 Botocore/1.34.103',
     *   requestParameters: { checkIds: ['Pfx0RwqBli', 'Qch7DwouX1'] },
     *   responseElements: {
     *     statuses: [
     *       { checkId: 'Pfx0RwqBli', status: 'processing', millisUntilNextRefreshable: 3412508 },
     *       { checkId: 'Qch7DwouX1', status: 'success', millisUntilNextRefreshable: 0 },
     *     ],
     *   },
     *   requestID: '58c257ef-01a2-41e6-be2a-01c0310600a1', eventID: '5aa34bfc-ad5b-4fb1-8a55-2277c86e00a1',
     *   readOnly: true, eventType: 'AwsApiCall', managementEvent: true, recipientAccountId: '111122223333',
     *   eventCategory: 'Management',
     * })   // true
     * ```
     * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeTrustedAdvisorCheckRefreshStatuses.html
     */
    DescribeTrustedAdvisorCheckRefreshStatuses: { readOnly: true, request: DescribeTrustedAdvisorCheckRefreshStatusesRequest, response: DescribeTrustedAdvisorCheckRefreshStatusesResponse },
    /**
     * The `DescribeTrustedAdvisorCheckResult` operation of the AWS Support API (`support.amazonaws.com`, readOnly
     * `true`): returns the latest result of one Trusted Advisor check.
     *
     * @example
     * ```ts
     * support.operations.DescribeTrustedAdvisorCheckResult.is({
     *   eventVersion: '1.09',
     *   userIdentity: {
     *     type: 'IAMUser', principalId: 'AIDACKCEVSQ6C2EXAMPLE', arn: 'arn:aws:iam::111122223333:user/janedoe',
     *     accountId: '111122223333', accessKeyId: 'AKIAIOSFODNN7EXAMPLE', userName: 'janedoe',
     *   },
     *   eventTime: '2024-05-14T18:02:11Z', eventSource: 'support.amazonaws.com',
     *   eventName: 'DescribeTrustedAdvisorCheckResult', awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.15',
     *   userAgent: 'Boto3/1.34.103 md/Botocore#1.34.103 ua/2.0 os/linux#6.1.84 lang/python#3.12.3 Botocore/1.34.103',
     *   requestParameters: { checkId: 'Qch7DwouX1', language: 'en' },
     *   responseElements: {
     *     result: {
     *       checkId: 'Qch7DwouX1', timestamp: '2024-05-14T06:12:40Z', status: 'warning',
     *       resourcesSummary: { resourcesProcessed: 24, resourcesFlagged: 2, resourcesIgnored: 0, resourcesSuppressed: 1 },
     *       categorySpecificSummary: { costOptimizing: { estimatedMonthlySavings: 182.4, estimatedPercentMonthlySavings: 12.5 } },
     *       flaggedResources: [
     *         {
     *           status: 'warning', region: 'us-east-1', resourceId: 'aJ7qTvPZ3r8mKEXAMPLEresourceId1',
     *           isSuppressed: false,
     *           metadata: [
     *             'us-east-1a',
     *             'i-0abcd1234efgh5678',
     *             'batch-worker',
     *             't3.large',
     *             '$60.74',
     *             '1.8%',
     *             '0.02MB',
     *             '4 days',
     *           ],
     *         },
     *         {
     *           status: 'warning', region: 'eu-west-1', resourceId: 'bK8rUwQA4s9nLEXAMPLEresourceId2',
     *           isSuppressed: true,
     *           metadata: [
     *             'eu-west-1b',
     *             'i-0fedc4321hgfe8765',
     *             'legacy-api',
     *             'm5.xlarge',
     *             '$121.66',
     *             '2.3%',
     *             '0.11MB',
     *             '14 days',
     *           ],
     *         },
     *       ],
     *     },
     *   },
     *   requestID: '58c257ef-01a2-41e6-be2a-01c0310600b1', eventID: '5aa34bfc-ad5b-4fb1-8a55-2277c86e00b1',
     *   readOnly: true, eventType: 'AwsApiCall', managementEvent: true, recipientAccountId: '111122223333',
     *   eventCategory: 'Management',
     * })   // true
     * ```
     * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeTrustedAdvisorCheckResult.html
     */
    DescribeTrustedAdvisorCheckResult: { readOnly: true, request: DescribeTrustedAdvisorCheckResultRequest, response: DescribeTrustedAdvisorCheckResultResponse },
    /**
     * The `DescribeTrustedAdvisorCheckSummaries` operation of the AWS Support API (`support.amazonaws.com`, readOnly
     * `true`): returns the result summaries of Trusted Advisor checks.
     *
     * @example
     * ```ts
     * support.operations.DescribeTrustedAdvisorCheckSummaries.is({
     *   eventVersion: '1.09',
     *   userIdentity: {
     *     type: 'IAMUser', principalId: 'AIDACKCEVSQ6C2EXAMPLE', arn: 'arn:aws:iam::111122223333:user/janedoe',
     *     accountId: '111122223333', accessKeyId: 'AKIAIOSFODNN7EXAMPLE', userName: 'janedoe',
     *   },
     *   eventTime: '2024-05-14T18:02:11Z', eventSource: 'support.amazonaws.com',
     *   eventName: 'DescribeTrustedAdvisorCheckSummaries', awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.15',
     *   userAgent: 'Boto3/1.34.103 md/Botocore#1.34.103 ua/2.0 os/linux#6.1.84 lang/python#3.12.3 Botocore/1.34.103',
     *   requestParameters: { checkIds: ['Qch7DwouX1', 'HCP4007jGY'] },
     *   responseElements: {
     *     summaries: [
     *       {
     *         checkId: 'Qch7DwouX1', timestamp: '2024-05-14T06:12:40Z', status: 'warning', hasFlaggedResources: true,
     *         resourcesSummary: { resourcesProcessed: 24, resourcesFlagged: 2, resourcesIgnored: 0, resourcesSuppressed: 1 },
     *         categorySpecificSummary: { costOptimizing: { estimatedMonthlySavings: 182.4, estimatedPercentMonthlySavings: 12.5 } },
     *       },
     *       {
     *         checkId: 'HCP4007jGY', timestamp: '2024-05-14T06:15:02Z', status: 'ok', hasFlaggedResources: false,
     *         resourcesSummary: { resourcesProcessed: 31, resourcesFlagged: 0, resourcesIgnored: 0, resourcesSuppressed: 0 },
     *         categorySpecificSummary: {},
     *       },
     *     ],
     *   },
     *   requestID: '58c257ef-01a2-41e6-be2a-01c0310600c1', eventID: '5aa34bfc-ad5b-4fb1-8a55-2277c86e00c1',
     *   readOnly: true, eventType: 'AwsApiCall', managementEvent: true, recipientAccountId: '111122223333',
     *   eventCategory: 'Management',
     * })   // true
     * ```
     * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeTrustedAdvisorCheckSummaries.html
     */
    DescribeTrustedAdvisorCheckSummaries: { readOnly: true, request: DescribeTrustedAdvisorCheckSummariesRequest, response: DescribeTrustedAdvisorCheckSummariesResponse },
    /**
     * The `DescribeTrustedAdvisorChecks` operation of the AWS Support API (`support.amazonaws.com`, readOnly
     * `true`): lists the Trusted Advisor checks.
     *
     * @example
     * ```ts
     * support.operations.DescribeTrustedAdvisorChecks.is({
     *   eventVersion: '1.09',
     *   userIdentity: {
     *     type: 'IAMUser', principalId: 'AIDACKCEVSQ6C2EXAMPLE', arn: 'arn:aws:iam::111122223333:user/janedoe',
     *     accountId: '111122223333', accessKeyId: 'AKIAIOSFODNN7EXAMPLE', userName: 'janedoe',
     *   },
     *   eventTime: '2024-05-14T18:02:11Z', eventSource: 'support.amazonaws.com',
     *   eventName: 'DescribeTrustedAdvisorChecks', awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.15',
     *   userAgent: 'Boto3/1.34.103 md/Botocore#1.34.103 ua/2.0 os/linux#6.1.84 lang/python#3.12.3 Botocore/1.34.103',
     *   requestParameters: { language: 'en' },
     *   responseElements: {
     *     checks: [
     *       {
     *         id: 'Qch7DwouX1', name: 'Low Utilization Amazon EC2 Instances',
     *         description: 'Checks the Amazon Elastic Compute Cloud (Amazon EC2) instances that were running at any time during the last 14 days.<br>\n<br>\n<b>Alert Criteria</b><br>\nYellow: An instance had 10% or less daily average CPU utilization on at least 4 of the previous 14 days.',
     *         category: 'cost_optimizing',
     *         metadata: [
     *           'Region/AZ',
     *           'Instance ID',
     *           'Instance Name',
     *           'Instance Type',
     *           'Estimated Monthly Savings',
     *           'CPU Utilization 14-Day Average',
     *           'Network I/O 14-Day Average',
     *           'Number of Days Low Utilization',
     *         ],
     *       },
     *       {
     *         id: 'HCP4007jGY', name: 'Security Groups - Specific Ports Unrestricted',
     *         description: 'Checks security groups for rules that allow unrestricted access (0.0.0.0/0) to specific ports.',
     *         category: 'security',
     *         metadata: ['Region', 'Security Group Name', 'Security Group ID', 'Protocol', 'Status', 'Ports'],
     *       },
     *     ],
     *   },
     *   requestID: '58c257ef-01a2-41e6-be2a-01c0310600d1', eventID: '5aa34bfc-ad5b-4fb1-8a55-2277c86e00d1',
     *   readOnly: true, eventType: 'AwsApiCall', managementEvent: true, recipientAccountId: '111122223333',
     *   eventCategory: 'Management',
     * })   // true
     * ```
     * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeTrustedAdvisorChecks.html
     */
    DescribeTrustedAdvisorChecks: { readOnly: true, request: DescribeTrustedAdvisorChecksRequest, response: DescribeTrustedAdvisorChecksResponse },
    /**
     * The `RefreshTrustedAdvisorCheck` operation of the AWS Support API (`support.amazonaws.com`, readOnly `false`):
     * asks Trusted Advisor to refresh a check. Checks refreshed automatically answer `InvalidParameterValue`. The
     * example is the record AWS documents: `responseElements` is `null`.
     *
     * @example
     * ```ts
     * support.operations.RefreshTrustedAdvisorCheck.is({
     *   eventVersion: '1.05',
     *   userIdentity: {
     *     type: 'IAMUser', principalId: 'AIDACKCEVSQ6C2EXAMPLE', arn: 'arn:aws:iam::111122223333:user/Admin',
     *     accountId: '111122223333', accessKeyId: 'AKIAIOSFODNN7EXAMPLE', userName: 'Admin',
     *   },
     *   eventTime: '2020-10-21T16:34:13Z', eventSource: 'support.amazonaws.com',
     *   eventName: 'RefreshTrustedAdvisorCheck', awsRegion: 'us-east-1', sourceIPAddress: '72.21.198.67',
     *   userAgent: 'signin.amazonaws.com', requestParameters: { checkId: 'Pfx0RwqBli' }, responseElements: null,
     *   requestID: '4c4d5fc8-c403-4f82-9544-41f820e0fa01', eventID: '2f4630ac-5c27-4f0d-b93f-63742d6fc85e',
     *   eventType: 'AwsApiCall', recipientAccountId: '111122223333',
     * })   // true
     * ```
     * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_RefreshTrustedAdvisorCheck.html
     */
    RefreshTrustedAdvisorCheck: { readOnly: false, request: RefreshTrustedAdvisorCheckRequest, response: RefreshTrustedAdvisorCheckResponse },
    /**
     * The `ResolveCase` operation of the AWS Support API (`support.amazonaws.com`, readOnly `false`): resolves a
     * case.
     *
     * @example
     * ```ts
     * support.operations.ResolveCase.is({
     *   eventVersion: '1.09',
     *   userIdentity: {
     *     type: 'IAMUser', principalId: 'AIDACKCEVSQ6C2EXAMPLE', arn: 'arn:aws:iam::111122223333:user/janedoe',
     *     accountId: '111122223333', accessKeyId: 'AKIAIOSFODNN7EXAMPLE', userName: 'janedoe',
     *   },
     *   eventTime: '2024-05-14T18:02:11Z', eventSource: 'support.amazonaws.com', eventName: 'ResolveCase',
     *   awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.15', userAgent: 'signin.amazonaws.com',
     *   requestParameters: { caseId: 'case-111122223333-muen-2024-7a2f4b1e9c3d5e60' },
     *   responseElements: { initialCaseStatus: 'pending-customer-action', finalCaseStatus: 'resolved' },
     *   requestID: '58c257ef-01a2-41e6-be2a-01c0310600f1', eventID: '5aa34bfc-ad5b-4fb1-8a55-2277c86e00f1',
     *   readOnly: false, eventType: 'AwsApiCall', managementEvent: true, recipientAccountId: '111122223333',
     *   eventCategory: 'Management',
     * })   // true
     * ```
     * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_ResolveCase.html
     */
    ResolveCase: { readOnly: false, request: ResolveCaseRequest, response: ResolveCaseResponse },
  },
})

/**
 * A CloudTrail record of an operation of AWS Support (`support.amazonaws.com`), or of the operations named: what `support.is` and `support.operations.X.is` narrow to.
 *
 * @typeParam Name - the eventNames to include (all by default)
 *
 * @example
 * ```ts
 * function audit(event: SupportEvent<'CreateCase'>): void {
 *   console.log(event.eventName, event.requestParameters)
 * }
 * ```
 */
export type SupportEvent<Name extends OperationName<typeof support> = OperationName<typeof support>> = EventOf<typeof support, Name>

export * from './add-attachments-to-set.js'
export * from './add-communication-to-case.js'
export * from './create-case.js'
export * from './describe-attachment.js'
export * from './describe-cases.js'
export * from './describe-communications.js'
export * from './describe-create-case-options.js'
export * from './describe-services.js'
export * from './describe-severity-levels.js'
export * from './describe-supported-languages.js'
export * from './describe-trusted-advisor-check-refresh-statuses.js'
export * from './describe-trusted-advisor-check-result.js'
export * from './describe-trusted-advisor-check-summaries.js'
export * from './describe-trusted-advisor-checks.js'
export * from './refresh-trusted-advisor-check.js'
export * from './resolve-case.js'
export * from './shared.js'
