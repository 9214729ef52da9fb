/**
 * `summarize --jobs N` summarizes each file in the thread that reads it
 * (`summaryFile`: the file's counts and audited calls, or its NDJSON text)
 * and takes the parts in input order (issue "Scale", item 2). So the parts
 * of any split of a stream of entries, taken in order after crossing threads
 * (the structured clone), must give the report and the NDJSON of the whole
 * stream read as one file: counts, time span, Support cases and Trusted
 * Advisor activity over several files, records delivered twice (counted once
 * across files), issues and their limit, the filters.
 */
import { fc, test as fcTest } from '@fast-check/vitest'
import { beforeAll, describe, expect } from 'vitest'
import { awsServices } from '../../src/aws/index.js'
import { filtersText, noFilters, parseTime } from '../../src/cli/filters.js'
import type { RecordFilters } from '../../src/cli/filters.js'
import { summaryFile } from '../../src/cli/summary-part.js'
import type { PartSettings, SummaryPart } from '../../src/cli/summary-part.js'
import { DEFAULT_LIMITS, NO_LIMITS, Summary } from '../../src/cli/summary.js'
import { streamRecords } from '../../src/parse/index.js'
import type { DecodedEntry } from '../../src/parse/index.js'
import { logFileText, sampleLogFiles } from './sample-data.js'
import { supportHeavyBlock } from './support-heavy.js'

/** The sample logs, and Support-heavy blocks (block 0 twice: delivered twice), with a record that does not decode. */
const entries: DecodedEntry[] = []

beforeAll(async () => {
  const texts = [
    ...sampleLogFiles.map(logFileText),
    `{"Records":[${supportHeavyBlock(0)},{"eventVersion":"1.08","eventTime":"2026-13-45T99:00:00Z"},${supportHeavyBlock(1)},${supportHeavyBlock(0)}]}`,
  ]
  for (const text of texts) {
    const bytes = (async function* () {
      yield Buffer.from(text)
    })()
    for await (const entry of streamRecords(bytes, { services: awsServices, maxBytes: Number.POSITIVE_INFINITY })) entries.push(entry)
  }
})

const filterChoices: ReadonlyArray<RecordFilters> = [
  noFilters,
  { ...noFilters, callerClasses: ['assumed-role', 'iam-user'] },
  { ...noFilters, since: { text: '2026-11-02T09:00', ms: parseTime('2026-11-02T09:00') ?? 0 } },
]

/** What `summarize` writes for the files (each named `f.json`), parts taken in order as its output takes them. */
async function written(files: ReadonlyArray<ReadonlyArray<DecodedEntry>>, json: boolean, all: boolean, filters: RecordFilters): Promise<string> {
  const limits = all ? NO_LIMITS : DEFAULT_LIMITS
  const settings: PartSettings = { json, filters, issueLimit: limits.issues }
  const summary = new Summary(limits, filtersText(filters))
  const out: string[] = []
  let issues = 0
  const take = (sent: SummaryPart): void => {
    const part = structuredClone(sent)
    if (part.kind === 'audit') summary.addAudit(part.audit)
    else out.push(part.text)
    if (part.kind !== 'end') return
    issues += part.issues
    if (part.tally !== undefined) summary.absorb(part.tally)
  }
  for (const file of files) {
    const summarized = summaryFile('f.json', settings)
    for (const entry of file) {
      const made = summarized.entry(entry)
      const part = made instanceof Promise ? await made : made
      if (part !== undefined) take(part)
    }
    take(summarized.end())
  }
  return json ? `${out.join('')}${issues} issues` : summary.report(1, { digest: 0, 'other-service': 0, empty: 0 })
}

/** The entries cut at the given places, into files (some empty). */
function split(cuts: ReadonlyArray<number>): DecodedEntry[][] {
  const at = [...new Set(cuts.map((cut) => cut % (entries.length + 1)))].sort((a, b) => a - b)
  const files: DecodedEntry[][] = []
  let from = 0
  for (const cut of [...at, entries.length]) {
    files.push(entries.slice(from, cut))
    from = cut
  }
  return files
}

describe('the parts of a split stream, taken in order', () => {
  fcTest.prop([fc.array(fc.nat(), { maxLength: 8 }), fc.boolean(), fc.boolean(), fc.constantFrom(...filterChoices)], { numRuns: 40 })(
    'give the report and the NDJSON of the whole stream',
    async (cuts, json, all, filters) => {
      expect(entries.length).toBeGreaterThan(400)
      const whole = await written([entries], json, all, filters)
      expect(whole).toContain(json ? '{"issue":' : 'AWS Support cases')
      expect((await written(split(cuts), json, all, filters)) === whole, 'the split stream is written otherwise').toBe(true)
    },
  )
})
