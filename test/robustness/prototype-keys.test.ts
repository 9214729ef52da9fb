/**
 * Keys `__proto__`, `constructor` and `prototype` in every object position of
 * records and of the wrappers around them: they stay own data keys after
 * decoding, no object gets an input-chosen prototype, and `Object.prototype`
 * (and the other built-in prototypes) are untouched afterwards, also after
 * the helpers that read records (caller classification, audit timelines,
 * de-duplication, the CLI) have run over them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { supportCaseTimelines, trustedAdvisorActivity } from '../../src/audit/index.js'
import { awsServices } from '../../src/aws/index.js'
import { classifyCaller, describeCaller } from '../../src/identity/index.js'
import { parseRecords } from '../../src/parse/index.js'
import { applyAddenda, CloudTrailRecord, dedupeByEventId } from '../../src/record/index.js'
import type { EventRecord } from '../../src/record/index.js'
import { firstDifference } from '../properties/check-result.js'
import { readers, readWith, runCli } from './support.js'

const DANGEROUS = ['__proto__', 'constructor', 'prototype'] as const

/** The three keys with object values, as a prototype-pollution payload writes them. */
const objectAttack = '"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"prototype":{"polluted":"yes"}'
/** The three keys with string values, for maps of strings (whose values must be strings). */
const stringAttack = '"__proto__":"polluted","constructor":"polluted","prototype":"polluted"'

/** Paths (parent key names) of maps of strings: their values must stay strings. */
function isStringMap(path: ReadonlyArray<string>): boolean {
  const key = path.at(-1)
  return key === 'metadata' || (key === 'attributes' && path.at(-2) === 'webIdFederationData') || path.at(-3) === 'QueryResultRows'
}

/** JSON text to be written as it is, inside a value given to {@link withAttackEverywhere}. */
class JsonText {
  constructor(readonly text: string) {}
}

/**
 * Writes a value as JSON text with the three dangerous keys added to every
 * object, first or last among its keys.
 */
function withAttackEverywhere(value: unknown, placement: 'first' | 'last', path: ReadonlyArray<string> = []): string {
  if (value instanceof JsonText) return value.text
  if (Array.isArray(value)) return `[${value.map((item) => withAttackEverywhere(item, placement, [...path, '[]'])).join(',')}]`
  if (typeof value !== 'object' || value === null) return JSON.stringify(value)
  const members = Object.entries(value).map(([key, member]) => `${JSON.stringify(key)}:${withAttackEverywhere(member, placement, [...path, key])}`)
  const attack = isStringMap(path) ? stringAttack : objectAttack
  return `{${(placement === 'first' ? [attack, ...members] : [...members, attack]).join(',')}}`
}

const identity = {
  type: 'AssumedRole',
  principalId: 'AROAEXAMPLEROLEID:alice',
  arn: 'arn:aws:sts::111122223333:assumed-role/AWSReservedSSO_Admin_0123456789abcdef/alice',
  accountId: '111122223333',
  accessKeyId: 'ASIAIOSFODNN7EXAMPLE',
  invokedByDelegate: { accountId: '444455556666' },
  onBehalfOf: { userId: 'user-1', identityStoreArn: 'arn:aws:identitystore::111122223333:identitystore/d-1234567890' },
  inScopeOf: { sourceArn: 'arn:aws:s3:::amzn-s3-demo-bucket', sourceAccount: '111122223333' },
  sessionContext: {
    sessionIssuer: { type: 'Role', principalId: 'AROAEXAMPLEROLEID', arn: 'arn:aws:iam::111122223333:role/Admin', accountId: '111122223333', userName: 'Admin' },
    webIdFederationData: { federatedProvider: 'accounts.google.com', attributes: { 'accounts.google.com:sub': '1234' } },
    attributes: { creationDate: '2024-05-01T08:00:00Z', mfaAuthenticated: 'true' },
  },
}

