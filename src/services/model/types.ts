import type * as t from 'io-ts'
import type { AnyOperation, Operation, OperationEvent } from '../operation.js'
import type { ModelTable } from './table.js'

/**
 * The TypeScript types of one operation of a generated service: the types of
 * its `requestParameters` and `responseElements` (`unknown` when the model
 * has no shape) and its `readOnly`. A generated service declares one
 * interface of these, by eventName (`Ec2Operations`).
 *
 * @example
 * ```ts
 * interface StartInstancesRequest { InstanceIds?: string[] }
 * const types = { request: {} as StartInstancesRequest, response: undefined as unknown, readOnly: false as const }
 * const spec: ModelOperationTypes = types
 * ```
 */
export interface ModelOperationTypes {
  /** The type of `requestParameters` (without `null`). */
  readonly request: unknown
  /** The type of `responseElements` (without `null`). */
  readonly response: unknown
  /** Whether the operation only reads. */
  readonly readOnly: boolean
  /**
   * The type of `additionalEventData` (without `null`), where the service's
   * overlay types it (S3); absent: `unknown`.
   */
  readonly additional?: unknown
}

/**
 * The type of `additionalEventData` of one entry of an operations interface:
 * its `additional`, or `unknown` when it has none.
 *
 * @typeParam Types - one entry of an operations interface
 *
 * @example
 * ```ts
 * type Typed = AdditionalOf<{ readonly request: unknown; readonly response: unknown; readonly readOnly: true; readonly additional: { bytesTransferredOut?: number } }>
 * type Untyped = AdditionalOf<{ readonly request: unknown; readonly response: unknown; readonly readOnly: true }>   // unknown
 * ```
 */
export type AdditionalOf<Types> = Types extends { readonly additional: infer Additional } ? Additional : unknown

/**
 * The constraint on a generated service's operations interface: each of its
 * members is a {@link ModelOperationTypes}. (A mapped type over the interface
 * itself, so that an `interface`, which has no index signature, meets it:
 * `Ops extends ModelOperations<Ops>`.)
 *
 * @typeParam Ops - the operations interface
 *
 * @example
 * ```ts
 * interface CasesOperations {
 *   readonly ResolveCase: { readonly request: { caseId?: string }; readonly response: unknown; readonly readOnly: false }
 * }
 * type Checked<Ops extends ModelOperations<Ops>> = keyof Ops
 * type Names = Checked<CasesOperations>   // 'ResolveCase'
 * ```
 */
export type ModelOperations<Ops> = { readonly [Name in keyof Ops]: ModelOperationTypes }

/**
 * The operations interface a {@link ModelService} has when none is named:
 * any eventName, any payloads.
 *
 * @example
 * ```ts
 * const services: ReadonlyArray<ModelService<string, AnyModelOperations>> = []
 * ```
 */
export interface AnyModelOperations {
  readonly [eventName: string]: ModelOperationTypes
}

/**
 * One operation of a generated service, as `service.operations.X` holds it:
 * an {@link Operation} whose request and response codecs have the generated
 * interfaces' types, whose `readOnly` is the literal the model gives, and
 * which lists the names of its error shapes.
 *
 * @typeParam Source - the eventSource, such as `ec2.amazonaws.com`
 * @typeParam Name - the eventName, such as `RunInstances`
 * @typeParam Request - the type of `requestParameters` (without `null`)
 * @typeParam Response - the type of `responseElements` (without `null`)
 * @typeParam ReadOnly - `true` or `false`
 * @typeParam Additional - the type of `additionalEventData` (without `null`; `unknown` when not typed)
 *
 * @example
 * ```ts
 * type StopInstances = ModelOperation<'ec2.amazonaws.com', 'StopInstances', { InstanceIds?: string[] }, unknown, false>
 * declare const stopInstances: StopInstances
 * stopInstances.request.is({ InstanceIds: ['i-0123456789abcdef0'] })
 * ```
 */
export interface ModelOperation<
  Source extends string = string,
  Name extends string = string,
  Request = unknown,
  Response = unknown,
  ReadOnly extends boolean = boolean,
  Additional = unknown,
> extends Operation<Source, Name, t.Type<Request, Request, unknown>, t.Type<Response, Response, unknown>, Additional> {
  /** Whether the operation only reads (the `readOnly` CloudTrail writes for it). */
  readonly readOnly: ReadOnly
  /**
   * The codec of the whole record: the generic record with literal
   * `eventSource` and `eventName` and typed, nullable payloads. Decoding
   * returns the very object it was given.
   */
  readonly event: t.Type<
    OperationEvent<Source, Name, Request, Response, Additional>,
    OperationEvent<Source, Name, Request, Response, Additional>,
    unknown
  >
  /** A sound guard: the same answer as `event.is`. */
  readonly is: (u: unknown) => u is OperationEvent<Source, Name, Request, Response, Additional>
}

/**
 * The operations of a generated service, by eventName: a mapped type over
 * its operations interface, so an editor shows each operation's own
 * documentation on `service.operations.X`, and an index signature for other
 * names (`service.operations[name]` is an {@link AnyOperation} or
 * `undefined`). The index signature also makes checking the service against
 * `AnyService` one comparison instead of one per operation.
 *
 * @typeParam Source - the eventSource
 * @typeParam Ops - the operations interface
 *
 * @example
 * ```ts
 * interface CasesOperations {
 *   readonly ResolveCase: { readonly request: { caseId?: string }; readonly response: unknown; readonly readOnly: false }
 * }
 * declare const operations: ModelOperationsOf<'support.amazonaws.com', CasesOperations>
 * operations.ResolveCase.request   // t.Type<{ caseId?: string }, { caseId?: string }, unknown>
 * ```
 */
