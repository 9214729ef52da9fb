import type * as t from 'io-ts'
import { describe, expectTypeOf, it } from 'vitest'
import type { HiddenDueToSecurityReasons } from '../../../src/codec/redacted.js'
import { parseRecords } from '../../../src/parse/parse-records.js'
import { parseRecordsAsync } from '../../../src/parse/parse-async.js'
import type { AnyOperation, OperationEvent } from '../../../src/services/operation.js'
import type { AnyService, EventOf, OperationName } from '../../../src/services/service.js'
import { modelService } from '../../../src/services/model/model-service.js'
import type { ItemSet } from '../../../src/services/model/table.js'
import type { AnyModelOperations, ModelEvent, ModelOperation, ModelService } from '../../../src/services/model/types.js'
import type { CloudTrailRecord } from '../../../src/record/record.js'

interface InstanceState {
  code?: number | string
  name?: string
}
interface InstanceStateChange {
  instanceId?: string
  currentState?: InstanceState
}
interface StartInstancesRequest {
  instancesSet?: InstanceStateChange[] | ItemSet<{ instanceId?: string }>
  additionalInfo?: string
}
interface StartInstancesResult {
  instancesSet?: InstanceStateChange[] | ItemSet<InstanceStateChange>
}
interface CreateKeyPairRequest {
  keyName?: string
}
interface KeyPair {
  /** A sensitive string: 'H' of a string is a string (the marker is one). */
  keyMaterial?: string
  /** A sensitive structure. */
  keyInfo?: { keyName?: string } | HiddenDueToSecurityReasons
}

interface Ec2Operations {
  /** Starts instances. */
  readonly StartInstances: { readonly request: StartInstancesRequest; readonly response: StartInstancesResult; readonly readOnly: false }
  readonly CreateKeyPair: { readonly request: CreateKeyPairRequest; readonly response: KeyPair; readonly readOnly: false }
  readonly DescribeRegions: { readonly request: unknown; readonly response: unknown; readonly readOnly: true }
}

const ec2: ModelService<'ec2.amazonaws.com', Ec2Operations> = modelService({
  name: 'ec2',
  title: 'EC2',
  eventSource: 'ec2.amazonaws.com',
  protocol: 'ec2',
  apiVersion: '2016-11-15',
  table: { shapes: [], operations: {} },
})
type Ec2Event<N extends keyof Ec2Operations = keyof Ec2Operations> = ModelEvent<'ec2.amazonaws.com', Ec2Operations, N>

declare const record: CloudTrailRecord
declare const u: unknown

