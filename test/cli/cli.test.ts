import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { describeCaller } from '../../src/identity/index.js'
import { repoRoot } from '../support/corpus.js'
import { useBuiltCli } from './built-cli.js'
import { logFileText, sampleLogFiles } from './sample-data.js'

const { run, folder } = useBuiltCli()

const allSampleRecords = sampleLogFiles.flatMap((f) => f.records)

describe('cloudtrail-codecs summarize', () => {
  it('prints the report of examples/data (golden file)', async () => {
    const { status, stdout, stderr } = run(['summarize', 'examples/data'])
    expect(stderr).toBe('')
    expect(status).toBe(0)
    await expect(stdout).toMatchFileSnapshot('golden/summarize-examples-data.txt')
  })

  it('reads one gzip log file given by name', () => {
    const gz = sampleLogFiles.find((f) => f.gzip)
    const { status, stdout } = run(['summarize', `examples/data/${gz?.path ?? ''}`])
    expect(status).toBe(0)
    expect(stdout).toContain(`CloudTrail summary: ${gz?.records.length ?? 0} records from 1 input, 0 issues`)
  })

  it('reads standard input: gzip bytes, and NDJSON', () => {
    const file = sampleLogFiles[0]
    if (file === undefined) throw new Error('no sample file')
    const gz = run(['summarize', '-'], gzipSync(logFileText(file)))
    expect(gz.status).toBe(0)
    expect(gz.stdout).toContain(`CloudTrail summary: ${file.records.length} records from 1 input, 0 issues`)
    const ndjson = run(['summarize', '-'], file.records.map((r) => JSON.stringify(r)).join('\n'))
    expect(ndjson.stdout).toBe(gz.stdout)
  })

  it('writes NDJSON with --json: every record as it came, with its caller and whether it matched its operation', () => {
    const { status, stdout, stderr } = run(['summarize', '--json', 'examples/data'])
    expect(status).toBe(0)
    expect(stderr).toBe('')
    const lines = stdout.trimEnd().split('\n')
    expect(lines).toHaveLength(allSampleRecords.length)
    const byId = new Map(allSampleRecords.map((r) => [r['eventID'], r]))
    for (const line of lines) {
      const parsed = JSON.parse(line) as { record: Record<string, unknown>; caller: unknown; operation: unknown }
      expect(Object.keys(parsed)).toStrictEqual(['record', 'caller', 'operation'])
      expect(parsed.operation).toBe('typed')
      const original = byId.get(parsed.record['eventID'] as string)
      expect(parsed.record).toStrictEqual(original)
      expect(parsed.caller).toStrictEqual(JSON.parse(JSON.stringify(describeCaller(parsed.record))))
      expect(line).toContain(`{"record":${JSON.stringify(original)},`)
    }
  })

  it('reports a bad file as an issue and still reads the other files; a missing one goes to stderr, exit 4', () => {
    const [first] = sampleLogFiles
    if (first === undefined) throw new Error('no sample file')
    const dir = folder({
      'a-good.json': logFileText(first),
      'b-truncated.json': '{"Records": [{"eventVersion": "1.08", "eventTime": ',
      'c-not-cloudtrail.json': '{"hello": "world"}',
      'd-broken.json.gz': Buffer.from([0x1f, 0x8b, 0x08, 0x00, 1, 2, 3, 4, 5, 6, 7, 8]),
      'notes.txt': 'not read: a directory contributes .json, .jsonl and .ndjson files only',
    })
    const missing = join(dir, 'missing.json')
    const { status, stdout, stderr } = run(['summarize', dir, missing])
    expect(stderr).toBe(`cloudtrail-codecs: ${missing.split('\\').join('/')}: cannot read: no such file or directory\n`)
    expect(status).toBe(4)
    expect(stdout).toContain(`CloudTrail summary: ${first.records.length} records from 4 inputs, 4 issues`)
    // The truncated file has two: its record is cut short, and so is the Records array.
    const issues = stdout.slice(stdout.indexOf('\nIssues: 4\n'))
    for (const name of ['b-truncated.json: ', 'c-not-cloudtrail.json: record 0', 'd-broken.json.gz: ']) {
      expect(issues).toContain(name)
    }
    expect(issues).not.toContain('missing.json')
    expect(issues.split('\n').filter((l) => l.startsWith('  '))).toHaveLength(4)
  })

  it('exits 1 with --strict when a record had an issue, 0 when none had', () => {
    const dir = folder({ 'one.json': '{"Records":[{"eventVersion":"1.08"}]}' })
    const strict = run(['summarize', '--strict', dir])
    expect(strict.status).toBe(1)
    expect(strict.stdout).toContain('Issues: 1')
    expect(run(['summarize', dir]).status).toBe(0)
    expect(run(['summarize', '--strict', 'examples/data']).status).toBe(0)
  })

  it('writes issue lines in --json mode, with the raw record, and says so on stderr', () => {
    const bad = { eventVersion: '1.08', eventSource: 'support.amazonaws.com' }
    const dir = folder({ 'bad.json': JSON.stringify({ Records: [bad] }) })
    const { status, stdout, stderr } = run(['summarize', '--json', dir])
    expect(status).toBe(0)
    const [line, ...rest] = stdout.trimEnd().split('\n')
    expect(rest).toStrictEqual([])
    const { issue } = JSON.parse(line ?? '') as { issue: Record<string, unknown> }
    expect(issue).toMatchObject({ file: `${dir}/bad.json`.split('\\').join('/'), kind: 'record', index: 0, location: '$.Records[0]', raw: bad })
    expect(issue['message']).toContain('$.eventTime')
    expect(stderr).toBe('cloudtrail-codecs: 1 issue (see the "issue" lines)\n')
  })

  it('writes a record nested 100,000 levels deep untouched with --json, and summarizes it', () => {
    const depth = 100_000
    const deep = `${'{"a":['.repeat(depth)}1${']}'.repeat(depth)}`
    const recordText =
      '{"eventVersion":"1.08","eventTime":"2026-11-02T10:00:00Z","eventSource":"ec2.amazonaws.com","eventName":"RunInstances",' +
      `"userIdentity":{"type":"Root","accountId":"111122223333"},"requestParameters":${deep}}`
    const dir = folder({ 'deep.json': `{"Records":[${recordText}]}` })
    const json = run(['summarize', '--json', dir])
    expect(json.status).toBe(0)
    expect(json.stdout.startsWith(`{"record":${recordText},"caller":{"class":"root",`)).toBe(true)
    expect(json.stdout.split('\n')).toHaveLength(2)
    const report = run(['summarize', dir])
    expect(report.status).toBe(0)
    expect(report.stdout).toContain('CloudTrail summary: 1 record from 1 input, 0 issues')
  })

  it('exits 2 with a clear message when there are no arguments or an unknown option', () => {
    const none = run([])
    expect(none.status).toBe(2)
    expect(none.stdout).toBe('')
    expect(none.stderr).toMatch(/^cloudtrail-codecs: missing command: expected "summarize" followed by files, directories or "-"\n\nUsage: /)
    const noInput = run(['summarize'])
    expect(noInput.status).toBe(2)
    expect(noInput.stderr).toContain('no input: give at least one file, directory, or "-" for standard input')
    const unknown = run(['summarize', '--fast', 'examples/data'])
    expect(unknown.status).toBe(2)
    expect(unknown.stderr).toContain('unknown option --fast')
  })

  it('prints --help and --version', () => {
    const help = run(['--help'])
    expect(help.status).toBe(0)
    expect(help.stdout).toContain('Usage: cloudtrail-codecs summarize [options] <file|dir|->...')
    const version = run(['--version'])
    expect(version.status).toBe(0)
    const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }
    expect(version.stdout).toBe(`${manifest.version}\n`)
  })

  it('draws a progress bar on stderr when asked, and erases it; none by default when stderr is not a terminal', () => {
    const forced = run(['summarize', '--progress', 'examples/data'])
    expect(forced.status).toBe(0)
    expect(forced.stderr).toMatch(/^\r\x1b\[K\[[#.]{20}\] +\d+% .* records/)
    expect(forced.stderr.endsWith('\r\x1b[K')).toBe(true)
    expect(forced.stdout).toBe(run(['summarize', 'examples/data']).stdout)
    expect(run(['summarize', 'examples/data']).stderr).toBe('')
  })
})
