/**
 * One streaming measurement, in a process of its own so that its peak RSS is
 * the peak of a process doing only that (Node, tsx, the library and the
 * stream). `bench/run.ts` starts it once per row; it prints one JSON line.
 *
 *   node --import tsx bench/stream-worker.ts <mode> <file.gz> <logFile|ndjson>
 *
 * Modes: `gunzip` (inflate only), `split-parse` (inflate, split into records,
 * `JSON.parse` each), `split-parse-decode` (the same, then `parseRecord` each),
 * `stream-records` (the library's `streamRecords` on the file's bytes, which
 * detects gzip itself, with `services: awsServices`), `floor` (inflate the
 * whole file, then one `JSON.parse` of its text: the CPU time of those two
 * steps), `stream-default` (`streamRecords` with its default options),
 * `stream-zlib` (`streamRecords` inflating with `inflateGzip`). The last three
 * read the file several times, and print the CPU time of the second read and
 * the median of the later ones too.
 */
import { createReadStream } from 'node:fs'
import { createGunzip } from 'node:zlib'
import { awsServices } from '../src/aws/index.js'
import { parseRecord, streamRecords } from '../src/index.js'
import { inflateGzip } from '../src/node/inflate-gzip.js'
import { RssSampler } from './measure.js'
import { RecordSplitter } from './split-records.js'
import { FLOOR_MODES, WORKER_MODES } from './stream-worker-api.js'
import type { StreamMeasurement, StreamMode } from './stream-worker-api.js'

function gunzipped(path: string): AsyncIterable<Buffer> {
  return createReadStream(path).pipe(createGunzip({ chunkSize: 1 << 16 }))
}

async function measure(mode: StreamMode, path: string, format: 'logFile' | 'ndjson'): Promise<StreamMeasurement> {
  const startRss = process.memoryUsage.rss()
  const sampler = new RssSampler()
  sampler.start()
  const cpuStart = process.cpuUsage()
  const start = performance.now()
  let bytes = 0
  let records: number | undefined
  let failed: number | undefined
  let floorCpu: number | undefined
  if (mode === 'gunzip') {
    for await (const chunk of gunzipped(path)) bytes += chunk.length
  } else if (mode === 'floor') {
    // Inflating, then one JSON.parse of the whole text; the UTF-8 decoding between the two is not counted.
    const inflated: Buffer[] = []
    for await (const chunk of gunzipped(path)) inflated.push(chunk)
    const gunzipCpu = process.cpuUsage(cpuStart)
    const text = Buffer.concat(inflated).toString('utf8')
    bytes = Buffer.byteLength(text)
    inflated.length = 0
    const parseStart = process.cpuUsage()
    const parsed = JSON.parse(text) as { Records?: unknown[] }
    const parseCpu = process.cpuUsage(parseStart)
    records = parsed.Records?.length
    floorCpu = (gunzipCpu.user + gunzipCpu.system + parseCpu.user + parseCpu.system) / 1e6
  } else if (mode === 'stream-records' || mode === 'stream-default' || mode === 'stream-zlib') {
    records = 0
    failed = 0
    // The default maxBytes (512 MiB) guards services against huge inputs; this input is meant to be huge.
    // `stream-records` checks the five services' payloads, as the in-memory rows do.
    const options =
      mode === 'stream-records'
        ? { maxBytes: 2 ** 40, services: awsServices }
        : mode === 'stream-zlib'
          ? { maxBytes: 2 ** 40, inflate: inflateGzip }
          : { maxBytes: 2 ** 40 }
    for await (const entry of streamRecords(createReadStream(path), options)) {
      if (entry.kind === 'issue') failed++
      if (++records % 4096 === 0) sampler.sample()
    }
  } else {
    const splitter = new RecordSplitter(format)
    const decode = mode === 'split-parse-decode'
    records = 0
    failed = 0
    for await (const chunk of gunzipped(path)) {
      bytes += chunk.length
      for (const text of splitter.push(chunk)) {
        const value: unknown = JSON.parse(text)
        if (decode && parseRecord(value, { services: awsServices })._tag === 'Left') failed++
        if (++records % 4096 === 0) sampler.sample()
      }
    }
  }
  const seconds = (performance.now() - start) / 1000
  const cpu = process.cpuUsage(cpuStart)
  return {
    seconds,
    cpuSeconds: floorCpu ?? (cpu.user + cpu.system) / 1e6,
    bytes,
    records,
    failed,
    sampledPeakRss: sampler.stop(),
    maxRss: process.resourceUsage().maxRSS * 1024,
    startRss,
  }
}

const [mode, path, format] = process.argv.slice(2)
if (!WORKER_MODES.some((m) => m === mode) || path === undefined || (format !== 'logFile' && format !== 'ndjson')) {
  process.stderr.write(`usage: node --import tsx bench/stream-worker.ts <${WORKER_MODES.join('|')}> <file.gz> <logFile|ndjson>\n`)
  process.exit(2)
}
/**
 * Reads after the first: the second, then two to eight more, as many as fit
 * in about two seconds of reading.
 */
async function laterReads(
  mode: StreamMode,
  path: string,
  format: 'logFile' | 'ndjson',
): Promise<{ readonly againCpuSeconds: number; readonly warmCpuSeconds: number }> {
  const again = await measure(mode, path, format)
  const warm: number[] = []
  let spent = 0
  while (warm.length < 8 && (warm.length < 2 || spent < 2)) {
    const read = await measure(mode, path, format)
    warm.push(read.cpuSeconds)
    spent += read.seconds
  }
  warm.sort((a, b) => a - b)
  return { againCpuSeconds: again.cpuSeconds, warmCpuSeconds: warm[warm.length >> 1] ?? Number.NaN }
}

const result = await measure(mode as StreamMode, path, format)
// The rows against the floor read the file again: what a process that reads many files pays per file.
const later = (FLOOR_MODES as ReadonlyArray<string | undefined>).includes(mode) ? await laterReads(mode as StreamMode, path, format) : undefined
process.stdout.write(`${JSON.stringify({ ...result, ...later })}\n`)
