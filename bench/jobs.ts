/**
 * How `summarize` grows with jobs: a folder of gzip log files summarized on
 * one thread (the command line's one-job loop, `inline`) and with `mapFiles`
 * on 1, 2, ... jobs, each run in a fresh process, rounds interleaved. Every
 * run must give the same output (the hash of the report, or of the NDJSON);
 * the run exits 1 when one does not. Timings are never checked.
 *
 *   npx tsx bench/jobs.ts                 8 files of 64 MiB, jobs 1..4, 3 rounds; writes its section of bench/RESULTS.md
 *   npx tsx bench/jobs.ts --smoke         2 files of 4 MiB, jobs 1 and 2, 1 round; writes nothing
 *
 * Options: --files=N, --file-mb=N, --jobs=1,2,4, --runs=N, --output=report|json, --seed=N, --no-write.
 *
 * The children are bundled first with esbuild (into a temporary folder, with
 * `node/worker.js` beside them, as the built package lays them out), so that
 * the workers run built JavaScript, as they do for a user: no TypeScript
 * loader in any thread.
 */
import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { availableParallelism, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { build } from 'esbuild'
import type { BuildOptions } from 'esbuild'
import { writeGzipLog } from './generate.js'
import type { JobsMeasurement } from './jobs-api.js'
import { machineInfo, markdownTable, median, mib } from './measure.js'

const execFileAsync = promisify(execFile)
const here = dirname(fileURLToPath(import.meta.url))

interface Options {
  readonly files: number
  readonly fileBytes: number
  readonly jobs: ReadonlyArray<number>
  readonly runs: number
  readonly output: 'report' | 'json'
  readonly seed: number
  readonly write: boolean
}

function parseOptions(argv: ReadonlyArray<string>): Options {
  const value = (name: string): string | undefined => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3)
  const number = (name: string, fallback: number): number => {
    const raw = value(name)
    const n = raw === undefined ? fallback : Number(raw)
    if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number, got ${raw}`)
    return n
  }
  const known = ['smoke', 'no-write', 'files', 'file-mb', 'jobs', 'runs', 'output', 'seed']
  for (const arg of argv) {
    const name = arg.replace(/^--/, '').replace(/=.*$/, '')
    if (!known.includes(name)) throw new Error(`unknown option ${arg}; known: ${known.map((k) => `--${k}`).join(' ')}`)
  }
  const smoke = argv.includes('--smoke')
  const jobs = (value('jobs') ?? (smoke ? '1,2' : '1,2,3,4')).split(',').map(Number)
  if (jobs.some((j) => !Number.isInteger(j) || j < 1)) throw new Error(`--jobs must list whole numbers of at least 1, got ${value('jobs')}`)
  const output = value('output') ?? 'report'
  if (output !== 'report' && output !== 'json') throw new Error(`--output must be report or json, got ${output}`)
  return {
    files: number('files', smoke ? 2 : 8),
    fileBytes: number('file-mb', smoke ? 4 : 64) * 2 ** 20,
    jobs,
    runs: number('runs', smoke ? 1 : 3),
    output,
    seed: number('seed', 20261201),
    write: !smoke && !argv.includes('--no-write'),
  }
}

/** Bundles the child, its per-record work and the worker thread into `dir`, as the package lays them out. */
async function bundle(dir: string): Promise<string> {
  const common: BuildOptions = { bundle: true, platform: 'node', format: 'esm', target: 'node20', external: ['io-ts', 'fp-ts'], logLevel: 'warning' }
  await build({ ...common, entryPoints: [join(here, 'jobs-worker.ts')], outfile: join(dir, 'jobs-worker.mjs') })
  await build({ ...common, entryPoints: [join(here, 'jobs-transform.ts')], outfile: join(dir, 'jobs-transform.mjs') })
  await build({ ...common, entryPoints: [join(here, '..', 'src', 'node', 'worker.ts')], outfile: join(dir, 'node', 'worker.js') })
  return join(dir, 'jobs-worker.mjs')
}

async function runOnce(child: string, mode: string, folder: string, output: string): Promise<JobsMeasurement> {
  const { stdout } = await execFileAsync(process.execPath, [child, mode, folder, output], { maxBuffer: 1 << 20, timeout: 3_600_000 })
  return JSON.parse(stdout) as JobsMeasurement
}

const options = parseOptions(process.argv.slice(2))
const modes = ['inline', ...options.jobs.map(String)]
// Inside the repository, so that the bundles resolve io-ts and fp-ts from node_modules.
await mkdir(join(here, '..', '.tmp'), { recursive: true })
const scratch = await mkdtemp(join(here, '..', '.tmp', 'bench-jobs-'))
const folder = await mkdtemp(join(tmpdir(), 'cloudtrail-jobs-'))
try {
  const started = performance.now()
  let bytes = 0
  let compressed = 0
  let records = 0
  for (let i = 0; i < options.files; i++) {
    const path = join(folder, `111122223333_CloudTrail_us-east-1_20261201T${String(1000 + i).padStart(4, '0')}Z_bench.json.gz`)
    const written = await writeGzipLog(path, options.fileBytes, options.seed + i)
    bytes += written.bytes
    compressed += written.compressedBytes
    records += written.records
  }
  const child = await bundle(scratch)
  console.log(`${options.files} gzip files, ${mib(bytes)} MiB (${mib(compressed)} MiB compressed), ${records} records, made in ${((performance.now() - started) / 1000).toFixed(1)} s`)

  const results = new Map<string, JobsMeasurement[]>(modes.map((m) => [m, []]))
  for (let round = 0; round < options.runs; round++) {
    for (const mode of modes) {
      const result = await runOnce(child, mode, folder, options.output)
      results.get(mode)?.push(result)
      console.log(`round ${round + 1}, ${mode === 'inline' ? 'one thread' : `${mode} job(s)`}: ${result.seconds.toFixed(2)} s wall, ${result.cpuSeconds.toFixed(2)} s CPU`)
    }
  }

  const hashes = new Set([...results.values()].flat().map((r) => r.hash))
  const inline = results.get('inline') ?? []
  const base = median(inline.map((r) => r.seconds))
  /** Pairwise ratios (same round) of the one-thread run to this mode's run: robust to a machine whose speed drifts. */
  const paired = (runs: ReadonlyArray<JobsMeasurement>): number => median(runs.map((r, i) => (inline[i]?.seconds ?? Number.NaN) / r.seconds))
  const rows = modes.map((mode) => {
    const runs = results.get(mode) ?? []
    const wall = median(runs.map((r) => r.seconds))
    return [
      mode === 'inline' ? 'one thread (`streamRecords` loop, the one-job command line)' : `\`mapFiles\`, ${mode} job${mode === '1' ? ' (no worker thread)' : 's'}`,
      wall.toFixed(2),
      median(runs.map((r) => r.cpuSeconds)).toFixed(2),
      (base / wall).toFixed(2),
      mode === 'inline' ? '1.00' : paired(runs).toFixed(2),
      mib(Math.max(...runs.map((r) => r.maxRss))),
    ]
  })
  const table = markdownTable(['Run', 'Wall s (median)', 'CPU s (median)', '× one thread (medians)', '× one thread (paired)', 'Peak RSS MiB'], rows, 'lrrrrr')
  const machine = machineInfo()
  const identical = hashes.size === 1
  const report = [
    `Summarizing ${options.files} gzip log files (${mib(bytes)} MiB, ${mib(compressed)} MiB compressed, ${records} records; seed ${options.seed}) as \`cloudtrail-codecs summarize\` does (${options.output === 'json' ? 'NDJSON output' : 'the report'}), ${options.runs} round(s), each run a fresh process, modes interleaved. Machine: ${machine.cpu}, ${machine.cores} cores (${availableParallelism()} available), Node ${machine.node}, commit ${machine.commit ?? '?'}. Command: \`npx tsx bench/jobs.ts${process.argv.slice(2).map((a) => ` ${a}`).join('')}\`.`,
    '',
    table,
    '',
    `Outputs identical in every run: ${identical ? 'yes' : 'NO'} (${hashes.size} distinct hash${hashes.size === 1 ? '' : 'es'}). "× one thread (paired)" is the median of the ratios within each round, which holds better than the ratio of medians when other work shares the machine.`,
  ].join('\n')
  console.log(`\n${report}`)
  if (!identical) {
    console.error('bench/jobs: the outputs differ between modes')
    process.exitCode = 1
  } else if (options.write) {
    const path = join(here, 'RESULTS.md')
    const start = '<!-- jobs: written by bench/jobs.ts -->'
    const end = '<!-- jobs: end -->'
    const section = `${start}\n## Jobs: \`summarize\` on every core\n\nRun on ${new Date().toISOString().slice(0, 10)}. ${report}\n${end}`
    const text = await readFile(path, 'utf8')
    const at = text.indexOf(start)
    const stop = text.indexOf(end)
    await writeFile(path, at >= 0 && stop > at ? `${text.slice(0, at)}${section}${text.slice(stop + end.length)}` : `${text.trimEnd()}\n\n${section}\n`)
    console.log(`\nwrote its section of ${path}`)
  }
} finally {
  await rm(folder, { recursive: true, force: true })
  await rm(scratch, { recursive: true, force: true })
}
