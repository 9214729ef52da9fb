import { describe, expectTypeOf, it } from 'vitest'
import { support } from '../../src/aws/support/index.js'
import type { CreateCaseRequest, SupportEvent } from '../../src/aws/support/index.js'
import { parseRecords } from '../../src/parse/parse-records.js'
import { isEventRecord, isInsightRecord } from '../../src/record/record.js'
import type { CloudTrailRecord, EventRecord, InsightRecord } from '../../src/record/record.js'
import type { StoredEventRecord, StoredInsightRecord, StoredRecord } from '../../src/record/stored.js'

declare const record: CloudTrailRecord
declare const stored: StoredRecord

describe('reading eventSource and eventName on the records parseRecords returns', () => {
  it('they compile on a CloudTrailRecord: a string, or nothing for an Insights event', () => {
    expectTypeOf(record.eventName).toEqualTypeOf<string | null | undefined>()
    expectTypeOf(record.eventSource).toEqualTypeOf<string | null | undefined>()
    const names = parseRecords('').records.map((r) => r.eventName)
    expectTypeOf(names).toEqualTypeOf<Array<string | null | undefined>>()
  })

  it('isEventRecord narrows to an EventRecord, whose eventSource and eventName are strings', () => {
    if (isEventRecord(record)) {
      expectTypeOf(record).toEqualTypeOf<EventRecord>()
      expectTypeOf(record.eventName).toEqualTypeOf<string>()
      expectTypeOf(record.eventSource).toEqualTypeOf<string>()
    } else expectTypeOf(record).toEqualTypeOf<InsightRecord>()
    expectTypeOf(parseRecords('').records.filter(isEventRecord)).toEqualTypeOf<EventRecord[]>()
    expectTypeOf(parseRecords('').records.filter(isInsightRecord)).toEqualTypeOf<InsightRecord[]>()
  })

  it('comparing eventName or eventSource with a string narrows to an EventRecord too', () => {
    if (record.eventName === 'CreateCase') expectTypeOf(record).toEqualTypeOf<EventRecord>()
    if (record.eventSource === 'support.amazonaws.com' && record.eventName === 'CreateCase') {
      // ...but the payloads are still unknown: only the service's guard types them.
      expectTypeOf(record.requestParameters).toEqualTypeOf<unknown>()
    }
  })

  it('the guard of an operation types its payloads; the guard of a service, then a switch on eventName', () => {
    if (support.operations.CreateCase.is(record)) {
      expectTypeOf(record.requestParameters).toEqualTypeOf<CreateCaseRequest | null | undefined>()
      expectTypeOf(record.requestParameters?.severityCode).not.toBeNever()
    }
    if (support.is(record) && record.eventName === 'CreateCase') expectTypeOf(record).toEqualTypeOf<SupportEvent<'CreateCase'>>()
  })

  it('the same guards take stored records', () => {
    if (isEventRecord(stored)) {
      expectTypeOf(stored).toEqualTypeOf<StoredEventRecord>()
      expectTypeOf(stored.eventName).toEqualTypeOf<string>()
    } else expectTypeOf(stored).toEqualTypeOf<StoredInsightRecord>()
    if (isInsightRecord(stored)) expectTypeOf(stored).toEqualTypeOf<StoredInsightRecord>()
  })
})
