/**
 * fast-check arbitraries for the property and robustness tests: hostile JSON
 * (keys such as `__proto__`, wrapper keys, big numbers, lone surrogates),
 * mutated JSON text, and valid values of any codec, derived by walking the
 * codec's io-ts structure (or, for the payload codecs of a generated service,
 * its model table).
 */
import fc from 'fast-check'
import * as t from 'io-ts'
import { knownIdentityCodecs, UntypedIdentity, UserIdentity } from '../../src/identity/index.js'
import { IsoTimestamp, NullableType, OpenEnumType } from '../../src/codec/index.js'
import { CloudTrailRecord, EventRecord, InsightRecord } from '../../src/record/index.js'
import { awsServices, findService } from '../../src/aws/index.js'
import type { AnyOperation } from '../../src/services/index.js'
import type { ModelTable, ShapeRef } from '../../src/services/model/table.js'
import { depthOf, valueOf } from './model-values.js'
import type { Letter, ValueOptions } from './model-values.js'

// ---------------------------------------------------------------------------
// Run counts

function positiveInteger(text: string | undefined): number | undefined {
  if (text === undefined || !/^\d+$/.test(text)) return undefined
  const n = Number(text)
  return n > 0 ? n : undefined
}

/** Whether this run is `npm run fuzz` (which sets `FUZZ_RUNS`), not the test command. */
export const fuzzing: boolean = positiveInteger(process.env['FUZZ_RUNS']) !== undefined

/** Inputs per property: 10,000 in the test command, `FUZZ_RUNS` under `npm run fuzz`. */
export const propertyRuns: number = positiveInteger(process.env['FUZZ_RUNS']) ?? 10_000

/**
 * The timeout of one property test: the test command's runs fit in a minute;
 * `npm run fuzz` may take as long as its run count needs.
 */
export const propertyTimeout: number = fuzzing ? 24 * 60 * 60 * 1000 : 60_000

/**
 * A size for the big adversarial inputs: `ci` in the test command (to keep
 * within its time budget), `full` under `npm run fuzz`.
 *
 * @param ci - the size in the test command
 * @param full - the size the brief asks for
 * @returns the size for this run
 */
export function adversarialSize(ci: number, full: number): number {
  return fuzzing ? full : ci
}

// ---------------------------------------------------------------------------
// Hostile JSON

/** Keys that name `Object.prototype` members or that prototype-pollution attacks use. */
export const dangerousKeys = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  '__defineGetter__',
  '__lookupSetter__',
  'then',
] as const

/**
 * Keys that the readers look at to recognise a wrapper (a log file, an
 * EventBridge event, ...) or to pick a codec (`type`, `eventName`): adding one
 * to a valid value may legitimately change what it is.
 */
export const structuralKeys: ReadonlySet<string> = new Set([
  'type',
  'eventName',
  'eventSource',
  'eventType',
  'Records',
  'detail-type',
  'detail',
  'Type',
  'Message',
  'Events',
  'CloudTrailEvent',
  'logEvents',
  'messageType',
  'QueryResultRows',
  'digestS3Object',
  'logFiles',
  'awslogs',
  'Sns',
  'body',
])

/** Strings that mean something to the codecs and readers, so that random data reaches their branches. */
const meaningfulStrings = [
  '',
  ' ',
  'support.amazonaws.com',
  'trustedadvisor.amazonaws.com',
  'CreateCase',
  'AwsApiCall',
  'AwsCloudTrailInsight',
  'AssumedRole',
  'Root',
  'HIDDEN_DUE_TO_SECURITY_REASONS',
  '111122223333',
  'arn:aws:sts::111122223333:assumed-role/AWSReservedSSO_Admin_0123456789abcdef/alice',
  '2024-02-29T23:59:60.123456789Z',
  'true',
  'H4sIAAAAAAAA',
  '\u0000',
  '\ud800',
  '\ufeff',
  '\u2028',
  ...dangerousKeys,
]

