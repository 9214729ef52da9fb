import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { problemsOf } from '../../src/errors/report.js'
import { CloudTrailRecord, isEventRecord, isInsightRecord } from '../../src/record/record.js'
import {
  booleanOf,
  isStoredTimestamp,
  StoredBoolean,
  StoredEventRecord,
  StoredInsightRecord,
  StoredRecord,
  storedEventTimeAsDate,
  StoredTimestamp,
  storedTimestampAsIso,
} from '../../src/record/stored.js'
import type { StoredRecord as StoredRecordType } from '../../src/record/stored.js'
import { apiCall, insightEvent } from './composed.js'

/** An API call as a SIEM stores it: eventTime with a space and no zone, no eventVersion, booleans as strings, nulls. */
function storedCall(): Record<string, unknown> {
  const { eventVersion: _dropped, ...rest } = apiCall()
  return { ...rest, eventTime: '2024-05-01 10:05:00', readOnly: 'false', managementEvent: 'true', errorCode: null, errorMessage: null }
}

describe('stored timestamps', () => {
  it.each([
    ['2022-09-27 17:09:18', '2022-09-27T17:09:18Z'],
    ['2023-06-07 23:59:12.000', '2023-06-07T23:59:12.000Z'],
    ['2024-12-12 16:04:32.000000000', '2024-12-12T16:04:32.000000000Z'],
    ['2022-09-27T17:09:18', '2022-09-27T17:09:18Z'],
    ['2022-09-27T17:09:18.5', '2022-09-27T17:09:18.5Z'],
    ['2022-09-27 17:09:18.000 UTC', '2022-09-27T17:09:18.000Z'],
    ['2022-09-27 17:09:18Z', '2022-09-27T17:09:18Z'],
    ['2022-09-27T17:09:18Z', '2022-09-27T17:09:18Z'],
    ['2024-02-29 23:59:60', '2024-02-29T23:59:60Z'],
  ])('%j is a stored form of %j', (stored, iso) => {
    expect(isStoredTimestamp(stored)).toBe(true)
    expect(StoredTimestamp.is(stored)).toBe(true)
    expect(storedTimestampAsIso(stored as StoredTimestamp)).toBe(iso)
  })

  it.each([
    ['yesterday'],
    ['timestamp'],
    [''],
    ['2022-09-27'],
    ['2022-09-27 17:09'],
    ['2018-05-25:17:06Z'],
    ['2022-09-27 17:09:18+02:00'],
    ['2022-09-27 17:09:18 CET'],
    ['2022-09-27  17:09:18'],
    ['2022-09-27 17:09:18.'],
    ['2022-09-27 17:09:18.0000000000'],
    ['2023-02-29 10:00:00'],
    ['2022-09-27 24:00:00'],
    ['2022-09-27X17:09:18'],
    ['2022-09-27 17:09:18 UTCZ'],
  ])('%j is not', (value) => {
    expect(isStoredTimestamp(value)).toBe(false)
    expect(StoredTimestamp.is(value)).toBe(false)
  })

  it('reads as a Date in UTC, whatever the form', () => {
    for (const eventTime of ['2022-09-27 17:09:18.123456789', '2022-09-27T17:09:18.123', '2022-09-27 17:09:18.123 UTC', '2022-09-27T17:09:18.123Z']) {
      expect(storedEventTimeAsDate({ eventTime: eventTime as StoredTimestamp }).toISOString()).toBe('2022-09-27T17:09:18.123Z')
    }
  })
})

describe('stored booleans', () => {
  it('are booleans or "true"/"false", read by booleanOf', () => {
    expect([true, false, 'true', 'false'].every((value) => StoredBoolean.is(value))).toBe(true)
    expect(['True', 'yes', 1, null, ''].some((value) => StoredBoolean.is(value))).toBe(false)
    expect([true, 'true', false, 'false', null, undefined].map((value) => booleanOf(value as StoredBoolean | null | undefined))).toStrictEqual([
      true,
      true,
      false,
      false,
      undefined,
      undefined,
    ])
  })
})

describe('StoredRecord', () => {
  it('decodes a record as a SIEM stores it, as the very object; CloudTrail’s form does not', () => {
    const record = storedCall()
    const result = StoredRecord.decode(record)
    expect(result._tag === 'Right' && result.right).toBe(record)
    expect(StoredRecord.encode(record as StoredRecordType)).toStrictEqual(storedCall())
    expect(StoredEventRecord.is(record)).toBe(true)
    expect(CloudTrailRecord.is(record)).toBe(false)
  })

  it('decodes every record of CloudTrail’s form too', () => {
    for (const record of [apiCall(), insightEvent()]) expect(StoredRecord.is(record)).toBe(true)
  })

  it('still checks what it does not widen', () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ ...storedCall(), eventTime: 'timestamp' }, '$.eventTime'],
      [{ ...storedCall(), readOnly: 'no' }, '$.readOnly'],
      [{ ...storedCall(), eventVersion: 1.08 }, '$.eventVersion'],
      [{ ...storedCall(), eventSource: undefined }, '$.eventSource'],
      [{ ...storedCall(), resources: ['arn:aws:iam::111122223333:role/SampleRole'] }, '$.resources[0]'],
      [{ ...storedCall(), userIdentity: { type: 'AssumedRole', sessionContext: { attributes: { mfaAuthenticated: true } } } }, '$.userIdentity.sessionContext.attributes.mfaAuthenticated'],
    ]
    for (const [record, path] of cases) {
      const result = StoredRecord.decode(record)
      expect(result._tag === 'Left' && problemsOf(result.left).map((p) => p.path), path).toStrictEqual([path])
      expect(StoredRecord.is(record)).toBe(false)
    }
  })

  it('an Insights event as a data lake stores it is a StoredInsightRecord', () => {
    const { eventVersion: _dropped, ...rest } = insightEvent()
    const insight = { ...rest, eventTime: '2023-07-10 01:42:00', eventSource: null, eventName: null, userIdentity: null }
    expect(StoredInsightRecord.is(insight)).toBe(true)
    expect(StoredRecord.is(insight)).toBe(true)
    expect(isInsightRecord(insight as StoredRecordType)).toBe(true)
    expect(isEventRecord(insight as StoredRecordType)).toBe(false)
    expect(isEventRecord(storedCall() as StoredRecordType)).toBe(true)
  })

  const storedValues = fc.record(
    {
      eventTime: fc.constantFrom('2022-09-27 17:09:18', '2022-09-27T17:09:18Z', '2022-09-27 17:09', 'x', 5),
      eventSource: fc.constantFrom('sts.amazonaws.com', null),
      eventName: fc.constantFrom('AssumeRole', undefined),
      eventVersion: fc.constantFrom('1.08', null, 1),
      eventType: fc.constantFrom('AwsApiCall', 'AwsCloudTrailInsight', null),
      insightDetails: fc.constantFrom({ state: 'Start' }, null, 'x'),
      readOnly: fc.constantFrom(true, 'false', 'True', null, 0),
      managementEvent: fc.constantFrom(false, 'true', null, 'yes'),
      errorCode: fc.constantFrom('AccessDenied', null, 5),
      userIdentity: fc.constantFrom(null, { type: 'Root', arn: null }, { type: null, invokedBy: 'AWS Internal' }, { type: 'IAMUser', arn: 5 }),
    },
    { requiredKeys: [] },
  )

  test.prop([storedValues])('its fast guard answers what decoding answers', (value) => {
    expect(StoredRecord.is(value)).toBe(StoredRecord.decode(value)._tag === 'Right')
  })
})
