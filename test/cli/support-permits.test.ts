/**
 * The "Support permits" section of `summarize`: who created, deleted or rejected which SupportAuthZ support permit,
 * for which actions and resources, from `supportPermitActivity` applied to each record as it is read (in the thread
 * that read it). The records are the composed fixtures of test/events/supportauthz (no CloudTrail record of the
 * service is published; see the README there) and records made here in the same layout.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { repoRoot } from '../support/corpus.js'
import { useBuiltCli } from './built-cli.js'
import type { Run } from './built-cli.js'
import { logFileText, sampleLogFiles } from './sample-data.js'

const cli = useBuiltCli()

const fixtureDir = join(repoRoot, 'test', 'events', 'supportauthz')
const fixtures = Object.fromEntries(
  readdirSync(fixtureDir)
    .filter((file) => file.endsWith('.json'))
    .map((file) => [file, readFileSync(join(fixtureDir, file), 'utf8')]),
)
const fixtureRecords = Object.values(fixtures).flatMap((text) => (JSON.parse(text) as { Records: Array<Record<string, unknown>> }).Records)

const alice = 'alice@example.com, permission set SupportEngineer (111122223333)'
const root = 'root of 111122223333'
const ciBot = 'user ci-bot (111122223333)'
const details = [
  '                        arn:aws:supportauthz:us-east-1:111122223333:support-permit/sp-0a1b2c3d4e5f60718',
  '                        actions: ec2:DescribeInstances, ec2:GetConsoleOutput, ec2:GetConsoleScreenshot',
  '                        resources: arn:aws:ec2:us-east-1:111122223333:instance/i-0abcd1234ef567890',
  '                        allowed after 2026-11-02T10:00:00Z, before 2026-11-03T10:00:00Z; case 176543210987',
]
const request = '                        request arn:aws:supportauthz:us-east-1:111122223333:support-permit-request/spr-4c5d6e7f8a9b0c1d2'
/** The section of the fixtures, each call's row then what it tells of the permit or the request. */
const fixtureSection = [
  'Support permits (8 calls)',
  `  2026-11-02T10:05:12Z  created permit ec2-console-debug                                          ${alice}`,
  ...details,
  `  2026-11-02T10:06:40Z  CreateSupportPermit failed: ConflictException (permit ec2-console-debug)  ${alice}`,
  ...details.slice(1),
  `  2026-11-02T11:20:03Z  created permit all-in-region-until-18h                                    ${root}`,
  '                        arn:aws:supportauthz:us-east-1:111122223333:support-permit/sp-9f8e7d6c5b4a30291',
  '                        actions: all actions',
  '                        resources: all resources in the Region',
  '                        allowed before 2026-11-02T18:00:00Z',
  `  2026-11-02T11:45:30Z  CreateSupportPermit failed: AccessDenied                                  ${ciBot}`,
  `  2026-11-02T13:14:15Z  rejected a permit request                                                 ${root}`,
  request,
  `  2026-11-02T13:20:00Z  RejectSupportPermitRequest failed: ConflictException                      ${ciBot}`,
  request,
  `  2026-11-02T16:02:44Z  deleted permit ec2-console-debug                                          ${alice}`,
  ...details,
  `  2026-11-02T16:03:10Z  DeleteSupportPermit failed: ResourceNotFoundException                     ${alice}`,
  '                        arn:aws:supportauthz:us-east-1:111122223333:support-permit/sp-00000000000000000',
]

/** The lines of a report's "Support permits" section, up to the blank line that ends it. */
function section(stdout: string): string[] {
  const lines = stdout.split('\n')
  const start = lines.findIndex((line) => line.startsWith('Support permits ('))
  if (start < 0) return []
  const end = lines.indexOf('', start)
  return lines.slice(start, end)
}

