/**
 * Issue 15, point 2: a tree copied with `aws s3 sync` holds digest files,
 * other services' files and zero-byte "folder" objects beside the logs. They
 * are skipped and counted, never issues, so `--strict` passes; Insights files
 * are logs, and are read.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { skipReasonOf } from '../../src/cli/skipped-files.js'
import { repoRoot } from '../support/corpus.js'
import { useBuiltCli } from './built-cli.js'
import { logFileText, sampleLogFiles } from './sample-data.js'

const { run, folder } = useBuiltCli()

const sample = sampleLogFiles[0]!

/** A digest file as CloudTrail writes it (log file integrity validation). */
function digestFile(account: string, region: string, end: string): Buffer {
  return gzipSync(
    JSON.stringify({
      awsAccountId: account,
      digestStartTime: '2026-11-02T07:35:00Z',
      digestEndTime: end,
      digestS3Bucket: 'amzn-s3-demo-bucket',
      digestS3Object: `AWSLogs/${account}/CloudTrail-Digest/${region}/2026/11/02/${account}_CloudTrail-Digest_${region}_trail_${region}_20261102T0835Z.json.gz`,
      digestPublicKeyFingerprint: '31e8b5433410dfb61a9dc45cc65b22ff',
      digestSignatureAlgorithm: 'SHA256withRSA',
      newestEventTime: '2026-11-02T08:30:00Z',
      oldestEventTime: '2026-11-02T07:40:00Z',
      previousDigestS3Bucket: null,
      previousDigestS3Object: null,
      previousDigestHashValue: null,
      previousDigestHashAlgorithm: null,
      previousDigestSignature: null,
      logFiles: [],
    }),
  )
}

const insightRecord = readFileSync(join(repoRoot, 'test', 'events', 'identity', 'insights.no-identity.json'), 'utf8')
const day = '2026/11/02'

/** A bucket copied with `aws s3 sync`: logs, Insights, digests (also of an organization trail), Config, a folder object. */
function syncedBucket(): string {
  return folder({
    [`AWSLogs/111122223333/CloudTrail/us-east-1/${day}/111122223333_CloudTrail_us-east-1_20261102T0835Z_Xy7Lm2Pq9RsT4uVw.json.gz`]: gzipSync(logFileText(sample)),
    [`AWSLogs/111122223333/CloudTrail-Insight/us-east-1/${day}/111122223333_CloudTrail-Insight_us-east-1_20261102T0900Z_a1b2c3d4e5f6a7b8.json.gz`]: gzipSync(`{"Records":[${insightRecord}]}`),
    [`AWSLogs/111122223333/CloudTrail-Digest/us-east-1/${day}/111122223333_CloudTrail-Digest_us-east-1_trail_us-east-1_20261102T0835Z.json.gz`]: digestFile('111122223333', 'us-east-1', '2026-11-02T08:35:00Z'),
    [`AWSLogs/111122223333/CloudTrail-Digest/eu-west-1/${day}/111122223333_CloudTrail-Digest_eu-west-1_trail_eu-west-1_20261102T0835Z.json.gz`]: digestFile('111122223333', 'eu-west-1', '2026-11-02T08:35:00Z'),
    [`AWSLogs/o-aa12bb34cc/444455556666/CloudTrail-Digest/us-east-1/${day}/444455556666_CloudTrail-Digest_us-east-1_org_us-east-1_20261102T0835Z.json.gz`]: digestFile('444455556666', 'us-east-1', '2026-11-02T08:35:00Z'),
    [`AWSLogs/111122223333/Config/us-east-1/2026/11/2/ConfigHistory/111122223333_Config_us-east-1_ConfigHistory_AWS::S3::Bucket_20261102T083500Z_20261102T093500Z_1.json.gz`]: gzipSync('{"fileVersion":"1.0","configurationItems":[]}'),
    'AWSLogs/111122223333/CloudTrail/folder.json': '',
    // a digest file copied out of its folder, under another name: recognised by its content
    'copies/latest-digest.json': digestFile('111122223333', 'us-east-1', '2026-11-02T09:35:00Z'),
  })
}

describe('summarize: the files AWS puts beside logs', () => {
  it('skips and counts digest files, other services\' files and empty files; reads Insights; no issue', () => {
    const bucket = syncedBucket()
    const { status, stdout, stderr } = run(['summarize', '--strict', bucket])
    expect(stderr).toBe('')
    expect(status).toBe(0)
    expect(stdout.split('\n').slice(0, 2)).toStrictEqual([
      `CloudTrail summary: ${sample.records.length + 1} records from 2 inputs, 0 issues`,
      'Skipped: 4 digest files, 1 file of another AWS service, 1 empty file',
    ])
    expect(stdout).toContain('(Insights events)')
    expect(stdout).toContain('\nIssues: 0\n')
  })

  it('writes no issue line for them with --json', () => {
    const { status, stdout, stderr } = run(['summarize', '--json', '--strict', syncedBucket()])
    expect([status, stderr]).toStrictEqual([0, ''])
    const lines = stdout.trimEnd().split('\n')
    expect(lines).toHaveLength(sample.records.length + 1)
    for (const line of lines) expect(Object.keys(JSON.parse(line) as object)).toStrictEqual(['record', 'caller', 'operation'])
  })

  it('a run that finds digest files only has nothing to read: exit 3, and says what it skipped', () => {
    const dir = folder({ 'd.json.gz': digestFile('111122223333', 'us-east-1', '2026-11-02T08:35:00Z') })
    const { status, stdout, stderr } = run(['summarize', join(dir, 'd.json.gz')])
    expect(stdout).toBe('')
    expect(stderr).toBe(`cloudtrail-codecs: no log file found in ${join(dir, 'd.json.gz')} (skipped: 1 digest file)\n`)
    expect(status).toBe(3)
  })

  it.each([
    ['AWSLogs/111122223333/CloudTrail-Digest/us-east-1/2026/11/02/111122223333_CloudTrail-Digest_us-east-1_t_us-east-1_20261102T0835Z.json.gz', 10, 'digest'],
    ['flat/111122223333_CloudTrail-Digest_us-east-1_t_us-east-1_20261102T0835Z.json.gz', 10, 'digest'],
    ['C:\\logs\\AWSLogs\\111122223333\\CloudTrail-Digest\\x.json.gz', 10, 'digest'],
    ['AWSLogs/111122223333/Config/us-east-1/2026/11/2/ConfigSnapshot/x.json.gz', 10, 'other-service'],
    ['AWSLogs/o-aa12bb34cc/111122223333/Config/x/y.json.gz', 10, 'other-service'],
    ['AWSLogs/111122223333/CloudTrail/us-east-1/x.json', 0, 'empty'],
    ['AWSLogs/111122223333/CloudTrail/us-east-1/2026/11/02/x.json.gz', 10, undefined],
    ['AWSLogs/o-aa12bb34cc/111122223333/CloudTrail/us-east-1/x.json.gz', 10, undefined],
    ['AWSLogs/111122223333/CloudTrail-Insight/us-east-1/x.json.gz', 10, undefined],
    ['AWSLogs/111122223333/notes.json', 10, undefined],
    ['AWSLogs/not-an-account/Config/x.json', 10, undefined],
    ['exports/Config/x.json', 10, undefined],
  ] as const)('skipReasonOf(%j, %d) is %j', (path, size, reason) => {
    expect(skipReasonOf(path, size)).toBe(reason)
  })
})
