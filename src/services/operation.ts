import * as t from 'io-ts'
import { withFastGuard } from '../codec/fast-guard.js'
import { nullable } from '../codec/nullable.js'
import { EventRecord } from '../record/record.js'

/**
 * The record of one operation: an {@link EventRecord} whose `eventSource` and
 * `eventName` are literals and whose `requestParameters` and
 * `responseElements` have the operation's types. Both payloads may be `null`
 * or absent (calls without input, read-only calls, failed calls).
 */
export type OperationEvent<Source extends string, Name extends string, Request, Response> = EventRecord & {
  readonly eventSource: Source
  readonly eventName: Name
  readonly requestParameters?: Request | null
  readonly responseElements?: Response | null
}

/**
 * One CloudTrail-logged operation of a service: its names, whether it only
 * reads, and the codecs of its request, response and whole event.
 *
 * @typeParam Source - the eventSource, such as `support.amazonaws.com`
 * @typeParam Name - the eventName, such as `CreateCase`
 * @typeParam Request - the codec of `requestParameters`
 * @typeParam Response - the codec of `responseElements`
 */
export interface Operation<
  Source extends string = string,
  Name extends string = string,
  Request extends t.Mixed = t.Mixed,
  Response extends t.Mixed = t.Mixed,
> {
  /** The eventSource of the operation's records. */
  readonly eventSource: Source
  /** The eventName of the operation's records. */
  readonly eventName: Name
  /** Whether the operation only reads (the `readOnly` CloudTrail writes for it). */
  readonly readOnly: boolean
  /** The codec of `requestParameters` (without `null`). */
  readonly request: Request
  /** The codec of `responseElements` (without `null`). */
  readonly response: Response
  /** The codec of the whole record. */
  readonly event: t.Type<
    OperationEvent<Source, Name, t.TypeOf<Request>, t.TypeOf<Response>>,
    OperationEvent<Source, Name, t.TypeOf<Request>, t.TypeOf<Response>>,
    unknown
  >
  /**
   * Checks only the payloads of a record already known to be an
   * {@link EventRecord} of this operation: cheaper than `event.is`, same answer.
   */
  readonly payloadIs: (record: EventRecord) => boolean
}

/**
 * Any operation, as a {@link Service} and the registry hold it: its names,
 * `readOnly`, and codecs that are only used to check and decode. Every
 * {@link Operation} is one. (An `Operation` type is invariant in its names and
 * payload types, because its event codec also encodes, so
 * `Operation<'support.amazonaws.com', 'CreateCase', ...>` is not an
 * `Operation<string, string>`; this view is what lets operations of
 * different names share one list.)
 *
 * @typeParam Source - the eventSource, such as `support.amazonaws.com`
 *
 * @example
 * ```ts
 * const operations: ReadonlyArray<AnyOperation> = [CreateCase, ResolveCase]
 * ```
 */
export interface AnyOperation<Source extends string = string> {
  /** The eventSource of the operation's records. */
  readonly eventSource: Source
  /** The eventName of the operation's records. */
  readonly eventName: string
  /** Whether the operation only reads (the `readOnly` CloudTrail writes for it). */
  readonly readOnly: boolean
  /** The codec of `requestParameters` (without `null`). */
  readonly request: t.Mixed
  /** The codec of `responseElements` (without `null`). */
  readonly response: t.Mixed
  /** Checks and decodes whole records of the operation. */
  readonly event: t.Decoder<unknown, EventRecord> & { readonly is: t.Is<EventRecord> }
  /** Checks only the payloads of a record already known to be an {@link EventRecord} of this operation. */
  readonly payloadIs: (record: EventRecord) => boolean
}

/** The event type of an {@link Operation}. */
export type EventOf<O> = O extends Operation<infer S, infer N, infer Req, infer Res>
  ? OperationEvent<S, N, t.TypeOf<Req>, t.TypeOf<Res>>
  : never

