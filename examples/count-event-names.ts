/**
 * Reads a folder of CloudTrail logs on every core with `cloudtrail-codecs/node`,
 * and counts its records by eventName.
 *
 *   npx tsx examples/count-event-names.ts [folder] [jobs]   # default: examples/data, every core
 *
 * `readFiles` spreads the files over worker threads and yields their entries
 * in the order of the files, as one thread would. `mapFiles` does the same,
 * and runs a function in the worker that decoded each record, so that only
 * what it returns crosses between threads: here the eventName
 * (examples/event-name.mjs; workers import it by URL). Both give the same
 * counts, whatever the number of jobs.
 */
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { awsServices } from 'cloudtrail-codecs/aws'
import { mapFiles, readFiles } from 'cloudtrail-codecs/node'

/** The log files of a folder, recursively, in name order. */
function logFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => (entry.isDirectory() ? logFiles(join(dir, entry.name)) : /\.json(\.gz)?$/.test(entry.name) ? [join(dir, entry.name)] : []))
}

function add(counts: Map<string, number>, name: string): void {
  counts.set(name, (counts.get(name) ?? 0) + 1)
}

const folder = process.argv[2] ?? fileURLToPath(new URL('./data', import.meta.url))
const jobs = process.argv[3] === undefined ? undefined : Number(process.argv[3])
const files = logFiles(folder)

// Every record crosses to this thread: the services' payloads are checked in the workers.
const byRecords = new Map<string, number>()
for await (const entry of readFiles(files, { jobs, services: awsServices })) {
  if (entry.kind === 'record') add(byRecords, entry.record.eventName ?? '(Insights event)')
  else if (entry.kind === 'issue') console.warn(`${entry.file}: ${entry.issue.message}`)
}

// Only the eventNames cross.
const byName = new Map<string, number>()
for await (const item of mapFiles<string>(files, { module: new URL('./event-name.mjs', import.meta.url), name: 'eventName' }, { jobs })) {
  if (item.kind === 'value') add(byName, item.value)
  else if (item.kind === 'failed') console.warn(`${item.file}: ${item.message}`)
}

console.log(`${files.length} files:`)
for (const [name, count] of [...byName].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) console.log(`${String(count).padStart(6)}  ${name}`)
const same = [...byRecords].every(([name, count]) => name === '(Insights event)' || byName.get(name) === count)
console.log(same ? 'readFiles and mapFiles agree' : 'readFiles and mapFiles disagree')
if (!same || byName.size === 0) process.exitCode = 1
