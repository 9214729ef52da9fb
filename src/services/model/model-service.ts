import * as t from 'io-ts'
import { operationOf } from '../operation.js'
import type { AnyOperation } from '../operation.js'
import { modelShapeCodec } from './shape-codecs.js'
import type { ModelTable } from './table.js'
import type {
  AnyModelOperations,
  ModelEvent,
  ModelOperation,
  ModelOperations,
  ModelOperationsOf,
  ModelService,
  ModelServiceDeclaration,
} from './types.js'

const hasOwn = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key)

/** Reads one field of a value that may not be an object. */
function fieldOf(u: unknown, key: string): unknown {
  return typeof u === 'object' && u !== null ? (u as Readonly<Record<string, unknown>>)[key] : undefined
}


/** The codec of a payload: the shape's, or any value for `-1` (no shape in the model). */
function payloadCodec(table: ModelTable, ref: number): t.Type<unknown, unknown, unknown> {
  return ref === -1 ? t.unknown : modelShapeCodec(table, ref)
}

/** Makes the operation of a table entry, through `operationOf` (so guards and `payloadIs` are the ones every service has). */
function operationOfEntry<Source extends string>(
  eventSource: Source,
  eventName: string,
  table: ModelTable,
): ModelOperation<Source> {
  const entry = table.operations[eventName]
  if (typeof entry !== 'object' || entry === null) {
    throw new TypeError(`model table: the operation ${eventName} is ${String(entry)}, not [request, response, readOnly]`)
  }
  const [request, response, readOnly, additional] = entry
  return operationOf(eventSource, eventName, {
    readOnly: readOnly === 1,
    request: payloadCodec(table, request),
    response: payloadCodec(table, response),
    additional: additional === undefined ? undefined : modelShapeCodec(table, additional),
  })
}

/**
 * The value `modelService` returns. The constructor stores the declaration
 * and two closures; operations are made when first asked for, one at a time,
 * and kept.
 */
class ModelServiceValue<Source extends string, Ops extends ModelOperations<Ops>> implements ModelService<Source, Ops> {
  readonly name: string
  readonly title: string
  readonly eventSource: Source
  readonly protocol: string
  readonly apiVersion: string
  readonly table: ModelTable
  readonly operation: (eventName: string) => AnyOperation<Source> | undefined
  readonly is: (u: unknown) => u is ModelEvent<Source, Ops>
  #operations: ModelOperationsOf<Source, Ops> | undefined
  #event: t.Type<ModelEvent<Source, Ops>, ModelEvent<Source, Ops>, unknown> | undefined

  constructor(declaration: ModelServiceDeclaration<Source>) {
    const { eventSource, table } = declaration
    this.name = declaration.name
    this.title = declaration.title
    this.eventSource = eventSource
    this.protocol = declaration.protocol
    this.apiVersion = declaration.apiVersion
    this.table = table
    const made = new Map<string, ModelOperation<Source>>()
    const operation = (eventName: string): ModelOperation<Source> | undefined => {
      let known = made.get(eventName)
      if (known === undefined) {
        if (!hasOwn(table.operations, eventName)) return undefined
        known = operationOfEntry(eventSource, eventName, table)
        made.set(eventName, known)
      }
      return known
    }
    this.operation = operation
    this.is = (u): u is ModelEvent<Source, Ops> => {
      if (fieldOf(u, 'eventSource') !== eventSource) return false
      const eventName = fieldOf(u, 'eventName')
      if (typeof eventName !== 'string') return false
      const found = operation(eventName)
      return found !== undefined && found.is(u)
    }
    this.#operations = undefined
    this.#event = undefined
  }

  /**
   * A frozen object with one getter per eventName of the table: reading it
   * returns `operation(eventName)`, which makes the operation the first time.
   * (Getters that replaced themselves with values would cost 2 ms per
   * operation read: V8 copies a non-extensible object's properties on each
   * redefinition.)
   */
  get operations(): ModelOperationsOf<Source, Ops> {
    if (this.#operations === undefined) {
      const operations: Record<string, ModelOperation<Source>> = {}
      const operation = this.operation
      for (const eventName of Object.keys(this.table.operations)) {
        Object.defineProperty(operations, eventName, { enumerable: true, get: () => operation(eventName) })
      }
      this.#operations = Object.freeze(operations) as unknown as ModelOperationsOf<Source, Ops>
    }
    return this.#operations
  }

  /** The codec of the union of the operations' events: the operation of the record's eventName validates it. */
  get event(): t.Type<ModelEvent<Source, Ops>, ModelEvent<Source, Ops>, unknown> {
    if (this.#event === undefined) {
      type Event = ModelEvent<Source, Ops>
      const { eventSource, operation } = this
      const find = (u: unknown): AnyOperation<Source> | undefined => {
        if (fieldOf(u, 'eventSource') !== eventSource) return undefined
        const eventName = fieldOf(u, 'eventName')
        return typeof eventName === 'string' ? operation(eventName) : undefined
      }
      this.#event = new t.Type<Event, Event, unknown>(
        `${eventSource} event`,
        this.is,
        (u, c) => {
          const found = find(u)
          return found === undefined ? t.failure(u, c) : (found.event.validate(u, c) as t.Validation<Event>)
        },
        t.identity,
      )
    }
    return this.#event
  }
}

/**
 * Makes a service of a table generated from an AWS API model (see
 * {@link ModelTable}): the runtime every generated `src/aws/<name>/index.ts`
 * calls. It is usable wherever a service made by `defineService` is:
 * `parseRecords(input, { services: [ec2] })`, `ec2.is(u)`,
 * `ec2.operations.RunInstances.is`, `.event`, `.request`, `.response`,
 * `.readOnly`, `EventOf<typeof ec2, 'RunInstances'>`.
 *
 * Calling it builds nothing: `is` builds the operation of the record's
 * eventName (and the codecs its check reaches) the first time it sees it,
 * `operation(eventName)` the same; `operations.X` builds operation `X` when
 * it is read. Each operation is made by `operationOf`, so its guard,
 * `payloadIs` and event codec behave as every other service's.
 *
 * Name the operations interface in the type of the value (the type argument
 * is inferred from it): the table carries no TypeScript types.
 *
 * @typeParam Source - the eventSource
 * @typeParam Ops - the operations interface: eventName to {@link ModelOperationTypes}
 * @param declaration - the name, title, eventSource, protocol, API version and table
 * @returns the service
 *
 * @example
 * ```ts
 * interface InstancesOperations {
 *   readonly StartInstances: { readonly request: { instancesSet?: ItemSet<{ instanceId?: string }> }; readonly response: unknown; readonly readOnly: false }
 * }
 * const instances: ModelService<'ec2.amazonaws.com', InstancesOperations> = modelService({
 *   name: 'instances', title: 'Instances', eventSource: 'ec2.amazonaws.com', protocol: 'ec2', apiVersion: '2016-11-15',
 *   table: {
 *     shapes: ['s', ['S', 'InstanceIdSetItem', 'instanceId', 0], ['I', 1], ['S', 'StartInstancesRequest', 'instancesSet', 2]],
 *     operations: { StartInstances: [3, -1, 0] },
 *   },
 * })
 * const { records } = parseRecords(text, { services: [instances] })
 * for (const record of records) {
 *   if (instances.is(record)) console.log(record.requestParameters?.instancesSet)
 * }
 * ```
 */
export function modelService<const Source extends string, Ops extends ModelOperations<Ops> = AnyModelOperations>(
  declaration: ModelServiceDeclaration<Source>,
): ModelService<Source, Ops> {
  return new ModelServiceValue<Source, Ops>(declaration)
}
