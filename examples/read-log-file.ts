/**
 * Reads a CloudTrail log file and prints what it holds.
 *
 *   npx tsx examples/read-log-file.ts path/to/log.json   # a log file, NDJSON, an EventBridge event, ...
 *   npx tsx examples/read-log-file.ts                    # the small sample log below
 *
 * Prints how many records decoded, every issue (a record that did not match,
 * with its index and JSON path), and one line per record: time, eventName and
 * caller (`describeCaller`: the caller's class and the principal behind it).
 * The payloads of every typed service (`awsServices`: AWS Support, Trusted
 * Advisor, ...) are checked too.
 */
import { readFileSync } from 'node:fs'
import { describeCaller, isInsightRecord, parseRecords } from 'cloudtrail-codecs'
import type { CloudTrailRecord } from 'cloudtrail-codecs'
import { awsServices } from 'cloudtrail-codecs/aws'

/** A small log file: two good records and one without its `eventTime`. */
const sampleLog = JSON.stringify({
  Records: [
    {
      eventVersion: '1.08',
      userIdentity: {
        type: 'IAMUser',
        principalId: 'AIDACKCEVSQ6C2EXAMPLE',
        arn: 'arn:aws:iam::111122223333:user/Mary_Major',
        accountId: '111122223333',
        accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
        userName: 'Mary_Major',
      },
      eventTime: '2026-01-15T09:12:40Z',
      eventSource: 'support.amazonaws.com',
      eventName: 'DescribeTrustedAdvisorChecks',
      awsRegion: 'us-east-1',
      sourceIPAddress: '198.51.100.7',
      userAgent: 'aws-cli/2.15.0',
      requestParameters: { language: 'en' },
      responseElements: null,
      requestID: 'c2b7b3c1-5d0e-4a53-9f0e-0f1f6c2a1b11',
      eventID: '6e1b9c0a-2f7d-4c1e-8a3b-4d5e6f708192',
      readOnly: true,
      eventType: 'AwsApiCall',
      managementEvent: true,
      recipientAccountId: '111122223333',
      eventCategory: 'Management',
    },
    {
      eventVersion: '1.09',
      userIdentity: {
        type: 'AssumedRole',
        principalId: 'AROAEXAMPLEROLEID:ops-session',
        arn: 'arn:aws:sts::111122223333:assumed-role/SupportOps/ops-session',
        accountId: '111122223333',
        accessKeyId: 'ASIAIOSFODNN7EXAMPLE',
        sessionContext: {
          sessionIssuer: {
            type: 'Role',
            principalId: 'AROAEXAMPLEROLEID',
            arn: 'arn:aws:iam::111122223333:role/SupportOps',
            accountId: '111122223333',
            userName: 'SupportOps',
          },
          attributes: { creationDate: '2026-01-15T09:00:00Z', mfaAuthenticated: 'false' },
        },
      },
      eventTime: '2026-01-15T09:14:02Z',
      eventSource: 'support.amazonaws.com',
      eventName: 'CreateCase',
      awsRegion: 'us-east-1',
      sourceIPAddress: '198.51.100.7',
      userAgent: 'aws-cli/2.15.0',
      requestParameters: {
        subject: 'Raise EC2 instance limit',
        serviceCode: 'amazon-elastic-compute-cloud-linux',
        severityCode: 'low',
        categoryCode: 'other',
        language: 'en',
      },
      responseElements: { caseId: 'case-111122223333-muen-2026-0123456789abcdef' },
      requestID: 'a0f3e9d2-8c71-4b6a-9e52-3d4c5b6a7980',
      eventID: '0d9c8b7a-6e5f-4d3c-2b1a-0f9e8d7c6b5a',
      readOnly: false,
      eventType: 'AwsApiCall',
      managementEvent: true,
      recipientAccountId: '111122223333',
      eventCategory: 'Management',
    },
    {
      eventVersion: '1.08',
      eventSource: 'support.amazonaws.com',
      eventName: 'DescribeCases',
      awsRegion: 'us-east-1',
    },
  ],
})

/** Who made the call, in a few words: its class and the principal behind it. */
function callerOf(record: CloudTrailRecord): string {
  const caller = describeCaller(record)
  const principal = caller.issuerArn ?? caller.arn ?? caller.invokedBy ?? caller.principalId ?? ''
  return `${caller.class} ${principal}`.trim()
}

/** One line per record: when, what, who. */
function describe(record: CloudTrailRecord): string {
  if (isInsightRecord(record)) {
    const about = record.insightDetails.eventName ?? 'an API'
    return `${record.eventTime}  Insights event about ${about}`
  }
  return `${record.eventTime}  ${record.eventName.padEnd(30)} ${callerOf(record)}`
}

const file = process.argv[2]
const text = file === undefined ? sampleLog : readFileSync(file, 'utf8')
const { records, issues, skipped } = parseRecords(text, { services: awsServices })

console.log(`${file ?? 'sample log'}: ${records.length} records, ${issues.length} issues, ${skipped.length} skipped`)
for (const issue of issues) console.log(`issue: ${issue.message}`)
for (const record of records) console.log(describe(record))
