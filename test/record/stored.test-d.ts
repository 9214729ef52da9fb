import { describe, expectTypeOf, it } from 'vitest'
import { eventTimeAsDate } from '../../src/codec/timestamp.js'
import type { IsoTimestamp } from '../../src/codec/timestamp.js'
import type { UserIdentity } from '../../src/identity/user-identity.js'
import { booleanOf, storedEventTimeAsDate, storedTimestampAsIso } from '../../src/record/stored.js'
import type { StoredEventRecord, StoredInsightRecord, StoredTimestamp } from '../../src/record/stored.js'

declare const record: StoredEventRecord
declare const insight: StoredInsightRecord

describe('a stored record types the fields a store may change as what they may then be', () => {
  it('eventTime is a StoredTimestamp, not an IsoTimestamp: CloudTrail-form helpers do not take it', () => {
    expectTypeOf(record.eventTime).toEqualTypeOf<StoredTimestamp>()
    expectTypeOf(insight.eventTime).toEqualTypeOf<StoredTimestamp>()
    expectTypeOf<StoredTimestamp>().not.toExtend<IsoTimestamp>()
    // @ts-expect-error eventTimeAsDate reads CloudTrail's form only
    eventTimeAsDate(record)
    expectTypeOf(storedEventTimeAsDate(record)).toEqualTypeOf<Date>()
    expectTypeOf(storedTimestampAsIso(record.eventTime)).toEqualTypeOf<IsoTimestamp>()
  })

  it('eventVersion may be absent or null', () => {
    expectTypeOf(record.eventVersion).toEqualTypeOf<string | null | undefined>()
  })

  it('readOnly and managementEvent may be "true"/"false" strings, and booleanOf reads both', () => {
    expectTypeOf(record.readOnly).toEqualTypeOf<boolean | 'true' | 'false' | null | undefined>()
    expectTypeOf(record.managementEvent).toEqualTypeOf<boolean | 'true' | 'false' | null | undefined>()
    expectTypeOf(booleanOf(record.readOnly)).toEqualTypeOf<boolean | undefined>()
    // @ts-expect-error a string is not a boolean: handle both forms
    const flag: boolean | null | undefined = record.readOnly
    void flag
  })

  it('the other fields are those of a CloudTrail record', () => {
    expectTypeOf(record.eventSource).toEqualTypeOf<string>()
    expectTypeOf(record.eventName).toEqualTypeOf<string>()
    expectTypeOf(record.userIdentity).toEqualTypeOf<UserIdentity | null | undefined>()
    expectTypeOf(record.errorCode).toEqualTypeOf<string | null | undefined>()
    expectTypeOf(insight.eventType).toEqualTypeOf<'AwsCloudTrailInsight'>()
  })
})
