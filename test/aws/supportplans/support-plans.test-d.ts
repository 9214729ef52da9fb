import { describe, expectTypeOf, it } from 'vitest'
import type { CloudTrailRecord } from '../../../src/record/record.js'
import { supportSubscription } from '../../../src/aws/support-subscription/index.js'
import type { SupportSubscriptionEvent } from '../../../src/aws/support-subscription/index.js'
import { supportPlans } from '../../../src/aws/supportplans/index.js'
import type { SupportPlansEvent } from '../../../src/aws/supportplans/index.js'

declare const record: CloudTrailRecord

describe('narrowing Support Plans and legacy support-subscription records', () => {
  it('types the sample-only shapes and leaves unknown ones as unknown', () => {
    if (supportPlans.is(record)) {
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
    if (supportSubscription.is(record)) {
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

describe('narrowing with one operation of Support Plans or support-subscription', () => {
  it('types the operation of the guard, the same type as the service event of that name', () => {
    const u: unknown = record
    if (supportPlans.operations.StartSupportPlanUpdate.is(u)) {
      expectTypeOf(u).toEqualTypeOf<SupportPlansEvent<'StartSupportPlanUpdate'>>()
      expectTypeOf(u.requestParameters?.update?.supportLevel).toEqualTypeOf<string | undefined>()
      // @ts-expect-error: the member is supportPlanUpdateArn
      void u.responseElements?.supportPlanUpdateARN
    }
    if (supportPlans.operations.ListSupportPlanModifiers.is(u)) {
      expectTypeOf(u).toEqualTypeOf<SupportPlansEvent<'ListSupportPlanModifiers'>>()
      expectTypeOf(u.requestParameters).toEqualTypeOf<unknown>()
    }
    if (supportSubscription.operations.DescribeSupportLevelSummary.is(u)) {
      expectTypeOf(u).toEqualTypeOf<SupportSubscriptionEvent<'DescribeSupportLevelSummary'>>()
      expectTypeOf(u.requestParameters?.lang).toEqualTypeOf<string | undefined>()
      // @ts-expect-error: the member is lang, not language
      void u.requestParameters?.language
    }
  })
})
