/**
 * Profiles the decode path: `parseRecords` on an already-parsed log (decode
 * only), then on the text (end to end), with the V8 sampling profiler started
 * through `node:inspector` around the workload only (generating the input is
 * left out). Writes `decode-only.cpuprofile` and `end-to-end.cpuprofile` to
 * `bench/out/` (git-ignored; open them in Chrome DevTools) and prints the top
 * self-time functions of each.
 *
 *   npx tsx bench/profile.ts [--size-mb=N] [--rounds=N] [--out=DIR]
 *
 * `node --cpu-prof --cpu-prof-dir=bench/out --import tsx bench/profile.ts`
 * works too (it profiles the whole process, input generation included);
 * summarise its file with `npx tsx bench/profile-summary.ts bench/out`.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { Session } from 'node:inspector'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { awsServices } from '../src/aws/index.js'
import { parseRecords } from '../src/index.js'
import { generateLogText } from './generate.js'
import { collectGarbage } from './measure.js'
import { renderHotSpots } from './profile-summary.js'
import type { CpuProfile } from './profile-summary.js'

function option(name: string): string | undefined {
  const prefix = `--${name}=`
  return process.argv.slice(2).find((a) => a.startsWith(prefix))?.slice(prefix.length)
}

const sizeBytes = Number(option('size-mb') ?? 50) * 2 ** 20
const rounds = Number(option('rounds') ?? 8)
const outDir = option('out') ?? join(dirname(fileURLToPath(import.meta.url)), 'out')

function post(session: Session, method: string, params: object = {}): Promise<unknown> {
  return new Promise((resolve, reject) => {
    session.post(method, params, (error, result) => (error === null ? resolve(result) : reject(error)))
  })
}

async function profile(session: Session, label: string, work: () => void): Promise<void> {
  collectGarbage()
  await post(session, 'Profiler.enable')
  await post(session, 'Profiler.setSamplingInterval', { interval: 100 })
  await post(session, 'Profiler.start')
  const start = performance.now()
  work()
  const elapsed = performance.now() - start
  const result = (await post(session, 'Profiler.stop')) as { profile: CpuProfile }
  await post(session, 'Profiler.disable')
  const file = join(outDir, `${label}.cpuprofile`)
  writeFileSync(file, JSON.stringify(result.profile))
  process.stdout.write(`\n== ${label}: ${rounds} rounds in ${elapsed.toFixed(0)} ms; ${file}\n${renderHotSpots(result.profile, 25)}\n`)
}

const { text, count } = generateLogText(sizeBytes, 20240301)
const parsed: unknown = JSON.parse(text)
/** The benchmark's work: every record decoded, the five services' payloads checked. */
const options = { services: awsServices }
process.stdout.write(`Input: ${count} records, ${(Buffer.byteLength(text) / 2 ** 20).toFixed(1)} MiB\n`)
mkdirSync(outDir, { recursive: true })
// Warm up so the profile shows optimised code, as a long-running decoder would.
for (let i = 0; i < 2; i++) parseRecords(parsed, options)

const session = new Session()
session.connect()
await profile(session, 'decode-only', () => {
  for (let i = 0; i < rounds; i++) parseRecords(parsed, options)
})
await profile(session, 'end-to-end', () => {
  for (let i = 0; i < Math.max(1, Math.floor(rounds / 2)); i++) parseRecords(text, options)
})
session.disconnect()