/** Any string: ASCII, full Unicode, lone surrogates (`binary`), and meaningful ones. */
export const anyString: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.string(), weight: 4 },
  { arbitrary: fc.string({ unit: 'binary' }), weight: 2 },
  { arbitrary: fc.string({ unit: 'grapheme' }), weight: 1 },
  { arbitrary: fc.constantFrom(...meaningfulStrings), weight: 2 },
)

/** An object key: any string, often a dangerous or structural one. */
export const anyKey: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.string(), weight: 5 },
  { arbitrary: fc.constantFrom(...dangerousKeys), weight: 2 },
  { arbitrary: fc.constantFrom(...structuralKeys), weight: 1 },
  { arbitrary: fc.string({ unit: 'binary' }), weight: 1 },
)

/**
 * A number that survives `JSON.stringify` and `JSON.parse` unchanged:
 * integers, doubles (not `-0`, `NaN` or infinities), and the edges.
 */
export const jsonNumber: fc.Arbitrary<number> = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => (x === 0 ? 0 : x)),
  fc.constantFrom(Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 2 ** 53 + 2, 1e21, 1e308, 5e-324, 0.1),
)

/**
 * Builds an object whose keys are all own data properties, `__proto__`
 * included (as `JSON.parse` makes them); a repeated key keeps its last value.
 *
 * @param entries - keys and values, in order
 * @returns the object
 */
export function ownObject(entries: ReadonlyArray<readonly [string, unknown]>): Record<string, unknown> {
  return Object.fromEntries(entries)
}

const hostile = fc.letrec<{ value: unknown; array: unknown[]; object: Record<string, unknown> }>((tie) => ({
  value: fc.oneof(
    { maxDepth: 3, depthSize: 'small' },
    fc.constant(null),
    fc.boolean(),
    jsonNumber,
    anyString,
    tie('array'),
    tie('object'),
  ),
  array: fc.array(tie('value'), { maxLength: 4 }),
  object: fc.array(fc.tuple(anyKey, tie('value')), { maxLength: 4 }).map(ownObject),
}))

/**
 * Any JSON value, as `JSON.parse` could return it, with dangerous and
 * structural keys as own properties, lone surrogates and edge numbers.
 */
export const hostileJson: fc.Arbitrary<unknown> = hostile.value

/** Any JSON object (see {@link hostileJson}). */
export const hostileObject: fc.Arbitrary<Record<string, unknown>> = hostile.object

// ---------------------------------------------------------------------------
// Values of codecs

/** Options of {@link arbitraryOf}. */
export interface CodecArbitraryOptions {
  /**
   * Add keys that the codec does not name (nor any {@link structuralKeys}),
   * with hostile JSON values, to every object it describes; these must pass
   * through decoding untouched.
   */
  readonly extraKeys: boolean
}

type Walk = (codec: t.Mixed) => fc.Arbitrary<unknown>

/** The keys an object codec names, with every codec that constrains each, and whether one requires it. */
interface Slot {
  readonly codecs: t.Mixed[]
  required: boolean
}

function collectProps(codec: t.Mixed, into: Map<string, Slot>): void {
  if (codec instanceof t.InterfaceType || codec instanceof t.PartialType) {
    const required = codec instanceof t.InterfaceType
    for (const [key, prop] of Object.entries(codec.props as t.Props)) {
      const slot = into.get(key) ?? { codecs: [], required: false }
      slot.codecs.push(prop)
      slot.required ||= required
      into.set(key, slot)
    }
  } else if (codec instanceof t.IntersectionType) {
    for (const member of codec.types as t.Mixed[]) collectProps(member, into)
  } else if (codec instanceof t.ExactType) {
    collectProps(codec.type as t.Mixed, into)
  } else {
    throw new Error(`arbitraryOf: ${codec.name} is not an object codec, inside an intersection`)
  }
}

