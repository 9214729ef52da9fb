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
 * The entries of a source entry one record at a time: a `records` entry
 * becomes one `record` entry per element, with its path.
 *
 * @param entry - a source entry
 * @returns the entry itself, or one entry per element
 */
export function* singleEntries(entry: SourceEntry): Generator<SingleEntry> {
  if (entry.kind !== 'records') {
    yield entry
    return
  }
  for (let i = 0; i < entry.values.length; i++) yield { kind: 'record', value: entry.values[i], location: appendPath(entry.location, i) }
}
