import { describe, expect, it } from 'vitest'
import { parseArguments } from '../../src/cli/args.js'

describe('parseArguments', () => {
  it('reads summarize with its inputs and options, in any order', () => {
    expect(parseArguments(['summarize', '--json', 'a.json', '-', 'logs/', '--strict'])).toStrictEqual({
      kind: 'summarize',
      inputs: ['a.json', '-', 'logs/'],
      json: true,
      strict: true,
      progress: 'auto',
    })
    expect(parseArguments(['summarize', '--no-progress', 'x'])).toMatchObject({ progress: 'never' })
    expect(parseArguments(['summarize', '--progress', 'x'])).toMatchObject({ progress: 'always' })
  })

  it('takes everything after -- as inputs', () => {
    expect(parseArguments(['summarize', '--', '--json', '-x'])).toStrictEqual({
      kind: 'summarize',
      inputs: ['--json', '-x'],
      json: false,
      strict: false,
      progress: 'auto',
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
  ])('rejects %j with a usage error', (argv, message) => {
    const result = parseArguments(argv)
    expect(result.kind).toBe('usage-error')
    expect(result).toHaveProperty('message', expect.stringContaining(message))
  })
})
