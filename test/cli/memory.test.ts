/**
 * Issue 15, point 3, and issue 16: memory stays flat in the size of the
 * input, in both output modes, on one thread and on worker threads. The
 * built command reads Support-heavy trees of two sizes in child processes,
 * and the peak RSS of the larger run may exceed the smaller one's by a
 * generous bound only: a quarter of the difference in input (before the fix
 * of issue 15, `--json` grew by 68 MiB and the report by 117 MiB from 8 to
 * 64 MiB of input; now by 1 and 4 MiB). Nothing is timed.
 *
 * With `--jobs 2`, up to four files are in flight (two per job), each up to
 * the items a worker may read ahead, and each worker thread has a heap of
 * its own: memory is flat once that window is full, so the smaller tree
 * already holds eight files (64 MiB) and the larger one sixteen.
 */
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { useBuiltCli } from './built-cli.js'
import { writeSupportHeavyTree } from './support-heavy.js'

const cli = useBuiltCli()

/** Tree sizes in MiB, written in files of about 8 MiB. */
const SIZES = [8, 64, 128] as const
const trees = new Map<number, string>()
let recordsOf64 = 0

/**
 * How much more the larger run may take: a quarter of the difference in input on one thread; half of it on
 * worker threads, whose peak also holds what is in flight between threads when the peak is taken (the window of
 * batches per job, and records a worker hands over while it imports a service), an amount that depends on how
 * busy the machine is, not on the input's size. Memory that grew with the input would take several times the
 * difference (a decoded record weighs more than its JSON).
 */
function growthBound(small: number, large: number, threads: number): number {
  return ((large - small) / (threads > 1 ? 2 : 4)) * 1024 * 1024
}

beforeAll(() => {
  for (const size of SIZES) {
    const dir = join(cli.scratch, `tree-${size}`)
    const { records } = writeSupportHeavyTree(dir, size)
    if (size === 64) recordsOf64 = records
    trees.set(size, dir)
  }
})

describe('summarize keeps its memory flat in the size of the input', () => {
  it.each([
    ['--json, one thread', ['--json', '--jobs', '1'], 8, 64, 1],
    ['the text report, one thread', ['--jobs', '1'], 8, 64, 1],
    ['--json, two worker threads', ['--json', '--jobs', '2'], 64, 128, 2],
    ['the text report, two worker threads', ['--jobs', '2'], 64, 128, 2],
  ] as const)('%s', (_mode, flags, small, large, threads) => {
    const smallRun = cli.measure(['summarize', ...flags, trees.get(small) ?? ''])
    const largeRun = cli.measure(['summarize', ...flags, trees.get(large) ?? ''])
    expect([smallRun.status, largeRun.status, largeRun.stderr]).toStrictEqual([0, 0, ''])
    expect(largeRun.maxRssBytes - smallRun.maxRssBytes).toBeLessThan(growthBound(small, large, threads))
  })

  it('caps the report: the first cases, checks and entries, and "and N more"; --all shows everything', () => {
    const large = trees.get(64) ?? ''
    const small = trees.get(8) ?? ''
    const capped = cli.run(['summarize', large])
    expect(capped.status).toBe(0)
    expect(capped.stdout).toContain(`CloudTrail summary: ${recordsOf64} records from`)
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
