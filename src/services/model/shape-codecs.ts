import * as t from 'io-ts'
import type { HiddenDueToSecurityReasons } from '../../codec/redacted.js'
import type { ModelShape, ModelTable, ShapeRef } from './table.js'

// What a shape's codec checks. Numbers, so that `passes` is one switch over a small integer.
const STRING = 0
const NUMBER = 1
const NUMERIC = 2
const BOOLEAN = 3
const BOOLEANISH = 4
const TIMESTAMP = 5
const DOCUMENT = 6
const STRUCTURE = 7
const LIST = 8
const ITEM_SET = 9
const MAP = 10
const SENSITIVE = 11

const HIDDEN: HiddenDueToSecurityReasons = 'HIDDEN_DUE_TO_SECURITY_REASONS'

/** The kind and codec name of a one-letter shape, or `undefined` for any other string. */
function primitiveOf(letter: string): readonly [kind: number, name: string] | undefined {
  switch (letter) {
    case 's':
    case 'x':
      return [STRING, 'string']
    case 'n':
      return [NUMBER, 'number']
    case 'N':
      return [NUMERIC, 'number | string']
    case 'b':
      return [BOOLEAN, 'boolean']
    case 'B':
      return [BOOLEANISH, 'boolean | "true" | "false"']
    case 't':
      return [TIMESTAMP, 'timestamp']
    case 'd':
      return [DOCUMENT, 'unknown']
    default:
      return undefined
  }
}

/** The kind of a shape that refers to other shapes, by its first element, or `undefined`. */
function containerOf(letter: unknown): number | undefined {
  switch (letter) {
    case 'S':
      return STRUCTURE
    case 'L':
      return LIST
    case 'I':
      return ITEM_SET
    case 'M':
      return MAP
    case 'H':
      return SENSITIVE
    default:
      return undefined
  }
}

/** How deep a name spells nested lists, maps and sensitive shapes before it writes `…`. */
const MAX_NAME_DEPTH = 8

/**
 * The codec of one shape of a table. It is also the node the guard walks:
 * every instance has the same fields (one hidden class), and the shapes it
 * refers to are resolved the first time it checks a value (`link`), so that
 * building a codec builds nothing it does not reach, and cycles close through
 * the per-table memo.
 */
class ShapeType extends t.Type<unknown, unknown, unknown> {
  /** Whether `members`, `inner` and `list` are resolved. */
  linked: boolean
  /** `STRUCTURE`: the codec of each member, by key. */
  members: Map<string, ShapeType> | undefined
  /** `LIST`, `ITEM_SET`, `MAP`, `SENSITIVE`: the codec of an item, a value or the shape itself. */
  inner: ShapeType | undefined
  /** `ITEM_SET`: the list codec its `items` member holds, named in the errors found there. */
  list: ShapeType | undefined

  /** The walk of {@link passes}, `false` for a value nested too deeply to walk. */
  override readonly is = (u: unknown): u is unknown => guard(this, u)
  /** The walk, then (only when it fails) the errors with their contexts. */
  override readonly validate = (u: unknown, c: t.Context): t.Validation<unknown> => validate(this, u, c)

  constructor(
    name: string,
    readonly kind: number,
    /** The table's codecs, which resolve refs. */
    readonly codecs: TableCodecs,
    /** The shape (in `codecs`' table) this codec stands for; `-1` for the list of an item set. */
    readonly ref: number,
  ) {
    // `is` and `validate` are the fields above (which refer to `this`): they replace these once `super` returns.
    super(name, t.unknown.is, t.unknown.validate, t.identity)
    this.linked = kind < STRUCTURE
    this.members = undefined
    this.inner = undefined
    this.list = undefined
  }
}

function failure(message: string): never {
  throw new TypeError(`model table: ${message}`)
}

/** The codecs of one table, built on demand and kept (one per shape). */
class TableCodecs {
  readonly #codecs: Array<ShapeType | undefined>

  constructor(readonly table: ModelTable) {
    this.#codecs = new Array<ShapeType | undefined>(table.shapes.length)
  }