/** A CreateCase record with every optional object of a record filled in. */
const createCase = {
  eventVersion: '1.11',
  userIdentity: identity,
  eventTime: '2024-05-01T12:00:00Z',
  eventSource: 'support.amazonaws.com',
  eventName: 'CreateCase',
  awsRegion: 'us-east-1',
  sourceIPAddress: '198.51.100.15',
  userAgent: 'aws-cli/2.15.40',
  requestParameters: { subject: 'Case', severityCode: 'low', ccEmailAddresses: ['alice@example.com'], language: 'en' },
  responseElements: { caseId: 'case-111122223333-muen-2024-0123456789abcdef' },
  additionalEventData: { note: {} },
  requestID: 'req-1',
  eventID: 'evt-1',
  readOnly: false,
  resources: [{ ARN: 'arn:aws:support::111122223333:case/1', accountId: '111122223333', type: 'AWS::Support::Case' }],
  eventType: 'AwsApiCall',
  managementEvent: true,
  recipientAccountId: '111122223333',
  eventCategory: 'Management',
  addendum: { reason: 'UPDATED_DATA', updatedFields: 'userIdentity', originalEventID: 'evt-0' },
  tlsDetails: { tlsVersion: 'TLSv1.3', cipherSuite: 'TLS_AES_128_GCM_SHA256', clientProvidedHostHeader: 'support.us-east-1.amazonaws.com' },
  edgeDeviceDetails: { type: 'outposts', attributes: {} },
  eventContext: { requestContext: {}, tagContext: {} },
  serviceEventDetails: { detail: {} },
}

/** A Trusted Advisor ListChecks record: check summaries hold maps of strings. */
const listChecks = {
  eventVersion: '1.09',
  userIdentity: { type: 'IAMUser', principalId: 'AIDAEXAMPLE', arn: 'arn:aws:iam::111122223333:user/alice', accountId: '111122223333' },
  eventTime: '2024-05-01T12:05:00Z',
  eventSource: 'trustedadvisor.amazonaws.com',
  eventName: 'ListChecks',
  awsRegion: 'us-east-1',
  requestParameters: { pillar: 'cost_optimizing', maxResults: 100 },
  responseElements: {
    checkSummaries: [{ id: 'Qch7DwouX1', name: 'Low Utilization Amazon EC2 Instances', pillars: ['cost_optimizing'], metadata: { '0': 'Region/AZ' } }],
  },
  eventID: 'evt-2',
  eventType: 'AwsApiCall',
  recipientAccountId: '111122223333',
}

/** An Insights event. */
const insight = {
  eventVersion: '1.08',
  eventTime: '2024-05-01T12:10:00Z',
  awsRegion: 'us-east-1',
  eventID: 'evt-3',
  eventType: 'AwsCloudTrailInsight',
  recipientAccountId: '111122223333',
  sharedEventID: 'shared-1',
  insightDetails: {
    state: 'Start',
    eventSource: 'support.amazonaws.com',
    eventName: 'DescribeCases',
    insightType: 'ApiCallRateInsight',
    insightContext: {
      statistics: { baseline: { average: 0.1 }, insight: { average: 5 }, insightDuration: 1 },
      attributions: [{ attribute: 'userIdentityArn', insight: [{ value: 'arn', average: 5 }], baseline: [{ value: 'arn', average: 0.1 }] }],
    },
  },
}

const fixtures = [createCase, listChecks, insight]

/** The services whose payloads are checked: the CreateCase and ListChecks payloads carry the keys too. */
const services = awsServices

/** Names of the own properties of the built-in prototypes before the tests. */
const builtIns: ReadonlyArray<object> = [Object.prototype, Array.prototype, Function.prototype, String.prototype, Number.prototype, Boolean.prototype]
let before: ReadonlyArray<string> = []
const ownNames = (): ReadonlyArray<string> => builtIns.map((p) => Reflect.ownKeys(p).map(String).sort().join(','))

/** Nothing reachable from a fresh object, array, function or string was added by the input. */
function expectNothingPolluted(): void {
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  expect(([] as unknown as Record<string, unknown>)['polluted']).toBeUndefined()
  expect((Object.create(Object.prototype) as Record<string, unknown>)['polluted']).toBeUndefined()
  expect(ownNames()).toStrictEqual(before)
}

/** How many objects inside a value have each dangerous key as an own data property. */
function ownDangerousKeys(root: unknown): number {
  let count = 0
  const stack: unknown[] = [root]
  while (stack.length > 0) {
    const value = stack.pop()
    if (typeof value !== 'object' || value === null) continue
    const prototype = Object.getPrototypeOf(value) as unknown
    expect(prototype === Object.prototype || prototype === Array.prototype).toBe(true)
    for (const key of DANGEROUS) if (Object.hasOwn(value, key) && Object.getOwnPropertyDescriptor(value, key)?.enumerable === true) count++
    for (const key of Object.keys(value)) stack.push((value as Record<string, unknown>)[key])
  }
  return count
}

/** Checks decoded records against the records JSON.parse makes of the same text. */
function expectSameRecords(actual: ReadonlyArray<unknown>, expected: ReadonlyArray<unknown>): void {
  expect(actual.length).toBe(expected.length)
  actual.forEach((record, i) => {
    expect(firstDifference(record, expected[i])).toBeUndefined()
    expect(ownDangerousKeys(record)).toBe(ownDangerousKeys(expected[i]))
  })
}

