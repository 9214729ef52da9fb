/**
 * What a consumer of a generated service of 800 operations writes, type-checked: narrowing with `is` and
 * `switch (eventName)`, `EventOf`, `OperationName`, `operations.X`, and passing the service to `parseRecords`.
 * Unions of 800 members are compared with `Same` (mutual assignability), not `expectTypeOf`, whose deep
 * comparison of such unions costs seconds that no consumer pays.
 */
import type * as t from 'io-ts'
import { describe, expectTypeOf, it } from 'vitest'
import { parseRecords } from '../../../src/parse/parse-records.js'
import type { CloudTrailRecord } from '../../../src/record/record.js'
import type { AnyService, EventOf, OperationName } from '../../../src/services/service.js'
import { big } from './fixtures/big-service.js'
import type { BigEvent, BigOperations, P5, Q0, Q799 } from './fixtures/big-service.js'

/** `true` when `A` and `B` are assignable to each other. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false

declare const record: CloudTrailRecord

describe('a generated service of 800 operations', () => {
  it('narrows a record by eventName', () => {
    if (big.is(record)) {
      switch (record.eventName) {
        case 'O0':
          expectTypeOf(record.requestParameters).toEqualTypeOf<Q0 | null | undefined>()
          break
        case 'O5':
          expectTypeOf(record.responseElements).toEqualTypeOf<P5 | null | undefined>()
          break
        case 'O799':
          expectTypeOf(record.requestParameters?.s).toEqualTypeOf<Q799['s']>()
          break
        default: {
          const rest: Same<typeof record.eventName, Exclude<keyof BigOperations, 'O0' | 'O5' | 'O799'>> = true
          void rest
        }
      }
    }
  })

  it('has EventOf, OperationName and typed operations', () => {
    const event: Same<EventOf<typeof big, 'O7'>, BigEvent<'O7'>> = true
    const names: Same<OperationName<typeof big>, keyof BigOperations> = true
    void [event, names]
    expectTypeOf(big.operations.O0.request).toEqualTypeOf<t.Type<Q0, Q0, unknown>>()
    expectTypeOf(big.operations.O3.readOnly).toEqualTypeOf<true>()
  })

  it('is accepted by parseRecords', () => {
    const services: ReadonlyArray<AnyService> = [big]
    expectTypeOf(parseRecords('', { services }).records).toEqualTypeOf<CloudTrailRecord[]>()
    expectTypeOf(parseRecords('', { services: [big] }).records).toEqualTypeOf<CloudTrailRecord[]>()
  })
})
