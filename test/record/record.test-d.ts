import type { either, these } from 'fp-ts'
import type { readonlyNonEmptyArray } from 'fp-ts'
import type { Errors } from 'io-ts'
import { describe, expectTypeOf, it } from 'vitest'
import type { ParseIssue } from '../../src/errors/issue.js'
import { parseRecord, parseRecordsThese } from '../../src/parse/fp.js'
import { parseRecords } from '../../src/parse/parse-records.js'
import { applyAddenda, dedupeByEventId } from '../../src/record/dedupe.js'
import { isKnownEventCategory, isKnownEventType } from '../../src/record/fields.js'
import type { EventCategory, EventType, InsightDetails, KnownEventType, Resource } from '../../src/record/index.js'
import { CloudTrailRecord, isInsightRecord } from '../../src/record/record.js'
import type { EventRecord, InsightRecord } from '../../src/record/record.js'
import { eventTimeAsDate } from '../../src/codec/timestamp.js'
import type { IsoTimestamp } from '../../src/codec/timestamp.js'
import type { UserIdentity } from '../../src/identity/user-identity.js'

declare const record: EventRecord
declare const insight: InsightRecord
declare const any: CloudTrailRecord

describe('decoded fields have the intended static types', () => {
  it('eventTime is an IsoTimestamp, a branded string, not a plain string', () => {
    expectTypeOf(record.eventTime).toEqualTypeOf<IsoTimestamp>()
    expectTypeOf(insight.eventTime).toEqualTypeOf<IsoTimestamp>()
    expectTypeOf<IsoTimestamp>().toExtend<string>()
    expectTypeOf<string>().not.toExtend<IsoTimestamp>()
    expectTypeOf(eventTimeAsDate(record)).toEqualTypeOf<Date>()
  })

  it('the required fields are plain strings, always present in an EventRecord', () => {
    expectTypeOf(record.eventName).toEqualTypeOf<string>()
    expectTypeOf(record.eventSource).toEqualTypeOf<string>()
    expectTypeOf(record.eventVersion).toEqualTypeOf<string>()
  })

  it('readOnly and managementEvent are boolean | null | undefined', () => {
    expectTypeOf(record.readOnly).toEqualTypeOf<boolean | null | undefined>()
    expectTypeOf(record.managementEvent).toEqualTypeOf<boolean | null | undefined>()
  })

  it('optional keys are optional, not keys holding undefined (exactOptionalPropertyTypes)', () => {
    expectTypeOf<{ eventVersion: '1.0'; eventTime: IsoTimestamp; eventSource: 's'; eventName: 'n' }>().toExtend<EventRecord>()
    expectTypeOf<{
      eventVersion: '1.0'
      eventTime: IsoTimestamp
      eventSource: 's'
      eventName: 'n'
      readOnly: undefined
    }>().not.toExtend<EventRecord>()
  })

  it('eventType is an open enumeration: any string, with the documented values for autocomplete', () => {
    expectTypeOf(record.eventType).toEqualTypeOf<EventType | null | undefined>()
    expectTypeOf<EventType>().toEqualTypeOf<
      | 'AwsApiCall'
      | 'AwsServiceEvent'
      | 'AwsConsoleAction'
      | 'AwsConsoleSignIn'
      | 'AwsCloudTrailInsight'
      | 'AwsVpceEvent'
      | (string & {})
    >()
    expectTypeOf<'AwsConsoleSignin'>().toExtend<EventType>()
    expectTypeOf<EventType>().toExtend<string>()
    expectTypeOf<EventCategory>().toEqualTypeOf<'Management' | 'Data' | 'NetworkActivity' | 'Insight' | (string & {})>()
  })

  it('isKnownEventType narrows to the documented values, so a switch over them is exhaustive', () => {
    const value = record.eventType
    if (isKnownEventType(value)) {
      expectTypeOf(value).toEqualTypeOf<KnownEventType>()
      expectTypeOf(value).not.toEqualTypeOf<EventType>()
    }
    const category = record.eventCategory
    if (isKnownEventCategory(category)) expectTypeOf(category).toEqualTypeOf<'Management' | 'Data' | 'NetworkActivity' | 'Insight'>()
  })

  it('InsightRecord has insightDetails and the literal eventType; EventRecord has no insightDetails', () => {
    expectTypeOf(insight.insightDetails).toEqualTypeOf<InsightDetails>()
    expectTypeOf(insight.eventType).toExtend<'AwsCloudTrailInsight'>()
    expectTypeOf<EventRecord>().not.toHaveProperty('insightDetails')
  })

  it('isInsightRecord tells the two kinds apart', () => {
    if (isInsightRecord(any)) expectTypeOf(any).toEqualTypeOf<InsightRecord>()
    else {
      expectTypeOf(any).toEqualTypeOf<EventRecord>()
      expectTypeOf(any.eventName).toEqualTypeOf<string>()
    }
  })

  it('nullable fields include null, payloads are unknown', () => {
    expectTypeOf(record.userIdentity).toEqualTypeOf<UserIdentity | null | undefined>()
    expectTypeOf(record.resources).toEqualTypeOf<Resource[] | null | undefined>()
    expectTypeOf(record.requestParameters).toEqualTypeOf<unknown>()
    expectTypeOf(record.responseElements).toEqualTypeOf<unknown>()
  })

  it('the codec decodes to CloudTrailRecord and encodes back to it', () => {
    expectTypeOf(CloudTrailRecord.decode).returns.toEqualTypeOf<either.Either<Errors, CloudTrailRecord>>()
    expectTypeOf(CloudTrailRecord.encode).parameter(0).toEqualTypeOf<CloudTrailRecord>()
  })
})

describe('entry points and helpers', () => {
  it('parseRecords returns records, issues and skipped', () => {
    const result = parseRecords('')
    expectTypeOf(result.records).toEqualTypeOf<CloudTrailRecord[]>()
    expectTypeOf(result.issues).toEqualTypeOf<ParseIssue[]>()
    expectTypeOf(result.skipped).toEqualTypeOf<unknown[]>()
  })

  it('the fp-ts variants return Either and These', () => {
    expectTypeOf(parseRecord({})).toEqualTypeOf<either.Either<ParseIssue, CloudTrailRecord>>()
    expectTypeOf(parseRecordsThese('')).toEqualTypeOf<
      these.These<readonlyNonEmptyArray.ReadonlyNonEmptyArray<ParseIssue>, ReadonlyArray<CloudTrailRecord>>
    >()
  })

  it('dedupeByEventId and applyAddenda keep the element type', () => {
    expectTypeOf(dedupeByEventId([record])).toEqualTypeOf<EventRecord[]>()
    expectTypeOf(applyAddenda([any])).toEqualTypeOf<CloudTrailRecord[]>()
    expectTypeOf(applyAddenda(dedupeByEventId([insight]))).toEqualTypeOf<InsightRecord[]>()
  })
})