function isUnconstrained(codec: t.Mixed): boolean {
  return codec instanceof t.UnknownType || codec instanceof t.AnyType
}

/**
 * The one codec whose values satisfy every codec of a key in an
 * intersection: `unknown` gives way to anything, a literal to the wider
 * codecs that accept it (`eventSource: string` and `eventSource: "support..."`).
 */
function narrowest(key: string, codecs: ReadonlyArray<t.Mixed>): t.Mixed {
  const specific = [...new Set(codecs.filter((c) => !isUnconstrained(c)))]
  const literal = specific.find((c): c is t.LiteralC<string | number | boolean> => c instanceof t.LiteralType)
  const chosen = literal ?? (specific.length <= 1 ? (specific[0] ?? codecs[0]) : undefined)
  if (chosen === undefined) {
    throw new Error(`arbitraryOf: key ${key} has several codecs (${specific.map((c) => c.name).join(', ')}); teach arbitraryOf to merge them`)
  }
  if (literal !== undefined && !codecs.every((c) => c.is(literal.value))) {
    throw new Error(`arbitraryOf: key ${key}: the literal ${String(literal.value)} does not satisfy every codec of the key`)
  }
  return chosen
}

function extraEntries(named: ReadonlySet<string>): fc.Arbitrary<Array<[string, unknown]>> {
  const key = anyKey.filter((k) => !named.has(k) && !structuralKeys.has(k))
  return fc.array(fc.tuple(key, hostileJson), { maxLength: 3 })
}

