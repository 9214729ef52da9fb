/**
 * Issue 15, point 1: an input that cannot be read, or a run that finds
 * nothing to read, says so on stderr and exits non-zero (4 and 3); `--strict`
 * stays about record issues (1).
 */
import { describe, expect, it } from 'vitest'
import { useBuiltCli } from './built-cli.js'
import { logFileText, sampleLogFiles } from './sample-data.js'

const { run, folder } = useBuiltCli()

const sample = sampleLogFiles[0]!

describe('summarize: inputs that cannot be read, and runs with nothing to read', () => {
  it.each([[[]], [['--json']]])('a named file that does not exist: stderr, exit 4, no report (%j)', (flags) => {
    const { status, stdout, stderr } = run(['summarize', ...flags, 'nope.json'])
    expect(stdout).toBe('')
    expect(stderr).toBe('cloudtrail-codecs: nope.json: cannot read: no such file or directory\n')
    expect(status).toBe(4)
  })

  it('reads the other inputs, reports them, and still exits 4', () => {
    const dir = folder({ 'a.json': logFileText(sample) })
    const { status, stdout, stderr } = run(['summarize', 'nope.json', dir])
    expect(stdout).toContain(`CloudTrail summary: ${sample.records.length} records from 1 input, 0 issues`)
    expect(stderr).toBe('cloudtrail-codecs: nope.json: cannot read: no such file or directory\n')
    expect(status).toBe(4)
  })

  it('an unreadable input wins over --strict record issues: 4', () => {
    const dir = folder({ 'bad.json': '{"Records":[{"eventVersion":"1.08"}]}' })
    const { status, stdout } = run(['summarize', '--strict', dir, 'nope.json'])
    expect(stdout).toContain('1 issue')
    expect(status).toBe(4)
  })

  it.each([
    ['an empty directory', {}],
    ['a directory with no log file', { 'notes.txt': 'hello', 'sub/readme.md': '# nothing' }],
  ])('%s: stderr, exit 3, no report', (_name, files) => {
    const dir = folder(files)
    for (const flags of [[], ['--json'], ['--strict']]) {
      const { status, stdout, stderr } = run(['summarize', ...flags, dir])
      expect(stdout).toBe('')
      expect(stderr).toBe(`cloudtrail-codecs: no log file found in ${dir}\n`)
      expect(status).toBe(3)
    }
  })

  it('an empty directory beside a log file is not an error', () => {
    const empty = folder({})
    const dir = folder({ 'a.json': logFileText(sample) })
    const { status, stderr } = run(['summarize', empty, dir])
    expect(stderr).toBe('')
    expect(status).toBe(0)
  })

  it('documents the exit statuses in --help', () => {
    const { stdout } = run(['--help'])
    for (const line of ['  0  done', '  1  --strict, and at least one record issue', '  2  usage error', '  3  no log file found', '  4  an input could not be read']) {
      expect(stdout).toContain(line)
    }
  })
})
