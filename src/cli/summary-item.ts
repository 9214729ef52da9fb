import type { ParseIssue } from '../errors/index.js'
import { describeCaller } from '../identity/index.js'
import type { DecodedEntry } from '../parse/index.js'
import { isInsightRecord } from '../record/index.js'
import { keepsRecord } from './filters.js'
import type { RecordFilters } from './filters.js'
import { stringifyJson } from './json-text.js'
import { loadOperationServices, operationMatch } from './operation-match.js'
import { recordFacts } from './summary.js'
import type { RecordFacts } from './summary.js'

/**
 * What `summarize` does with each entry it reads, in the thread that reads
 * it, and what it makes of it for the thread that writes the output: the
 * record's facts for the report ({@link RecordFacts}), or its NDJSON line
 * with `--json`; a record the filters leave out (or that `only` skipped)
 * and a digest file are only noted; an issue goes as it is. A record whose
 * eventSource's services this thread has not imported yet is `pending`: the
 * thread that writes the output finishes it ({@link settledItem}).
 *
 * @example
 * ```ts
 * import type { SummaryItem } from './summary-item.js'
 *
 * const item: SummaryItem = { kind: 'line', line: '{"record":{},"caller":{}}\n' }
 * ```
 */
export type SummaryItem =
  | { readonly kind: 'record'; readonly facts: RecordFacts }
  | { readonly kind: 'line'; readonly line: string }
  | { readonly kind: 'left-out' }
  | { readonly kind: 'digest' }
  | { readonly kind: 'issue'; readonly issue: ParseIssue }
  | { readonly kind: 'pending'; readonly entry: Extract<DecodedEntry, { readonly kind: 'record' }> }

/**
 * What {@link summaryItem} is told: the output mode and the filters applied
 * after decoding. Plain data, copied to each worker thread.
 *
 * @example
 * ```ts
 * import { noFilters } from './filters.js'
 * import type { ItemSettings } from './summary-item.js'
 *
 * const settings: ItemSettings = { json: true, filters: noFilters }
 * ```
 */
export interface ItemSettings {
  /** Write NDJSON lines rather than gather the report. */
  readonly json: boolean
  /** The filters (those on event sources and names are applied before decoding, by `only`). */
  readonly filters: RecordFilters
}

const LEFT_OUT: SummaryItem = { kind: 'left-out' }
const DIGEST: SummaryItem = { kind: 'digest' }

/**
 * The per-entry work of `summarize`: the same function whether the entry
 * was read in this thread (`--jobs 1`, standard input) or in a worker
 * thread (`mapFiles` imports it there by {@link SUMMARY_ITEM_MODULE} and
 * name), so that the output does not depend on the number of jobs.
 *
 * @param entry - what `streamRecords` yielded
 * @param _file - the file it came from
 * @param settings - the output mode and the filters
 * @returns what the writing thread needs of it
 *
 * @example
 * ```ts
 * import { noFilters } from './filters.js'
 * import { summaryItem } from './summary-item.js'
 *
 * const item = summaryItem({ kind: 'skipped', value: {}, index: 0 }, 'a.json', { json: false, filters: noFilters })
 * ```
 */
export function summaryItem(entry: DecodedEntry, _file: string, settings: ItemSettings): SummaryItem {
  if (entry.kind === 'skipped') return LEFT_OUT
  if (entry.kind === 'issue') return entry.issue.kind === 'digest' ? DIGEST : { kind: 'issue', issue: entry.issue }
  const record = entry.record
  const caller = describeCaller(record)
  if (!keepsRecord(settings.filters, record, caller)) return LEFT_OUT
  const operation = operationMatch(record)
  if (operation === undefined) return { kind: 'pending', entry }
  if (settings.json) {
    return { kind: 'line', line: `{"record":${stringifyJson(record)},"caller":${JSON.stringify(caller)},"operation":"${operation}"}\n` }
  }
  return { kind: 'record', facts: recordFacts(record, caller, operation) }
}

/**
 * Finishes an item: a `pending` one (its record's services were not imported
 * in the thread that read it, which started importing them) is made again
 * here once they are imported in this thread, so that the item is the one
 * any thread makes; any other item is returned as it is.
 *
 * @param item - what {@link summaryItem} returned, here or in a worker thread
 * @param file - the file it came from
 * @param settings - the output mode and the filters
 * @returns the item, never `pending`
 *
 * @example
 * ```ts
 * import { noFilters } from './filters.js'
 * import { settledItem, summaryItem } from './summary-item.js'
 *
 * const settings = { json: false, filters: noFilters }
 * const item = await settledItem(summaryItem({ kind: 'skipped', value: {}, index: 0 }, 'a.json', settings), 'a.json', settings)
 * ```
 */
export async function settledItem(item: SummaryItem, file: string, settings: ItemSettings): Promise<SummaryItem> {
  if (item.kind !== 'pending') return item
  const record = item.entry.record
  if (!isInsightRecord(record)) await loadOperationServices(record.eventSource)
  const settled = summaryItem(item.entry, file, settings)
  if (settled.kind === 'pending') throw new Error('summarize: a record is still pending once its services are imported')
  return settled
}

/**
 * The module a worker thread imports {@link summaryItem} from: this file
 * when the command runs from its TypeScript source, and the command's one
 * bundle (`dist/cli.js`, which exports `summaryItem` and runs the command
 * only in the main thread) when it is built.
 *
 * @example
 * ```ts
 * import { SUMMARY_ITEM_MODULE } from './summary-item.js'
 *
 * const transform = { module: SUMMARY_ITEM_MODULE, name: 'summaryItem' }
 * ```
 */
export const SUMMARY_ITEM_MODULE: string = import.meta.url