/**
 * Declares an operation: its event codec is the generic record with literal
 * `eventSource` and `eventName` and typed, nullable payloads. Nothing is
 * transformed: decoding returns the very object it was given.
 *
 * @param spec - the names, `readOnly`, and the request and response codecs
 * @returns the operation, with its `event` codec
 *
 * @example
 * ```ts
 * const ResolveCase = defineOperation({
 *   eventSource: 'support.amazonaws.com', eventName: 'ResolveCase', readOnly: false,
 *   request: t.partial({ caseId: t.string }), response: t.partial({ initialCaseStatus: t.string, finalCaseStatus: t.string }),
 * })
 * ResolveCase.event.is(record)
 * ```
 */
export function defineOperation<
  const Source extends string,
  const Name extends string,
  Request extends t.Mixed,
  Response extends t.Mixed,
>(spec: {
  readonly eventSource: Source
  readonly eventName: Name
  readonly readOnly: boolean
  readonly request: Request
  readonly response: Response
}): Operation<Source, Name, Request, Response> {
  const request = nullable(spec.request)
  const response = nullable(spec.response)
  const payload = t.partial({ requestParameters: request, responseElements: response })
  const event = withFastGuard(
    t.intersection(
      [EventRecord, t.type({ eventSource: t.literal(spec.eventSource), eventName: t.literal(spec.eventName) }), payload],
      `${spec.eventName}Event`,
    ),
  ) as unknown as Operation<Source, Name, Request, Response>['event']
  // `payload.is` on a record (an object): the same two reads, by name.
  const payloadIs = (record: EventRecord): boolean => {
    const requestParameters = record.requestParameters
    if (requestParameters !== undefined && !request.is(requestParameters)) return false
    const responseElements = record.responseElements
    return responseElements === undefined || response.is(responseElements)
  }
  return { ...spec, event, payloadIs }
}

/**
 * The operations of one event source, indexed by eventName, with a guard and a
 * codec for the union of their events.
 */
export interface Service<Source extends string, Ops extends ReadonlyArray<AnyOperation<Source>>> {
  /** The eventSource shared by the operations. */
  readonly eventSource: Source
  /** The operations, in the order they were declared. */
  readonly operations: Ops
  /** The operations by eventName. */
  readonly byName: ReadonlyMap<string, Ops[number]>
  /** The codec of the union of the operations' events, dispatched by eventName with one Map lookup. */
  readonly event: t.Type<EventOf<Ops[number]>, EventOf<Ops[number]>, unknown>
  /** A sound guard: a lookup on (eventSource, eventName) plus that operation's codec `is`. */
  readonly is: (u: unknown) => u is EventOf<Ops[number]>
}

function fieldOf(u: unknown, key: string): unknown {
  return typeof u === 'object' && u !== null ? (u as Record<string, unknown>)[key] : undefined
}

/**
 * Groups the operations of one event source.
 *
 * @param eventSource - the eventSource shared by every operation
 * @param operations - the operations
 * @returns the service: its table, guard and union codec
 *
 * @example
 * ```ts
 * const Support = defineService('support.amazonaws.com', [CreateCase, ResolveCase] as const)
 * if (Support.is(record)) console.log(record.eventName)   // 'CreateCase' | 'ResolveCase'
 * ```
 */
export function defineService<const Source extends string, const Ops extends ReadonlyArray<AnyOperation<Source>>>(
  eventSource: Source,
  operations: Ops,
): Service<Source, Ops> {
  const byName = new Map<string, Ops[number]>(operations.map((op) => [op.eventName, op]))
  const find = (u: unknown): Ops[number] | undefined => {
    if (fieldOf(u, 'eventSource') !== eventSource) return undefined
    const name = fieldOf(u, 'eventName')
    return typeof name === 'string' ? byName.get(name) : undefined
  }
  const is = (u: unknown): u is EventOf<Ops[number]> => find(u)?.event.is(u) ?? false
  const event = new t.Type<EventOf<Ops[number]>, EventOf<Ops[number]>, unknown>(
    `${eventSource} event`,
    is,
    (u, c) => {
      const op = find(u)
      return op === undefined ? t.failure(u, c) : (op.event.validate(u, c) as t.Validation<EventOf<Ops[number]>>)
    },
    t.identity,
  )
  return { eventSource, operations, byName, event, is }
}
