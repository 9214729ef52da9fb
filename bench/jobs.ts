/**
 * How `summarize` grows with jobs: a folder of gzip log files summarized by
 * the command itself (`cloudtrail-codecs summarize --jobs N`, `cli`), and in
 * a program of its own on one thread (the command's one-job loop, `inline`)
 * and with `mapFiles` on 1, 2, ... jobs (`map`), each run in a fresh process,
 * rounds interleaved. Every run of a kind must give the same output (the
 * command's stdout, or the hash of the program's report or NDJSON); the run
 * exits 1 when one does not. Timings are never checked.
 *
 *   npx tsx bench/jobs.ts                 8 files of 64 MiB, jobs 1..4, 3 rounds; writes its section of bench/RESULTS.md
 *   npx tsx bench/jobs.ts --smoke         2 files of 4 MiB, jobs 1 and 2, 1 round; writes nothing
 *
 * Options: --files=N, --file-mb=N, --jobs=1,2,4, --runs=N, --output=report|json, --modes=cli,inline,map (default
 * all three), --seed=N, --no-write.
 *
 * The children are bundled first with esbuild (into a temporary folder, with
 * `node/worker.js` beside them, as the built package lays them out: the
 * command is `cli.js` there, as `dist/cli.js` is), so that the workers run
 * built JavaScript, as they do for a user: no TypeScript loader in any
 * thread. The command's standard output goes to a file (compared between runs
 * afterwards, outside the time), its CPU time and peak RSS are written at
 * exit by a module it preloads.
 */
import { execFile, spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { closeSync, createReadStream, openSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { availableParallelism, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
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
  readonly modes: ReadonlyArray<'cli' | 'inline' | 'map'>
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
  const known = ['smoke', 'no-write', 'files', 'file-mb', 'jobs', 'runs', 'output', 'modes', 'seed']
  for (const arg of argv) {
    const name = arg.replace(/^--/, '').replace(/=.*$/, '')
    if (!known.includes(name)) throw new Error(`unknown option ${arg}; known: ${known.map((k) => `--${k}`).join(' ')}`)
  }
  const smoke = argv.includes('--smoke')
  const jobs = (value('jobs') ?? (smoke ? '1,2' : '1,2,3,4')).split(',').map(Number)
  if (jobs.some((j) => !Number.isInteger(j) || j < 1)) throw new Error(`--jobs must list whole numbers of at least 1, got ${value('jobs')}`)
  const output = value('output') ?? 'report'
  if (output !== 'report' && output !== 'json') throw new Error(`--output must be report or json, got ${output}`)
  const modes = (value('modes') ?? 'cli,inline,map').split(',')
  if (modes.some((m) => m !== 'cli' && m !== 'inline' && m !== 'map')) throw new Error(`--modes must list cli, inline and map, got ${value('modes')}`)
  return {
    files: number('files', smoke ? 2 : 8),
    fileBytes: number('file-mb', smoke ? 4 : 64) * 2 ** 20,
    jobs,
    runs: number('runs', smoke ? 1 : 3),
    output,
    modes: modes as Array<'cli' | 'inline' | 'map'>,
    seed: number('seed', 20261201),
    write: !smoke && !argv.includes('--no-write'),
  }
}

/** Bundles the child, its per-record work, the command and the worker thread into `dir`, as the package lays them out. */
async function bundle(dir: string): Promise<{ readonly child: string; readonly cli: string; readonly hook: string }> {
  const common: BuildOptions = { bundle: true, platform: 'node', format: 'esm', target: 'node20', external: ['io-ts', 'fp-ts'], logLevel: 'warning' }
  await build({ ...common, entryPoints: [join(here, 'jobs-worker.ts')], outfile: join(dir, 'jobs-worker.mjs') })
  await build({ ...common, entryPoints: [join(here, 'jobs-transform.ts')], outfile: join(dir, 'jobs-transform.mjs') })
  // As the package's build does: the services the command imports by eventSource go to chunks of their own.
  await build({ ...common, entryPoints: { cli: join(here, '..', 'src', 'cli', 'main.ts') }, outdir: dir, splitting: true, chunkNames: 'cli-chunks/[name]-[hash]' })
  await build({ ...common, entryPoints: [join(here, '..', 'src', 'node', 'worker.ts')], outfile: join(dir, 'node', 'worker.js') })
  const hook = join(dir, 'measure-hook.mjs')
  await writeFile(
    hook,
    `import { writeFileSync } from 'node:fs'\nconst cpu = process.cpuUsage()\nprocess.on('exit', () => { const used = process.cpuUsage(cpu); writeFileSync(process.env.JOBS_MEASURE_FILE, JSON.stringify({ cpuSeconds: (used.user + used.system) / 1e6, maxRss: process.resourceUsage().maxRSS * 1024 })) })\n`,
  )
  return { child: join(dir, 'jobs-worker.mjs'), cli: join(dir, 'cli.js'), hook }
}

/** One run of a mode: `inline`, `map:N` (the program) or `cli:N` (the command). */
async function runOnce(built: { readonly child: string; readonly cli: string; readonly hook: string }, mode: string, folder: string, output: string, scratch: string): Promise<JobsMeasurement> {
  if (!mode.startsWith('cli:')) {
    const { stdout } = await execFileAsync(process.execPath, [built.child, mode.replace(/^map:/, ''), folder, output], { maxBuffer: 1 << 20, timeout: 3_600_000 })
    return JSON.parse(stdout) as JobsMeasurement
  }
  const out = join(scratch, 'stdout.txt')
  const measureFile = join(scratch, 'measure.json')
  const fd = openSync(out, 'w')
  const args = ['--import', pathToFileURL(built.hook).href, built.cli, 'summarize', '--jobs', mode.slice(4), '--no-progress', ...(output === 'json' ? ['--json'] : []), folder]
  const start = performance.now()
  const status = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', fd, 'ignore'], env: { ...process.env, JOBS_MEASURE_FILE: measureFile } })
    child.on('error', reject)
    child.on('exit', (code) => resolve(code))
  })
  const seconds = (performance.now() - start) / 1000
  closeSync(fd)
  if (status !== 0) throw new Error(`cloudtrail-codecs summarize --jobs ${mode.slice(4)} exited with ${status}`)
  const hash = createHash('sha256')
  let lines = 0
  for await (const chunk of createReadStream(out)) {
    hash.update(chunk as Buffer)
    for (const byte of chunk as Buffer) if (byte === 0x0a) lines++
  }
  const measured = JSON.parse(await readFile(measureFile, 'utf8')) as { cpuSeconds: number; maxRss: number }
  return { seconds, cpuSeconds: measured.cpuSeconds, maxRss: measured.maxRss, records: lines, issues: 0, hash: hash.digest('hex') }
}