/** A permit created at `10:MM:SS`, with `actions` actions. */
function created(n: number, actions: number): Record<string, unknown> {
  const [first] = fixtureRecords
  const arn = `arn:aws:supportauthz:us-east-1:111122223333:support-permit/sp-${String(n).padStart(17, '0')}`
  const permit = { actions: { actions: Array.from({ length: actions }, (_, i) => `ec2:Action${i}`) }, resources: { allResourcesInRegion: {} } }
  return {
    ...first,
    eventTime: `2026-11-02T10:${String(Math.floor(n / 60)).padStart(2, '0')}:${String(n % 60).padStart(2, '0')}Z`,
    eventID: `permit-${n}`,
    requestParameters: { name: `permit-${n}`, permit },
    responseElements: { name: `permit-${n}`, arn, permit, status: 'ACTIVE' },
  }
}

let dir = ''
let many = ''

beforeAll(() => {
  const [sample] = sampleLogFiles
  if (sample === undefined) throw new Error('no sample file')
  dir = cli.folder({ ...fixtures, 'sample.json': logFileText(sample) })
  const records = Array.from({ length: 15 }, (_, n) => created(n, n === 0 ? 14 : 1))
  // The first file again in another: a record delivered twice counts once.
  many = cli.folder({ 'a.json': JSON.stringify({ Records: records.slice(0, 8) }), 'b.json': JSON.stringify({ Records: records.slice(5) }) })
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

describe('summarize: the Support permits section', () => {
  it('tells who created, deleted or rejected which permit, for which actions and resources, in time order', () => {
    const { status, stdout, stderr } = sameOnEveryJobs([dir])
    expect([status, stderr]).toStrictEqual([0, ''])
    expect(section(stdout)).toStrictEqual(fixtureSection)
    // After Trusted Advisor, before the issues.
    expect(stdout.indexOf('\nTrusted Advisor\n')).toBeLessThan(stdout.indexOf('\nSupport permits ('))
    expect(stdout.indexOf('\nSupport permits (')).toBeLessThan(stdout.indexOf('\nIssues: 0\n'))
  })

  it('is left out when the input holds no support permit call', () => {
    const { stdout } = cli.run(['summarize', 'examples/data'])
    expect(stdout).not.toContain('Support permits')
  })

  it('shows the first 10 calls and 10 actions of each, and says how many more; --all shows every one', () => {
    const capped = sameOnEveryJobs([many])
    expect(capped.stdout).toContain('CloudTrail summary: 18 records from 2 inputs, 0 issues')
    const lines = section(capped.stdout)
    expect(lines[0]).toBe('Support permits (15 calls)')
    expect(lines.filter((line) => line.includes('  created permit permit-'))).toHaveLength(10)
    expect(lines.at(-1)).toBe('  and 5 more calls')
    expect(lines).toContain('                        actions: ec2:Action0, ec2:Action1, ec2:Action2, ec2:Action3, ec2:Action4, ec2:Action5, ec2:Action6, ec2:Action7, ec2:Action8, ec2:Action9 and 4 more')
    const all = sameOnEveryJobs(['--all', many])
    const allLines = section(all.stdout)
    expect(allLines.filter((line) => line.includes('  created permit permit-'))).toHaveLength(15)
    expect(allLines.join('\n')).not.toMatch(/ and \d+ more/)
    expect(allLines).toContain(`                        actions: ${Array.from({ length: 14 }, (_, i) => `ec2:Action${i}`).join(', ')}`)
  })

  it('--json writes their records as every other: record, caller and operation', () => {
    const { status, stdout } = sameOnEveryJobs(['--json', ...Object.keys(fixtures).map((file) => join(dir, file))])
    expect(status).toBe(0)
    const lines = stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { record: unknown; caller: unknown; operation: unknown })
    expect(lines.map((line) => line.record)).toStrictEqual(fixtureRecords)
    for (const line of lines) {
      expect(Object.keys(line)).toStrictEqual(['record', 'caller', 'operation'])
      expect(line.operation).toBe('typed')
    }
  })
})
