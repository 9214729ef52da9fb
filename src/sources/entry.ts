import type { IssueDraft } from '../errors/make-issue.js'

/**
 * What unwrapping an input yields, in input order: a raw record to decode, or
 * an issue. An issue that stands for one record (`perRecord`, e.g. a
 * LookupEvents `CloudTrailEvent` string that is not JSON) takes a record index;
 * one about the input (`{"Records": 5}`) does not.
 */
export type SourceEntry =
  | { readonly kind: 'record'; readonly value: unknown; readonly location: string }
  | { readonly kind: 'issue'; readonly issue: IssueDraft; readonly perRecord: boolean }
