import { describe, expectTypeOf, it } from 'vitest'
import type { OpenEnum } from '../../../src/codec/open-enum.js'
import type { CloudTrailRecord } from '../../../src/record/record.js'
import type { EventOf } from '../../../src/services/service.js'
import { isKnownRecommendationPillar, trustedAdvisor } from '../../../src/aws/trustedadvisor/index.js'
import type {
  RecommendationPillar,
  RecommendationSummary,
  RefreshCheckState,
  TrustedAdvisorEvent,
} from '../../../src/aws/trustedadvisor/index.js'

type ListRecommendationsEvent = TrustedAdvisorEvent<'ListRecommendations'>

type Pillar = OpenEnum<
  'cost_optimizing' | 'performance' | 'security' | 'service_limits' | 'fault_tolerance' | 'operational_excellence'
>
type RefreshState = OpenEnum<'none' | 'enqueued' | 'processing' | 'success' | 'abandoned'>

// The generated value lists are the same open unions as before.
expectTypeOf<RecommendationPillar>().toEqualTypeOf<Pillar>()
expectTypeOf<RefreshCheckState>().toEqualTypeOf<RefreshState>()

declare const record: CloudTrailRecord

describe('narrowing a record with trustedAdvisor.is and switch (event.eventName)', () => {
  // Every member of a generated payload may be null as well as absent (CloudTrail writes null members).
  it('types the payloads of console actions with a known shape', () => {
    if (trustedAdvisor.is(record)) {
      switch (record.eventName) {
        case 'RefreshCheck':
          expectTypeOf(record.requestParameters?.checkId).toEqualTypeOf<string | null | undefined>()
          expectTypeOf(record.responseElements?.status?.millisUntilNextRefreshable).toEqualTypeOf<number | null | undefined>()
          expectTypeOf(record.responseElements?.status?.status).toEqualTypeOf<RefreshState | null | undefined>()
          // @ts-expect-error: the member is checkId, not checkID
          void record.requestParameters?.checkID
          break
        case 'GenerateReport':
          expectTypeOf(record.requestParameters?.preference?.organizationalUnitIds).toEqualTypeOf<(string | null)[] | null | undefined>()
          expectTypeOf(record.responseElements?.status).toEqualTypeOf<string | null | undefined>()
          break
        case 'DescribeChecks':
          // no public shape: the payloads are JSON values to narrow by hand
          expectTypeOf(record.requestParameters).toEqualTypeOf<unknown>()
          expectTypeOf(record.responseElements).toEqualTypeOf<unknown>()
          break
        default:
          break
      }
    }
  })

  it('types the payloads of the Trusted Advisor API (2022-09-15)', () => {
    if (trustedAdvisor.is(record)) {
      switch (record.eventName) {
        case 'ListRecommendations':
          expectTypeOf(record).toEqualTypeOf<ListRecommendationsEvent>()
          expectTypeOf(record.requestParameters?.pillar).toEqualTypeOf<Pillar | null | undefined>()
          expectTypeOf(record.requestParameters?.afterLastUpdatedAt).toEqualTypeOf<string | number | null | undefined>()
          expectTypeOf(record.responseElements?.recommendationSummaries).toEqualTypeOf<
            (RecommendationSummary | null)[] | null | undefined
          >()
          // @ts-expect-error: the response member is recommendationSummaries
          void record.responseElements?.recommendations
          break
        case 'UpdateRecommendationLifecycle':
          expectTypeOf(record.requestParameters?.updateReason).toEqualTypeOf<string | null | undefined>()
          // no output shape in the model: any value, as for every generated operation without output
          expectTypeOf(record.responseElements).toEqualTypeOf<unknown>()
          break
        case 'ListRecommendationResources':
          expectTypeOf(record.responseElements?.recommendationResourceSummaries?.[0]?.metadata).toEqualTypeOf<
            { [key: string]: string | null } | null | undefined
          >()
          break
        default:
          break
      }
    }
  })

  it('knows the 38 event names and nothing else', () => {
    expectTypeOf<'RefreshCheck' | 'ListChecks' | 'DownloadRisk'>().toExtend<TrustedAdvisorEvent['eventName']>()
    expectTypeOf<'CreateEngagement'>().not.toExtend<TrustedAdvisorEvent['eventName']>()
    expectTypeOf<'DescribeTrustedAdvisorChecks'>().not.toExtend<TrustedAdvisorEvent['eventName']>()
    if (trustedAdvisor.is(record)) {
      // @ts-expect-error: an unverified name, not a typed operation
      if (record.eventName === 'CreateEngagement') expectTypeOf(record).toBeNever()
    }
  })

  it('does not type payloads when the event name alone is compared', () => {
    if ('eventName' in record && record.eventName === 'RefreshCheck') {
      expectTypeOf(record.requestParameters).toEqualTypeOf<unknown>()
    }
  })
})

describe('operation guards and value lists', () => {
  it('trustedAdvisor.operations.ListRecommendations.is narrows unknown values', () => {
    const u: unknown = record
    if (trustedAdvisor.operations.ListRecommendations.is(u)) {
      expectTypeOf(u).toEqualTypeOf<ListRecommendationsEvent>()
      expectTypeOf(u).toEqualTypeOf<EventOf<typeof trustedAdvisor.operations.ListRecommendations>>()
      expectTypeOf(u.eventSource).toEqualTypeOf<'trustedadvisor.amazonaws.com'>()
      expectTypeOf(u.eventName).toEqualTypeOf<'ListRecommendations'>()
      expectTypeOf(u.errorCode).toEqualTypeOf<string | null | undefined>()
    }
  })

  it('isKnownRecommendationPillar narrows an open pillar to the documented values', () => {
    const pillar = null as unknown as Pillar
    if (isKnownRecommendationPillar(pillar)) {
      expectTypeOf(pillar).toEqualTypeOf<
        'cost_optimizing' | 'performance' | 'security' | 'service_limits' | 'fault_tolerance' | 'operational_excellence'
      >()
    }
  })
})
