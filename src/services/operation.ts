import * as t from 'io-ts'
import { withFastGuard } from '../codec/fast-guard.js'
import { nullable } from '../codec/nullable.js'
import { EventRecord } from '../record/record.js'

/**
 * What a service's operation table says of one operation: whether it only
 * reads, and the codecs of its `requestParameters` and `responseElements`
 * (without `null`: every payload may also be `null` or absent).
 *
 * @typeParam Request - the codec of `requestParameters`
 * @typeParam Response - the codec of `responseElements`
 *
 * @example
 * ```ts
 * const spec: OperationSpec = { readOnly: true, request: t.partial({ caseId: t.string }), response: t.unknown }
 * ```
 */
export interface OperationSpec<Request extends t.Mixed = t.Mixed, Response extends t.Mixed = t.Mixed> {
  /** Whether the operation only reads (the `readOnly` CloudTrail writes for it). */
  readonly readOnly: boolean
  /** The codec of `requestParameters` (without `null`). */
  readonly request: Request
  /** The codec of `responseElements` (without `null`). */
  readonly response: Response
  /**
   * The codec of `additionalEventData` (without `null`), where the operation
   * types it (S3's `bytesTransferredIn`, `SignatureVersion`, ...); absent:
   * any value, unchecked.
   */
  readonly additional?: t.Mixed | undefined
}

/**
 * The record of one operation: an {@link EventRecord} whose `eventSource` and
 * `eventName` are literals and whose `requestParameters`, `responseElements`
 * and `additionalEventData` have the operation's types. The payloads may be
 * `null` or absent (calls without input, read-only calls, failed calls). An
 * interface, not an intersection: a union of hundreds of these (a generated
 * service's events) is cheaper to build, compare and narrow.
 *
 * @typeParam Source - the eventSource, such as `support.amazonaws.com`
 * @typeParam Name - the eventName, such as `CreateCase`
 * @typeParam Request - the type of `requestParameters`
 * @typeParam Response - the type of `responseElements`
 * @typeParam Additional - the type of `additionalEventData` (`unknown` where the operation does not type it)
 *
 * @example
 * ```ts
 * type Resolved = OperationEvent<'support.amazonaws.com', 'ResolveCase', { caseId?: string }, unknown>
 * type Read = OperationEvent<'s3.amazonaws.com', 'GetObject', { key?: string }, unknown, { bytesTransferredOut?: number }>
 * ```
 */
export interface OperationEvent<Source extends string, Name extends string, Request, Response, Additional = unknown>
  extends EventRecord {
  /** The eventSource of the operation's records. */
  readonly eventSource: Source
  /** The eventName of the operation. */
  readonly eventName: Name
  /** The request's parameters: `null` or absent when CloudTrail left them out. */
  readonly requestParameters?: Request | null
  /** The response: `null` or absent for most read-only and failed calls. */
  readonly responseElements?: Response | null
  /** Data about the request that is not a parameter: `unknown` unless the operation types it. */
  readonly additionalEventData?: Additional | null
}

/**
 * One CloudTrail-logged operation of a service, as `service.operations.X`
 * holds it: its names, `readOnly`, the codecs of its payloads and of its whole
 * record, and a sound guard.
 *
 * @typeParam Source - the eventSource, such as `support.amazonaws.com`
 * @typeParam Name - the eventName, such as `CreateCase`
 * @typeParam Request - the codec of `requestParameters`
 * @typeParam Response - the codec of `responseElements`
 * @typeParam Additional - the type of `additionalEventData` (`unknown` unless the operation types it)
 *
 * @example
 * ```ts
 * import { support } from 'cloudtrail-codecs/aws/support'
 *
 * const createCase = support.operations.CreateCase   // Operation<'support.amazonaws.com', 'CreateCase', ...>
 * createCase.readOnly                                 // false
 * createCase.request.is({ severityCode: 'high' })     // true
 * ```
 */
export interface Operation<
  Source extends string = string,
  Name extends string = string,
  Request extends t.Mixed = t.Mixed,
  Response extends t.Mixed = t.Mixed,
  Additional = unknown,
> extends OperationSpec<Request, Response> {
  /** The eventSource of the operation's records. */
  readonly eventSource: Source
  /** The eventName of the operation's records. */
  readonly eventName: Name
  /**
   * The codec of the whole record: the generic record with literal
   * `eventSource` and `eventName` and typed, nullable payloads. Decoding
   * returns the very object it was given.
   */
  readonly event: t.Type<
    OperationEvent<Source, Name, t.TypeOf<Request>, t.TypeOf<Response>, Additional>,
    OperationEvent<Source, Name, t.TypeOf<Request>, t.TypeOf<Response>, Additional>,
    unknown
  >
  /** A sound guard: the same answer as `event.is`. */
  readonly is: (u: unknown) => u is OperationEvent<Source, Name, t.TypeOf<Request>, t.TypeOf<Response>, Additional>
  /**
   * Checks only the payloads of a record already known to be an
   * {@link EventRecord} of this operation: cheaper than `is`, same answer.
   */
  readonly payloadIs: (record: EventRecord) => boolean
}

