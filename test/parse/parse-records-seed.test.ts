import { readFileSync } from 'node:fs'
import { either } from 'fp-ts'
import { describe, expect, it } from 'vitest'
import { isKnownIdentity } from '../../src/identity/user-identity.js'
import { parseRecords } from '../../src/parse/parse-records.js'
import { CloudTrailRecord, isInsightRecord } from '../../src/record/record.js'
import { eventTimeAsDate } from '../../src/codec/timestamp.js'

// The two example log entries of the AWS Support page "Logging AWS Support API
// calls with AWS CloudTrail". The CreateCase one is printed inside a Records
// array followed by "...": the fixture is the record itself.
const seed = (name: string): string => readFileSync(new URL(`../events/seed/${name}`, import.meta.url), 'utf8')

describe('the example log entries of the AWS Support CloudTrail page', () => {
  it('CreateCase decodes as a generic record with exactly the printed values', () => {
    const text = seed('create-case.json')
    const { records, issues } = parseRecords(text, { onOperationMismatch: 'generic' })
    expect(issues).toStrictEqual([])
    expect(records).toStrictEqual([
      {
        eventVersion: '1.04',
        userIdentity: {
          type: 'IAMUser',
          principalId: 'AIDACKCEVSQ6C2EXAMPLE',
          arn: 'arn:aws:iam::111122223333:user/janedoe',
          accountId: '111122223333',
          accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
          userName: 'janedoe',
          sessionContext: { attributes: { mfaAuthenticated: 'false', creationDate: '2016-04-13T17:51:37Z' } },
          invokedBy: 'signin.amazonaws.com',
        },
        eventTime: '2016-04-13T18:05:53Z',
        eventSource: 'support.amazonaws.com',
        eventName: 'CreateCase',
        awsRegion: 'us-east-1',
        sourceIPAddress: '198.51.100.15',
        userAgent: 'signin.amazonaws.com',
        requestParameters: {
          severityCode: 'low',
          categoryCode: 'other',
          language: 'en',
          serviceCode: 'support-api',
          issueType: 'technical',
        },
        responseElements: { caseId: 'case-111122223333-muen-2016-c3f2077e504940f2' },
        requestID: '58c257ef-01a2-11e6-be2a-01c031063738',
        eventID: '5aa34bfc-ad5b-4fb1-8a55-2277c86e746a',
        eventType: 'AwsApiCall',
        recipientAccountId: '111122223333',
      },
    ])
    const record = records[0]!
    expect(isInsightRecord(record)).toBe(false)
    if (isInsightRecord(record)) return
    expect(record.eventName).toBe('CreateCase')
    expect(eventTimeAsDate(record).toISOString()).toBe('2016-04-13T18:05:53.000Z')
    expect(record.readOnly).toBeUndefined()
    expect(isKnownIdentity(record.userIdentity) && record.userIdentity.type).toBe('IAMUser')
  })

  it('CreateCase inside a log file, as the page prints it, decodes the same', () => {
    const record: unknown = JSON.parse(seed('create-case.json'))
    const { records, issues } = parseRecords(JSON.stringify({ Records: [record] }))
    expect(issues).toStrictEqual([])
    expect(records).toStrictEqual([record])
  })

  it('RefreshTrustedAdvisorCheck decodes with exactly the printed values, responseElements null', () => {
    const text = seed('refresh-trusted-advisor-check.json')
    const result = CloudTrailRecord.decode(JSON.parse(text))
    expect(either.isRight(result)).toBe(true)
    if (either.isLeft(result)) return
    expect(result.right).toStrictEqual({
      eventVersion: '1.05',
      userIdentity: {
        type: 'IAMUser',
        principalId: 'AIDACKCEVSQ6C2EXAMPLE',
        arn: 'arn:aws:iam::111122223333:user/Admin',
        accountId: '111122223333',
        accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
        userName: 'Admin',
      },
      eventTime: '2020-10-21T16:34:13Z',
      eventSource: 'support.amazonaws.com',
      eventName: 'RefreshTrustedAdvisorCheck',
      awsRegion: 'us-east-1',
      sourceIPAddress: '72.21.198.67',
      userAgent: 'signin.amazonaws.com',
      requestParameters: { checkId: 'Pfx0RwqBli' },
      responseElements: null,
      requestID: '4c4d5fc8-c403-4f82-9544-41f820e0fa01',
      eventID: '2f4630ac-5c27-4f0d-b93f-63742d6fc85e',
      eventType: 'AwsApiCall',
      recipientAccountId: '111122223333',
    })
    expect(CloudTrailRecord.encode(result.right)).toStrictEqual(JSON.parse(text))
    const { records, issues } = parseRecords(text)
    expect(issues).toStrictEqual([])
    expect(records).toStrictEqual([JSON.parse(text)])
  })

  it('both entries, as NDJSON, decode with the default operation policy', () => {
    const lines = [seed('create-case.json'), seed('refresh-trusted-advisor-check.json')].map((text) =>
      JSON.stringify(JSON.parse(text)),
    )
    const { records, issues } = parseRecords(lines.join('\n'))
    expect(issues).toStrictEqual([])
    expect(records.map((r) => (isInsightRecord(r) ? '' : r.eventName))).toStrictEqual(['CreateCase', 'RefreshTrustedAdvisorCheck'])
  })
})