export type ModelOperationsOf<Source extends string, Ops extends ModelOperations<Ops>> = {
  readonly [eventName: string]: AnyOperation<Source>
} & {
  readonly [Name in keyof Ops]: ModelOperation<
    Source,
    Name & string,
    Ops[Name]['request'],
    Ops[Name]['response'],
    Ops[Name]['readOnly'],
    AdditionalOf<Ops[Name]>
  >
}

/**
 * The union of the events of a generated service's operations, or of the
 * ones named: for each, a {@link OperationEvent} with its eventName and
 * payload types, so `switch (event.eventName)` narrows the payloads.
 * Generated services export it under their own name
 * (`type Ec2Event<N extends keyof Ec2Operations = keyof Ec2Operations> = ModelEvent<'ec2.amazonaws.com', Ec2Operations, N>`).
 *
 * @typeParam Source - the eventSource
 * @typeParam Ops - the operations interface
 * @typeParam Name - the eventNames to include (all by default)
 *
 * @example
 * ```ts
 * interface CasesOperations {
 *   readonly ResolveCase: { readonly request: { caseId?: string }; readonly response: unknown; readonly readOnly: false }
 *   readonly DescribeCases: { readonly request: unknown; readonly response: unknown; readonly readOnly: true }
 * }
 * type Resolved = ModelEvent<'support.amazonaws.com', CasesOperations, 'ResolveCase'>
 * declare const resolved: Resolved
 * resolved.requestParameters?.caseId   // string | undefined
 * ```
 */
export type ModelEvent<Source extends string, Ops extends ModelOperations<Ops>, Name extends keyof Ops = keyof Ops> = {
  [N in Name]: OperationEvent<Source, N & string, Ops[N]['request'], Ops[N]['response'], AdditionalOf<Ops[N]>>
}[Name]

/**
 * What a generated service file passes to `modelService`: the entry point's
 * name, the title and eventSource, the API model's protocol and version, and
 * the table of shapes and operations.
 *
 * @typeParam Source - the eventSource
 *
 * @example
 * ```ts
 * const declaration: ModelServiceDeclaration<'ec2.amazonaws.com'> = {
 *   name: 'ec2', title: 'Amazon Elastic Compute Cloud', eventSource: 'ec2.amazonaws.com',
 *   protocol: 'ec2', apiVersion: '2016-11-15', table: { shapes: [], operations: { DescribeRegions: [-1, -1, 1] } },
 * }
 * ```
 */
export interface ModelServiceDeclaration<Source extends string = string> {
  /** The entry point's name: `cloudtrail-codecs/aws/<name>` (the AWS SDK for JavaScript v3 client name). */
  readonly name: string
  /** The service's name as AWS writes it, such as `Amazon Elastic Compute Cloud`. */
  readonly title: string
  /** The eventSource of the service's records, such as `ec2.amazonaws.com`. */
  readonly eventSource: Source
  /** The API model's protocol, such as `ec2`, `query`, `json`, `rest-json` or `rest-xml`. */
  readonly protocol: string
  /** The API model's version, such as `2016-11-15`. */
  readonly apiVersion: string
  /** The shapes and operations. */
  readonly table: ModelTable
}

/**
 * A service generated from an AWS API model: a {@link ModelServiceDeclaration}
 * made a service, usable wherever a service made by `defineService` is (the
 * `services` option of `parseRecords`, `parseRecordsAsync` and
 * `streamRecords`, `EventOf`, `OperationName`). Its operations and codecs are
 * built the first time they are used.
 *
 * @typeParam Source - the eventSource, such as `ec2.amazonaws.com`
 * @typeParam Ops - the operations interface: eventName to {@link ModelOperationTypes}
 *
 * @example
 * ```ts
 * interface CasesOperations {
 *   readonly ResolveCase: { readonly request: { caseId?: string }; readonly response: unknown; readonly readOnly: false }
 * }
 * const cases: ModelService<'support.amazonaws.com', CasesOperations> = modelService({
 *   name: 'cases', title: 'Cases', eventSource: 'support.amazonaws.com', protocol: 'json', apiVersion: '2013-04-15',
 *   table: { shapes: ['s', ['S', 'ResolveCaseRequest', 'caseId', 0]], operations: { ResolveCase: [1, -1, 0] } },
 * })
 * if (cases.is(record)) console.log(record.requestParameters?.caseId)
 * ```
 */
export interface ModelService<Source extends string = string, Ops extends ModelOperations<Ops> = AnyModelOperations> {
  /** The entry point's name: `cloudtrail-codecs/aws/<name>`. */
  readonly name: string
  /** The service's name as AWS writes it. */
  readonly title: string
  /** The eventSource shared by the operations. */
  readonly eventSource: Source
  /** The API model's protocol, such as `ec2` or `json`. */
  readonly protocol: string
  /** The API model's version, such as `2016-11-15`. */
  readonly apiVersion: string
  /** The table the service is built from. */
  readonly table: ModelTable
  /**
   * The operations, by eventName, in the table's order. Each is built the
   * first time it is read (reading `Object.values` of it builds them all).
   */
  readonly operations: ModelOperationsOf<Source, Ops>
  /** The codec of the union of the operations' events, dispatched by eventName. */
  readonly event: t.Type<ModelEvent<Source, Ops>, ModelEvent<Source, Ops>, unknown>
  /**
   * A sound guard: a lookup on `(eventSource, eventName)` plus that
   * operation's guard, so `switch (event.eventName)` then narrows the payloads.
   * Only the operation of the record's eventName is built.
   */
  readonly is: (u: unknown) => u is ModelEvent<Source, Ops>
  /** The operation of an eventName, or `undefined` if the service has none of that name. */
  readonly operation: (eventName: string) => AnyOperation<Source> | undefined
}