function objectOf(codec: t.Mixed, walk: Walk, options: CodecArbitraryOptions): fc.Arbitrary<unknown> {
  const slots = new Map<string, Slot>()
  collectProps(codec, slots)
  const model: Record<string, fc.Arbitrary<unknown>> = {}
  const requiredKeys: string[] = []
  for (const [key, slot] of slots) {
    const chosen = narrowest(key, slot.codecs)
    // An optional `undefined` (UntypedIdentity's `type`) is written by leaving the key out.
    if (chosen instanceof t.UndefinedType && !slot.required) continue
    model[key] = walk(chosen)
    if (slot.required) requiredKeys.push(key)
  }
  const known = fc.record(model, { requiredKeys, noNullPrototype: true })
  if (!options.extraKeys) return known
  return fc
    .tuple(extraEntries(new Set(slots.keys())), known)
    .map(([extra, values]) => ownObject([...extra, ...Object.entries(values)]))
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

const two = (n: number): string => String(n).padStart(2, '0')

/** Every timestamp `IsoTimestamp` accepts: years 0000 to 9999, leap days, leap seconds, 0 to 9 fraction digits. */
export const isoTimestamp: fc.Arbitrary<string> = fc
  .record({
    year: fc.integer({ min: 0, max: 9999 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.integer({ min: 0, max: 59 }),
    second: fc.integer({ min: 0, max: 60 }),
    fraction: fc.option(fc.stringMatching(/^\d{1,9}$/), { nil: undefined }),
  })
  .map(({ year, month, day, hour, minute, second, fraction }) => {
    const days = month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 31)
    const date = `${String(year).padStart(4, '0')}-${two(month)}-${two(Math.min(day, days))}`
    return `${date}T${two(hour)}:${two(minute)}:${two(second)}${fraction === undefined ? '' : `.${fraction}`}Z`
  })

function dictionaryOf(codec: t.DictionaryType<t.Mixed, t.Mixed>, walk: Walk): fc.Arbitrary<unknown> {
  const key = codec.domain instanceof t.StringType ? anyKey : walk(codec.domain).filter((k): k is string => typeof k === 'string')
  return fc.array(fc.tuple(key, walk(codec.codomain)), { maxLength: 4 }).map(ownObject)
}

/**
 * Builds the walker of {@link arbitraryOf}: one arbitrary per codec, built
 * once. `special` maps codecs that are not io-ts combinators (a custom
 * `t.Type` that dispatches on a field) to their arbitraries.
 */
function walker(options: CodecArbitraryOptions, special: (codec: t.Mixed, walk: Walk) => fc.Arbitrary<unknown> | undefined): Walk {
  const built = new Map<t.Mixed, fc.Arbitrary<unknown>>()
  const walk: Walk = (codec) => {
    const cached = built.get(codec)
    if (cached !== undefined) return cached
    const arbitrary = special(codec, walk) ?? structural(codec, walk, options)
    built.set(codec, arbitrary)
    return arbitrary
  }
  return walk
}

/** The arbitrary of a codec made of io-ts combinators (and this library's `OpenEnumType` and `NullableType`). */
function structural(codec: t.Mixed, walk: Walk, options: CodecArbitraryOptions): fc.Arbitrary<unknown> {
  if (codec instanceof OpenEnumType) {
    return fc.oneof(fc.constantFrom(...(codec.values as ReadonlyArray<string>)), anyString)
  }
  if (codec instanceof NullableType) return fc.oneof(fc.constant(null), walk(codec.type as t.Mixed))
  if (codec instanceof t.StringType) return anyString
  if (codec instanceof t.NumberType) return jsonNumber
  if (codec instanceof t.BooleanType) return fc.boolean()
  if (codec instanceof t.NullType) return fc.constant(null)
  if (codec instanceof t.UnknownType || codec instanceof t.AnyType) return hostileJson
  if (codec instanceof t.AnyDictionaryType) return hostileObject
  if (codec instanceof t.AnyArrayType) return fc.array(hostileJson, { maxLength: 4 })
  if (codec instanceof t.LiteralType) return fc.constant(codec.value)
  if (codec instanceof t.KeyofType) return fc.constantFrom(...Object.keys(codec.keys as Record<string, unknown>))
  if (codec instanceof t.UnionType) return fc.oneof(...(codec.types as t.Mixed[]).map(walk))
  if (codec instanceof t.ArrayType || codec instanceof t.ReadonlyArrayType) {
    return fc.array(walk(codec.type as t.Mixed), { maxLength: 3 })
  }
  if (codec instanceof t.DictionaryType) return dictionaryOf(codec as t.DictionaryType<t.Mixed, t.Mixed>, walk)
  if (codec instanceof t.InterfaceType || codec instanceof t.PartialType || codec instanceof t.IntersectionType) {
    return objectOf(codec, walk, options)
  }
  if (codec instanceof t.TupleType) return fc.tuple(...(codec.types as t.Mixed[]).map(walk))
  if (codec instanceof t.ExactType || codec instanceof t.ReadonlyType) return walk(codec.type as t.Mixed)
  if (codec instanceof t.RecursiveType) return walk(codec.type as t.Mixed)
  if (codec instanceof t.RefinementType) {
    const refinement = codec as t.RefinementType<t.Mixed>
    return walk(refinement.type).filter((u) => refinement.predicate(u))
  }
  throw new Error(`arbitraryOf: no arbitrary for the codec ${codec.name} (_tag ${String((codec as { _tag?: unknown })._tag)})`)
}

/** Identities of a `type` this library does not know: the usual fields hold any JSON value. */
function unrecognizedIdentity(options: CodecArbitraryOptions): fc.Arbitrary<unknown> {
  const type = anyString.filter((s) => !knownIdentityCodecs.has(s))
  const fieldKey = fc.oneof(
    fc.constantFrom('principalId', 'arn', 'accountId', 'accessKeyId', 'userName', 'invokedBy', 'sessionContext', 'onBehalfOf'),
    anyKey.filter((k) => !structuralKeys.has(k)),
  )
  const fields = options.extraKeys ? fc.array(fc.tuple(fieldKey, hostileJson), { maxLength: 5 }) : fc.constant([])
  return fc.tuple(type, fields).map(([name, entries]) => ownObject([...entries, ['type', name]]))
}

/** The labelled variants of {@link UserIdentity}: every known type, untyped, and unrecognized types. */
function identityVariants(walk: Walk, options: CodecArbitraryOptions): ReadonlyArray<Labelled> {
  return [
    ...[...knownIdentityCodecs].map(([type, codec]) => ({ label: type, arbitrary: walk(codec) })),
    { label: 'untyped', arbitrary: walk(UntypedIdentity) },
    { label: 'unrecognized', arbitrary: unrecognizedIdentity(options) },
  ]
}

function isOperationRecord(u: unknown): boolean {
  const { eventSource, eventName } = u as { eventSource?: unknown; eventName?: unknown }
  return typeof eventSource === 'string' && typeof eventName === 'string' && findService(eventSource)?.operation(eventName) !== undefined
}

/** A shape of a model table: what a payload codec of a generated service checks. */
interface ModelShapeRef {
  readonly table: ModelTable
  readonly ref: ShapeRef
}

let modelShapes: Map<t.Mixed, ModelShapeRef> | undefined

/**
 * The shape of a table a codec stands for, when it is the request, response or
 * additionalEventData codec of an operation of a generated service of
 * `awsServices` (`modelShapeCodec(table, ref)`: not an io-ts combinator, so it
 * is walked through its table). Found by the codec itself, as each operation
 * holds it, paired with its refs in `table.operations`.
 */
function modelShapeOf(codec: t.Mixed): ModelShapeRef | undefined {
  if (modelShapes === undefined) {
    modelShapes = new Map()
    for (const service of awsServices) {
      if (!('table' in service)) continue
      const table: ModelTable = service.table
      for (const [eventName, refs] of Object.entries(table.operations)) {
        const operation = service.operation(eventName)
        if (operation === undefined) throw new Error(`arbitraryOf: ${service.name} has no operation ${eventName}`)
        const [request, response, , additional] = refs
        // -1 (no shape) is `t.unknown`, which the io-ts walk handles.
        const pairs: ReadonlyArray<readonly [t.Mixed | undefined, number | undefined]> = [
          [operation.request, request],
          [operation.response, response],
          [operation.additional, additional],
        ]
        for (const [payload, ref] of pairs) if (payload !== undefined && ref !== undefined && ref >= 0) modelShapes.set(payload, { table, ref })
      }
    }
  }
  return modelShapes.get(codec)
}

/** How deep a value of a shape that refers to itself goes (an acyclic shape is walked to its leaves). */
const MODEL_DEPTH_CAP = 12

/**
 * The values of a model table's primitive shapes: as hostile as the io-ts
 * walk's (any string, JSON-safe numbers, any JSON for documents, timestamps
 * as `IsoTimestamp` writes them and as CloudTrail writes others).
 */
function modelPrimitive(letter: Letter): fc.Arbitrary<unknown> {
  switch (letter) {
    case 's':
    case 'x':
      return anyString
    case 'n':
      return jsonNumber
    case 'N':
      return fc.oneof(jsonNumber, anyString)
    case 'b':
      return fc.boolean()
    case 'B':
      return fc.oneof(fc.boolean(), fc.constantFrom('true', 'false'))
    case 't':
      return fc.oneof(isoTimestamp, fc.constant('Mar 2, 2024 1:02:03 PM'), anyString, jsonNumber)
    case 'd':
      return hostileJson
  }
}

function modelValueOptions(options: CodecArbitraryOptions): ValueOptions {
  return {
    primitive: modelPrimitive,
    extraEntries: options.extraKeys ? extraEntries : () => fc.constant([]),
    mapKey: anyKey,
  }
}

/** The values of a shape of a model table (see `valueOf` in `model-values.ts`), with this module's hostile leaves and keys. */
function modelShapeArbitrary({ table, ref }: ModelShapeRef, options: CodecArbitraryOptions): fc.Arbitrary<unknown> {
  return valueOf(table, ref, depthOf(table, ref, MODEL_DEPTH_CAP), modelValueOptions(options))
}

/** The walker with this library's custom codecs: timestamps, identities, records, model shapes. */
function libraryWalker(options: CodecArbitraryOptions): Walk {
  return walker(options, (codec, walk) => {
    if (codec === IsoTimestamp) return isoTimestamp
    const model = modelShapeOf(codec)
    if (model !== undefined) return modelShapeArbitrary(model, options)
    if (codec === UserIdentity) return fc.oneof(...identityVariants(walk, options).map((v) => v.arbitrary))
    if (codec === CloudTrailRecord) return fc.oneof(genericEventRecord(walk), walk(InsightRecord))
    return undefined
  })
}

/** Generic event records: never one of a typed operation (whose payload its own codec decides). */
function genericEventRecord(walk: Walk): fc.Arbitrary<unknown> {
  return walk(EventRecord).filter((record) => !isOperationRecord(record))
}

const walkers = new Map<boolean, Walk>()

function walkerFor(options: CodecArbitraryOptions): Walk {
  const existing = walkers.get(options.extraKeys)
  if (existing !== undefined) return existing
  const created = libraryWalker(options)
  walkers.set(options.extraKeys, created)
  return created
}

/**
 * An arbitrary of the values a codec accepts, derived from the codec's
 * structure: `t.type`/`t.partial`/`t.intersection` (keys constrained by
 * several members get the narrowest codec), unions, literals, arrays,
 * dictionaries, refinements (`IsoTimestamp` directly; others by filtering),
 * `OpenEnumType` (documented values and any string), `NullableType`, the
 * custom `UserIdentity` and `CloudTrailRecord`, and the payload codecs of the
 * generated services of `awsServices` (by their model table, through
 * `valueOf` of `model-values.ts`, with the same hostile strings, numbers, JSON
 * and extra keys). Every value survives
 * `JSON.stringify` and `JSON.parse` unchanged. An unknown codec kind throws,
 * so a new combinator cannot be silently skipped.
 *
 * @param codec - the codec
 * @param options - whether to add unknown keys to every object
 * @returns the arbitrary
 */
export function arbitraryOf(codec: t.Mixed, options: CodecArbitraryOptions = { extraKeys: false }): fc.Arbitrary<unknown> {
  return walkerFor(options)(codec)
}

/** An arbitrary with a name for reports and coverage checks. */
export interface Labelled {
  readonly label: string
  readonly arbitrary: fc.Arbitrary<unknown>
}

/**
 * One arbitrary per `userIdentity` variant: each known `type`, `untyped`
 * (no `type`) and `unrecognized` (a `type` this library does not know).
 *
 * @param options - whether to add unknown keys
 * @returns the labelled variants
 */
export function identityArbitraries(options: CodecArbitraryOptions = { extraKeys: false }): ReadonlyArray<Labelled> {
  const walk = walkerFor(options)
  return identityVariants(walk, options)
}

/**
 * Every typed operation, by service: the services of `awsServices`, each
 * labelled by its title without the `AWS ` prefix (`Support`, `Trusted Advisor`, ...).
 */
export const operationsByService: ReadonlyArray<{ readonly service: string; readonly operations: ReadonlyArray<AnyOperation> }> = awsServices.map(
  (service) => ({ service: service.title.replace(/^AWS /, ''), operations: Object.values<AnyOperation>(service.operations) }),
)

/**
 * One arbitrary per kind of valid record: a record of each typed operation
 * (from its event codec), a generic event record, and an Insights record.
 *
 * @param options - whether to add unknown keys
 * @returns the labelled record kinds
 */
export function recordArbitraries(options: CodecArbitraryOptions = { extraKeys: false }): ReadonlyArray<Labelled> {
  const walk = walkerFor(options)
  return [
    ...operationsByService.flatMap(({ operations }) =>
      operations.map((op) => ({ label: `${op.eventSource} ${op.eventName}`, arbitrary: walk(op.event as unknown as t.Mixed) })),
    ),
    { label: 'generic event record', arbitrary: genericEventRecord(walk) },
    { label: 'Insights record', arbitrary: walk(InsightRecord) },
  ]
}

/**
 * Picks one of several labelled arbitraries, keeping the label.
 *
 * @param labelled - the arbitraries
 * @returns label and value pairs
 */
export function oneOfLabelled(labelled: ReadonlyArray<Labelled>): fc.Arbitrary<{ readonly label: string; readonly value: unknown }> {
  return fc.oneof(...labelled.map(({ label, arbitrary }) => arbitrary.map((value) => ({ label, value }))))
}

// ---------------------------------------------------------------------------
// Text and bytes

/**
 * Elements of a `Records` array: valid records, empty objects, junk,
 * wrapper-shaped objects, and SNS and SQS records (which make the array a
 * Lambda event; their messages here hold one record each, since a message
 * that is itself a container yields that container's records).
 */
export const recordsElement: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.constant({}), weight: 1 },
  { arbitrary: hostileJson, weight: 4 },
  { arbitrary: fc.constant(null), weight: 1 },
  {
    arbitrary: fc.constantFrom<unknown>(
      { Records: [] },
      { Records: [{}, {}] },
      { 'detail-type': 'AWS API Call via CloudTrail', detail: {} },
      { Events: [] },
      { CloudTrailEvent: '{}' },
      { logEvents: [] },
      { QueryResultRows: [] },
      { digestS3Object: 'x', logFiles: [] },
      { Type: 'Notification', Message: '{}' },
      { Sns: {} },
      { Sns: { Type: 'Notification', Message: '{}' } },
      { eventSource: 'aws:sqs' },
      { eventSource: 'aws:sqs', body: '{}' },
    ),
    weight: 1,
  },
)

