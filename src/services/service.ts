import * as t from 'io-ts'
import type { EventRecord } from '../record/record.js'
import { operationOf } from './operation.js'
import type { AnyOperation, Operation, OperationEvent, OperationSpec } from './operation.js'
import type { ModelEvent, ModelOperation, ModelService } from './model/types.js'

/**
 * A service's operation table as it is declared: eventName to
 * {@link OperationSpec}.
 *
 * @example
 * ```ts
 * const specs: OperationSpecs = { ResolveCase: { readOnly: false, request: t.unknown, response: t.unknown } }
 * ```
 */
export type OperationSpecs = { readonly [eventName: string]: OperationSpec }

/**
 * The operations of a service, by eventName: each table entry made an
 * {@link Operation} with the service's eventSource. (A mapped type over the
 * table, so an editor shows each operation's own documentation.)
 *
 * @typeParam Source - the service's eventSource
 * @typeParam Specs - the declared table
 *
 * @example
 * ```ts
 * const specs = { ResolveCase: { readOnly: false, request: t.partial({ caseId: t.string }), response: t.unknown } }
 * const cases = defineService({ name: 'cases', title: 'Cases', eventSource: 'support.amazonaws.com', operations: specs })
 * const operations: Operations<'support.amazonaws.com', typeof specs> = cases.operations
 * ```
 */
export type Operations<Source extends string, Specs extends OperationSpecs> = {
  readonly [Name in keyof Specs]: Operation<Source, Name & string, Specs[Name]['request'], Specs[Name]['response']>
}

/**
 * The union of the events of a table's operations, or of the ones named.
 *
 * @typeParam Source - the service's eventSource
 * @typeParam Specs - the declared table
 * @typeParam Name - the eventNames to include (all by default)
 *
 * @example
 * ```ts
 * const specs = {
 *   CreateCase: { readOnly: false, request: t.partial({ subject: t.string }), response: t.partial({ caseId: t.string }) },
 *   ResolveCase: { readOnly: false, request: t.partial({ caseId: t.string }), response: t.unknown },
 *   DescribeCases: { readOnly: true, request: t.unknown, response: t.unknown },
 * }
 * type CaseWrites = EventsOf<'support.amazonaws.com', typeof specs, 'CreateCase' | 'ResolveCase'>
 * ```
 */
export type EventsOf<Source extends string, Specs extends OperationSpecs, Name extends keyof Specs = keyof Specs> = {
  [N in Name]: OperationEvent<Source, N & string, t.TypeOf<Specs[N]['request']>, t.TypeOf<Specs[N]['response']>>
}[Name]

/**
 * The operations of one event source, by eventName, with a sound guard and a
 * codec for the union of their events. One value per entry point
 * (`cloudtrail-codecs/aws/<name>`); pass it to `parseRecords(input, { services })`
 * to have its payloads checked while parsing.
 *
 * @typeParam Source - the eventSource, such as `support.amazonaws.com`
 * @typeParam Specs - the declared operation table
 *
 * @example
 * ```ts
 * const specs = { ResolveCase: { readOnly: false, request: t.partial({ caseId: t.string }), response: t.unknown } }
 * const service: Service<'support.amazonaws.com', typeof specs> = defineService({
 *   name: 'cases', title: 'Cases', eventSource: 'support.amazonaws.com', operations: specs,
 * })
 * ```
 */
export interface Service<Source extends string = string, Specs extends OperationSpecs = OperationSpecs> {
  /** The entry point's name: `cloudtrail-codecs/aws/<name>` (the AWS SDK for JavaScript v3 client name where there is one). */
  readonly name: string
  /** The service's name as AWS writes it, such as `AWS Support`. */
  readonly title: string
  /** The eventSource shared by the operations. */
  readonly eventSource: Source
  /** The operations, by eventName, in the order they were declared. */
  readonly operations: Operations<Source, Specs>
  /** The codec of the union of the operations' events, dispatched by eventName with one Map lookup. */
  readonly event: t.Type<EventsOf<Source, Specs>, EventsOf<Source, Specs>, unknown>
  /**
   * A sound guard: a lookup on `(eventSource, eventName)` plus that
   * operation's guard, so `switch (event.eventName)` then narrows the payloads.
   */
  readonly is: (u: unknown) => u is EventsOf<Source, Specs>
  /** The operation of an eventName, or `undefined` if the service has none of that name. */
  readonly operation: (eventName: string) => AnyOperation<Source> | undefined
}

/**
 * Any service, as lists of services hold it (the `services` parse option, the
 * CLI's list). Every {@link Service} is one.
 *
 * @example
 * ```ts
 * import type { AnyService } from 'cloudtrail-codecs'
 * import { support } from 'cloudtrail-codecs/aws/support'
 * import { trustedAdvisor } from 'cloudtrail-codecs/aws/trustedadvisor'
 *
 * const services: ReadonlyArray<AnyService> = [support, trustedAdvisor]
 * ```
 */
