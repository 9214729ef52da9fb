/**
 * Profiles the streaming reader: `streamRecords` on a generated gzip log file
 * (read from disk with `createReadStream`, as a user would), with the V8
 * sampling profiler started through `node:inspector` around the read only.
 * Writes `stream-records.cpuprofile` to `bench/out/` (git-ignored; open it in
 * Chrome DevTools) and prints the top self-time functions.
 *
 *   npx tsx bench/profile-stream.ts [--size-mb=N] [--services] [--format=logFile|ndjson] [--out=DIR]
 *
 * `--services` passes `services: awsServices`, as the benchmark's 1 GiB row
 * does; without it, `streamRecords` runs with its default options.
 */
import { createReadStream, mkdirSync, writeFileSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { Session } from 'node:inspector'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { awsServices } from '../src/aws/index.js'
import { streamRecords } from '../src/index.js'
import { writeGzipLog } from './generate.js'
import type { LogFormat } from './generate.js'
import { collectGarbage } from './measure.js'
import { renderHotSpots } from './profile-summary.js'
import type { CpuProfile } from './profile-summary.js'

function option(name: string): string | undefined {
  const prefix = `--${name}=`
  return process.argv.slice(2).find((a) => a.startsWith(prefix))?.slice(prefix.length)
}

const sizeBytes = Number(option('size-mb') ?? 100) * 2 ** 20
const format: LogFormat = option('format') === 'ndjson' ? 'ndjson' : 'logFile'
const withServices = process.argv.includes('--services')
const outDir = option('out') ?? join(dirname(fileURLToPath(import.meta.url)), 'out')

function post(session: Session, method: string, params: object = {}): Promise<unknown> {
  return new Promise((resolve, reject) => {
    session.post(method, params, (error, result) => (error === null ? resolve(result) : reject(error)))
  })
}

async function read(path: string): Promise<{ records: number; issues: number }> {
  let records = 0
  let issues = 0
  const options = withServices ? { maxBytes: Number.POSITIVE_INFINITY, services: awsServices } : { maxBytes: Number.POSITIVE_INFINITY }
  for await (const entry of streamRecords(createReadStream(path), options)) {
    if (entry.kind === 'record') records++
    else if (entry.kind === 'issue') issues++
  }
  return { records, issues }
}

const path = join(tmpdir(), `cloudtrail-codecs-profile-${process.pid}.json.gz`)
try {
  const written = await writeGzipLog(path, sizeBytes, 20240302, format)
  process.stdout.write(`Input: ${written.records} records, ${(written.bytes / 2 ** 20).toFixed(1)} MiB (${(written.compressedBytes / 2 ** 20).toFixed(1)} MiB gzip), ${format}\n`)
  mkdirSync(outDir, { recursive: true })
  // One read to warm up, so the profile shows optimised code.
  await read(path)
  collectGarbage()
  const session = new Session()
  session.connect()
  await post(session, 'Profiler.enable')
  await post(session, 'Profiler.setSamplingInterval', { interval: 100 })
  await post(session, 'Profiler.start')
  const cpuStart = process.cpuUsage()
  const start = performance.now()
  const counts = await read(path)
  const elapsed = performance.now() - start
  const cpu = process.cpuUsage(cpuStart)
  const result = (await post(session, 'Profiler.stop')) as { profile: CpuProfile }
  await post(session, 'Profiler.disable')
  session.disconnect()
  const file = join(outDir, 'stream-records.cpuprofile')
  writeFileSync(file, JSON.stringify(result.profile))
  process.stdout.write(
    `\n== streamRecords${withServices ? ' (services: awsServices)' : ''}: ${counts.records} records, ${counts.issues} issues, ` +
      `${elapsed.toFixed(0)} ms wall, ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms CPU; ${file}\n${renderHotSpots(result.profile, 30)}\n`,
  )
} finally {
  await rm(path, { force: true })
}