/** Ways to damage JSON text: cut it, insert or replace characters, break a line. */
function mutate(text: string, kind: number, at: number, insert: string): string {
  const i = text.length === 0 ? 0 : at % (text.length + 1)
  switch (kind) {
    case 0:
      return text.slice(0, i)
    case 1:
      return text.slice(0, i) + insert + text.slice(i)
    case 2:
      return text.slice(0, i) + insert + text.slice(i + insert.length)
    case 3:
      return `${text.slice(0, i)}\n${text.slice(i)}`
    default:
      return text
  }
}

/** Characters that matter to JSON splitters. */
const jsonPunctuation = fc.constantFrom('{', '}', '[', ']', '"', '\\', ',', ':', '\n', '\r\n', '\ufeff', ' ', '}{', '\\u', 'x')

/**
 * JSON-ish text: hostile JSON values and log files written as JSON, NDJSON or
 * back to back, possibly damaged; and plain strings.
 */
export const jsonishText: fc.Arbitrary<string> = fc.oneof(
  anyString,
  hostileJson.map((v) => JSON.stringify(v)),
  fc.array(recordsElement, { maxLength: 6 }).map((records) => JSON.stringify({ Records: records })),
  fc
    .tuple(fc.array(hostileJson, { minLength: 1, maxLength: 4 }), fc.constantFrom('\n', '', '\r\n', ' '))
    .map(([values, separator]) => values.map((v) => JSON.stringify(v)).join(separator)),
  fc
    .tuple(
      fc.oneof(
        hostileJson.map((v) => JSON.stringify(v)),
        fc.array(recordsElement, { maxLength: 4 }).map((records) => JSON.stringify({ Records: records })),
      ),
      fc.integer({ min: 0, max: 4 }),
      fc.nat(),
      fc.oneof(jsonPunctuation, fc.string({ maxLength: 3 })),
    )
    .map(([text, kind, at, insert]) => mutate(text, kind, at, insert)),
)
