/**
 * An audit of AWS Support cases: for each case, who opened it, who replied,
 * who read it, which files were sent to AWS, and how long it took to resolve;
 * cases opened with the root user and failed calls are flagged.
 *
 *   npx tsx examples/support-case-audit.ts [folder]   # default: the sample logs in examples/data
 *
 * Reads every log file of the folder (`.json` or `.json.gz`) with
 * `parseRecordsAsync`, then groups the Support calls by case with
 * `supportCaseTimelines` from `cloudtrail-codecs/audit`.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseRecordsAsync } from 'cloudtrail-codecs'
import type { CallerDescription } from 'cloudtrail-codecs'
import { supportCaseTimelines } from 'cloudtrail-codecs/audit'
import { support } from 'cloudtrail-codecs/aws/support'

/** The log files of a folder, recursively. */
const logFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? logFiles(join(dir, entry.name)) : /\.json(\.gz)?$/.test(entry.name) ? [join(dir, entry.name)] : [],
  )

/** A caller in a few words: its name and class. */
const who = (caller: CallerDescription): string => `${caller.principalName ?? '?'} (${caller.class})`
/** The time between two ISO timestamps, as `6h 37m`. */
function elapsed(from: string, to: string): string {
  const minutes = Math.round((Date.parse(to) - Date.parse(from)) / 60_000)
  return `${Math.floor(minutes / 60)}h ${minutes % 60}m`
}

const folder = process.argv[2] ?? fileURLToPath(new URL('./data', import.meta.url))
const files = logFiles(folder)
const records: unknown[] = []
for (const file of files) {
  // Bytes in, gzip or not: parseRecordsAsync inflates .json.gz itself.
  const result = await parseRecordsAsync(readFileSync(file), { services: [support] })
  for (const issue of result.issues) console.warn(`${file}: ${issue.message}`)
  records.push(...result.records)
}

const { cases, withoutCase } = supportCaseTimelines(records)
console.log(`${files.length} log files, ${records.length} records, ${cases.length} Support cases`)
for (const c of cases) {
  console.log(`${c.caseId}  ${c.severityCode ?? '?'} / ${c.serviceCode ?? '?'}`)
  const opened = c.created
  console.log(opened ? `  opened   ${opened.eventTime} by ${who(opened.caller)}${opened.caller.class === 'root' ? '  <- root user' : ''}` : '  opened before these logs')
  for (const reply of c.communications) console.log(`  replied  ${reply.eventTime} by ${who(reply.caller)}`)
  for (const files of c.attachments) console.log(`  sent     ${files.fileNames.join(', ')} by ${who(files.caller)}`)
  const readers = new Set(c.describes.map((read) => who(read.caller)))
  if (readers.size > 0) console.log(`  read by  ${[...readers].join(', ')}`)
  for (const failed of c.failedCalls) console.log(`  FAILED   ${failed.eventTime} ${failed.eventName}: ${failed.errorCode} by ${who(failed.caller)}`)
  const { resolved } = c
  if (resolved === undefined) console.log('  not resolved in these logs')
  else console.log(`  resolved ${resolved.eventTime} by ${who(resolved.caller)}${opened ? `, ${elapsed(opened.eventTime, resolved.eventTime)} after it was opened` : ''}`)
}
for (const entry of withoutCase) console.log(`no case: ${entry.eventTime} ${entry.eventName} (${entry.kind}) by ${who(entry.caller)}`)
if (process.argv[2] === undefined && cases.length !== 4) process.exitCode = 1
