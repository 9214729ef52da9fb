import { describe, expect, it } from 'vitest'
import * as t from 'io-ts'
import { parseRecords } from '../../../src/parse/parse-records.js'
import {
  StartSupportPlanUpdateResponse,
  isStartSupportPlanUpdateEvent,
  isSupportPlansEvent,
  supportPlansOperations,
} from '../../../src/services/supportplans/index.js'
import { fixtureRecords } from '../trustedadvisor/service-suite.js'

describe('StartSupportPlanUpdate', () => {
  it('types the HTTP header that CloudTrail records among the response members, and keeps it', () => {
    const [success] = fixtureRecords('supportplans', 'StartSupportPlanUpdate')
    const { records, issues } = parseRecords(success)
    expect(issues).toStrictEqual([])
    const record = records[0]
    if (!isStartSupportPlanUpdateEvent(record)) throw new Error('expected a StartSupportPlanUpdate record')
    expect(record.responseElements?.['Access-Control-Expose-Headers']).toBe(
      'x-amzn-RequestId,x-amzn-ErrorType,x-amzn-ErrorMessage,Date',
    )
    expect(StartSupportPlanUpdateResponse.is({ 'Access-Control-Expose-Headers': 7 })).toBe(false)
  })
})

describe('Support Plans operations known only from the managed policy', () => {
  it('are CreateSupportPlanSchedule and ListSupportPlanModifiers, and keep any payload', () => {
    const unknownShape = supportPlansOperations.filter((op) => op.request === t.unknown && op.response === t.unknown)
    expect(unknownShape.map((op) => op.eventName)).toStrictEqual(['CreateSupportPlanSchedule', 'ListSupportPlanModifiers'])
    const [success] = fixtureRecords('supportplans', 'CreateSupportPlanSchedule')
    const record = { ...success, requestParameters: { supportLevel: 'BUSINESS', startDate: '2024-04-01' } }
    const { records, issues } = parseRecords(record)
    expect(issues).toStrictEqual([])
    expect(records[0]).toBe(record)
    expect(isSupportPlansEvent(records[0])).toBe(true)
  })
})
