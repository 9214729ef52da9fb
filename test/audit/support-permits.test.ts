/**
 * supportPermitActivity: the support permits of SupportAuthZ (`supportauthz.amazonaws.com`). No CloudTrail record
 * of this service has been published, so the records here are composed (test/events/supportauthz/README.md):
 * CloudTrail's record layout around the model's input and output shapes.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fc, test as fcTest } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { supportPermitActivity } from '../../src/audit/index.js'
import type { PermitCreation, SupportPermitActivity } from '../../src/audit/index.js'
import { supportauthz } from '../../src/aws/supportauthz/index.js'
import { describeCaller } from '../../src/identity/index.js'
import { parseRecords } from '../../src/parse/index.js'
import { repoRoot } from '../support/corpus.js'
import { alice, ciBot, record, root, scrambled } from './fixtures.js'

const AUTHZ = 'supportauthz.amazonaws.com'
const fixtureDir = join(repoRoot, 'test', 'events', 'supportauthz')

/** The composed fixture records, each file decoded with SupportAuthZ checked. */
function fixtureRecords(): unknown[] {
  return readdirSync(fixtureDir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .flatMap((file) => {
      const { records, issues } = parseRecords(readFileSync(join(fixtureDir, file), 'utf8'), { services: [supportauthz] })
      expect(issues, file).toStrictEqual([])
      return records
    })
}

const permitArn = 'arn:aws:supportauthz:us-east-1:111122223333:support-permit/sp-0a1b2c3d4e5f60718'
const allArn = 'arn:aws:supportauthz:us-east-1:111122223333:support-permit/sp-9f8e7d6c5b4a30291'
const unknownArn = 'arn:aws:supportauthz:us-east-1:111122223333:support-permit/sp-00000000000000000'
const requestArn = 'arn:aws:supportauthz:us-east-1:111122223333:support-permit-request/spr-4c5d6e7f8a9b0c1d2'
const instance = 'arn:aws:ec2:us-east-1:111122223333:instance/i-0abcd1234ef567890'
const ec2Actions = ['ec2:DescribeInstances', 'ec2:GetConsoleOutput', 'ec2:GetConsoleScreenshot']

describe('the composed SupportAuthZ fixtures', () => {
  it('decode with no issue, and each record narrows with its operation guard', () => {
    const records = fixtureRecords()
    expect(records).toHaveLength(8)
    const { CreateSupportPermit, DeleteSupportPermit, RejectSupportPermitRequest } = supportauthz.operations
    for (const r of records) {
      expect(CreateSupportPermit.is(r) || DeleteSupportPermit.is(r) || RejectSupportPermitRequest.is(r)).toBe(true)
    }
    const created = records.filter(CreateSupportPermit.is)
    expect(created).toHaveLength(4)
    expect(created[0]?.requestParameters?.permit?.actions?.actions).toStrictEqual(ec2Actions)
    expect(created[0]?.responseElements?.arn).toBe(permitArn)
  })
})

describe('supportPermitActivity on the fixtures', () => {
  const records = fixtureRecords()
  const byId = (suffix: string): unknown => records.find((r) => (r as { eventID: string }).eventID.endsWith(suffix))
  const callOf = (suffix: string) => {
    const r = byId(suffix) as Parameters<typeof describeCaller>[0] & { eventTime: string; eventName: string; eventID: string }
    return { eventTime: r.eventTime, eventSource: AUTHZ, eventName: r.eventName, eventId: r.eventID, caller: describeCaller(r) }
  }
  const ec2Details = {
    permitName: 'ec2-console-debug',
    permitArn,
    actions: ec2Actions,
    resources: [instance],
    conditions: [
      { allowAfter: '2026-11-02T10:00:00Z', allowBefore: undefined },
      { allowAfter: undefined, allowBefore: '2026-11-03T10:00:00Z' },
    ],
    supportCaseDisplayId: '176543210987',
  }
  const ok = { succeeded: true, errorCode: undefined, errorMessage: undefined }
  const created1: PermitCreation = { kind: 'created', ...callOf('0001'), ...ok, ...ec2Details, status: 'ACTIVE' }
  const conflict: PermitCreation = {
    kind: 'created', ...callOf('0002'), succeeded: false, errorCode: 'ConflictException',
    errorMessage: 'A support permit named ec2-console-debug already exists',
    ...ec2Details, permitArn: undefined, status: undefined,
  }
  const deleted1 = { kind: 'deleted' as const, ...callOf('0005'), ...ok, ...ec2Details, status: 'DELETING' }
  const createdAll: PermitCreation = {
    kind: 'created', ...callOf('0003'), ...ok, permitName: 'all-in-region-until-18h', permitArn: allArn, actions: 'all',
    resources: 'all-in-region', conditions: [{ allowAfter: undefined, allowBefore: '2026-11-02T18:00:00Z' }],
    supportCaseDisplayId: undefined, status: 'ACTIVE',
  }
  const denied = {
    kind: 'created' as const, ...callOf('0004'), succeeded: false, errorCode: 'AccessDenied',
    errorMessage: 'User: arn:aws:iam::111122223333:user/ci-bot is not authorized to perform: supportauthz:CreateSupportPermit because no identity-based policy allows the supportauthz:CreateSupportPermit action',
    permitName: undefined, permitArn: undefined, actions: undefined, resources: undefined, conditions: [],
    supportCaseDisplayId: undefined, status: undefined,
  }
  const notFound = {
    kind: 'deleted' as const, ...callOf('0006'), succeeded: false, errorCode: 'ResourceNotFoundException',
    errorMessage: 'Support permit not found', permitName: undefined, permitArn: unknownArn, actions: undefined,
    resources: undefined, conditions: [], supportCaseDisplayId: undefined, status: undefined,
  }
  const expected: SupportPermitActivity = {
    permits: [
      {
        permitArn, permitName: 'ec2-console-debug', accountId: '111122223333', created: created1, deleted: deleted1,
        actions: ec2Actions, resources: [instance], conditions: ec2Details.conditions, supportCaseDisplayId: '176543210987',
        failedCalls: [conflict], timeline: [created1, conflict, deleted1],
      },
      {
        permitArn: allArn, permitName: 'all-in-region-until-18h', accountId: '111122223333', created: createdAll,
        deleted: undefined, actions: 'all', resources: 'all-in-region', conditions: createdAll.conditions,
        supportCaseDisplayId: undefined, failedCalls: [], timeline: [createdAll],
      },
      {
        permitArn: unknownArn, permitName: undefined, accountId: '111122223333', created: undefined, deleted: undefined,
        actions: undefined, resources: undefined, conditions: [], supportCaseDisplayId: undefined,
        failedCalls: [notFound], timeline: [notFound],
      },
    ],
    rejectedRequests: [
      { kind: 'rejected', ...callOf('0007'), ...ok, requestArn },
      {
        kind: 'rejected', ...callOf('0008'), succeeded: false, errorCode: 'ConflictException',
        errorMessage: 'The support permit request is not pending', requestArn,
      },
    ],
    withoutPermit: [denied],
  }

  it('tells who created, deleted and rejected what, grouped by permit, in time order', () => {
    expect(supportPermitActivity(records)).toStrictEqual(expected)
  })

  it('ties a failed creation that gives only a name to the permit of that name', () => {
    const [permit] = supportPermitActivity(records).permits
    expect(permit?.timeline.map((entry) => [entry.eventName, entry.succeeded])).toStrictEqual([
      ['CreateSupportPermit', true],
      ['CreateSupportPermit', false],
      ['DeleteSupportPermit', true],
    ])
  })

  it('gives the same result whatever the input order, and counts a record delivered twice once', () => {
    expect(supportPermitActivity(scrambled(records))).toStrictEqual(expected)
    expect(supportPermitActivity([...records, ...records.map((r) => structuredClone(r))])).toStrictEqual(expected)
  })

  fcTest.prop([fc.shuffledSubarray(records, { minLength: records.length, maxLength: records.length })], { numRuns: 30 })(
    'is independent of the input order (any permutation)',
    (shuffled) => {
      expect(supportPermitActivity(shuffled)).toStrictEqual(expected)
    },
  )
})

describe('supportPermitActivity', () => {
  const create = (id: string, time: string, request: unknown, response: unknown, error?: string) =>
    record({ id, time, who: alice, source: AUTHZ, name: 'CreateSupportPermit', request, response, ...(error === undefined ? {} : { error }) })
  const permit = { actions: { actions: ['rds:DescribeDBInstances'] }, resources: { resources: ['arn:aws:rds:us-east-1:111122223333:db:orders'] } }
  const arnA = 'arn:aws:supportauthz:us-east-1:111122223333:support-permit/sp-aaaaaaaaaaaaaaaaa'
  const arnB = 'arn:aws:supportauthz:us-east-1:111122223333:support-permit/sp-bbbbbbbbbbbbbbbbb'

  it('ignores other records, other SupportAuthZ operations, and records whose payload does not match the model', () => {
    const mismatched = create('m1', '10:00:00', { permit: { actions: { actions: 'rds:DescribeDBInstances' } }, name: 'x' }, null)
    const numericName = create('m2', '10:00:01', { permit, name: 42 }, null)
    const other = [
      record({ id: 'o1', time: '10:00:02', who: root, name: 'CreateCase', request: { severityCode: 'low' }, response: { caseId: 'case-1' } }),
      record({ id: 'o2', time: '10:00:03', who: root, source: AUTHZ, name: 'GetSupportPermit', request: { supportPermitIdentifier: arnA } }),
      record({ id: 'o3', time: '10:00:04', who: root, source: AUTHZ, name: 'TagResource', request: { resourceArn: arnA, tags: { a: 'b' } } }),
      { eventSource: AUTHZ, eventName: 'CreateSupportPermit' },
      null,
      'CreateSupportPermit',
    ]
    expect(supportauthz.operations.CreateSupportPermit.is(mismatched)).toBe(false)
    expect(supportPermitActivity([mismatched, numericName, ...other])).toStrictEqual({ permits: [], rejectedRequests: [], withoutPermit: [] })
  })

  it('keeps timestamps as CloudTrail writes them, numbers too, and reads the permit of the response when the request has none', () => {
    const conditions = [{ allowAfter: 1793613600 }, { allowBefore: 'Nov 3, 2026, 10:00:00 AM' }]
    const r = create('n1', '10:00:00', { name: 'orders' }, { name: 'orders', arn: arnA, permit: { ...permit, conditions } })
    const [history] = supportPermitActivity([r]).permits
    expect(history?.conditions).toStrictEqual([
      { allowAfter: 1793613600, allowBefore: undefined },
      { allowAfter: undefined, allowBefore: 'Nov 3, 2026, 10:00:00 AM' },
    ])
    expect(history?.actions).toStrictEqual(['rds:DescribeDBInstances'])
  })

  it('keeps a name given to two permits apart: a failed creation of that name stays under the name', () => {
    const first = create('a1', '10:00:00', { permit, name: 'orders' }, { name: 'orders', arn: arnA })
    const deleted = record({
      id: 'a2', time: '11:00:00', who: ciBot, source: AUTHZ, name: 'DeleteSupportPermit', request: { supportPermitIdentifier: arnA },
    })
    const second = create('a3', '12:00:00', { permit, name: 'orders' }, { name: 'orders', arn: arnB })
    const failed = create('a4', '12:30:00', { permit, name: 'orders' }, null, 'ConflictException')
    const { permits } = supportPermitActivity([failed, second, deleted, first])
    expect(permits.map((p) => [p.permitArn, p.permitName, p.timeline.map((e) => e.eventTime.slice(11, 19))])).toStrictEqual([
      [arnA, 'orders', ['10:00:00', '11:00:00']],
      [arnB, 'orders', ['12:00:00']],
      [undefined, 'orders', ['12:30:00']],
    ])
    expect(permits[0]?.deleted?.caller.arn).toBe('arn:aws:iam::111122223333:user/ci-bot')
  })

  it('reads any iterable, and returns nothing for an empty input', () => {
    function* generate(): Generator<unknown> {
      yield create('g1', '10:00:00', { permit, name: 'orders' }, { name: 'orders', arn: arnA })
    }
    expect(supportPermitActivity(generate()).permits).toHaveLength(1)
    expect(supportPermitActivity([])).toStrictEqual({ permits: [], rejectedRequests: [], withoutPermit: [] })
  })
})
