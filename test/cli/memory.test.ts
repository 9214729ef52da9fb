/**
 * Issue 15, point 3: memory stays flat in the size of the input, in both
 * output modes. The built command reads two Support-heavy trees, one eight
 * times the other, in child processes, and the peak RSS of the larger run may
 * exceed the smaller one's by a generous bound only: a quarter of the
 * difference in input (before the fix, `--json` grew by 68 MiB and the report
 * by 117 MiB from 8 to 64 MiB of input; now by 1 and 4 MiB). Nothing is timed.
 */
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { useBuiltCli } from './built-cli.js'
import { writeSupportHeavyTree } from './support-heavy.js'

const cli = useBuiltCli()

const SMALL_MIB = 8
const LARGE_MIB = 64
/** How much more the larger run may take: a quarter of the difference in input. */
const GROWTH_BOUND = ((LARGE_MIB - SMALL_MIB) / 4) * 1024 * 1024

let small = ''
let large = ''
let largeRecords = 0

beforeAll(() => {
  small = join(cli.scratch, 'small')
  large = join(cli.scratch, 'large')
  writeSupportHeavyTree(small, SMALL_MIB)
  largeRecords = writeSupportHeavyTree(large, LARGE_MIB).records
})

describe('summarize keeps its memory flat in the size of the input', () => {
  it.each([
    ['--json', ['--json']],
    ['the text report', []],
  ])('%s', (_mode, flags) => {
    const smallRun = cli.measure(['summarize', ...flags, small])
    const largeRun = cli.measure(['summarize', ...flags, large])
    expect([smallRun.status, largeRun.status, largeRun.stderr]).toStrictEqual([0, 0, ''])
    expect(largeRun.maxRssBytes - smallRun.maxRssBytes).toBeLessThan(GROWTH_BOUND)
  })

  it('caps the report: the first cases, checks and entries, and "and N more"; --all shows everything', () => {
    const capped = cli.run(['summarize', large])
    expect(capped.status).toBe(0)
    expect(capped.stdout).toContain(`CloudTrail summary: ${largeRecords} records from`)
    expect(capped.stdout).toMatch(/^ {2}and \d+ more cases$/m)
    expect(capped.stdout).toMatch(/^ {6}and \d+ more entries$/m)
    expect(capped.stdout).toMatch(/^ {4}and \d+ more calls$/m)
    expect(capped.stdout.split('\n').length).toBeLessThan(400)
    const smallCapped = cli.run(['summarize', small])
    const everything = cli.run(['summarize', '--all', small])
    expect(everything.status).toBe(0)
    expect(everything.stdout).not.toMatch(/ and \d+ more /)
    expect(everything.stdout.split('\n').length).toBeGreaterThan(20 * smallCapped.stdout.split('\n').length)
  })
})
