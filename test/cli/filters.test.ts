/**
 * Issue 15, point 4: the filters users expect on a big tree (time range,
 * account, region, event source, event name, caller class), in every output
 * mode. A filter given twice keeps records matching either value; different
 * filters must all match; the report counts what they left out.
 */
import { describe, expect, it } from 'vitest'
import { parseArguments } from '../../src/cli/args.js'
import { keepsRecord, noFilters, parseTime } from '../../src/cli/filters.js'
import type { RecordFilters } from '../../src/cli/filters.js'
import { classifyCaller, describeCaller } from '../../src/identity/index.js'
import type { CloudTrailRecord } from '../../src/record/index.js'
import { useBuiltCli } from './built-cli.js'
import { sampleLogFiles } from './sample-data.js'
import type { JsonObject } from './sample-data.js'

const { run } = useBuiltCli()

const records = sampleLogFiles.flatMap((f) => f.records)
const text = (record: JsonObject, key: string): string | undefined => (typeof record[key] === 'string' ? record[key] : undefined)
const at = (record: JsonObject): number => Date.parse(text(record, 'eventTime') ?? '')

/** What the filters must keep, worked out from the sample records directly. */
const expectations: ReadonlyArray<readonly [ReadonlyArray<string>, (record: JsonObject) => boolean]> = [
  [['--account', '444455556666'], (r) => r['recipientAccountId'] === '444455556666'],
  [['--region', 'eu-west-1', '--region', 'us-east-1', '--account', '444455556666'], (r) => ['eu-west-1', 'us-east-1'].includes(text(r, 'awsRegion') ?? '') && r['recipientAccountId'] === '444455556666'],
  [['--event-source', 'trustedadvisor.amazonaws.com', '--event-source', 'ec2.amazonaws.com'], (r) => ['trustedadvisor.amazonaws.com', 'ec2.amazonaws.com'].includes(text(r, 'eventSource') ?? '')],
  [['--event-name', 'CreateCase', '--event-name=ResolveCase'], (r) => ['CreateCase', 'ResolveCase'].includes(text(r, 'eventName') ?? '')],
  [['--caller-class', 'root', '--caller-class', 'aws-service'], (r) => ['root', 'aws-service'].includes(classifyCaller(r))],
  [['--since', '2026-11-02T12:00:00Z', '--until', '2026-11-02T14:00'], (r) => at(r) >= Date.parse('2026-11-02T12:00:00Z') && at(r) < Date.parse('2026-11-02T14:00:00Z')],
  [
    ['--event-source', 'support.amazonaws.com', '--caller-class', 'iam-user', '--account', '111122223333', '--since', '2026-11-02T12:00:00+00:00'],
    (r) => text(r, 'eventSource') === 'support.amazonaws.com' && classifyCaller(r) === 'iam-user' && r['recipientAccountId'] === '111122223333' && at(r) >= Date.parse('2026-11-02T12:00:00Z'),
  ],
]

describe('summarize filters', () => {
  it.each(expectations)('%j keeps the same records in the report and in --json', (flags, keep) => {
    const kept = records.filter(keep)
    expect(kept.length).toBeGreaterThan(0)
    expect(kept.length).toBeLessThan(records.length)

    const report = run(['summarize', ...flags, 'examples/data'])
    expect([report.status, report.stderr]).toStrictEqual([0, ''])
    expect(report.stdout).toMatch(new RegExp(`^CloudTrail summary: ${kept.length} records? from 5 inputs, 0 issues\\nLeft out by the filters: ${records.length - kept.length} records? \\(--`))

    const json = run(['summarize', '--json', ...flags, 'examples/data'])
    expect([json.status, json.stderr]).toStrictEqual([0, ''])
    const ids = json.stdout.trimEnd().split('\n').map((line) => (JSON.parse(line) as { record: JsonObject }).record['eventID'])
    expect(ids.sort()).toStrictEqual(kept.map((r) => r['eventID']).sort())
  })

  it('says which filters left records out', () => {
    const { stdout } = run(['summarize', '--account', '444455556666', '--caller-class', 'root', '--caller-class', 'iam-user', 'examples/data'])
    expect(stdout.split('\n')[1]).toBe('Left out by the filters: 33 records (--account 444455556666, --caller-class root or iam-user)')
  })

  it.each([
    [['--since', 'yesterday'], 'option --since: "yesterday" is not an ISO-8601 time'],
    [['--until', '2026-02-30'], 'option --until: "2026-02-30" is not an ISO-8601 time'],
    [['--since', '2026-11-02', '--since', '2026-11-03'], 'option --since can be given once'],
    [['--since', '2026-11-03', '--until', '2026-11-02'], '--since 2026-11-03 is not before --until 2026-11-02'],
    [['--account', '1111-2222-3333'], 'option --account: "1111-2222-3333" is not an AWS account id (12 digits)'],
    [['--caller-class', 'admin'], 'option --caller-class: "admin" is not a caller class (root, iam-user,'],
    [['--region'], 'option --region needs a value'],
    [['--event-name='], 'option --event-name needs a value'],
  ])('rejects %j with a usage error (exit 2)', (flags, message) => {
    const parsed = parseArguments(['summarize', 'x', ...flags])
    expect(parsed).toHaveProperty('message', expect.stringContaining(message))
    const { status, stderr } = run(['summarize', 'examples/data', ...flags])
    expect(status).toBe(2)
    expect(stderr).toContain(message)
  })

  it.each([
    ['2026-11-02', '2026-11-02T00:00:00.000Z'],
    ['2026-11-02T10:00', '2026-11-02T10:00:00.000Z'],
    ['2026-11-02T10:00:30Z', '2026-11-02T10:00:30.000Z'],
    ['2026-11-02T10:00:30.25Z', '2026-11-02T10:00:30.250Z'],
    ['2026-11-02T12:00:00+02:00', '2026-11-02T10:00:00.000Z'],
    ['2024-02-29', '2024-02-29T00:00:00.000Z'],
  ])('parseTime(%j) is %s', (input, iso) => {
    expect(new Date(parseTime(input) ?? Number.NaN).toISOString()).toBe(iso)
  })

  it.each(['', '2026-11', '2026-11-02 10:00', '2026-11-02T10', '2026-13-01', '2025-02-29', '2026-11-02T10:00:00+2', '2026-11-02T10:00:00.Z', '2026-11-02T10:00:00ZZ'])(
    'parseTime(%j) is undefined',
    (input) => {
      expect(parseTime(input)).toBeUndefined()
    },
  )

  it('keepsRecord: a record without the field, or whose time does not parse, fails that filter only', () => {
    const record = { eventVersion: '1.08', eventTime: 'not a time', eventSource: 's', eventName: 'n' } as CloudTrailRecord
    const caller = describeCaller(record)
    const filters = (changes: Partial<RecordFilters>): RecordFilters => ({ ...noFilters, ...changes })
    expect(keepsRecord(noFilters, record, caller)).toBe(true)
    expect(keepsRecord(filters({ since: { text: '2026-01-01', ms: 0 } }), record, caller)).toBe(false)
    expect(keepsRecord(filters({ accounts: ['111122223333'] }), record, caller)).toBe(false)
    expect(keepsRecord(filters({ regions: ['us-east-1'] }), record, caller)).toBe(false)
    expect(keepsRecord(filters({ callerClasses: ['none'] }), record, caller)).toBe(true)
  })
})
