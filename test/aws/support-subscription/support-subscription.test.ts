import { describe, expect, it } from 'vitest'
import { parseRecords } from '../../../src/parse/parse-records.js'
import { isSupportPlansEvent } from '../../../src/services/supportplans/index.js'
import { isSupportSubscriptionEvent, isUpdateSupportLevelEvent } from '../../../src/services/support-subscription/index.js'
import { fixtureRecords } from '../trustedadvisor/service-suite.js'

describe('legacy support-subscription records', () => {
  it('are not Support Plans events, although the same console wrote them', () => {
    const [success] = fixtureRecords('support-subscription', 'UpdateSupportLevel')
    const { records } = parseRecords(success)
    expect(isSupportSubscriptionEvent(records[0])).toBe(true)
    expect(isSupportPlansEvent(records[0])).toBe(false)
    expect(isSupportPlansEvent({ ...success, eventSource: 'supportplans.amazonaws.com' })).toBe(false)
  })

  it('type the support level and the aispl flag of UpdateSupportLevel', () => {
    const [success] = fixtureRecords('support-subscription', 'UpdateSupportLevel')
    expect(isUpdateSupportLevelEvent({ ...success, responseElements: { aispl: 'no', supportLevel: 'new_business' } })).toBe(
      false,
    )
    expect(isUpdateSupportLevelEvent({ ...success, responseElements: { aispl: true, supportLevel: 'new_business' } })).toBe(
      true,
    )
  })
})
