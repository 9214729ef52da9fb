import { describe, expect, it } from 'vitest'
import { parseRecords } from '../../../src/parse/parse-records.js'
import {
  isCreateCaseEvent,
  isRefreshTrustedAdvisorCheckEvent,
  isSupportEvent,
} from '../../../src/services/support/index.js'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { repoRoot } from '../../support/corpus.js'

const readSeed = (file: string): string => readFileSync(join(repoRoot, 'test', 'events', 'seed', file), 'utf8')

// The two records of the AWS Support CloudTrail page, as printed there
// (the CreateCase record is the one inside the first example's Records array).
describe('the records of the AWS Support CloudTrail documentation page', () => {
  it('decodes the CreateCase example as a CreateCase event with exactly the printed values', () => {
    const text = readSeed('create-case.json')
    const { records, issues } = parseRecords(text)
    expect(issues).toStrictEqual([])
    expect(records).toHaveLength(1)
    const event = records[0]
    expect(isCreateCaseEvent(event)).toBe(true)
    if (!isCreateCaseEvent(event)) return
    expect(event).toStrictEqual({
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
    })
    expect(event.requestParameters?.severityCode).toBe('low')
    expect(event.requestParameters?.subject).toBeUndefined()
    expect(event.responseElements?.caseId).toBe('case-111122223333-muen-2016-c3f2077e504940f2')
  })

  it('decodes the same record inside a log file, as the page prints it', () => {
    const record: unknown = JSON.parse(readSeed('create-case.json'))
    const { records, issues } = parseRecords({ Records: [record] })
    expect(issues).toStrictEqual([])
    expect(records).toStrictEqual([record])
    expect(isCreateCaseEvent(records[0])).toBe(true)
  })

  it('decodes the RefreshTrustedAdvisorCheck example with exactly the printed values and a null response', () => {
    const text = readSeed('refresh-trusted-advisor-check.json')
    const { records, issues } = parseRecords(text)
    expect(issues).toStrictEqual([])
    expect(records).toHaveLength(1)
    const event = records[0]
    expect(isRefreshTrustedAdvisorCheckEvent(event)).toBe(true)
    expect(isSupportEvent(event) && event.eventName === 'RefreshTrustedAdvisorCheck').toBe(true)
    if (!isRefreshTrustedAdvisorCheckEvent(event)) return
    expect(event).toStrictEqual({
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
    expect(event.requestParameters?.checkId).toBe('Pfx0RwqBli')
    expect(event.responseElements).toBeNull()
  })
})