export interface AnyService {
  /** The entry point's name: `cloudtrail-codecs/aws/<name>`. */
  readonly name: string
  /** The service's name as AWS writes it. */
  readonly title: string
  /** The eventSource shared by the operations. */
  readonly eventSource: string
  /** The operations, by eventName. */
  readonly operations: { readonly [eventName: string]: AnyOperation }
  /** A sound guard for the events of every operation of the service. */
  readonly is: (u: unknown) => u is EventRecord
  /** The operation of an eventName, or `undefined` if the service has none of that name. */
  readonly operation: (eventName: string) => AnyOperation | undefined
}

/**
 * The event type of a service (the union of its operations' events, or of the
 * ones named) or of one operation. Services made by `defineService` and by
 * `modelService` both work.
 *
 * @typeParam Of - `typeof someService` or `typeof someService.operations.X`
 * @typeParam Name - for a service, the eventNames to include (all by default)
 *
 * @example
 * ```ts
 * import type { EventOf } from 'cloudtrail-codecs'
 * import { support } from 'cloudtrail-codecs/aws/support'
 *
 * type CreateCaseEvent = EventOf<typeof support, 'CreateCase'>
 * type AnySupportEvent = EventOf<typeof support>
 * type ResolveCaseEvent = EventOf<typeof support.operations.ResolveCase>
 * ```
 */
export type EventOf<Of, Name extends string = string> =
  Of extends ModelService<infer Source, infer Ops>
    ? ModelEvent<Source, Ops, Extract<keyof Ops, Name>>
    : Of extends Service<infer Source, infer Specs>
      ? EventsOf<Source, Specs, Extract<keyof Specs, Name>>
      : Of extends ModelOperation<infer Source, infer N, infer Request, infer Response, boolean, infer Additional>
        ? OperationEvent<Source, N, Request, Response, Additional>
        : Of extends Operation<infer Source, infer N, infer Request, infer Response>
          ? OperationEvent<Source, N, t.TypeOf<Request>, t.TypeOf<Response>>
          : never

/**
 * The eventNames of a service's operations.
 *
 * @typeParam Of - `typeof someService`
 *
 * @example
 * ```ts
 * import type { OperationName } from 'cloudtrail-codecs'
 * import { support } from 'cloudtrail-codecs/aws/support'
 *
 * const name: OperationName<typeof support> = 'CreateCase'
 * ```
 */
export type OperationName<Of> =
  Of extends ModelService<infer _Source, infer Ops>
    ? keyof Ops & string
    : Of extends Service<infer _Source, infer Specs>
      ? keyof Specs & string
      : never

/** Reads one field of a value that may not be an object. */
function fieldOf(u: unknown, key: string): unknown {
  return typeof u === 'object' && u !== null ? (u as Readonly<Record<string, unknown>>)[key] : undefined
}

/**
 * Declares a service: its entry point's name, its eventSource and its
 * operation table, whose keys are the eventNames CloudTrail writes. Each
 * entry becomes an {@link Operation}; nothing is transformed when decoding.
 * Declare the table inline, with one TSDoc block per operation: editors show
 * it on `service.operations.X`.
 *
 * @param declaration - the name, title, eventSource and operation table
 * @returns the service: its operations, guard and union codec
 *
 * @example
 * ```ts
 * const cases = defineService({
 *   name: 'cases', title: 'Cases', eventSource: 'support.amazonaws.com',
 *   operations: {
 *     ResolveCase: { readOnly: false, request: t.partial({ caseId: t.string }), response: t.unknown },
 *   },
 * })
 * if (cases.is(record)) console.log(record.requestParameters?.caseId)
 * ```
 */
export function defineService<const Source extends string, const Specs extends OperationSpecs>(declaration: {
  readonly name: string
  readonly title: string
  readonly eventSource: Source
  readonly operations: Specs
}): Service<Source, Specs> {
  const { name, title, eventSource } = declaration
  const byName = new Map<string, AnyOperation<Source>>()
  const operations: Record<string, AnyOperation<Source>> = {}
  for (const [eventName, spec] of Object.entries(declaration.operations)) {
    const operation = operationOf(eventSource, eventName, spec) as AnyOperation<Source>
    byName.set(eventName, operation)
    operations[eventName] = operation
  }
  const operation = (eventName: string): AnyOperation<Source> | undefined => byName.get(eventName)
  const find = (u: unknown): AnyOperation<Source> | undefined => {
    if (fieldOf(u, 'eventSource') !== eventSource) return undefined
    const eventName = fieldOf(u, 'eventName')
    return typeof eventName === 'string' ? byName.get(eventName) : undefined
  }
  type Event = EventsOf<Source, Specs>
  const is = (u: unknown): u is Event => find(u)?.is(u) ?? false
  const event = new t.Type<Event, Event, unknown>(
    `${eventSource} event`,
    is,
    (u, c) => {
      const op = find(u)
      return op === undefined ? t.failure(u, c) : (op.event.validate(u, c) as t.Validation<Event>)
    },
    t.identity,
  )
  return { name, title, eventSource, operations: operations as Operations<Source, Specs>, event, is, operation }
}
