/**
 * Issue 14, item 5: `summarize` says of each record whether it matched its operation's codec. `--json` adds
 * `"operation": "typed" | "mismatched" | "untyped"` to each record line, and the report counts the three
 * (`Operations: N typed, N mismatched, N untyped`). A record is typed when a service of its eventSource
 * (`loadServices`, only the entries of the eventSources met) has its eventName and the payload check accepts it;
 * mismatched when the operation rejects it; untyped when no service has the operation. Every number of jobs writes
 * the same: a worker thread that meets an eventSource first hands its records to the main thread while it imports
 * the services.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { repoRoot } from '../support/corpus.js'
import { useBuiltCli } from './built-cli.js'
import type { Run } from './built-cli.js'
import { sampleLogFiles } from './sample-data.js'

const cli = useBuiltCli()

const caller = {
  type: 'IAMUser',
  principalId: 'AIDACKCEVSQ6C2EXAMPLE',
  arn: 'arn:aws:iam::111122223333:user/ci-bot',
  accountId: '111122223333',
  accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
  userName: 'ci-bot',
}

let calls = 0

/** A record of a call, as CloudTrail writes it, a second after the one made before. */
function call(id: string, eventSource: string, eventName: string, request: unknown, response: unknown = null): Record<string, unknown> {
  return {
    eventVersion: '1.11',
    userIdentity: caller,
    eventTime: new Date(Date.UTC(2026, 10, 2, 10) + 1000 * calls++).toISOString().replace('.000Z', 'Z'),
    eventSource,
    eventName,
    awsRegion: 'us-east-1',
    sourceIPAddress: '198.51.100.23',
    userAgent: 'aws-cli/2.31.4',
    requestParameters: request,
    responseElements: response,
    requestID: `req-${id}`,
    eventID: `evt-${id}`,
    readOnly: false,
    eventType: 'AwsApiCall',
    managementEvent: true,
    recipientAccountId: '111122223333',
    eventCategory: 'Management',
  }
}

const IAM = 'iam.amazonaws.com'
/** Generated IAM: the payload matches. */
const typedIam = call('1', IAM, 'CreateUser', { userName: 'bob', path: '/' }, {
  user: { path: '/', userName: 'bob', userId: 'AIDAJQABLZS4A3QDU576Q', arn: 'arn:aws:iam::111122223333:user/bob', createDate: 'Nov 2, 2026, 10:01:00 AM' },
})
/** Generated IAM: a number where the model says a string member of a structure (Tag.value). */
const mismatchedIam = call('2', IAM, 'CreateUser', { userName: 'carol', tags: [{ key: 'team', value: 7 }] })
/** An eventSource no service has. */
const unknownSource = call('3', 'notaservice.example.com', 'DoSomething', { anything: 1 })
/** An eventName IAM does not have. */
const unknownName = call('4', IAM, 'NotAnIamOperation', { userName: 'bob' })
/** The hand-written Support service: typed. */
const supportTyped = call('5', 'support.amazonaws.com', 'CreateCase', { severityCode: 'low', language: 'en' }, { caseId: 'case-111122223333-muen-2026-0a1b2c3d4e5f6a7b' })
/** The hand-written Support service, a payload that does not match: an `operation` issue, as before (its records are checked while decoding). */
const supportMismatch = call('6', 'support.amazonaws.com', 'CreateCase', { severityCode: 5 })
/** A composed SupportAuthZ record (test/events/supportauthz): typed. */
const authz = (JSON.parse(readFileSync(join(repoRoot, 'test', 'events', 'supportauthz', 'delete-support-permit.json'), 'utf8')) as { Records: unknown[] }).Records[0]
const insight = JSON.parse(readFileSync(join(repoRoot, 'test', 'events', 'identity', 'insights.no-identity.json'), 'utf8')) as Record<string, unknown>

const expectedById: Record<string, string> = {
  'evt-1': 'typed',
  'evt-2': 'mismatched',
  'evt-3': 'untyped',
  'evt-4': 'untyped',
  'evt-5': 'typed',
  '9f0e1d2c-3b4a-4958-8776-a5b4c3d20005': 'typed',
  [String(insight['eventID'])]: 'untyped',
}

let dir = ''
let manyDir = ''

