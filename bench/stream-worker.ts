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
 * detects gzip itself).
 */
import { createReadStream } from 'node:fs'
import { createGunzip } from 'node:zlib'
import { awsServices } from '../src/aws/index.js'
import { parseRecord, streamRecords } from '../src/index.js'
import { RssSampler } from './measure.js'
import { RecordSplitter } from './split-records.js'
import { STREAM_MODES } from './stream-worker-api.js'
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
  if (mode === 'gunzip') {
    for await (const chunk of gunzipped(path)) bytes += chunk.length
  } else if (mode === 'stream-records') {
    records = 0
    failed = 0
    // The default maxBytes (512 MiB) guards services against huge inputs; this input is meant to be huge.
    // The five services' payloads are checked, as in the in-memory rows.
    for await (const entry of streamRecords(createReadStream(path), { maxBytes: 2 ** 40, services: awsServices })) {
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
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    bytes,
    records,
    failed,
    sampledPeakRss: sampler.stop(),
    maxRss: process.resourceUsage().maxRSS * 1024,
    startRss,
  }
}

const [mode, path, format] = process.argv.slice(2)
if (!STREAM_MODES.some((m) => m === mode) || path === undefined || (format !== 'logFile' && format !== 'ndjson')) {
  process.stderr.write(`usage: node --import tsx bench/stream-worker.ts <${STREAM_MODES.join('|')}> <file.gz> <logFile|ndjson>\n`)
  process.exit(2)
}
const result = await measure(mode as StreamMode, path, format)
process.stdout.write(`${JSON.stringify(result)}\n`)
