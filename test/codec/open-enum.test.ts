import * as t from 'io-ts'
import { describe, expect, it } from 'vitest'
import {
  AddendumReason,
  EventCategory,
  EventType,
  isKnownEventCategory,
  isKnownEventType,
} from '../../src/record/fields.js'
import { InsightType } from '../../src/record/insight-details.js'
import { OpenEnumType, openEnum } from '../../src/codec/open-enum.js'

describe('openEnum', () => {
  const Severity = openEnum('Severity', ['low', 'high'] as const)

  it('decodes every string, known or not, and keeps it as it is', () => {
    for (const value of ['low', 'high', 'sev-zero', '']) {
      expect(Severity.decode(value)).toStrictEqual({ _tag: 'Right', right: value })
      expect(Severity.is(value)).toBe(true)
    }
  })

  it('rejects what is not a string, with an error naming the codec', () => {
    for (const value of [null, 1, true, ['low'], { low: true }, undefined]) {
      const result = Severity.decode(value)
      expect(result._tag).toBe('Left')
      if (result._tag === 'Left') expect(result.left[0]?.context[0]?.type.name).toBe('Severity')
    }
  })

  it('knows its documented values, in declaration order, and narrows to them', () => {
    expect(Severity.values).toStrictEqual(['low', 'high'])
    expect([...Severity.known]).toStrictEqual(['low', 'high'])
    expect(Severity.isKnown('low')).toBe(true)
    expect(Severity.isKnown('sev-zero')).toBe(false)
    expect(Severity.isKnown('LOW')).toBe(false)
  })

  it('is an io-ts Type that encodes as the identity', () => {
    expect(Severity).toBeInstanceOf(OpenEnumType)
    expect(Severity).toBeInstanceOf(t.Type)
    expect(Severity._tag).toBe('OpenEnumType')
    expect(Severity.name).toBe('Severity')
    expect(Severity.encode('sev-zero')).toBe('sev-zero')
  })

  it('does not answer to keys of Object.prototype', () => {
    expect(Severity.isKnown('constructor')).toBe(false)
    expect(Severity.isKnown('__proto__')).toBe(false)
  })
})

describe('eventType and eventCategory', () => {
  it('know the documented eventTypes', () => {
    expect(EventType.values).toStrictEqual([
      'AwsApiCall',
      'AwsServiceEvent',
      'AwsConsoleAction',
      'AwsConsoleSignIn',
      'AwsCloudTrailInsight',
      'AwsVpceEvent',
    ])
    for (const value of EventType.values) expect(isKnownEventType(value)).toBe(true)
  })

  it('keep the AwsConsoleSignin spelling seen in real logs, but do not call it known', () => {
    expect(EventType.is('AwsConsoleSignin')).toBe(true)
    expect(isKnownEventType('AwsConsoleSignin')).toBe(false)
    expect(isKnownEventType('AwsConsoleSignIn')).toBe(true)
  })

  it('answer false for a record without eventType or eventCategory', () => {
    expect(isKnownEventType(undefined)).toBe(false)
    expect(isKnownEventCategory(undefined)).toBe(false)
  })

  it('know the documented eventCategories', () => {
    expect(EventCategory.values).toStrictEqual(['Management', 'Data', 'NetworkActivity', 'Insight'])
    expect(isKnownEventCategory('NetworkActivity')).toBe(true)
    expect(isKnownEventCategory('ConfigurationItem')).toBe(false)
    expect(EventCategory.is('ConfigurationItem')).toBe(true)
  })

  it('keep addendum reasons and insight types open too', () => {
    expect(AddendumReason.isKnown('UPDATED_DATA')).toBe(true)
    expect(AddendumReason.is('FUTURE_REASON')).toBe(true)
    expect(InsightType.isKnown('ApiErrorRateInsight')).toBe(true)
    expect(InsightType.is('ApiLatencyInsight')).toBe(true)
  })
})
