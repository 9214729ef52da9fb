/**
 * One run of `bench/jobs.ts`, in a process of its own: summarizes a folder
 * as `cloudtrail-codecs summarize` does, and prints one JSON line with the
 * time, the CPU, the peak RSS and a hash of the output.
 *
 *   node bench-bundle/jobs-worker.mjs <inline|N> <folder> <report|json>
 *
 * `inline` is the command line's one-job loop (`streamRecords` per file, the
 * per-record work of `bench/jobs-transform.ts` on each entry, the report
 * gathered as it goes): the baseline. `N` reads the same files with
 * `mapFiles` on N jobs, the per-record work running in the workers (with
 * N = 1, in this thread, through the same code). The output (the report, or
 * the NDJSON lines) is hashed instead of written, in every mode, so equal
 * hashes mean identical outputs.
 */
import { createHash } from 'node:crypto'
import { createReadStream, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { awsServices } from '../src/aws/index.js'
import { supportCaseTimelines, trustedAdvisorActivity } from '../src/audit/index.js'
import type { CloudTrailRecord, ParseIssue } from '../src/index.js'
import { streamRecords } from '../src/index.js'
import { mapFiles } from '../src/node/index.js'
import { jsonText } from '../src/node/json-text.js'
import type { JobsMeasurement } from './jobs-api.js'
import { summaryItem } from './jobs-transform.js'
import type { Item } from './jobs-transform.js'

/** The files of a folder, recursively, in name order (as the command line walks a folder). */
function filesOf(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => (entry.isDirectory() ? filesOf(join(dir, entry.name)) : /\.json(\.gz)?$/.test(entry.name) ? [join(dir, entry.name)] : []))
}

/**
 * What the report gathers (as src/cli/summary.ts does, kept here so that the
 * benchmark does not follow every change of the report): counts by caller
 * and by eventSource, the time span, the first issues, and the Support and
 * Trusted Advisor records, which the audit helpers turn into timelines at
 * the end. With `--json`, the lines are hashed as they come.
 */
class Report {
  files = 0
  records = 0
  issues = 0
  private readonly firstIssues: string[] = []
  private readonly callers = new Map<string, number>()
  private readonly sources = new Map<string, number>()
  private readonly audited: CloudTrailRecord[] = []
  private earliest = ''
  private latest = ''
  private readonly hash = createHash('sha256')

  constructor(private readonly json: boolean) {}

  add(file: string, item: Item): void {
    if (item.kind === 'issue') return this.addIssue(file, item.issue)
    this.records++
    if (item.kind === 'line') {
      this.hash.update(item.line)
      return
    }
    this.callers.set(item.label, (this.callers.get(item.label) ?? 0) + 1)
    this.sources.set(item.source, (this.sources.get(item.source) ?? 0) + 1)
    if (this.earliest === '' || Date.parse(item.time) < Date.parse(this.earliest)) this.earliest = item.time
    if (this.latest === '' || Date.parse(item.time) > Date.parse(this.latest)) this.latest = item.time
    if (item.audited !== undefined) this.audited.push(item.audited)
  }

  private addIssue(file: string, issue: ParseIssue): void {
    this.issues++
    if (this.json) {
      const raw = issue.raw === undefined ? '' : `,"raw":${jsonText(issue.raw)}`
      this.hash.update(`{"issue":{"file":${JSON.stringify(file)},"message":${JSON.stringify(issue.message)}${raw}}}\n`)
    } else if (this.firstIssues.length < 5) this.firstIssues.push(`${file}: ${issue.message}`)
  }

  digest(): string {
    if (!this.json) {
      const { cases } = supportCaseTimelines(this.audited)
      const { checks, recommendations } = trustedAdvisorActivity(this.audited)
      this.hash.update(
        JSON.stringify({
          files: this.files,
          records: this.records,
          issues: this.issues,
          firstIssues: this.firstIssues,
          span: [this.earliest, this.latest],
          callers: [...this.callers].sort(),
          sources: [...this.sources].sort(),
          cases: cases.map((c) => [c.caseId, c.timeline.length]),
          checks: checks.map((c) => [c.checkId, c.timeline.length]),
          recommendations: recommendations.length,
        }),
      )
    }
    return this.hash.digest('hex')
  }
}

/** The per-record work's module: beside this file, bundled (`.mjs`) or not (`.ts`). */
const transformModule = new URL(import.meta.url.endsWith('.ts') ? './jobs-transform.ts' : './jobs-transform.mjs', import.meta.url)

async function run(mode: string, folder: string, json: boolean): Promise<JobsMeasurement> {
  const cpuStart = process.cpuUsage()
  const start = performance.now()
  const files = filesOf(folder)
  const report = new Report(json)
  const options = { maxBytes: Number.POSITIVE_INFINITY, services: awsServices }
  if (mode === 'inline') {
    for (const file of files) {
      report.files++
      for await (const entry of streamRecords(createReadStream(file), options)) {
        const item = summaryItem(entry, file, { json })
        if (item !== undefined) report.add(file, item)
      }
    }
  } else {
    const transform = { module: transformModule, name: 'summaryItem', data: { json } }
    for await (const event of mapFiles<Item>(files, transform, { ...options, jobs: Number(mode) })) {
      if (event.kind === 'start') report.files++
      else if (event.kind === 'value') report.add(event.file, event.value)
      else if (event.kind === 'failed') throw new Error(`${event.file}: ${event.message}`)
    }
  }
  const hash = report.digest()
  const seconds = (performance.now() - start) / 1000
  const cpu = process.cpuUsage(cpuStart)
  return {
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    maxRss: process.resourceUsage().maxRSS * 1024,
    records: report.records,
    issues: report.issues,
    hash,
  }
}

const [mode, folder, output] = process.argv.slice(2)
if (mode === undefined || !(mode === 'inline' || /^[1-9]\d*$/.test(mode)) || folder === undefined || (output !== 'report' && output !== 'json')) {
  process.stderr.write('usage: node jobs-worker.mjs <inline|N> <folder> <report|json>\n')
  process.exit(2)
}
process.stdout.write(`${JSON.stringify(await run(mode, folder, output === 'json'))}\n`)
