/**
 * The benchmark: what decoding costs on top of `JSON.parse`, against a Zod v4
 * schema and an Ajv-compiled JSON Schema doing the same job, and how the
 * streaming path does on a large gzip log. Run from the repository root:
 *
 *   npx tsx bench/run.ts            full run; writes bench/RESULTS.md
 *   npx tsx bench/run.ts --smoke    a few MB, ~10 MB streamed, prints only
 *
 * Options: --runs=N, --size-mb=N (in-memory input), --stream-mb=N (streamed
 * input, uncompressed), --seed=N, --stream-format=logFile|ndjson, --no-stream,
 * --floor-mb=1,10,... (the gzip logs that streamRecords reads against the
 * floor), --floor-runs=N, --no-floor, --no-write. The smoke mode checks that
 * every implementation agrees on every record (and exits 1 when one does
 * not); it never checks timings.
 */
import { execFile } from 'node:child_process'
import { readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { awsServices, findService, loadAllServices } from '../src/aws/index.js'
import { parseRecords } from '../src/index.js'
import type { ParseResult } from '../src/index.js'
import { ajvValidateRecord } from './ajv-schema.js'
import { INVALID_EVERY, generateLogText, writeGzipLog } from './generate.js'
import type { LogFormat } from './generate.js'
import { collectGarbage, lifetimeMaxRss, machineInfo, markdownTable, median, mib } from './measure.js'
import type { MachineInfo } from './measure.js'
import { FLOOR_MODES, STREAM_MODES } from './stream-worker-api.js'
import type { StreamMeasurement, StreamMode } from './stream-worker-api.js'
import { operationShapes } from './support-shapes.js'
import { zodParseRecord } from './zod-schema.js'

const execFileAsync = promisify(execFile)

// ---- options --------------------------------------------------------------

interface Options {
  readonly smoke: boolean
  readonly runs: number
  readonly warmup: number
  readonly sizeBytes: number
  readonly streamBytes: number
  readonly seed: number
  readonly streamFormat: LogFormat
  readonly stream: boolean
  /** Uncompressed sizes of the gzip logs read against the floor, in bytes. */
  readonly floorSizes: ReadonlyArray<number>
  readonly floorRuns: number
  readonly floor: boolean
  readonly write: boolean
}

function parseOptions(argv: ReadonlyArray<string>): Options {
  const flag = (name: string): boolean => argv.includes(`--${name}`)
  const value = (name: string): string | undefined => {
    const prefix = `--${name}=`
    return argv.find((a) => a.startsWith(prefix))?.slice(prefix.length)
  }
  const number = (name: string, fallback: number): number => {
    const raw = value(name)
    if (raw === undefined) return fallback
    const n = Number(raw)
    if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number, got ${raw}`)
    return n
  }
  const known = ['smoke', 'no-stream', 'no-floor', 'no-write', 'runs', 'size-mb', 'stream-mb', 'seed', 'stream-format', 'floor-mb', 'floor-runs']
  for (const arg of argv) {
    const name = arg.replace(/^--/, '').replace(/=.*$/, '')
    if (!known.includes(name)) throw new Error(`unknown option ${arg}; known: ${known.map((k) => `--${k}`).join(' ')}`)
  }
  const smoke = flag('smoke')
  const format = value('stream-format') ?? 'logFile'
  if (format !== 'logFile' && format !== 'ndjson') throw new Error(`--stream-format must be logFile or ndjson, got ${format}`)
  const floorMb = (value('floor-mb') ?? (smoke ? '1' : '1,10,40,100,200')).split(',').map(Number)
  if (floorMb.some((n) => !Number.isFinite(n) || n <= 0)) throw new Error(`--floor-mb must list positive sizes in MiB, got ${value('floor-mb')}`)
  return {
    smoke,
    runs: number('runs', smoke ? 1 : 7),
    warmup: smoke ? 1 : 2,
    sizeBytes: number('size-mb', smoke ? 4 : 50) * 2 ** 20,
    streamBytes: number('stream-mb', smoke ? 10 : 1024) * 2 ** 20,
    seed: number('seed', 20240301),
    streamFormat: format,
    stream: !flag('no-stream'),
    floorSizes: floorMb.map((n) => n * 2 ** 20),
    floorRuns: number('floor-runs', smoke ? 1 : 5),
    floor: !flag('no-floor'),
    write: !smoke && !flag('no-write'),
  }
}

// ---- in-memory measurements -------------------------------------------------

/** What one implementation made of the input, for the agreement check. */
interface Outcome {
  readonly decoded: number
  readonly failed: number
  readonly skipped: number
}

interface Variant {
  readonly id: string
  readonly label: string
  readonly run: () => Outcome
}

interface Timing {
  readonly variant: Variant
  /** Wall-clock milliseconds per run. */
  readonly wall: number[]
  /** CPU milliseconds of the process (user + system, all threads) per run. */
  readonly cpu: number[]
  outcome: Outcome | undefined
}

function recordsOf(parsed: unknown): unknown[] {
  const list = typeof parsed === 'object' && parsed !== null ? (parsed as { Records?: unknown }).Records : undefined
  if (!Array.isArray(list)) throw new Error('the generated input is not a log file')
  return list
}

function runZod(parsed: unknown): Outcome {
  const records: unknown[] = []
  const issues: unknown[] = []
  for (const raw of recordsOf(parsed)) {
    const result = zodParseRecord(raw)
    if (result.success) records.push(result.data)
    else issues.push(result.error)
  }
  return { decoded: records.length, failed: issues.length, skipped: 0 }
}

function runAjv(parsed: unknown): Outcome {
  const records: unknown[] = []
  const issues: unknown[] = []
  for (const raw of recordsOf(parsed)) {
    const result = ajvValidateRecord(raw)
    if (result === true) records.push(raw)
    else issues.push(result)
  }
  return { decoded: records.length, failed: issues.length, skipped: 0 }
}

function outcomeOf(result: ParseResult): Outcome {
  return { decoded: result.records.length, failed: result.issues.length, skipped: result.skipped.length }
}

/** Ours checks the payloads of the five services, as the Zod and Ajv schemas do. */
const SERVICES = { services: awsServices } as const
const SUPPORT_ONLY = { ...SERVICES, only: { eventSources: ['support.amazonaws.com'] } } as const
/** Ours with every service passed (the hand-written and the 424 generated ones): what a tool that checks all pays. */
const EVERY_SERVICE = { services: await loadAllServices() } as const

function variants(text: string, parsed: unknown): Variant[] {
  return [
    { id: 'json', label: '`JSON.parse(text)` (the floor)', run: () => ({ decoded: recordsOf(JSON.parse(text)).length, failed: 0, skipped: 0 }) },
    { id: 'ours', label: '`parseRecords(text)`: ours, end to end', run: () => outcomeOf(parseRecords(text, SERVICES)) },
    { id: 'oursDecode', label: '`parseRecords(parsed)`: ours, decode only', run: () => outcomeOf(parseRecords(parsed, SERVICES)) },
    { id: 'zod', label: 'Zod: `JSON.parse` + `safeParse` per record', run: () => runZod(JSON.parse(text)) },
    { id: 'zodDecode', label: 'Zod: `safeParse` per record, decode only', run: () => runZod(parsed) },
    { id: 'ajv', label: 'Ajv: `JSON.parse` + `validate` per record', run: () => runAjv(JSON.parse(text)) },
    { id: 'ajvDecode', label: 'Ajv: `validate` per record, validate only', run: () => runAjv(parsed) },
    { id: 'only', label: '`parseRecords(text, { only: support })`', run: () => outcomeOf(parseRecords(text, SUPPORT_ONLY)) },
    { id: 'onlyDecode', label: '`parseRecords(parsed, { only: support })`', run: () => outcomeOf(parseRecords(parsed, SUPPORT_ONLY)) },
    { id: 'oursEvery', label: '`parseRecords(text, { services: every service })`', run: () => outcomeOf(parseRecords(text, EVERY_SERVICE)) },
  ]
}

function measureInMemory(text: string, parsed: unknown, options: Options): Timing[] {
  const timings: Timing[] = variants(text, parsed).map((variant) => ({ variant, wall: [], cpu: [], outcome: undefined }))
  // Round-robin: every variant runs once per round, so drift affects all alike.
  for (let round = 0; round < options.warmup + options.runs; round++) {
    for (const timing of timings) {
      collectGarbage()
      const cpuStart = process.cpuUsage()
      const start = performance.now()
      const outcome = timing.variant.run()
      const elapsed = performance.now() - start
      const cpu = process.cpuUsage(cpuStart)
      timing.outcome = outcome
      if (round >= options.warmup) {
        timing.wall.push(elapsed)
        timing.cpu.push((cpu.user + cpu.system) / 1000)
      }
    }
    process.stdout.write(`  round ${round + 1}/${options.warmup + options.runs}${round < options.warmup ? ' (warm-up)' : ''}\n`)
  }
  return timings
}

/** Checks that every implementation accounted for every record the same way. */
function checkAgreement(timings: ReadonlyArray<Timing>, total: number, supportTotal: number, invalid: number, invalidSupport: number): string[] {
  const problems: string[] = []
  for (const { variant, outcome } of timings) {
    if (outcome === undefined) continue
    const expected: Outcome =
      variant.id === 'json'
        ? { decoded: total, failed: 0, skipped: 0 }
        : variant.id.startsWith('only')
          ? { decoded: supportTotal - invalidSupport, failed: invalidSupport, skipped: total - supportTotal }
          : { decoded: total - invalid, failed: invalid, skipped: 0 }
    if (outcome.decoded !== expected.decoded || outcome.failed !== expected.failed || outcome.skipped !== expected.skipped) {
      problems.push(`${variant.id}: got ${JSON.stringify(outcome)}, expected ${JSON.stringify(expected)}`)
    }
  }
  return problems
}

// ---- streaming ----------------------------------------------------------------

interface StreamRow {
  readonly label: string
  readonly mode: StreamMode
  readonly result: StreamMeasurement
}

const STREAM_LABELS: Record<(typeof STREAM_MODES)[number], string> = {
  gunzip: 'gunzip only (the floor)',
  'split-parse': 'gunzip + split + `JSON.parse` per record',
  'split-parse-decode': 'gunzip + split + `JSON.parse` + `parseRecord` per record',
  'stream-records': '`streamRecords(gzip file stream)`: ours',
}

/** Runs one streaming row in a fresh process (same Node flags, so tsx loads it) and reads its JSON line. */
async function runWorker(mode: StreamMode, path: string, format: LogFormat): Promise<StreamMeasurement> {
  const worker = join(dirname(fileURLToPath(import.meta.url)), 'stream-worker.ts')
  const { stdout } = await execFileAsync(process.execPath, [...process.execArgv, worker, mode, path, format], {
    maxBuffer: 1 << 20,
  })
  const line = stdout.trim().split('\n').pop() ?? ''
  return JSON.parse(line) as StreamMeasurement
}

interface StreamReport {
  readonly rows: StreamRow[]
  readonly generated: { readonly bytes: number; readonly compressedBytes: number; readonly records: number; readonly seconds: number }
}

async function measureStreaming(options: Options): Promise<StreamReport> {
  const path = join(tmpdir(), `cloudtrail-codecs-bench-${process.pid}.json.gz`)
  const rows: StreamRow[] = []
  try {
    process.stdout.write(`Generating a ${mib(options.streamBytes)} MiB gzip log (${options.streamFormat}) into ${path} ...\n`)
    const genStart = performance.now()
    const written = await writeGzipLog(path, options.streamBytes, options.seed + 1, options.streamFormat)
    const generated = { ...written, seconds: (performance.now() - genStart) / 1000 }
    process.stdout.write(
      `  ${generated.records} records, ${mib(generated.bytes)} MiB (${mib(generated.compressedBytes)} MiB gzip) in ${generated.seconds.toFixed(1)} s\n`,
    )
    const invalid = Math.floor(generated.records / INVALID_EVERY)
    for (const mode of STREAM_MODES) {
      const result = await runWorker(mode, path, options.streamFormat)
      const label = STREAM_LABELS[mode]
      process.stdout.write(
        `  ${label}: ${result.seconds.toFixed(1)} s (CPU ${result.cpuSeconds.toFixed(1)} s), ${(generated.bytes / 2 ** 20 / result.seconds).toFixed(0)} MiB/s, peak RSS ${mib(result.maxRss)} MiB\n`,
      )
      if (mode !== 'stream-records' && result.bytes !== generated.bytes) {
        throw new Error(`${label}: inflated ${result.bytes} bytes, expected ${generated.bytes}`)
      }
      if (result.records !== undefined && result.records !== generated.records) {
        throw new Error(`${label}: saw ${result.records} records, expected ${generated.records}`)
      }
      if ((mode === 'split-parse-decode' || mode === 'stream-records') && result.failed !== invalid) {
        throw new Error(`${label}: ${String(result.failed)} records failed, expected ${invalid}`)
      }
      rows.push({ label, mode, result })
    }
    return { rows, generated }
  } finally {
    await rm(path, { force: true })
  }
}

// ---- streaming against the floor -------------------------------------------

/** The CPU seconds of one way of reading a file, over the runs: first, second and later reads of each process. */
interface Reads {
  readonly first: number[]
  readonly second: number[]
  readonly warm: number[]
  /** Peak RSS of each process. */
  readonly maxRss: number[]
}

/** One size of gzip log: the floor and streamRecords (both inflaters), run in turn in fresh processes. */
interface FloorRow {
  readonly bytes: number
  readonly compressedBytes: number
  readonly records: number
  /** Inflate + one `JSON.parse`. */
  readonly floor: Reads
  /** `streamRecords` with its default options (`DecompressionStream`). */
  readonly stream: Reads
  /** `streamRecords` with `inflate: inflateGzip` (`node:zlib`). */
  readonly zlib: Reads
}

function reads(): Reads {
  return { first: [], second: [], warm: [], maxRss: [] }
}

/**
 * For each size, writes a gzip log, then runs the floor and `streamRecords`
 * with each inflater in turn (floor, default, zlib, floor, ...), each in a
 * fresh process, so the ratio of each round is taken under the same load.
 */
async function measureFloor(options: Options): Promise<FloorRow[]> {
  const rows: FloorRow[] = []
  for (const size of options.floorSizes) {
    const path = join(tmpdir(), `cloudtrail-codecs-floor-${process.pid}-${size}.json.gz`)
    try {
      const written = await writeGzipLog(path, size, options.seed + 2, 'logFile')
      const invalid = Math.floor(written.records / INVALID_EVERY)
      const row: FloorRow = { ...written, floor: reads(), stream: reads(), zlib: reads() }
      for (let run = 0; run < options.floorRuns; run++) {
        for (const mode of FLOOR_MODES) {
          const result = await runWorker(mode, path, 'logFile')
          if (result.records !== written.records) throw new Error(`${mode}, ${mib(size)} MiB: saw ${String(result.records)} records, expected ${written.records}`)
          if (mode !== 'floor' && result.failed !== invalid) {
            throw new Error(`${mode}, ${mib(size)} MiB: ${String(result.failed)} records failed, expected ${invalid}`)
          }
          const into = mode === 'floor' ? row.floor : mode === 'stream-default' ? row.stream : row.zlib
          into.first.push(result.cpuSeconds)
          into.second.push(result.againCpuSeconds ?? Number.NaN)
          into.warm.push(result.warmCpuSeconds ?? Number.NaN)
          into.maxRss.push(result.maxRss)
        }
      }
      const against = (of: Reads, read: Read): string => againstFloor(row, of, read).toFixed(2)
      process.stdout.write(
        `  ${mib(written.bytes)} MiB (${mib(written.compressedBytes)} MiB gzip): floor ${(median(row.floor.first) * 1000).toFixed(0)} ms CPU; ` +
          `× floor, first/second/later reads: DecompressionStream ${against(row.stream, 'first')}/${against(row.stream, 'second')}/${against(row.stream, 'warm')}, ` +
          `node:zlib ${against(row.zlib, 'first')}/${against(row.zlib, 'second')}/${against(row.zlib, 'warm')}\n`,
      )
      rows.push(row)
    } finally {
      await rm(path, { force: true })
    }
  }
  return rows
}

/** The target of the rows against the floor: streamRecords within 1.2 times the floor. */
const FLOOR_TARGET = 1.2

/** The ratio of each pair of runs (the same round), `a / b`. */
function pairRatios(a: ReadonlyArray<number>, b: ReadonlyArray<number>): number[] {
  return a.map((x, i) => x / (b[i] ?? Number.NaN))
}

/** One read of a process: its first, its second, or the median of the later ones. */
type Read = 'first' | 'second' | 'warm'

/** The median over the rounds of the ratio of one way of reading to the floor, for the same read of each process. */
function againstFloor(row: FloorRow, of: Reads, read: Read): number {
  return median(pairRatios(of[read], row.floor[read]))
}

function renderFloor(rows: ReadonlyArray<FloorRow>, options: Options): string {
  const lines = [
    `Streaming against the floor: gzip CloudTrail log files of ${rows.map((r) => `${mib(r.bytes)}`).join(', ')} MiB uncompressed, seed ${options.seed + 2}. ` +
      'The floor is what JavaScript cannot go below: inflating the file with `node:zlib`, then one `JSON.parse` of its whole text ' +
      '(the CPU time of those two steps; the UTF-8 decoding between them is not counted). `streamRecords` reads the same file from disk ' +
      '(`createReadStream`), checks the UTF-8, splits the records and decodes each; it inflates with its default, the platform\'s ' +
      '`DecompressionStream`, or with `inflate: inflateGzip` (`node:zlib`, from `cloudtrail-codecs/node`). ' +
      `Each run is a fresh process (the time counts the reads only, not loading Node and the library) that reads the file several times; the three alternate, ${options.floorRuns} runs each, ` +
      'and each ratio is the median of the ratios of each round (CPU time of the process, all threads). "First" is the first read of a process, ' +
      '"second" the next, "later" the median of the reads after that (two to eight, about two seconds of reading).',
    '',
    markdownTable(
      [
        'Input MiB',
        'gzip MiB',
        'Records',
        'Floor CPU ms (first read)',
        '`DecompressionStream` × floor: first, second, later',
        '`inflateGzip` × floor: first (min–max)',
        '`inflateGzip` × floor: second, later',
        'Target (first read)',
        'Met',
        'Peak RSS MiB',
      ],
      rows.map((row) => {
        const first = pairRatios(row.zlib.first, row.floor.first)
        const ratio = median(first)
        return [
          mib(row.bytes),
          mib(row.compressedBytes),
          String(row.records),
          (median(row.floor.first) * 1000).toFixed(0),
          [againstFloor(row, row.stream, 'first'), againstFloor(row, row.stream, 'second'), againstFloor(row, row.stream, 'warm')].map((r) => r.toFixed(2)).join(', '),
          `${ratio.toFixed(2)} (${Math.min(...first).toFixed(2)}–${Math.max(...first).toFixed(2)})`,
          [againstFloor(row, row.zlib, 'second'), againstFloor(row, row.zlib, 'warm')].map((r) => r.toFixed(2)).join(', '),
          `≤ ${FLOOR_TARGET.toFixed(2)}`,
          ratio <= FLOOR_TARGET ? 'yes' : '**no**',
          mib(Math.max(...row.zlib.maxRss, ...row.stream.maxRss)),
        ]
      }),
      'rrrrlllllr',
    ),
    '',
    'The first read of a process also compiles the code it runs: the codecs, compiled on first use, and the optimising ' +
      "compiler's work on the reader (on its own threads, counted in the process's CPU time); the floor runs native code " +
      'only. The later reads are what a process that reads many files (the command line, a warm Lambda function) pays ' +
      'per file. Every record is decoded and checked (the record and identity codecs), which the floor does not do: in memory, ' +
      '`parseRecords` costs about 1.2 to 1.3 times `JSON.parse` alone (the rows above), and that bounds the ratio on large files.',
  ]
  return lines.join('\n')
}

// ---- report -----------------------------------------------------------------

function ratio(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined || b === undefined || b === 0 ? undefined : a / b
}

function fmt(n: number | undefined, digits = 2): string {
  return n === undefined ? 'n/a' : n.toFixed(digits)
}

interface Report {
  readonly options: Options
  readonly command: string
  readonly machine: MachineInfo
  readonly input: { readonly bytes: number; readonly records: number; readonly support: number; readonly generateSeconds: number }
  readonly timings: ReadonlyArray<Timing>
  readonly stream: StreamReport | undefined
  readonly floor: ReadonlyArray<FloorRow> | undefined
  readonly typedOperations: number
  readonly lifetimeMaxRss: number
}

function renderReport(report: Report): string {
  const { timings, input, options } = report
  const cpu = new Map(timings.map((t) => [t.variant.id, median(t.cpu)]))
  const wall = new Map(timings.map((t) => [t.variant.id, median(t.wall)]))
  const jsonCpu = cpu.get('json')
  const rows = timings.map((t, i) => {
    const m = median(t.cpu)
    return [
      String(i + 1),
      t.variant.label,
      m.toFixed(1),
      median(t.wall).toFixed(1),
      Math.min(...t.wall).toFixed(1),
      (input.bytes / 2 ** 20 / (m / 1000)).toFixed(0),
      fmt(ratio(m, jsonCpu)),
    ]
  })
  type RatioSpec = readonly [name: string, a: string, b: string, target: string, met: ((r: number) => boolean) | undefined]
  const ratios: ReadonlyArray<RatioSpec> = [
    ['`parseRecords(text)` / `JSON.parse` (row 2 / row 1)', 'ours', 'json', '≤ 1.30', (r) => r <= 1.3],
    ['ours / Zod, end to end (row 2 / row 4)', 'ours', 'zod', '< 1.00', (r) => r < 1],
    ['ours / Zod, decode only (row 3 / row 5)', 'oursDecode', 'zodDecode', '', undefined],
    ['ours / Ajv, end to end (row 2 / row 6)', 'ours', 'ajv', '≤ 1.10', (r) => r <= 1.1],
    ['ours / Ajv, validate only (row 3 / row 7)', 'oursDecode', 'ajvDecode', '', undefined],
    ['decode only / `JSON.parse` (row 3 / row 1)', 'oursDecode', 'json', '', undefined],
    ['`only: support` end to end / `JSON.parse` (row 8 / row 1)', 'only', 'json', '', undefined],
    ['every service end to end / `JSON.parse` (row 10 / row 1)', 'oursEvery', 'json', '≤ 1.35', (r) => r <= 1.35],
  ]
  const ratioRows = ratios.map(([name, a, b, target, met]) => {
    const value = ratio(cpu.get(a), cpu.get(b))
    return [
      name,
      fmt(value),
      fmt(ratio(wall.get(a), wall.get(b))),
      target,
      met === undefined || value === undefined ? '' : met(value) ? 'yes' : '**no**',
    ]
  })
  const lines: string[] = []
  const m = report.machine
  lines.push(`Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, Node ${m.node} (V8 ${m.v8}), ${m.os}${m.commit === undefined ? '' : `, commit ${m.commit}`}`)
  lines.push(`Command: \`${report.command}\``)
  lines.push('')
  lines.push(
    `In-memory input: a CloudTrail log file of ${mib(input.bytes)} MiB, ${input.records} records (${input.support} of support.amazonaws.com; ` +
      `${Math.floor(input.records / INVALID_EVERY)} invalid on purpose), seed ${options.seed}, generated in ${input.generateSeconds.toFixed(1)} s. ` +
      `Median of ${options.runs} runs after ${options.warmup} warm-up round(s), variants interleaved, full GC before each run. ` +
      'CPU ms is the process CPU time (user + system, all threads) spent in the call: it is what the ratios use, because ' +
      'wall time on a shared machine also counts the time other processes held the CPU (wall figures are shown for reference). ' +
      `Typed Support/Trusted Advisor operations registered in the library: ${report.typedOperations} of the ${operationShapes.length} the peers check.`,
  )
  lines.push('')
  lines.push(markdownTable(['#', 'Measurement', 'CPU ms (median)', 'Wall ms (median)', 'Wall ms (min)', 'MiB/s (CPU)', '× JSON.parse (CPU)'], rows, 'rlrrrrr'))
  lines.push('')
  lines.push(markdownTable(['Ratio', 'CPU medians', 'Wall medians', 'Target', 'Met (CPU)'], ratioRows, 'lrrll'))
  if (report.stream !== undefined) {
    const { rows: streamRows, generated } = report.stream
    lines.push('')
    lines.push(
      `Streaming input: a gzip ${options.streamFormat === 'logFile' ? 'CloudTrail log file' : 'NDJSON file'} of ${mib(generated.bytes)} MiB uncompressed ` +
        `(${mib(generated.compressedBytes)} MiB compressed), ${generated.records} records, generated lazily in ${generated.seconds.toFixed(1)} s. ` +
        'Each row runs in a fresh process (Node + tsx + the library); peak RSS is that process\'s `process.resourceUsage().maxRSS`, start RSS what it held before reading.',
    )
    lines.push('')
    lines.push(
      markdownTable(
        ['Measurement', 'Wall s', 'MiB/s (wall)', 'CPU s', 'Records', 'Start RSS MiB', 'Peak RSS MiB'],
        streamRows.map(({ label, result }) => [
          label,
          result.seconds.toFixed(1),
          (generated.bytes / 2 ** 20 / result.seconds).toFixed(0),
          result.cpuSeconds.toFixed(1),
          result.records === undefined ? '' : String(result.records),
          mib(result.startRss),
          mib(result.maxRss),
        ]),
        'lrrrrrr',
      ),
    )
    const ours = streamRows.find((r) => r.mode === 'stream-records')
    if (ours !== undefined) {
      const met = ours.result.maxRss < 256 * 2 ** 20
      lines.push('', `Target: the ${mib(generated.bytes)} MiB stream under 256 MiB peak RSS: ${met ? 'met' : '**not met**'} (${mib(ours.result.maxRss)} MiB).`)
    }
  }
  if (report.floor !== undefined && report.floor.length > 0) lines.push('', renderFloor(report.floor, options))
  lines.push('', `Process peak RSS over the whole run (\`process.resourceUsage().maxRSS\`): ${mib(report.lifetimeMaxRss)} MiB (the in-memory rows hold the ${mib(input.bytes)} MiB text and its parsed objects).`)
  return lines.join('\n')
}

const RESULTS_HEADER = `# Benchmark results

Written by \`bench/run.ts\` (see \`bench/README.md\` for what each row means). Re-run with \`npm run bench\`
(\`npx tsx bench/run.ts\`); the figures below are from the last full run. Where the time goes and what to change
in \`src/\` to meet the targets: \`bench/PROFILE.md\`.

`

// ---- main -------------------------------------------------------------------

async function main(): Promise<void> {
  const argv = process.argv.slice(2)
  const options = parseOptions(argv)
  const command = ['npx tsx bench/run.ts', ...argv].join(' ')
  const machine = machineInfo()
  const typedOperations = operationShapes.filter((op) => findService(op.eventSource)?.operation(op.eventName) !== undefined).length
  process.stdout.write(`${options.smoke ? 'Smoke run' : 'Full run'}: ${command}\n`)

  // Streaming first, so its peak RSS is not inflated by the in-memory input.
  const stream = options.stream ? await measureStreaming(options) : undefined
  if (options.floor) process.stdout.write(`Streaming against the floor (${options.floorRuns} runs per size, each in a fresh process) ...\n`)
  const floor = options.floor ? await measureFloor(options) : undefined

  process.stdout.write(`Generating ${mib(options.sizeBytes)} MiB in memory ...\n`)
  const genStart = performance.now()
  const { text, count } = generateLogText(options.sizeBytes, options.seed)
  const generateSeconds = (performance.now() - genStart) / 1000
  const parsed: unknown = JSON.parse(text)
  const all = recordsOf(parsed)
  const isSupport = (r: unknown): boolean => (r as { eventSource?: unknown }).eventSource === 'support.amazonaws.com'
  const support = all.filter(isSupport).length
  const invalidIndexes = all.map((_, i) => i).filter((i) => (i + 1) % INVALID_EVERY === 0)
  const invalidSupport = invalidIndexes.filter((i) => isSupport(all[i])).length
  process.stdout.write(`  ${count} records, ${mib(Buffer.byteLength(text))} MiB\nMeasuring (${options.warmup} warm-up + ${options.runs} runs) ...\n`)
  const timings = measureInMemory(text, parsed, options)

  const problems = checkAgreement(timings, count, support, invalidIndexes.length, invalidSupport)
  const report = renderReport({
    options,
    command,
    machine,
    input: { bytes: Buffer.byteLength(text), records: count, support, generateSeconds },
    timings,
    stream,
    floor,
    typedOperations,
    lifetimeMaxRss: lifetimeMaxRss(),
  })
  process.stdout.write(`\n${report}\n`)
  if (typedOperations < operationShapes.length) {
    process.stdout.write(`\nNote: only ${typedOperations} of ${operationShapes.length} operations the peers check are typed in the library; ours does less work on those records.\n`)
  }
  if (problems.length > 0) {
    process.stderr.write(`\nThe implementations disagree on the input (a schema, a codec or the generator is wrong):\n${problems.map((p) => `  ${p}`).join('\n')}\n`)
    const sample = parseRecords(parsed, SERVICES).issues.slice(0, 5)
    for (const issue of sample) process.stderr.write(`  ours: ${issue.message.slice(0, 400)}\n`)
    process.exitCode = 1
    return
  }
  if (options.write) {
    const out = join(dirname(fileURLToPath(import.meta.url)), 'RESULTS.md')
    const kept = keptSections(await readFile(out, 'utf8').catch(() => ''))
    await writeFile(out, `${RESULTS_HEADER}Run on ${new Date().toISOString().slice(0, 10)}.\n\n${report}\n${kept.map((section) => `\n${section}\n`).join('')}`)
    process.stdout.write(`\nWrote ${out}\n`)
  }
}

/**
 * The sections other benchmarks write into RESULTS.md (`bench/jobs.ts`,
 * `bench/lambda.ts`), each between its own markers: kept as they are when
 * this run writes the file again.
 */
function keptSections(text: string): string[] {
  const sections: string[] = []
  for (const name of ['jobs', 'lambda']) {
    const start = text.indexOf(`<!-- ${name}: written by`)
    const endMarker = `<!-- ${name}: end -->`
    const end = text.indexOf(endMarker, start)
    if (start >= 0 && end > start) sections.push(text.slice(start, end + endMarker.length))
  }
  return sections
}

await main()
