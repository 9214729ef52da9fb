import { describe, expect, it } from 'vitest'
import { parseArguments } from '../../src/cli/args.js'
import { noFilters } from '../../src/cli/filters.js'

describe('parseArguments', () => {
  it('reads summarize with its inputs and options, in any order', () => {
    expect(parseArguments(['summarize', '--json', 'a.json', '-', 'logs/', '--strict'])).toStrictEqual({
      kind: 'summarize',
      inputs: ['a.json', '-', 'logs/'],
      json: true,
      strict: true,
      all: false,
      progress: 'auto',
      filters: noFilters,
      jobs: undefined,
    })
    expect(parseArguments(['summarize', '--all', 'x'])).toMatchObject({ all: true })
    expect(parseArguments(['summarize', '--no-progress', 'x'])).toMatchObject({ progress: 'never' })
    expect(parseArguments(['summarize', '--progress', 'x'])).toMatchObject({ progress: 'always' })
  })

  it('reads --jobs as --jobs N or --jobs=N: a whole number of at least 1', () => {
    expect(parseArguments(['summarize', '--jobs', '1', 'x'])).toMatchObject({ jobs: 1, inputs: ['x'] })
    expect(parseArguments(['summarize', '--jobs=12', 'x'])).toMatchObject({ jobs: 12, inputs: ['x'] })
    expect(parseArguments(['summarize', '--jobs', '2', '--jobs', '3', 'x'])).toMatchObject({ jobs: 3 })
    expect(parseArguments(['summarize', 'x'])).toMatchObject({ jobs: undefined })
  })

  it('takes everything after -- as inputs', () => {
    expect(parseArguments(['summarize', '--', '--json', '-x', '--help'])).toStrictEqual({
      kind: 'summarize',
      inputs: ['--json', '-x', '--help'],
      json: false,
      strict: false,
      all: false,
      progress: 'auto',
      filters: noFilters,
      jobs: undefined,
    })
  })

  it('reads the filters, as --option value or --option=value; a filter given twice keeps both values', () => {
    const parsed = parseArguments([
      'summarize',
      '--since=2026-11-02',
      '--until',
      '2026-11-03T00:00:00Z',
      '--account',
      '111122223333',
      '--account=444455556666',
      '--region',
      'us-east-1',
      '--event-source',
      'support.amazonaws.com',
      '--event-name',
      'CreateCase',
      '--caller-class',
      'root',
      'logs/',
    ])
    expect(parsed).toMatchObject({
      inputs: ['logs/'],
      filters: {
        since: { text: '2026-11-02', ms: Date.parse('2026-11-02T00:00:00Z') },
        until: { text: '2026-11-03T00:00:00Z', ms: Date.parse('2026-11-03T00:00:00Z') },
        accounts: ['111122223333', '444455556666'],
        regions: ['us-east-1'],
        eventSources: ['support.amazonaws.com'],
        eventNames: ['CreateCase'],
        callerClasses: ['root'],
      },
    })
  })

  it('answers --help and --version wherever they are', () => {
    expect(parseArguments(['--help'])).toStrictEqual({ kind: 'help' })
    expect(parseArguments(['summarize', 'x', '-h'])).toStrictEqual({ kind: 'help' })
    expect(parseArguments(['-V'])).toStrictEqual({ kind: 'version' })
    expect(parseArguments(['summarize', '--version'])).toStrictEqual({ kind: 'version' })
  })

  it.each([
    [[], 'missing command'],
    [['summarize'], 'no input'],
    [['summarise', 'x'], 'unknown command "summarise"'],
    [['--json', 'x'], 'expected a command before the option --json'],
    [['summarize', '--jsno', 'x'], 'unknown option --jsno'],
    [['summarize', '-', '-'], 'standard input ("-") can be read only once'],
    [['summarize', '--jobs', '0', 'x'], 'option --jobs: "0" is not a number of threads: give a whole number of at least 1'],
    [['summarize', '--jobs', 'x', 'y'], 'option --jobs: "x" is not a number of threads'],
    [['summarize', '--jobs=1.5', 'x'], 'option --jobs: "1.5" is not a number of threads'],
    [['summarize', '--jobs', '-1', 'x'], 'option --jobs: "-1" is not a number of threads'],
    [['summarize', '--jobs=', 'x'], 'option --jobs needs a value'],
    [['summarize', 'x', '--jobs'], 'option --jobs needs a value'],
  ])('rejects %j with a usage error', (argv, message) => {
    const result = parseArguments(argv)
    expect(result.kind).toBe('usage-error')
    expect(result).toHaveProperty('message', expect.stringContaining(message))
  })
})
