import { describe, expect, it } from 'vitest'
import { parseRecords } from '../../../src/parse/parse-records.js'
import { supportPlans } from '../../../src/aws/supportplans/index.js'
import { supportSubscription } from '../../../src/aws/support-subscription/index.js'
import { fixtureRecords } from '../trustedadvisor/service-suite.js'

describe('legacy support-subscription records', () => {
  it('are not Support Plans events, although the same console wrote them', () => {
    const [success] = fixtureRecords('support-subscription', 'UpdateSupportLevel')
    const { records } = parseRecords(success, { services: [supportSubscription, supportPlans] })
    expect(supportSubscription.is(records[0])).toBe(true)
    expect(supportPlans.is(records[0])).toBe(false)
    expect(supportPlans.is({ ...success, eventSource: 'supportplans.amazonaws.com' })).toBe(false)
  })

  it('type the support level and the aispl flag of UpdateSupportLevel', () => {
    const [success] = fixtureRecords('support-subscription', 'UpdateSupportLevel')
    const updateSupportLevel = supportSubscription.operations.UpdateSupportLevel
    expect(updateSupportLevel.is({ ...success, responseElements: { aispl: 'no', supportLevel: 'new_business' } })).toBe(false)
    expect(updateSupportLevel.is({ ...success, responseElements: { aispl: true, supportLevel: 'new_business' } })).toBe(true)
  })
})