/** Many IAM records over several files, so that worker threads meet IAM before they have imported it. */
function iamLog(file: number, count: number): string {
  const records = Array.from({ length: count }, (_, i) => {
    const id = `${file}-${i}`
    return i % 7 === 3
      ? call(id, IAM, 'CreateUser', { userName: `user-${id}`, tags: [{ key: 'n', value: i }] })
      : call(id, IAM, 'CreateUser', { userName: `user-${id}` })
  })
  return JSON.stringify({ Records: records })
}

beforeAll(() => {
  dir = cli.folder({
    'a.json': JSON.stringify({ Records: [typedIam, unknownSource, supportTyped] }),
    'b.json': JSON.stringify({ Records: [mismatchedIam, insight, supportMismatch] }),
    'c.ndjson': `${JSON.stringify(unknownName)}\n${JSON.stringify(authz)}\n`,
  })
  manyDir = cli.folder(Object.fromEntries(Array.from({ length: 4 }, (_, f) => [`iam-${f}.json`, iamLog(f, 700)])))
})

/** Runs the command with 1, 2 and 3 jobs; every run must write the same. */
function sameOnEveryJobs(args: ReadonlyArray<string>): Run {
  const [one, ...others] = ['1', '2', '3'].map((jobs) => cli.run(['summarize', '--jobs', jobs, ...args]))
  if (one === undefined) throw new Error('no run')
  for (const other of others) {
    expect(other.status).toBe(one.status)
    expect(other.stderr).toBe(one.stderr)
    expect(other.stdout === one.stdout, 'stdout differs from the --jobs 1 run').toBe(true)
  }
  return one
}

describe('summarize: typed, mismatched and untyped records', () => {
  it('--json adds "operation" to each record line, after record and caller', () => {
    const { status, stdout, stderr } = sameOnEveryJobs(['--json', dir])
    expect(status).toBe(0)
    expect(stderr).toBe('cloudtrail-codecs: 1 issue (see the "issue" lines)\n')
    const lines = stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, { eventID?: string; kind?: string }>)
    const records = lines.filter((line) => 'record' in line)
    for (const line of records) expect(Object.keys(line)).toStrictEqual(['record', 'caller', 'operation'])
    expect(Object.fromEntries(records.map((line) => [line['record']?.eventID, line['operation']]))).toStrictEqual(expectedById)
    const issues = lines.filter((line) => 'issue' in line)
    expect(issues.map((line) => line['issue']?.kind)).toStrictEqual(['operation'])
    expect(stdout).toContain('"eventName":"CreateUser","awsRegion"')
    expect(stdout).toMatch(/"operation":"mismatched"\}\n/)
  })

  it('the report counts them on the line after the totals', () => {
    const { status, stdout } = sameOnEveryJobs([dir])
    expect(status).toBe(0)
    expect(stdout.split('\n').slice(0, 2)).toStrictEqual([
      'CloudTrail summary: 7 records from 3 inputs, 1 issue',
      'Operations: 3 typed, 1 mismatched, 3 untyped',
    ])
  })

  it('counts the filtered records only', () => {
    const { stdout } = cli.run(['summarize', '--event-source', IAM, dir])
    expect(stdout).toContain('\nOperations: 1 typed, 1 mismatched, 1 untyped\n')
  })

  it('the shipped examples: every record typed', () => {
    const total = sampleLogFiles.reduce((sum, file) => sum + file.records.length, 0)
    const { stdout } = sameOnEveryJobs(['examples/data'])
    expect(stdout).toContain(`\nOperations: ${total} typed, 0 mismatched, 0 untyped\n`)
    const json = cli.run(['summarize', '--json', 'examples/data'])
    expect(json.stdout.trimEnd().split('\n').every((line) => line.endsWith(',"operation":"typed"}'))).toBe(true)
  })

  it('many records of a service met first in worker threads: the same lines and counts on every number of jobs', () => {
    const mismatched = 4 * Array.from({ length: 700 }, (_, i) => i).filter((i) => i % 7 === 3).length
    const report = sameOnEveryJobs([manyDir])
    expect(report.stdout).toContain(`\nOperations: ${2800 - mismatched} typed, ${mismatched} mismatched, 0 untyped\n`)
    const json = sameOnEveryJobs(['--json', manyDir])
    const operations = json.stdout.trimEnd().split('\n').map((line) => (JSON.parse(line) as { operation: string }).operation)
    expect(operations.filter((operation) => operation === 'mismatched')).toHaveLength(mismatched)
    expect(operations).toHaveLength(2800)
  })
})
