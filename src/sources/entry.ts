import type { IssueDraft } from '../errors/make-issue.js'
import { appendPath } from '../errors/report.js'

/**
 * What unwrapping an input yields, in input order: a raw record to decode, a
 * log file's `Records` array (`records`: each element is a record, at
 * `location[i]`; handed on whole, so that no object or path is made per
 * record), or an issue. An issue that stands for one record (`perRecord`,
 * e.g. a LookupEvents `CloudTrailEvent` string that is not JSON) takes a
 * record index; one about the input (`{"Records": 5}`) does not.
 */
export type SourceEntry =
  | { readonly kind: 'record'; readonly value: unknown; readonly location: string }
  | { readonly kind: 'records'; readonly values: ReadonlyArray<unknown>; readonly location: string }
  | { readonly kind: 'issue'; readonly issue: IssueDraft; readonly perRecord: boolean }

/** A source entry that stands for one record or one issue. */
export type SingleEntry = Exclude<SourceEntry, { readonly kind: 'records' }>

/**
 * Consecutive elements of an array of records, parsed: `values[i]` is the
 * record at `path[first + i]`. The streaming reader hands on the records of
 * a log file that one chunk of text completes as one run, so that no object
 * or path is made per record (a path is made only for an issue); unlike a
 * `records` entry, a run may start anywhere in its array.
 */
export interface RecordRun {
  readonly kind: 'run'
  readonly values: ReadonlyArray<unknown>
  readonly path: string
  readonly first: number
}

/** What the streaming reader hands on: one record, one issue, or a run of records. */
export type StreamEntry = SingleEntry | RecordRun

/**
 * A source entry as the streaming reader hands it on: a `records` entry
 * becomes a run that starts at its array's first element.
 *
 * @param entry - a source entry, or a run
 * @returns the entry itself, or a run of the same records
 */
export function streamEntry(entry: SourceEntry | RecordRun): StreamEntry {
  return entry.kind === 'records' ? { kind: 'run', values: entry.values, path: entry.location, first: 0 } : entry
}

/**
 * The entries of a source entry or a run one record at a time: a `records`
 * entry or a run becomes one `record` entry per element, with its path.
 *
 * @param entry - a source entry or a run
 * @returns the entry itself, or one entry per element
 */
export function* singleEntries(entry: SourceEntry | RecordRun): Generator<SingleEntry> {
  if (entry.kind === 'records') {
    for (let i = 0; i < entry.values.length; i++) yield { kind: 'record', value: entry.values[i], location: appendPath(entry.location, i) }
  } else if (entry.kind === 'run') {
    for (let i = 0; i < entry.values.length; i++) yield { kind: 'record', value: entry.values[i], location: appendPath(entry.path, entry.first + i) }
  } else yield entry
}
