import type { ParseIssue } from '../errors/index.js'
import { describeCaller } from '../identity/index.js'
import type { CallerDescription } from '../identity/index.js'
import type { FileTransform } from '../node/file-transform.js'
import type { DecodedEntry } from '../parse/index.js'
import { isInsightRecord } from '../record/index.js'
import type { CloudTrailRecord } from '../record/index.js'
import { keepsRecord } from './filters.js'
import type { RecordFilters } from './filters.js'
import { displayName } from './inputs.js'
import { stringifyJson } from './json-text.js'
import { loadOperationServices, operationMatch } from './operation-match.js'
import type { OperationMatch } from './operation-match.js'
import { recordFacts } from './summary.js'
import type { AuditFacts } from './summary.js'
import { Tally } from './tally.js'
import type { TallyData } from './tally.js'

/**
 * What the thread that reads a file sends of it to the thread that writes
 * the output, in order: with `--json`, the file's NDJSON lines (records and
 * issues) in blocks of about 64 KiB of text; for the report, each audited
 * call ({@link AuditFacts}), and at the end the file's counts (a
 * {@link TallyData}). The end also says how many issues the file had and
 * whether it was a digest file. `records` is how many records the part
 * stands for that were not told before, for the progress bar.
 *
 * @example
 * ```ts
 * import type { SummaryPart } from './summary-part.js'
 *
 * const part: SummaryPart = { kind: 'text', text: '{"record":{},"caller":{}}\n', records: 1 }
 * ```
 */
export type SummaryPart =
  | { readonly kind: 'text'; readonly text: string; readonly records: number }
  | { readonly kind: 'audit'; readonly audit: AuditFacts }
  | {
      readonly kind: 'end'
      /** The last NDJSON lines (`--json`), or nothing. */
      readonly text: string
      readonly records: number
      /** The file's issues. */
      readonly issues: number
      /** Whether the file turned out to be a digest file. */
      readonly digest: boolean
      /** The file's counts, for the report; `undefined` with `--json`. */
      readonly tally: TallyData | undefined
    }

/**
 * What {@link summaryFile} is told: the output mode, the filters applied
 * after decoding, and how many issues the report shows. Plain data, copied
 * to each worker thread.
 *
 * @example
 * ```ts
 * import { noFilters } from './filters.js'
 * import type { PartSettings } from './summary-part.js'
 *
 * const settings: PartSettings = { json: true, filters: noFilters, issueLimit: 5 }
 * ```
 */
export interface PartSettings {
  /** Write NDJSON lines rather than gather the report. */
  readonly json: boolean
  /** The filters (those on event sources and names are applied before decoding, by `only`). */
  readonly filters: RecordFilters
  /** Issues the report shows (`Infinity` for all). */
  readonly issueLimit: number
}

/** NDJSON lines are sent in blocks of this many characters. */
const TEXT_BLOCK = 1 << 16

/**
 * One NDJSON line for an issue: where it came from, what it says, and the raw record when there is one.
 *
 * @param file - the input's name as shown
 * @param issue - the issue
 * @returns the line
 */
function issueLine(file: string, issue: ParseIssue): string {
  const fields = [
    `"file":${JSON.stringify(file)}`,
    `"kind":${JSON.stringify(issue.kind)}`,
    `"message":${JSON.stringify(issue.message)}`,
    ...(issue.index === undefined ? [] : [`"index":${issue.index}`]),
    ...(issue.location === undefined ? [] : [`"location":${JSON.stringify(issue.location)}`]),
    ...(issue.raw === undefined ? [] : [`"raw":${stringifyJson(issue.raw)}`]),
  ]
  return `{"issue":{${fields.join(',')}}}\n`
}

/**
 * The per-file work of `summarize`, in the thread that reads the file: the
 * same whether that is this thread (`--jobs 1`, standard input) or a worker
 * thread, so that the output does not depend on the number of jobs. With
 * `--json` it writes each record's NDJSON line and each issue's, and sends
 * them in blocks; for the report it tallies the file (a {@link Tally}) and
 * sends only the audited calls, which the report must take across files.
 * A record whose eventSource's services this thread has not imported yet
 * waits for them (the entry's promise).
 */
export class FileSummary implements FileTransform<SummaryPart> {
  private readonly tally: Tally | undefined
  private lines: string[] = []
  private chars = 0
  private untold = 0
  private issues = 0
  private digest = false

  /**
   * @param name - the input's name as shown
   * @param settings - the output mode, the filters and the issues shown
   */
  constructor(
    private readonly name: string,
    private readonly settings: PartSettings,
  ) {
    this.tally = settings.json ? undefined : new Tally(settings.issueLimit)
  }