beforeAll(() => {
  before = ownNames()
})

afterAll(() => {
  expectNothingPolluted()
})

describe.each(['first', 'last'] as const)('__proto__, constructor and prototype in every object, written %s', (placement) => {
  const recordTexts = fixtures.map((record) => withAttackEverywhere(record, placement))
  const expected = recordTexts.map((text) => JSON.parse(text) as unknown)

  it('the fixtures hold the keys as own properties of every object, and are valid records', () => {
    for (const record of expected) {
      expect(ownDangerousKeys(record)).toBeGreaterThanOrEqual(3 * 6)
      expect(CloudTrailRecord.is(record)).toBe(true)
      expect(CloudTrailRecord.encode(record as CloudTrailRecord)).toBe(record)
    }
  })

  const wrapped = (texts: ReadonlyArray<string>): ReadonlyArray<readonly [string, string]> => [
    ['a log file', withAttackEverywhere({ Records: texts.map((t) => new JsonText(t)) }, placement)],
    ['NDJSON', texts.join('\n')],
    ['an array of records', `[${texts.join(',')}]`],
    [
      'EventBridge events in an array',
      `[${texts
        .map((t) =>
          withAttackEverywhere(
            { version: '0', id: 'e-1', 'detail-type': 'AWS API Call via CloudTrail', source: 'aws.support', account: '111122223333', detail: new JsonText(t) },
            placement,
          ),
        )
        .join(',')}]`,
    ],
    ['a LookupEvents page', withAttackEverywhere({ Events: texts.map((t, i) => ({ EventId: `e-${i}`, CloudTrailEvent: t })) }, placement)],
    [
      'a CloudWatch Logs payload',
      withAttackEverywhere({ messageType: 'DATA_MESSAGE', owner: '111122223333', logGroup: 'g', logStream: 's', logEvents: texts.map((t, i) => ({ id: `${i}`, timestamp: i, message: t })) }, placement),
    ],
    ['CloudTrail Lake query results', withAttackEverywhere({ QueryResultRows: texts.map((t) => [{ eventjson: t }]) }, placement)],
    ['an SNS notification', withAttackEverywhere({ Type: 'Notification', MessageId: 'm-1', Message: texts[0] }, placement)],
  ]

  it.each(wrapped(recordTexts))('%s: every reader keeps the keys as own data, and pollutes nothing', async (name, text) => {
    const count = name === 'an SNS notification' ? 1 : expected.length
    for (const reader of readers) {
      const { records, issues } = await readWith(reader, text, { services })
      expect(issues).toStrictEqual([])
      expectSameRecords(records, expected.slice(0, count))
    }
    const value: unknown = name === 'NDJSON' ? recordTexts.map((t) => JSON.parse(t) as unknown) : JSON.parse(text)
    const fromValue = parseRecords(value, { services })
    expect(fromValue.issues).toStrictEqual([])
    expectSameRecords(fromValue.records, expected.slice(0, count))
    expectNothingPolluted()
  })

  it('records that fail keep the keys in issue.raw', async () => {
    const broken = recordTexts.map((t) => t.replace(/"eventTime":"[^"]*"/, '"eventTime":"yesterday"'))
    for (const reader of readers) {
      const { records, issues } = await readWith(reader, `[${broken.join(',')}]`, { services })
      expect(records).toStrictEqual([])
      expect(issues.map((i) => i.index)).toStrictEqual([0, 1, 2])
      issues.forEach((issue, i) => expect(firstDifference(issue.raw, JSON.parse(broken[i]!))).toBeUndefined())
    }
    expectNothingPolluted()
  })

  it('the helpers that read records (callers, audit timelines, de-duplication, the CLI) pollute nothing', async () => {
    const { records } = parseRecords(`[${recordTexts.join(',')}]`, { services })
    expect(records).toHaveLength(3)
    for (const record of records) {
      classifyCaller(record)
      classifyCaller(record.userIdentity)
      describeCaller(record)
    }
    supportCaseTimelines(records)
    trustedAdvisorActivity(records)
    dedupeByEventId(records)
    applyAddenda(records.filter((r): r is EventRecord => 'eventName' in r))
    const json = await runCli(new TextEncoder().encode(`[${recordTexts.join(',')}]`), true)
    expect(json.status).toBe(0)
    const lines = json.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { record: unknown })
    expectSameRecords(
      lines.map((line) => line.record),
      expected,
    )
    const report = await runCli(new TextEncoder().encode(`[${recordTexts.join(',')}]`), false)
    expect(report.status).toBe(0)
    expectNothingPolluted()
  })
})
