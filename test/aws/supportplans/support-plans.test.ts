import { describe, expect, it } from 'vitest'
import * as t from 'io-ts'
import { parseRecords } from '../../../src/parse/parse-records.js'
import * as supportPlansEntry from '../../../src/aws/supportplans/index.js'
import { StartSupportPlanUpdateResponse, supportPlans } from '../../../src/aws/supportplans/index.js'
import { fixtureRecords } from '../trustedadvisor/service-suite.js'

describe('StartSupportPlanUpdate', () => {
  it('types the HTTP header that CloudTrail records among the response members, and keeps it', () => {
    const [success] = fixtureRecords('supportplans', 'StartSupportPlanUpdate')
    const { records, issues } = parseRecords(success, { services: [supportPlans] })
    expect(issues).toStrictEqual([])
    const record = records[0]
    if (!supportPlans.operations.StartSupportPlanUpdate.is(record)) throw new Error('expected a StartSupportPlanUpdate record')
    expect(record.responseElements?.['Access-Control-Expose-Headers']).toBe(
      'x-amzn-RequestId,x-amzn-ErrorType,x-amzn-ErrorMessage,Date',
    )
    expect(StartSupportPlanUpdateResponse.is({ 'Access-Control-Expose-Headers': 7 })).toBe(false)
  })
})

describe('Support Plans operations known only from the managed policy', () => {
  it('are CreateSupportPlanSchedule and ListSupportPlanModifiers, and keep any payload', () => {
    const unknownShape = Object.values(supportPlans.operations).filter((op) => op.request === t.unknown && op.response === t.unknown)
    expect(unknownShape.map((op) => op.eventName)).toStrictEqual(['CreateSupportPlanSchedule', 'ListSupportPlanModifiers'])
    for (const name of ['CreateSupportPlanSchedule', 'ListSupportPlanModifiers']) {
      expect(Object.hasOwn(supportPlansEntry, `${name}Request`), `${name}Request`).toBe(false)
      expect(Object.hasOwn(supportPlansEntry, `${name}Response`), `${name}Response`).toBe(false)
    }
    const [success] = fixtureRecords('supportplans', 'CreateSupportPlanSchedule')
    const record = { ...success, requestParameters: { supportLevel: 'BUSINESS', startDate: '2024-04-01' } }
    const { records, issues } = parseRecords(record, { services: [supportPlans] })
    expect(issues).toStrictEqual([])
    expect(records[0]).toBe(record)
    expect(supportPlans.is(records[0])).toBe(true)
  })
})