function modeName(mode: string): string {
  if (mode === 'inline') return 'one thread (`streamRecords` loop in a program, as the command reads)'
  const jobs = mode.slice(mode.indexOf(':') + 1)
  if (mode.startsWith('cli:')) return `\`cloudtrail-codecs summarize --jobs ${jobs}\`${jobs === '1' ? ' (no worker thread)' : ''}`
  return `\`mapFiles\` in a program, ${jobs} job${jobs === '1' ? ' (no worker thread)' : 's'}`
}

const options = parseOptions(process.argv.slice(2))
const modes = [
  ...(options.modes.includes('cli') ? options.jobs.map((j) => `cli:${j}`) : []),
  ...(options.modes.includes('inline') ? ['inline'] : []),
  ...(options.modes.includes('map') ? options.jobs.map((j) => `map:${j}`) : []),
]
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
  const built = await bundle(scratch)
  console.log(`${options.files} gzip files, ${mib(bytes)} MiB (${mib(compressed)} MiB compressed), ${records} records, made in ${((performance.now() - started) / 1000).toFixed(1)} s`)

  const results = new Map<string, JobsMeasurement[]>(modes.map((m) => [m, []]))
  for (let round = 0; round < options.runs; round++) {
    for (const mode of modes) {
      const result = await runOnce(built, mode, folder, options.output, scratch)
      results.get(mode)?.push(result)
      console.log(`round ${round + 1}, ${mode}: ${result.seconds.toFixed(2)} s wall, ${result.cpuSeconds.toFixed(2)} s CPU, peak RSS ${mib(result.maxRss)} MiB`)
    }
  }

  /** Outputs must agree within a kind: the command's runs, and the program's (another text: its own report). */
  const kinds = [modes.filter((m) => m.startsWith('cli:')), modes.filter((m) => !m.startsWith('cli:'))].filter((k) => k.length > 0)
  const distinct = kinds.map((kind) => new Set(kind.flatMap((m) => results.get(m) ?? []).map((r) => r.hash)).size)
  /** Each mode against its own one-job run (`cli:2` against `cli:1`, `map:2` against `map:1`); the program's loop against itself. */
  const baseOf = (mode: string): string => {
    const one = `${mode.slice(0, mode.indexOf(':'))}:1`
    return mode !== 'inline' && modes.includes(one) ? one : mode
  }
  /** Pairwise ratios (same round) of the one-job run to this mode's run: robust to a machine whose speed drifts. */
  const paired = (mode: string): number => {
    const base = results.get(baseOf(mode)) ?? []
    return median((results.get(mode) ?? []).map((r, i) => (base[i]?.seconds ?? Number.NaN) / r.seconds))
  }
  const rows = modes.map((mode) => {
    const runs = results.get(mode) ?? []
    const wall = median(runs.map((r) => r.seconds))
    const baseWall = median((results.get(baseOf(mode)) ?? []).map((r) => r.seconds))
    return [
      modeName(mode),
      wall.toFixed(2),
      median(runs.map((r) => r.cpuSeconds)).toFixed(2),
      (baseWall / wall).toFixed(2),
      baseOf(mode) === mode ? '1.00' : paired(mode).toFixed(2),
      mib(Math.max(...runs.map((r) => r.maxRss))),
    ]
  })
  const table = markdownTable(['Run', 'Wall s (median)', 'CPU s (median)', '× one job (medians)', '× one job (paired)', 'Peak RSS MiB'], rows, 'lrrrrr')
  const machine = machineInfo()
  const identical = distinct.every((n) => n === 1)
  const report = [
    `Summarizing ${options.files} gzip log files (${mib(bytes)} MiB, ${mib(compressed)} MiB compressed, ${records} records; seed ${options.seed}) as \`cloudtrail-codecs summarize\` does (${options.output === 'json' ? 'NDJSON output' : 'the report'}), ${options.runs} round(s), each run a fresh process, modes interleaved. Machine: ${machine.cpu}, ${machine.cores} cores (${availableParallelism()} available), Node ${machine.node}, commit ${machine.commit ?? '?'}. Command: \`npx tsx bench/jobs.ts${process.argv.slice(2).map((a) => ` ${a}`).join('')}\`.`,
    '',
    table,
    '',
    `Outputs identical in every run of a kind (the command's stdout with every --jobs; the program's report or NDJSON in every mode): ${identical ? 'yes' : 'NO'}. Each row is against the same mode's one-job row: the command's against \`--jobs 1\`, \`mapFiles\`'s against \`mapFiles\` with one job. "× one job (paired)" is the median of the ratios within each round, which holds better than the ratio of medians when other work shares the machine; CPU is every thread's, and the command's wall time includes starting Node.`,
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