  /** The shape at `ref`, or a `TypeError` naming what is wrong with `ref`. */
  shape(ref: unknown): ModelShape {
    const shapes = this.table.shapes
    if (typeof ref !== 'number' || !Number.isInteger(ref) || ref < 0 || ref >= shapes.length) {
      failure(`${String(ref)} is not a shape reference (the table has ${shapes.length} shapes)`)
    }
    const shape: unknown = shapes[ref]
    if (typeof shape !== 'string' && !Array.isArray(shape)) failure(`shape ${ref} is ${String(shape)}, not a shape`)
    return shape as ModelShape
  }

  /** The codec of the shape at `ref`, built (shallowly) the first time. */
  codec(ref: ShapeRef): ShapeType {
    const known = this.#codecs[ref]
    if (known !== undefined) return known
    const shape = this.shape(ref)
    let made: ShapeType
    if (typeof shape === 'string') {
      const primitive = primitiveOf(shape) ?? failure(`shape ${ref} is ${JSON.stringify(shape)}, not a shape`)
      made = new ShapeType(primitive[1], primitive[0], this, ref)
    } else {
      const kind = Array.isArray(shape) ? containerOf(shape[0]) : undefined
      if (kind === undefined) failure(`shape ${ref} is ${JSON.stringify(shape)}, not a shape`)
      made = new ShapeType(this.nameOf(ref, 0), kind, this, ref)
    }
    this.#codecs[ref] = made
    return made
  }

  /** The name of the codec of the shape at `ref` (from the table alone: nothing is built). */
  nameOf(ref: ShapeRef, depth: number): string {
    const shape = this.shape(ref)
    if (typeof shape === 'string') return primitiveOf(shape)?.[1] ?? failure(`shape ${ref} is ${JSON.stringify(shape)}, not a shape`)
    if (shape[0] === 'S') {
      const name = shape[1]
      return typeof name === 'string' ? name : failure(`structure ${ref} has no name`)
    }
    if (depth >= MAX_NAME_DEPTH) return '…'
    const inner = this.nameOf(shape[1], depth + 1)
    switch (shape[0]) {
      case 'L':
        return `Array<${inner}>`
      case 'I':
        return `Array<${inner}> | ItemSet<${inner}>`
      case 'M':
        return `{ [key: string]: ${inner} }`
      case 'H':
        return `(${inner} | "${HIDDEN}")`
      default:
        return failure(`shape ${ref} is ${JSON.stringify(shape)}, not a shape`)
    }
  }
}

/** Resolves the shapes a structure, list, item set, map or sensitive shape refers to. */
function link(c: ShapeType): void {
  const codecs = c.codecs
  const shape = codecs.shape(c.ref) as Exclude<ModelShape, string>
  if (c.kind === STRUCTURE) {
    const members = new Map<string, ShapeType>()
    for (let i = 2; i < shape.length; i += 2) {
      const key = shape[i]
      if (typeof key !== 'string') failure(`structure ${c.ref} (${c.name}) has ${JSON.stringify(key)} where a member name belongs`)
      members.set(key, codecs.codec(shape[i + 1] as ShapeRef))
    }
    c.members = members
  } else {
    const inner = codecs.codec(shape[1] as ShapeRef)
    c.inner = inner
    if (c.kind === ITEM_SET) {
      const list = new ShapeType(`Array<${inner.name}>`, LIST, codecs, -1)
      list.inner = inner
      list.linked = true
      c.list = list
    }
  }
  c.linked = true
}

/** The resolved codec `c` refers to (its item, value or wrapped shape). */
function innerOf(c: ShapeType): ShapeType {
  if (!c.linked) link(c)
  return c.inner as ShapeType
}

/** The resolved members of a structure. */
function membersOf(c: ShapeType): Map<string, ShapeType> {
  if (!c.linked) link(c)
  return c.members as Map<string, ShapeType>
}

/** A JSON object: an object that is neither `null` nor an array. */
function isObject(u: unknown): u is Record<string, unknown> {
  return typeof u === 'object' && u !== null && !Array.isArray(u)
}

