import { describe, expectTypeOf, it } from 'vitest'
import type { CloudTrailRecord } from '../../../src/record/record.js'
import { isSupportSubscriptionEvent } from '../../../src/services/support-subscription/index.js'
import { isSupportPlansEvent } from '../../../src/services/supportplans/index.js'

declare const record: CloudTrailRecord

describe('narrowing Support Plans and legacy support-subscription records', () => {
  it('types the sample-only shapes and leaves unknown ones as unknown', () => {
    if (isSupportPlansEvent(record)) {
      switch (record.eventName) {
        case 'StartSupportPlanUpdate':
          expectTypeOf(record.requestParameters?.update?.supportLevel).toEqualTypeOf<string | undefined>()
          expectTypeOf(record.responseElements?.['Access-Control-Expose-Headers']).toEqualTypeOf<string | undefined>()
          // @ts-expect-error: the member is supportPlanUpdateArn
          void record.responseElements?.supportPlanUpdateARN
          break
        case 'ListSupportPlanModifiers':
          expectTypeOf(record.requestParameters).toEqualTypeOf<unknown>()
          break
        default:
          break
      }
    }
    if (isSupportSubscriptionEvent(record)) {
      switch (record.eventName) {
        case 'UpdateSupportLevel':
          expectTypeOf(record.responseElements?.aispl).toEqualTypeOf<boolean | undefined>()
          break
        case 'DescribeSupportLevelSummary':
          expectTypeOf(record.requestParameters?.lang).toEqualTypeOf<string | undefined>()
          // @ts-expect-error: the member is lang, not language
          void record.requestParameters?.language
          break
        default:
          break
      }
    }
  })
})
