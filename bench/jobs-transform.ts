/**
 * The per-record work of `bench/jobs-worker.ts`, as the command line's
 * `summarize` does it (src/cli/summarize.ts): who the caller is, and either
 * what the report counts (a caller label, the eventSource, the eventTime,
 * the record itself when the report audits its service) or, for `--json`,
 * the NDJSON line. Run by `mapFiles` in each worker thread, and inline by
 * the baseline, so both do the same work.
 */
import { support, trustedAdvisor } from '../src/aws/index.js'
import { describeCaller } from '../src/identity/index.js'
import type { DecodedEntry } from '../src/parse/index.js'
import type { CloudTrailRecord, ParseIssue } from '../src/index.js'
import { jsonText } from '../src/node/json-text.js'

/** What the work gives for one entry. */
export type Item =
  | { readonly kind: 'record'; readonly label: string; readonly source: string; readonly time: string; readonly audited?: CloudTrailRecord }
  | { readonly kind: 'line'; readonly line: string }
  | { readonly kind: 'issue'; readonly issue: ParseIssue }

/** What the work is told: report or NDJSON. */
export interface ItemOptions {
  readonly json: boolean
}

/**
 * The per-record work.
 *
 * @param entry - a decoded entry
 * @param _file - its file
 * @param options - report or NDJSON
 * @returns what the report or the output needs of it
 */
export function summaryItem(entry: DecodedEntry, _file: string, options: ItemOptions): Item | undefined {
  if (entry.kind === 'issue') return { kind: 'issue', issue: entry.issue }
  if (entry.kind === 'skipped') return undefined
  const { record } = entry
  const caller = describeCaller(record)
  if (options.json) return { kind: 'line', line: `{"record":${jsonText(record)},"caller":${JSON.stringify(caller)}}\n` }
  const label = `${caller.class} ${caller.issuerArn ?? caller.arn ?? caller.invokedBy ?? caller.principalId ?? ''}`
  const source = 'eventSource' in record && typeof record.eventSource === 'string' ? record.eventSource : '(Insights events)'
  const audited = support.is(record) || trustedAdvisor.is(record)
  return { kind: 'record', label, source, time: record.eventTime, ...(audited ? { audited: record } : {}) }
}
