/**
 * How much two processes at once get from this machine's cores, against one:
 * the ceiling of `summarize --jobs 2` against `--jobs 1` that the machine
 * itself sets. Two kinds of work, each run alone, then twice at once, in
 * fresh processes, rounds interleaved: `loop` (integer arithmetic, no memory)
 * and `parse` (`JSON.parse` of a CloudTrail log text, then reading its
 * records: what the reader does most). The ratio is the work done per second
 * by two processes over one; 2.00 is a machine whose cores share nothing.
 *
 *   npx tsx bench/contention.ts            3 rounds
 *   npx tsx bench/contention.ts --runs=5
 *
 * Run it on a quiet machine: it measures the machine, not the library.
 */
import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { generateLogText } from './generate.js'
import { machineInfo, markdownTable, median } from './measure.js'

const execFileAsync = promisify(execFile)
const self = fileURLToPath(import.meta.url)

/** The kinds of work. */
const KINDS = ['loop', 'parse'] as const
type Kind = (typeof KINDS)[number]

/** One unit of work of a kind, in this process; its wall seconds. */
function work(kind: Kind): number {
  if (kind === 'loop') {
    const started = performance.now()
    let sum = 0
    for (let i = 0; i < 1_500_000_000; i++) sum = (sum + i) | 0
    if (sum === 1) throw new Error('unreachable: keeps the loop from being dropped')
    return (performance.now() - started) / 1000
  }
  const { text } = generateLogText(40 * 2 ** 20, 20261202)
  const started = performance.now()
  let records = 0
  for (let pass = 0; pass < 4; pass++) {
    const parsed = JSON.parse(text) as { Records: ReadonlyArray<{ readonly eventName?: unknown }> }
    for (const record of parsed.Records) if (typeof record.eventName === 'string') records++
  }
  if (records === 0) throw new Error('the generated log holds no record')
  return (performance.now() - started) / 1000
}

/** Runs `count` processes of a kind at once; the wall seconds of each one's work. */
async function atOnce(kind: Kind, count: number): Promise<number[]> {
  const runs = Array.from({ length: count }, () => execFileAsync(process.execPath, ['--import', 'tsx', self, '--work', kind]))
  return (await Promise.all(runs)).map(({ stdout }) => Number(stdout.trim()))
}

async function main(): Promise<void> {
  const kind = process.argv[process.argv.indexOf('--work') + 1]
  if (process.argv.includes('--work') && (kind === 'loop' || kind === 'parse')) {
    process.stdout.write(`${work(kind)}\n`)
    return
  }
  const runsArg = process.argv.find((arg) => arg.startsWith('--runs='))
  const runs = runsArg === undefined ? 3 : Number(runsArg.slice('--runs='.length))
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer, got ${runsArg}`)
  const alone = new Map<Kind, number[]>(KINDS.map((k) => [k, []]))
  const paired = new Map<Kind, number[]>(KINDS.map((k) => [k, []]))
  for (let run = 0; run < runs; run++) {
    for (const k of KINDS) {
      alone.get(k)?.push(...(await atOnce(k, 1)))
      paired.get(k)?.push(Math.max(...(await atOnce(k, 2))))
      process.stdout.write(`round ${run + 1}, ${k}: alone ${alone.get(k)?.at(-1)?.toFixed(2)} s, two at once ${paired.get(k)?.at(-1)?.toFixed(2)} s\n`)
    }
  }
  const info = machineInfo()
  const rows = KINDS.map((k) => {
    const one = median(alone.get(k) ?? [])
    const two = median(paired.get(k) ?? [])
    return [k, one.toFixed(2), two.toFixed(2), ((2 * one) / two).toFixed(2)]
  })
  process.stdout.write(
    `\n${info.cpu}, ${info.cores} cores, Node ${process.version}; medians of ${runs} round(s).\n\n` +
      `${markdownTable(['Work', 'One process, s', 'Two at once, s (the slower)', 'Work per second, two over one'], rows, 'lrrr')}\n`,
  )
}

await main()