describe('modelService types', () => {
  it('infers the operations interface from the annotated value', () => {
    expectTypeOf(modelService).returns.toEqualTypeOf<ModelService<string, AnyModelOperations>>()
    expectTypeOf(ec2).toEqualTypeOf<ModelService<'ec2.amazonaws.com', Ec2Operations>>()
    expectTypeOf(ec2.eventSource).toEqualTypeOf<'ec2.amazonaws.com'>()
  })

  it('narrows with is, then switch (eventName) narrows the payloads exactly', () => {
    if (ec2.is(record)) {
      expectTypeOf(record.eventName).toEqualTypeOf<'StartInstances' | 'CreateKeyPair' | 'DescribeRegions'>()
      switch (record.eventName) {
        case 'StartInstances':
          expectTypeOf(record.requestParameters).toEqualTypeOf<StartInstancesRequest | null | undefined>()
          expectTypeOf(record.responseElements).toEqualTypeOf<StartInstancesResult | null | undefined>()
          // @ts-expect-error: StartInstances requests have no keyName
          void record.requestParameters?.keyName
          break
        case 'CreateKeyPair':
          expectTypeOf(record.responseElements?.keyMaterial).toEqualTypeOf<string | undefined>()
          expectTypeOf(record.responseElements?.keyInfo).toEqualTypeOf<{ keyName?: string } | HiddenDueToSecurityReasons | undefined>()
          break
        default:
          expectTypeOf(record.eventName).toEqualTypeOf<'DescribeRegions'>()
          expectTypeOf(record.requestParameters).toEqualTypeOf<unknown>()
      }
    }
    if (ec2.is(u)) expectTypeOf(u).toEqualTypeOf<Ec2Event>()
  })

  it('types each operation: request and response codecs of the interfaces, readOnly literal', () => {
    const start = ec2.operations.StartInstances
    expectTypeOf(start.request).toEqualTypeOf<t.Type<StartInstancesRequest, StartInstancesRequest, unknown>>()
    expectTypeOf(start.response).toEqualTypeOf<t.Type<StartInstancesResult, StartInstancesResult, unknown>>()
    expectTypeOf(start.readOnly).toEqualTypeOf<false>()
    expectTypeOf(ec2.operations.DescribeRegions.readOnly).toEqualTypeOf<true>()
    expectTypeOf(start.eventName).toEqualTypeOf<'StartInstances'>()
    expectTypeOf(start).toEqualTypeOf<ModelOperation<'ec2.amazonaws.com', 'StartInstances', StartInstancesRequest, StartInstancesResult, false>>()
    if (start.is(u)) expectTypeOf(u).toEqualTypeOf<Ec2Event<'StartInstances'>>()
    expectTypeOf(start.event).toEqualTypeOf<t.Type<Ec2Event<'StartInstances'>, Ec2Event<'StartInstances'>, unknown>>()
    // Other names are any operation, or undefined.
    expectTypeOf(ec2.operations.RunInstances).toEqualTypeOf<AnyOperation<'ec2.amazonaws.com'> | undefined>()
  })

  it('EventOf and OperationName work on model services and their operations', () => {
    expectTypeOf<EventOf<typeof ec2, 'StartInstances'>>().toEqualTypeOf<Ec2Event<'StartInstances'>>()
    expectTypeOf<EventOf<typeof ec2, 'StartInstances'>>().toEqualTypeOf<
      OperationEvent<'ec2.amazonaws.com', 'StartInstances', StartInstancesRequest, StartInstancesResult>
    >()
    // The same type as the OperationEvent of hand-written services, written as an interface.
    type Intersected = OperationEvent<'ec2.amazonaws.com', 'StartInstances', StartInstancesRequest, StartInstancesResult>
    expectTypeOf<Ec2Event<'StartInstances'>>().toExtend<Intersected>()
    expectTypeOf<Intersected>().toExtend<Ec2Event<'StartInstances'>>()
    expectTypeOf<EventOf<typeof ec2>>().toEqualTypeOf<Ec2Event>()
    expectTypeOf<EventOf<typeof ec2, 'StartInstances' | 'CreateKeyPair'>>().toEqualTypeOf<Ec2Event<'StartInstances' | 'CreateKeyPair'>>()
    expectTypeOf<EventOf<typeof ec2.operations.CreateKeyPair>>().toEqualTypeOf<Ec2Event<'CreateKeyPair'>>()
    expectTypeOf<OperationName<typeof ec2>>().toEqualTypeOf<'StartInstances' | 'CreateKeyPair' | 'DescribeRegions'>()
    expectTypeOf<Ec2Event['eventName']>().toEqualTypeOf<'StartInstances' | 'CreateKeyPair' | 'DescribeRegions'>()
  })

  it('is an AnyService: the parse functions accept it', () => {
    expectTypeOf(ec2).toExtend<AnyService>()
    const services: ReadonlyArray<AnyService> = [ec2]
    expectTypeOf(parseRecords('', { services: [ec2] }).records).toEqualTypeOf<CloudTrailRecord[]>()
    void parseRecordsAsync('', { services })
    // Like defineService's, a model service is invariant in its operations (their event codecs also encode).
    // @ts-expect-error: not a ModelService of any operations
    const _widened: ModelService = ec2
    const generic = modelService({ name: 'g', title: 'G', eventSource: 'g.amazonaws.com', protocol: 'json', apiVersion: '1', table: { shapes: [], operations: {} } })
    expectTypeOf(generic).toExtend<AnyService>()
    expectTypeOf(generic.operations['Anything']).toExtend<AnyOperation | undefined>()
  })
})