/** Whether `u` is a value of `c`'s shape: a walk that allocates nothing (once the codecs are linked). */
function passes(c: ShapeType, u: unknown): boolean {
  switch (c.kind) {
    case STRING:
      return typeof u === 'string'
    case NUMBER:
      return typeof u === 'number'
    case NUMERIC:
      return typeof u === 'number' || typeof u === 'string'
    case BOOLEAN:
      return typeof u === 'boolean'
    case BOOLEANISH:
      return typeof u === 'boolean' || u === 'true' || u === 'false'
    case TIMESTAMP:
      return typeof u === 'string' || typeof u === 'number'
    case STRUCTURE:
      return structurePasses(membersOf(c), u)
    case LIST:
      return Array.isArray(u) && itemsPass(innerOf(c), u)
    case ITEM_SET:
      return itemSetPasses(innerOf(c), u)
    case MAP:
      return isObject(u) && valuesPass(innerOf(c), u)
    case SENSITIVE:
      return u === HIDDEN || passes(innerOf(c), u)
    default:
      return true
  }
}

/** A member or map value: absent, `null`, or a value of the shape (strings checked here, without a call). */
function valuePasses(c: ShapeType, value: unknown): boolean {
  return value === undefined || value === null || (c.kind === STRING ? typeof value === 'string' : passes(c, value))
}

/** One pass over the keys the object has; keys the table does not name are skipped with one Map lookup. */
function structurePasses(members: Map<string, ShapeType>, u: unknown): boolean {
  if (!isObject(u)) return false
  for (const key in u) {
    const member = members.get(key)
    if (member !== undefined && !valuePasses(member, u[key])) return false
  }
  return true
}

function itemsPass(item: ShapeType, array: ReadonlyArray<unknown>): boolean {
  for (let i = 0, n = array.length; i !== n; i++) {
    const value = array[i]
    if (value !== null && !passes(item, value)) return false
  }
  return true
}

function itemSetPasses(item: ShapeType, u: unknown): boolean {
  if (Array.isArray(u)) return itemsPass(item, u)
  if (!isObject(u)) return false
  const items = u['items']
  return items === undefined || items === null || (Array.isArray(items) && itemsPass(item, items))
}

function valuesPass(value: ShapeType, o: Record<string, unknown>): boolean {
  for (const key in o) if (!valuePasses(value, o[key])) return false
  return true
}

/** Whether the error is the engine's stack overflow (a value nested deeper than the stack allows). */
function isStackOverflow(e: unknown): boolean {
  return e instanceof RangeError
}

/** The codec's `is`: the walk, `false` for a value nested too deeply to walk. */
function guard(c: ShapeType, u: unknown): boolean {
  try {
    return passes(c, u)
  } catch (e) {
    if (isStackOverflow(e)) return false
    throw e
  }
}

/**
 * The codec's `validate`: the walk, and only when it fails a second walk
 * that collects an error per mismatch with its io-ts context (one entry per
 * step: the key, the codec of what is there, the value), down the failing
 * branches only.
 */
function validate(c: ShapeType, u: unknown, context: t.Context): t.Validation<unknown> {
  try {
    if (passes(c, u)) return t.success(u)
    const errors: t.ValidationError[] = []
    collect(c, u, context, errors)
    return errors.length === 0 ? t.failure(u, context) : t.failures(errors)
  } catch (e) {
    if (isStackOverflow(e)) return t.failure(u, context, `${c.name}: nested too deeply to check`)
    throw e
  }
}

function collect(c: ShapeType, u: unknown, context: t.Context, errors: t.ValidationError[]): void {
  switch (c.kind) {
    case STRUCTURE:
      if (!isObject(u)) break
      collectValues(membersOf(c), undefined, u, context, errors)
      return
    case LIST:
      if (!Array.isArray(u)) break
      collectItems(innerOf(c), u, context, errors)
      return
    case ITEM_SET: {
      const item = innerOf(c)
      if (Array.isArray(u)) {
        collectItems(item, u, context, errors)
        return
      }
      if (!isObject(u)) break
      const items = u['items']
      const list = c.list as ShapeType
      const itemsContext = t.appendContext(context, 'items', list, items)
      if (Array.isArray(items)) collectItems(item, items, itemsContext, errors)
      else errors.push({ value: items, context: itemsContext })
      return
    }
    case MAP:
      if (!isObject(u)) break
      collectValues(undefined, innerOf(c), u, context, errors)
      return
    case SENSITIVE: {
      // As io-ts's unions do: the member entered adds no step to the path.
      const inner = innerOf(c)
      collect(inner, u, t.appendContext(context, '0', inner, u), errors)
      return
    }
  }
  errors.push({ value: u, context })
}

