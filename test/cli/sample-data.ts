/**
 * The sample CloudTrail log files of `examples/data/AWSLogs/`: one day
 * (2026-11-02) of two accounts' trails, composed by hand with AWS example
 * values. They hold AWS Support cases (created, replied, with attachments,
 * described, resolved; one created by the root user, one in another account,
 * one whose creation is in an earlier day's logs, failed calls), Trusted
 * Advisor activity from both event sources (refreshes, result reads,
 * exclusions, organization settings), several kinds of callers, and other
 * services' events.
 *
 * `test/cli/sample-data.test.ts` checks that the committed files hold exactly
 * these records. After a change here, write them again with
 *
 *   npx tsx test/cli/sample-data.ts
 *
 * The output is deterministic (fixed ids, gzip without a timestamp).
 */
import { createHash } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
export type JsonObject = { [key: string]: Json }

/** Where the files go: `examples/data` of the repository. */
export const sampleDataRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'examples', 'data')
const DAY = '2026-11-02'
const MAIN = '111122223333'
const OTHER = '444455556666'
const HIDDEN = 'HIDDEN_DUE_TO_SECURITY_REASONS'

/** A UUID derived from a label, so every run writes the same ids. */
function uuid(label: string): string {
  const h = createHash('sha256').update(label).digest('hex')
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`
}

// ---- callers -------------------------------------------------------------

const consoleUserAgent =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15'

/** alice: an IAM Identity Center user in a permission-set role, signed in to the console. */
const alice: JsonObject = {
  type: 'AssumedRole',
  principalId: 'AROA3EXAMPLEALICE0001:alice@example.com',
  arn: `arn:aws:sts::${MAIN}:assumed-role/AWSReservedSSO_SupportEngineer_0a1b2c3d4e5f6a7b/alice@example.com`,
  accountId: MAIN,
  accessKeyId: 'ASIAIOSFODNN7EXAMPLE',
  sessionContext: {
    sessionIssuer: {
      type: 'Role',
      principalId: 'AROA3EXAMPLEALICE0001',
      arn: `arn:aws:iam::${MAIN}:role/aws-reserved/sso.amazonaws.com/AWSReservedSSO_SupportEngineer_0a1b2c3d4e5f6a7b`,
      accountId: MAIN,
      userName: 'AWSReservedSSO_SupportEngineer_0a1b2c3d4e5f6a7b',
    },
    attributes: { creationDate: `${DAY}T07:58:12Z`, mfaAuthenticated: 'false' },
  },
}

/** The root user of the main account, signed in with MFA. */
const root: JsonObject = {
  type: 'Root',
  principalId: MAIN,
  arn: `arn:aws:iam::${MAIN}:root`,
  accountId: MAIN,
  accessKeyId: 'ASIAI44QH8DHBEXAMPLE',
  sessionContext: { attributes: { creationDate: `${DAY}T09:05:40Z`, mfaAuthenticated: 'true' } },
}

/** The root user signing in: no access key yet. */
const rootSignIn: JsonObject = { type: 'Root', principalId: MAIN, arn: `arn:aws:iam::${MAIN}:root`, accountId: MAIN, accessKeyId: '' }

/** ci-bot: an IAM user with a long-term access key, calling through the SDK. */
const ciBot: JsonObject = {
  type: 'IAMUser',
  principalId: 'AIDACKCEVSQ6C2EXAMPLE',
  arn: `arn:aws:iam::${MAIN}:user/ci-bot`,
  accountId: MAIN,
  accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
  userName: 'ci-bot',
}

/** An auditor IAM user whose policy does not allow writes to AWS Support. */
const auditor: JsonObject = {
  type: 'IAMUser',
  principalId: 'AIDAJQABLZS4A3QDU576Q',
  arn: `arn:aws:iam::${MAIN}:user/readonly-auditor`,
  accountId: MAIN,
  accessKeyId: 'AKIAI44QH8DHBEXAMPLE',
  userName: 'readonly-auditor',
}

/** A Lambda function's role session that refreshes Trusted Advisor checks every morning. */
const refresher: JsonObject = {
  type: 'AssumedRole',
  principalId: 'AROAJ2UCCR6DPCEXAMPLE:ta-refresher',
  arn: `arn:aws:sts::${MAIN}:assumed-role/ta-refresher-role/ta-refresher`,
  accountId: MAIN,
  accessKeyId: 'ASIAJEXAMPLEXEG2JICEA',
  sessionContext: {
    sessionIssuer: {
      type: 'Role',
      principalId: 'AROAJ2UCCR6DPCEXAMPLE',
      arn: `arn:aws:iam::${MAIN}:role/ta-refresher-role`,
      accountId: MAIN,
      userName: 'ta-refresher-role',
    },
    attributes: { creationDate: `${DAY}T08:29:57Z`, mfaAuthenticated: 'false' },
    ec2RoleDelivery: '2.0',
  },
}

/** bob: an IAM user of the other account, signed in to the console. */
const bob: JsonObject = {
  type: 'IAMUser',
  principalId: 'AIDAQRSTUVWXYZEXAMPLE',
  arn: `arn:aws:iam::${OTHER}:user/bob`,
  accountId: OTHER,
  accessKeyId: 'ASIAQRSTUVWXEXAMPLE1',
  userName: 'bob',
  sessionContext: { attributes: { creationDate: `${DAY}T12:51:03Z`, mfaAuthenticated: 'true' } },
}

const lambdaService: JsonObject = { type: 'AWSService', invokedBy: 'lambda.amazonaws.com' }

// ---- records ---------------------------------------------------------------

interface Call {
  readonly time: string
  readonly who: JsonObject
  readonly source: string
  readonly name: string
  readonly request?: Json
  readonly response?: Json
  readonly readOnly: boolean
  readonly error?: { readonly code: string; readonly message: string }
  readonly console?: boolean
  readonly userAgent?: string
  readonly ip?: string
  readonly account?: string
  readonly eventType?: string
  readonly category?: string
  readonly extra?: JsonObject
}

function record(call: Call): JsonObject {
  const id = `${call.time} ${call.source} ${call.name} ${JSON.stringify(call.request ?? null)}`
  const host = call.source === 'support.amazonaws.com' ? 'support.us-east-1.amazonaws.com' : call.source.replace('.amazonaws.com', '.us-east-1.amazonaws.com')
  const r: JsonObject = {
    eventVersion: call.eventType === 'AwsConsoleSignIn' ? '1.08' : '1.11',
    userIdentity: call.who,
    eventTime: `${DAY}T${call.time}Z`,
    eventSource: call.source,
    eventName: call.name,
    awsRegion: 'us-east-1',
    sourceIPAddress: call.ip ?? (typeof call.who['invokedBy'] === 'string' ? call.who['invokedBy'] : '198.51.100.23'),
    userAgent: call.userAgent ?? (call.console === true ? consoleUserAgent : 'aws-sdk-js/3.658.1 ua/2.0 os/linux lang/js md/nodejs#20.18.0'),
  }
  if (call.error !== undefined) {
    r['errorCode'] = call.error.code
    r['errorMessage'] = call.error.message
  }
  r['requestParameters'] = call.request ?? null
  r['responseElements'] = call.response ?? null
  if (call.extra !== undefined) for (const [k, v] of Object.entries(call.extra)) r[k] = v
  r['requestID'] = uuid(`request ${id}`)
  r['eventID'] = uuid(`event ${id}`)
  r['readOnly'] = call.readOnly
  r['eventType'] = call.eventType ?? 'AwsApiCall'
  r['managementEvent'] = (call.category ?? 'Management') === 'Management'
  r['recipientAccountId'] = call.account ?? MAIN
  r['eventCategory'] = call.category ?? 'Management'
  if (call.eventType !== 'AwsConsoleSignIn') {
    r['tlsDetails'] = {
      tlsVersion: 'TLSv1.3',
      cipherSuite: 'TLS_AES_128_GCM_SHA256',
      clientProvidedHostHeader: host,
    }
  }
  if (call.console === true) r['sessionCredentialFromConsole'] = 'true'
  return r
}

const support = 'support.amazonaws.com'
const ta = 'trustedadvisor.amazonaws.com'

const caseA = `case-${MAIN}-muen-2026-3f0c8e1b2a4d5c6e`
const caseB = `case-${MAIN}-muen-2026-91d2e3f4a5b6c7d8`
const caseC = `case-${OTHER}-muen-2026-7a6b5c4d3e2f1a0b`
const caseD = `case-${MAIN}-muen-2026-0c1d2e3f4a5b6c7d`
const setA1 = 'as-2f5a6faa2a4a1e600-mu-nk5xQlBr70-G1cUos5LZkd38KOAHZa9BMDVzNEXAMPLE'
const setA2 = 'as-8d1c9e7b3a2f4e500-mu-pQ7rSt2Uv3Wx-H4yZa5Bc6De7Fg8Hi9Jk0LmNoEXAMPLE'
const setB = 'as-5e4d3c2b1a0f9e800-mu-aB1cD2eF3gH4-I5jK6lM7nO8pQ9rS0tU1vW2xEXAMPLE'

const recommendation = `arn:aws:trustedadvisor::${MAIN}:recommendation/55fa4d2e-bbb7-491a-833b-5773e9589578`
const orgRecommendation = 'arn:aws:trustedadvisor:::organization-recommendation/9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d'

/** 08:25 to 09:10: the morning Trusted Advisor refresh job, a sign-in, other services. */
const morning: JsonObject[] = [
  record({
    time: '08:29:57', who: lambdaService, source: 'sts.amazonaws.com', name: 'AssumeRole', readOnly: true,
    request: { roleArn: `arn:aws:iam::${MAIN}:role/ta-refresher-role`, roleSessionName: 'ta-refresher' },
    response: {
      credentials: { accessKeyId: 'ASIAJEXAMPLEXEG2JICEA', sessionToken: 'IQoJb3JpZ2luX2VjEXAMPLE', expiration: 'Nov 2, 2026, 8:44:57 PM' },
      assumedRoleUser: { assumedRoleId: 'AROAJ2UCCR6DPCEXAMPLE:ta-refresher', arn: `arn:aws:sts::${MAIN}:assumed-role/ta-refresher-role/ta-refresher` },
    },
    userAgent: 'lambda.amazonaws.com',
    extra: { resources: [{ accountId: MAIN, type: 'AWS::IAM::Role', ARN: `arn:aws:iam::${MAIN}:role/ta-refresher-role` }], sharedEventID: uuid('shared assume-role') },
  }),
  record({ time: '08:30:02', who: refresher, source: support, name: 'RefreshTrustedAdvisorCheck', readOnly: false, request: { checkId: 'Pfx0RwqBli' } }),
  record({
    time: '08:30:03', who: refresher, source: support, name: 'RefreshTrustedAdvisorCheck', readOnly: false,
    request: { checkId: 'Qch7DwouX1' },
    error: { code: 'InvalidParameterValue', message: 'Check Qch7DwouX1 is refreshed automatically and cannot be refreshed manually' },
  }),
  record({
    time: '08:31:40', who: refresher, source: support, name: 'DescribeTrustedAdvisorCheckRefreshStatuses', readOnly: true,
    request: { checkIds: ['Pfx0RwqBli'] },
  }),
  record({
    time: '08:45:12', who: refresher, source: support, name: 'DescribeTrustedAdvisorCheckResult', readOnly: true,
    request: { checkId: 'Pfx0RwqBli', language: 'en' },
  }),
  record({
    time: '08:45:13', who: refresher, source: support, name: 'DescribeTrustedAdvisorCheckSummaries', readOnly: true,
    request: { checkIds: ['Pfx0RwqBli', 'Qch7DwouX1', 'HCP4007jGY'] },
  }),
  record({
    time: '09:05:41', who: rootSignIn, source: 'signin.amazonaws.com', name: 'ConsoleLogin', readOnly: false,
    eventType: 'AwsConsoleSignIn', console: false, userAgent: consoleUserAgent, ip: '203.0.113.10',
    response: { ConsoleLogin: 'Success' },
    extra: {
      additionalEventData: { LoginTo: 'https://console.aws.amazon.com/console/home', MobileVersion: 'No', MFAIdentifier: `arn:aws:iam::${MAIN}:mfa/root-account-mfa-device`, MFAUsed: 'Yes' },
    },
  }),
  record({
    time: '09:07:15', who: alice, source: 'ec2.amazonaws.com', name: 'DescribeInstances', readOnly: true, console: true,
    request: { instancesSet: {}, filterSet: {} },
  }),
]

/** 09:10 to 10:05: root opens a case, alice uploads logs and opens an urgent case, Trusted Advisor console work. */
const midMorning: JsonObject[] = [
  record({
    time: '09:12:30', who: root, source: support, name: 'CreateCase', readOnly: false, console: true, ip: '203.0.113.10',
    request: { severityCode: 'low', categoryCode: 'other', language: 'en', serviceCode: 'customer-account', issueType: 'customer-service' },
    response: { caseId: caseD },
  }),
  record({
    time: '09:13:02', who: root, source: support, name: 'DescribeCases', readOnly: true, console: true, ip: '203.0.113.10',
    request: { caseIdList: [caseD], includeResolvedCases: false, language: 'en' },
  }),
  record({
    time: '09:40:18', who: alice, source: ta, name: 'RefreshCheck', readOnly: false, console: true,
    request: { checkId: 'R365s2Qddf' },
    response: { status: { checkId: 'R365s2Qddf', status: 'enqueued', millisUntilNextRefreshable: 3599993 } },
  }),
  record({
    time: '09:42:51', who: alice, source: ta, name: 'DescribeCheckItems', readOnly: true, console: true,
    request: { checkId: 'R365s2Qddf', language: 'en' },
  }),
  record({
    time: '09:50:09', who: alice, source: ta, name: 'ExcludeCheckItems', readOnly: false, console: true,
    request: { checkId: 'Pfx0RwqBli', checkItemIds: ['sg-0a1b2c3d4e5f6a7b8', 'sg-0f9e8d7c6b5a49382'] },
  }),
  record({
    time: '10:01:44', who: alice, source: support, name: 'AddAttachmentsToSet', readOnly: false, console: true,
    request: { attachments: [{ fileName: 'instance-console.log', data: HIDDEN }] },
    response: { attachmentSetId: setA1, expiryTime: 'Mon Nov 02 11:01:44 UTC 2026' },
  }),
  record({
    time: '10:03:27', who: alice, source: support, name: 'CreateCase', readOnly: false, console: true,
    request: {
      severityCode: 'urgent', categoryCode: 'instance-issue', language: 'en', serviceCode: 'amazon-elastic-compute-cloud-linux',
      issueType: 'technical', attachmentSetId: setA1,
    },
    response: { caseId: caseA },
  }),
  record({
    time: '10:04:05', who: auditor, source: support, name: 'CreateCase', readOnly: false,
    userAgent: 'aws-cli/2.18.4 md/awscrt#0.22.0 ua/2.0 os/linux#6.8.0 md/arch#x86_64 lang/python#3.12.6 cfg/retry-mode#standard md/command#support.create-case',
    error: {
      code: 'AccessDenied',
      message: `User: arn:aws:iam::${MAIN}:user/readonly-auditor is not authorized to perform: support:CreateCase because no identity-based policy allows the support:CreateCase action`,
    },
  }),
]

/** 11:00 to 12:30: the conversation on alice's case; ci-bot works on an older case. */
const noon: JsonObject[] = [
  record({
    time: '11:02:10', who: alice, source: support, name: 'DescribeCommunications', readOnly: true, console: true,
    request: { caseId: caseA, maxResults: 100 },
  }),
  record({
    time: '11:30:55', who: alice, source: support, name: 'AddAttachmentsToSet', readOnly: false, console: true,
    request: { attachments: [{ fileName: 'tcpdump-eth0.pcap', data: HIDDEN }, { fileName: 'dmesg.txt', data: HIDDEN }] },
    response: { attachmentSetId: setA2, expiryTime: 'Mon Nov 02 12:30:55 UTC 2026' },
  }),
  record({
    time: '11:31:20', who: alice, source: support, name: 'AddCommunicationToCase', readOnly: false, console: true,
    request: { caseId: caseA, attachmentSetId: setA2, ccEmailAddresses: ['oncall@example.com'] },
    response: { result: true },
  }),
  record({
    time: '12:10:03', who: auditor, source: support, name: 'DescribeCases', readOnly: true,
    userAgent: 'aws-cli/2.18.4 md/awscrt#0.22.0 ua/2.0 os/linux#6.8.0 md/arch#x86_64 lang/python#3.12.6 cfg/retry-mode#standard md/command#support.describe-cases',
    request: { caseIdList: [caseA, caseB], includeResolvedCases: true, includeCommunications: false },
  }),
  record({
    time: '12:11:37', who: auditor, source: support, name: 'DescribeTrustedAdvisorChecks', readOnly: true,
    userAgent: 'aws-cli/2.18.4 md/awscrt#0.22.0 ua/2.0 os/linux#6.8.0 md/arch#x86_64 lang/python#3.12.6 cfg/retry-mode#standard md/command#support.describe-trusted-advisor-checks',
    error: {
      code: 'AccessDenied',
      message: `User: arn:aws:iam::${MAIN}:user/readonly-auditor is not authorized to perform: support:DescribeTrustedAdvisorChecks with an explicit deny in a service control policy`,
    },
  }),
  record({
    time: '12:14:40', who: ciBot, source: support, name: 'AddAttachmentsToSet', readOnly: false,
    request: { attachments: [{ fileName: 'build-4711.log', data: HIDDEN }] },
    response: { attachmentSetId: setB, expiryTime: 'Mon Nov 02 13:14:40 UTC 2026' },
  }),
  record({
    time: '12:15:02', who: ciBot, source: support, name: 'AddCommunicationToCase', readOnly: false,
    request: { caseId: caseB, attachmentSetId: setB },
    response: { result: true },
  }),
  record({
    time: '12:16:30', who: ciBot, source: support, name: 'AddCommunicationToCase', readOnly: false,
    request: { caseId: caseB, attachmentSetId: setA1 },
    error: { code: 'AttachmentSetExpired', message: 'The expiration time of the attachment set has passed.' },
  }),
  record({
    time: '12:20:00', who: ciBot, source: 's3.amazonaws.com', name: 'GetObject', readOnly: true, category: 'Data',
    request: { bucketName: 'amzn-s3-demo-bucket', key: 'builds/4711/build.log', Host: 'amzn-s3-demo-bucket.s3.us-east-1.amazonaws.com' },
    extra: {
      additionalEventData: { SignatureVersion: 'SigV4', CipherSuite: 'TLS_AES_128_GCM_SHA256', bytesTransferredIn: 0, AuthenticationMethod: 'AuthHeader', 'x-amz-id-2': 'Example+Id2+Value', bytesTransferredOut: 48213 },
      resources: [
        { type: 'AWS::S3::Object', ARN: 'arn:aws:s3:::amzn-s3-demo-bucket/builds/4711/build.log' },
        { accountId: MAIN, type: 'AWS::S3::Bucket', ARN: 'arn:aws:s3:::amzn-s3-demo-bucket' },
      ],
    },
  }),
]

/** 14:30 to 16:45: organization settings by root, the 2022-09-15 API, alice's case resolved. */
const afternoon: JsonObject[] = [
  record({
    time: '14:30:11', who: root, source: ta, name: 'SetOrganizationAccess', readOnly: false, console: true, ip: '203.0.113.10',
    request: { enabled: true },
  }),
  record({
    time: '14:35:48', who: root, source: ta, name: 'UpdateNotificationPreferences', readOnly: false, console: true, ip: '203.0.113.10',
    request: {
      contacts: [
        { id: 'billing', type: 'email', active: false },
        { id: 'operational', type: 'email', active: true },
        { id: 'security', type: 'email', active: true },
      ],
      language: 'en',
    },
  }),
  record({
    time: '15:00:21', who: alice, source: ta, name: 'UpdateRecommendationLifecycle', readOnly: false, console: true,
    request: { recommendationIdentifier: recommendation, lifecycleStage: 'dismissed', updateReasonCode: 'not_applicable', updateReason: HIDDEN },
  }),
  record({
    time: '15:05:37', who: alice, source: ta, name: 'BatchUpdateRecommendationResourceExclusion', readOnly: false, console: true,
    request: {
      recommendationResourceExclusions: [
        { arn: `arn:aws:trustedadvisor::${MAIN}:recommendation-resource/55fa4d2e-bbb7-491a-833b-5773e9589578/c4fd6b7e1a2b3c4d`, isExcluded: true },
      ],
    },
    response: { batchUpdateRecommendationResourceExclusionErrors: [] },
  }),
  record({
    time: '15:10:02', who: root, source: ta, name: 'UpdateOrganizationRecommendationLifecycle', readOnly: false, console: true, ip: '203.0.113.10',
    request: { organizationRecommendationIdentifier: orgRecommendation, lifecycleStage: 'in_progress', updateReasonCode: 'valid_business_case' },
  }),
  record({
    time: '15:20:45', who: alice, source: ta, name: 'IncludeCheckItems', readOnly: false, console: true,
    request: { checkId: 'Pfx0RwqBli', checkItemIds: ['sg-0f9e8d7c6b5a49382'] },
  }),
  record({
    time: '16:40:09', who: alice, source: support, name: 'ResolveCase', readOnly: false, console: true,
    request: { caseId: caseA },
    response: { initialCaseStatus: 'pending-customer-action', finalCaseStatus: 'resolved' },
  }),
  record({
    time: '16:41:30', who: alice, source: 'ec2.amazonaws.com', name: 'RebootInstances', readOnly: false, console: true,
    request: { instancesSet: { items: [{ instanceId: 'i-0abcdef1234567890' }] } },
    response: { requestId: uuid('reboot'), _return: true },
  }),
]

/** The other account (444455556666): bob opens a billing question and resolves it. */
const otherAccount: JsonObject[] = [
  record({
    time: '12:58:14', who: bob, source: support, name: 'CreateCase', readOnly: false, console: true, account: OTHER, ip: '192.0.2.44',
    request: { severityCode: 'normal', categoryCode: 'billing', language: 'ja', serviceCode: 'billing', issueType: 'customer-service' },
    response: { caseId: caseC },
  }),
  record({
    time: '13:04:51', who: bob, source: support, name: 'DescribeCases', readOnly: true, console: true, account: OTHER, ip: '192.0.2.44',
    request: { caseIdList: [caseC], language: 'ja' },
  }),
  record({
    time: '14:10:26', who: bob, source: support, name: 'ResolveCase', readOnly: false, console: true, account: OTHER, ip: '192.0.2.44',
    request: { caseId: caseC },
    response: { initialCaseStatus: 'unassigned', finalCaseStatus: 'resolved' },
  }),
]

/** Shuffles deterministically, as CloudTrail files hold records in no particular order. */
function scramble(records: JsonObject[]): JsonObject[] {
  const idOf = (r: JsonObject): string => (typeof r['eventID'] === 'string' ? r['eventID'] : '')
  return [...records].sort((a, b) => idOf(a).localeCompare(idOf(b)))
}

/** One sample log file: its path under `examples/data`, whether it is gzipped, and its records. */
export interface SampleLogFile {
  readonly path: string
  readonly gzip: boolean
  readonly records: ReadonlyArray<JsonObject>
}

function logFile(account: string, stamp: string, suffix: string, gzip: boolean, records: JsonObject[]): SampleLogFile {
  const name = `${account}_CloudTrail_us-east-1_${stamp}_${suffix}.json${gzip ? '.gz' : ''}`
  return {
    path: ['AWSLogs', account, 'CloudTrail', 'us-east-1', '2026', '11', '02', name].join('/'),
    gzip,
    records: scramble(records),
  }
}

/** The sample log files, in path order. */
export const sampleLogFiles: ReadonlyArray<SampleLogFile> = [
  logFile(MAIN, '20261102T0835Z', 'Xy7Lm2Pq9RsT4uVw', true, morning),
  logFile(MAIN, '20261102T1005Z', 'aB3dE5fG7hJ9kL1m', true, midMorning),
  logFile(MAIN, '20261102T1220Z', 'Qz8Rt5Yu1Io3Pa6S', false, noon),
  logFile(MAIN, '20261102T1645Z', 'Fg2Hj4Kl6Zx8Cv0B', true, afternoon),
  logFile(OTHER, '20261102T1415Z', 'Nm1Bv3Cx5Za7Sd9F', true, otherAccount),
]

/** The text CloudTrail writes for a log file: `{"Records":[...]}` on one line. */
export function logFileText(file: SampleLogFile): string {
  return `${JSON.stringify({ Records: file.records })}\n`
}

function writeSampleData(root: string): void {
  for (const file of sampleLogFiles) {
    const path = join(root, ...file.path.split('/'))
    mkdirSync(dirname(path), { recursive: true })
    const text = logFileText(file)
    writeFileSync(path, file.gzip ? gzipSync(text, { level: 9 }) : text)
  }
}

const entry = process.argv[1]
if (entry !== undefined && import.meta.url === pathToFileURL(entry).href) writeSampleData(sampleDataRoot)
