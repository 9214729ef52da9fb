import { describe, expectTypeOf, it } from 'vitest'
import { DEFAULT_MAX_BYTES, parseRecordsAsync, streamRecords } from '../../src/index.js'
import type { AsyncParseOptions, CloudTrailRecord, DecodedEntry, LookupEvent, ParseIssue, ParseResult, SdkDate } from '../../src/index.js'

describe('the asynchronous readers', () => {
  it('parseRecordsAsync takes anything and resolves to the result of parseRecords', () => {
    expectTypeOf(parseRecordsAsync).parameter(0).toEqualTypeOf<unknown>()
    expectTypeOf(parseRecordsAsync).returns.resolves.toEqualTypeOf<ParseResult>()
    expectTypeOf<AsyncParseOptions['maxBytes']>().toEqualTypeOf<number | undefined>()
    expectTypeOf(DEFAULT_MAX_BYTES).toBeNumber()
  })

  it('streamRecords yields decoded entries that narrow by kind', () => {
    expectTypeOf(streamRecords).returns.toEqualTypeOf<AsyncGenerator<DecodedEntry, void, undefined>>()
    const entry = {} as DecodedEntry
    if (entry.kind === 'record') {
      expectTypeOf(entry.record).toEqualTypeOf<CloudTrailRecord>()
      expectTypeOf(entry.index).toBeNumber()
    } else if (entry.kind === 'issue') {
      expectTypeOf(entry.issue).toEqualTypeOf<ParseIssue>()
      // @ts-expect-error an issue has no index of its own: it is in the issue
      void entry.index
    } else expectTypeOf(entry.value).toBeUnknown()
  })

  it('a LookupEvents EventTime is what the wire, the CLI and the SDK give', () => {
    expectTypeOf<LookupEvent['EventTime']>().toEqualTypeOf<number | string | Date | undefined>()
    expectTypeOf<SdkDate>().toEqualTypeOf<Date>()
  })
})