/** The errors of a structure's members (`members`) or of a map's values (`value`). */
function collectValues(
  members: Map<string, ShapeType> | undefined,
  value: ShapeType | undefined,
  o: Record<string, unknown>,
  context: t.Context,
  errors: t.ValidationError[],
): void {
  for (const key in o) {
    const c = members === undefined ? value : members.get(key)
    if (c === undefined) continue
    const v = o[key]
    if (valuePasses(c, v)) continue
    collect(c, v, t.appendContext(context, key, c, v), errors)
  }
}

function collectItems(item: ShapeType, array: ReadonlyArray<unknown>, context: t.Context, errors: t.ValidationError[]): void {
  for (let i = 0, n = array.length; i !== n; i++) {
    const v = array[i]
    if (v === null || passes(item, v)) continue
    collect(item, v, t.appendContext(context, String(i), item, v), errors)
  }
}

const tables = /*#__PURE__*/ new WeakMap<ModelTable, TableCodecs>()

/** The codecs of a table, one set per table object. */
function codecsOf(table: ModelTable): TableCodecs {
  let codecs = tables.get(table)
  if (codecs === undefined) {
    codecs = new TableCodecs(table)
    tables.set(table, codecs)
  }
  return codecs
}

/**
 * The codec of one shape of a {@link ModelTable}, built the first time it is
 * asked for and kept with the table (the same codec every time). The shapes
 * it refers to are built when it first checks a value, so that cycles work
 * and nothing unreached is built.
 *
 * The codec reads values as CloudTrail writes them (see {@link ModelShape}):
 * a structure is a JSON object whose members may each be absent or `null`
 * and whose other keys are kept unchecked; list items and map values may be
 * `null`. Decoding returns the very value given and encoding is the identity.
 * `is` walks the value without allocating; `validate` reports each mismatch
 * with its io-ts context, so the library's reporters name its path (such as
 * `$.requestParameters.instancesSet.items[0].instanceId`) and what was
 * expected. A value nested deeper than the stack allows is rejected.
 *
 * Codecs are named `string`, `number`, `number | string`, `boolean`,
 * `boolean | "true" | "false"`, `timestamp`, `unknown` (documents), the
 * structure's name, `Array<X>`, `Array<X> | ItemSet<X>`,
 * `{ [key: string]: X }` and `(X | "HIDDEN_DUE_TO_SECURITY_REASONS")`.
 *
 * @typeParam A - the TypeScript type of the shape, as the generated interfaces
 *   declare it (the caller vouches for it: the table does not carry types)
 * @param table - the table
 * @param ref - the shape's index in `table.shapes`
 * @returns the shape's codec
 * @throws TypeError when the table is malformed where it is read (a reference
 *   out of range, an unknown shape letter, a structure whose member name is
 *   not a string)
 *
 * @example
 * ```ts
 * const table: ModelTable = { shapes: ['s', ['S', 'Instance', 'instanceId', 0, 'tags', 2], ['L', 0]], operations: {} }
 * const Instance = modelShapeCodec<{ instanceId?: string; tags?: string[] }>(table, 1)
 * Instance.is({ instanceId: 'i-0123456789abcdef0', tags: null, extra: 1 })   // true
 * Instance.is({ instanceId: 42 })                                           // false
 * ```
 */
export function modelShapeCodec<A = unknown>(table: ModelTable, ref: ShapeRef): t.Type<A, A, unknown> {
  return codecsOf(table).codec(ref) as t.Type<A, A, unknown>
}