  /**
   * Takes the file's next entry.
   *
   * @param entry - what `streamRecords` yielded
   * @returns a part to send now, if any (a promise of it while the record's services are imported)
   */
  entry(entry: DecodedEntry): SummaryPart | undefined | Promise<SummaryPart | undefined> {
    switch (entry.kind) {
      case 'skipped':
        this.tally?.leaveOut()
        return undefined
      case 'issue':
        return this.issue(entry.issue)
      case 'record': {
        const record = entry.record
        const caller = describeCaller(record)
        if (!keepsRecord(this.settings.filters, record, caller)) {
          this.tally?.leaveOut()
          return undefined
        }
        const operation = operationMatch(record)
        return operation === undefined ? this.settle(record, caller) : this.keep(record, caller, operation)
      }
    }
  }

  /** @returns the file's last lines and its counts */
  end(): SummaryPart {
    const part: SummaryPart = {
      kind: 'end',
      text: this.lines.join(''),
      records: this.untold,
      issues: this.issues,
      digest: this.digest,
      tally: this.tally?.data(),
    }
    this.lines = []
    this.chars = 0
    this.untold = 0
    return part
  }

  /**
   * How many records were kept since the last call or the last part sent,
   * for a progress bar in the thread that reads; the parts then tell that many fewer.
   *
   * @returns the count
   */
  takeRecords(): number {
    const records = this.untold
    this.untold = 0
    return records
  }

  private issue(issue: ParseIssue): SummaryPart | undefined {
    if (issue.kind === 'digest') {
      this.digest = true
      return undefined
    }
    this.issues++
    if (this.tally === undefined) return this.write(issueLine(this.name, issue))
    this.tally.countIssue({ file: this.name, issue: { message: issue.message } })
    return undefined
  }

  private keep(record: CloudTrailRecord, caller: CallerDescription, operation: OperationMatch): SummaryPart | undefined {
    this.untold++
    if (this.tally === undefined) {
      return this.write(`{"record":${stringifyJson(record)},"caller":${JSON.stringify(caller)},"operation":"${operation}"}\n`)
    }
    const facts = recordFacts(record, caller, operation)
    this.tally.count(facts)
    return facts.audit === undefined ? undefined : { kind: 'audit', audit: facts.audit }
  }

  /** Imports the services of the record's eventSource in this thread (they were not yet), then keeps it. */
  private async settle(record: CloudTrailRecord, caller: CallerDescription): Promise<SummaryPart | undefined> {
    if (!isInsightRecord(record)) await loadOperationServices(record.eventSource)
    const operation = operationMatch(record)
    if (operation === undefined) throw new Error('summarize: a record is still pending once its services are imported')
    return this.keep(record, caller, operation)
  }

  /** Adds a line; sends the block once it is full. */
  private write(line: string): SummaryPart | undefined {
    this.lines.push(line)
    this.chars += line.length
    if (this.chars < TEXT_BLOCK) return undefined
    const part: SummaryPart = { kind: 'text', text: this.lines.join(''), records: this.untold }
    this.lines = []
    this.chars = 0
    this.untold = 0
    return part
  }
}

/**
 * Makes the per-file work of `summarize` for a file ({@link FileSummary}):
 * `mapFileStates` of `cloudtrail-codecs/node` calls it once per file in the
 * thread that reads it (a worker imports it by {@link SUMMARY_PART_MODULE}
 * and name), and the command's one-job loop calls it here.
 *
 * @param file - the file's path, or `-` for standard input
 * @param settings - the output mode, the filters and the issues shown
 * @returns the file's summary, entry after entry
 *
 * @example
 * ```ts
 * import { noFilters } from './filters.js'
 * import { summaryFile } from './summary-part.js'
 *
 * const file = summaryFile('a.json', { json: false, filters: noFilters, issueLimit: 5 })
 * const part = file.end()
 * ```
 */
export function summaryFile(file: string, settings: PartSettings): FileSummary {
  return new FileSummary(displayName(file), settings)
}

/**
 * The module a worker thread imports {@link summaryFile} from: this file
 * when the command runs from its TypeScript source, and the command's one
 * bundle (`dist/cli.js`, which exports `summaryFile` and runs the command
 * only in the main thread) when it is built.
 *
 * @example
 * ```ts
 * import { SUMMARY_PART_MODULE } from './summary-part.js'
 *
 * const transform = { module: SUMMARY_PART_MODULE, name: 'summaryFile' }
 * ```
 */
export const SUMMARY_PART_MODULE: string = import.meta.url