/**
 * Any operation, as lists of operations of different names hold it. Every
 * {@link Operation} is one. (An `Operation` is invariant in its names and
 * payload types, because its event codec also encodes; this view only checks
 * and decodes.)
 *
 * @typeParam Source - the eventSource, such as `support.amazonaws.com`
 *
 * @example
 * ```ts
 * import type { AnyOperation } from 'cloudtrail-codecs'
 * import { support } from 'cloudtrail-codecs/aws/support'
 *
 * const operations: ReadonlyArray<AnyOperation> = Object.values(support.operations)
 * ```
 */
export interface AnyOperation<Source extends string = string> extends OperationSpec {
  /** The eventSource of the operation's records. */
  readonly eventSource: Source
  /** The eventName of the operation's records. */
  readonly eventName: string
  /** Checks and decodes whole records of the operation. */
  readonly event: t.Decoder<unknown, EventRecord> & { readonly is: t.Is<EventRecord> }
  /** A sound guard: the same answer as `event.is`. */
  readonly is: (u: unknown) => u is EventRecord
  /** Checks only the payloads of a record already known to be an {@link EventRecord} of this operation. */
  readonly payloadIs: (record: EventRecord) => boolean
}

/** Reads one field of a value that may not be an object. */
function fieldOf(u: unknown, key: string): unknown {
  return typeof u === 'object' && u !== null ? (u as Readonly<Record<string, unknown>>)[key] : undefined
}

/**
 * An operation whose whole-record codec is built the first time it is asked
 * for: a service of hundreds of operations costs little to import, and
 * `is` and `payloadIs` never need it.
 */
class LazyOperation<Source extends string, Name extends string, Request extends t.Mixed, Response extends t.Mixed>
  implements Operation<Source, Name, Request, Response>
{
  readonly readOnly: boolean
  readonly request: Request
  readonly response: Response
  readonly additional: t.Mixed | undefined
  readonly is: Operation<Source, Name, Request, Response>['is']
  readonly payloadIs: (record: EventRecord) => boolean
  #event: Operation<Source, Name, Request, Response>['event'] | undefined

  constructor(
    readonly eventSource: Source,
    readonly eventName: Name,
    spec: OperationSpec<Request, Response>,
  ) {
    this.readOnly = spec.readOnly
    this.request = spec.request
    this.response = spec.response
    const request = spec.request
    const response = spec.response
    // What `t.partial({ requestParameters: nullable(request), responseElements: nullable(response) }).is`
    // answers for an object: the same two reads, by name.
    const payloadsIs = (record: EventRecord): boolean => {
      const requestParameters = record.requestParameters
      if (requestParameters !== undefined && requestParameters !== null && !request.is(requestParameters)) return false
      const responseElements = record.responseElements
      return responseElements === undefined || responseElements === null || response.is(responseElements)
    }
    // With a codec of additionalEventData, a third read; without, the guard is the two reads alone.
    const additional = spec.additional
    this.additional = additional
    const payloadIs =
      additional === undefined
        ? payloadsIs
        : (record: EventRecord): boolean => {
            if (!payloadsIs(record)) return false
            const additionalEventData = record.additionalEventData
            return additionalEventData === undefined || additionalEventData === null || additional.is(additionalEventData)
          }
    this.payloadIs = payloadIs
    this.is = (u): u is OperationEvent<Source, Name, t.TypeOf<Request>, t.TypeOf<Response>> =>
      fieldOf(u, 'eventName') === eventName &&
      fieldOf(u, 'eventSource') === eventSource &&
      EventRecord.is(u) &&
      payloadIs(u)
  }

  get event(): Operation<Source, Name, Request, Response>['event'] {
    this.#event ??= withFastGuard(
      t.intersection(
        [
          EventRecord,
          t.type({ eventSource: t.literal(this.eventSource), eventName: t.literal(this.eventName) }),
          payloadsCodec(this),
        ],
        `${this.eventName}Event`,
      ),
    ) as unknown as Operation<Source, Name, Request, Response>['event']
    return this.#event
  }
}

/**
 * The codec of the payloads an operation types in its records:
 * `requestParameters`, `responseElements` and, where the operation types it,
 * `additionalEventData`, each optional and nullable. The operation's event
 * codec is built on it, and the parser reports a mismatch with it, so that
 * both name the same paths.
 *
 * @param spec - the operation's payload codecs
 * @returns the codec of the record's payload members
 */
export function payloadsCodec(spec: OperationSpec): t.Mixed {
  return t.partial({
    requestParameters: nullable(spec.request),
    responseElements: nullable(spec.response),
    ...(spec.additional === undefined ? {} : { additionalEventData: nullable(spec.additional) }),
  })
}

/**
 * Makes the operation of a service's table entry; {@link defineService}
 * calls it for every entry.
 *
 * @param eventSource - the service's eventSource
 * @param eventName - the operation's eventName (its key in the table)
 * @param spec - `readOnly` and the payload codecs
 * @returns the operation, with its guard and (built when first read) its event codec
 *
 * @example
 * ```ts
 * const ResolveCase = operationOf('support.amazonaws.com', 'ResolveCase', {
 *   readOnly: false, request: t.partial({ caseId: t.string }), response: t.unknown,
 * })
 * ResolveCase.is(record)
 * ```
 */
export function operationOf<
  const Source extends string,
  const Name extends string,
  Request extends t.Mixed,
  Response extends t.Mixed,
>(eventSource: Source, eventName: Name, spec: OperationSpec<Request, Response>): Operation<Source, Name, Request, Response> {
  return new LazyOperation(eventSource, eventName, spec)
}
