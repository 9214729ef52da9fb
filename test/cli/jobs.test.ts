/**
 * Issue 16, point 1: `summarize --jobs N` reads the files on N worker
 * threads, and its output is the one a single thread writes: the same
 * report, the same NDJSON lines in the same order, the same issues, the same
 * messages on stderr and the same exit status. The built command runs on a
 * folder that holds gzip and plain files, NDJSON, Support and Trusted
 * Advisor calls spread over several files, files with issues, digest files
 * (skipped by their path, and one recognised by its content), an empty file,
 * and standard input among the files. Nothing is timed.
 */
import { gzipSync } from 'node:zlib'
import { beforeAll, describe, expect, it } from 'vitest'
import { useBuiltCli } from './built-cli.js'
import type { Run } from './built-cli.js'
import { logFileText, sampleLogFiles } from './sample-data.js'
import { recordsPerBlock, supportHeavyBlock } from './support-heavy.js'

const cli = useBuiltCli()

const day = 'AWSLogs/111122223333/CloudTrail/us-east-1/2026/11/02'

/** A digest file as CloudTrail writes it. */
const digest = gzipSync(
  JSON.stringify({
    awsAccountId: '111122223333',
    digestStartTime: '2026-11-02T07:35:00Z',
    digestEndTime: '2026-11-02T08:35:00Z',
    digestS3Bucket: 'amzn-s3-demo-bucket',
    digestS3Object: 'AWSLogs/111122223333/CloudTrail-Digest/us-east-1/2026/11/02/111122223333_CloudTrail-Digest_us-east-1_trail_us-east-1_20261102T0835Z.json.gz',
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

/** Support-heavy log files: `blocks` blocks of Support and Trusted Advisor calls from `first` on. */
function supportLog(first: number, blocks: number): string {
  return `{"Records":[${Array.from({ length: blocks }, (_, i) => supportHeavyBlock(first + i)).join(',')}]}`
}

let dir = ''
let stdinLog: Buffer = Buffer.alloc(0)

beforeAll(() => {
  const files: Record<string, string | Buffer> = {}
  sampleLogFiles.forEach((file, i) => {
    files[`${day}/111122223333_CloudTrail_us-east-1_20261102T08${String(i).padStart(2, '0')}Z_sample.json${file.gzip ? '.gz' : ''}`] = file.gzip
      ? gzipSync(logFileText(file))
      : logFileText(file)
  })
  for (let i = 0; i < 6; i++) {
    const text = supportLog(i * 2, 2)
    files[`${day}/111122223333_CloudTrail_us-east-1_20261102T09${String(i).padStart(2, '0')}Z_support.json${i % 2 === 0 ? '.gz' : ''}`] =
      i % 2 === 0 ? gzipSync(text) : text
  }
  const [first] = sampleLogFiles
  if (first === undefined) throw new Error('no sample file')
  const records = first.records.map((r) => JSON.stringify(r))
  Object.assign(files, {
    // a record that does not decode, between good ones: an issue with its raw record
    [`${day}/111122223333_CloudTrail_us-east-1_20261102T1000Z_bad-record.json.gz`]: gzipSync(
      `{"Records":[${records[0] ?? '{}'},{"eventVersion":"1.08","eventTime":"2026-13-45T99:00:00Z"},${records.slice(1).join(',')}]}`,
    ),
    [`${day}/111122223333_CloudTrail_us-east-1_20261102T1001Z_truncated.json`]: '{"Records": [{"eventVersion": "1.08", "eventTime": ',
    [`${day}/111122223333_CloudTrail_us-east-1_20261102T1002Z_broken.json.gz`]: Buffer.from([0x1f, 0x8b, 0x08, 0x00, 1, 2, 3, 4, 5, 6, 7, 8]),
    'other/not-cloudtrail.json': '{"hello": "world"}',
    'other/records.ndjson': `${records.join('\n')}\n`,
    'other/copied-digest.json.gz': digest,
    [`AWSLogs/111122223333/CloudTrail-Digest/us-east-1/2026/11/02/111122223333_CloudTrail-Digest_us-east-1_trail_us-east-1_20261102T0835Z.json.gz`]: digest,
    [`${day}/folder.json`]: '',
  })
  dir = cli.folder(files)
  stdinLog = gzipSync(supportLog(100, 1))
})

/** Runs the command with each number of jobs; every run must say the same. */
function sameOnEveryJobs(args: ReadonlyArray<string>, input?: Buffer): Run {
  const [one, ...others] = ['1', '2', '3'].map((jobs) => cli.run(['summarize', '--jobs', jobs, ...args], input))
  if (one === undefined) throw new Error('no run')
  for (const other of others) {
    expect(other.status).toBe(one.status)
    expect(other.stderr).toBe(one.stderr)
    // Compared whole, and not through toBe's diff, which is slow on large outputs.
    expect(other.stdout === one.stdout, 'stdout differs from the --jobs 1 run').toBe(true)
  }
  return one
}

describe('summarize --jobs N writes what one thread writes', () => {
  it('the report: counts, Support cases over several files, issues, skipped files', () => {
    const run = sameOnEveryJobs([dir])
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(new RegExp(`^CloudTrail summary: \\d+ records from ${sampleLogFiles.length + 11} inputs, 5 issues$`, 'm'))
    expect(run.stdout).toContain('Skipped: 2 digest files, 1 empty file')
    expect(run.stdout).toMatch(/^ {2}and \d+ more cases$/m)
    expect(run.stdout).toContain('bad-record.json.gz: ')
  })

  it('the report with --all, and with the filters', () => {
    expect(sameOnEveryJobs(['--all', dir]).stdout).not.toMatch(/ and \d+ more /)
    const filtered = sameOnEveryJobs(['--event-source', 'support.amazonaws.com', '--caller-class', 'assumed-role', '--since', '2026-11-02T09:00', dir])
    expect(filtered.stdout).toMatch(/^Left out by the filters: \d+ records \(--since 2026-11-02T09:00, --event-source support.amazonaws.com, --caller-class assumed-role\)$/m)
  })

  it('NDJSON with --json: the same lines in the same order, issue lines included, and the same stderr', () => {
    const run = sameOnEveryJobs(['--json', dir])
    expect(run.status).toBe(0)
    expect(run.stderr).toBe('cloudtrail-codecs: 5 issues (see the "issue" lines)\n')
    const lines = run.stdout.trimEnd().split('\n')
    const supportRecords = 6 * 2 * recordsPerBlock
    expect(lines.length).toBeGreaterThan(supportRecords)
    expect(lines.filter((line) => line.startsWith('{"issue":'))).toHaveLength(5)
  })

  it('the exit statuses: --strict (1), an input that cannot be read (4)', () => {
    expect(sameOnEveryJobs(['--strict', dir]).status).toBe(1)
    expect(sameOnEveryJobs(['--json', '--strict', dir]).status).toBe(1)
    const missing = sameOnEveryJobs([dir, `${dir}/missing.json`])
    expect(missing.status).toBe(4)
    expect(missing.stderr).toContain('missing.json: cannot read: no such file or directory')
  })

  it('standard input among the files, read in its turn', () => {
    const report = sameOnEveryJobs([`${dir}/other`, '-', `${dir}/AWSLogs`], stdinLog)
    expect(report.stdout).toMatch(new RegExp(`^CloudTrail summary: \\d+ records from ${sampleLogFiles.length + 12} inputs, 5 issues$`, 'm'))
    const json = sameOnEveryJobs(['--json', `${dir}/other`, '-', `${dir}/AWSLogs`], stdinLog)
    // The lines of each input, in the order of the inputs, standard input in its place.
    const parts = [cli.run(['summarize', '--json', `${dir}/other`]), cli.run(['summarize', '--json', '-'], stdinLog), cli.run(['summarize', '--json', `${dir}/AWSLogs`])]
    expect(json.stdout === parts.map((part) => part.stdout).join(''), 'the lines of standard input are not in their place').toBe(true)
  })
})

describe('--jobs takes a whole number of at least 1', () => {
  it.each([['0'], ['x'], ['1.5'], ['-2'], ['']])('--jobs %j is a usage error (exit 2) with a clear message', (value) => {
    const run = cli.run(['summarize', `--jobs=${value}`, dir])
    expect(run.status).toBe(2)
    expect(run.stdout).toBe('')
    const message = value === '' ? 'option --jobs needs a value' : `option --jobs: "${value}" is not a number of threads: give a whole number of at least 1`
    expect(run.stderr.split('\n')[0]).toBe(`cloudtrail-codecs: ${message}${value === '' ? ': the number of threads, such as --jobs 4' : ', such as --jobs 4'}`)
    expect(run.stderr).toContain('Usage: cloudtrail-codecs summarize')
  })
})
