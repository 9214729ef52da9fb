// Builds one service's runtime table (the contract with src/services/model/: shapes and operations) and,
// beside it, the TypeScript types of the same shapes: interfaces for structures, open unions for enums.
import type { Model, ModelMember, ModelOperation, ModelShape } from './model.js'
import { isFreeTypeName, lowerFirst } from './naming.js'
import type { Extra, KeyStyle, Overlay } from './overlay.js'
import { readOnlyOf } from './read-only.js'

/** A shape of the runtime table (see the contract in src/services/model/). */
export type TableShape = string | readonly (string | number)[]

/** A reference to a table shape with the TypeScript type of the values it accepts. */
interface Typed {
  readonly ref: number
  /** The TypeScript type. */
  readonly ts: string
  /** Whether `ts` is a union at its top (so it needs parentheses inside `T[]`). */
  readonly union: boolean
}

/** A structure's interface. */
export interface StructType {
  readonly name: string
  /** Why the name is not the model's shape name, if it is not. */
  readonly renamed?: string
  readonly members: ReadonlyArray<readonly [key: string, ts: string]>
}

/** An enum's open union. */
export interface EnumType {
  readonly name: string
  readonly renamed?: string
  readonly values: readonly string[]
  /** An overlay's value list: the entry also exports it as an open-enum codec and an `isKnown<name>` guard. */
  readonly codec?: true
}

/** One eventName's table entry and type. */
export interface TableOperation {
  readonly eventName: string
  /** The model's operation (several eventNames may share one). */
  readonly operation: string
  readonly request: number
  readonly response: number
  readonly requestTs: string
  readonly responseTs: string
  readonly readOnly: boolean
  /** Whether the API model has the operation (else the overlay adds it: a console action). */
  readonly modelled: boolean
  /** The ref and type of its `additionalEventData`, where the overlay types it. */
  readonly additional?: { readonly ref: number; readonly ts: string }
}

/** What the generator writes of one service. */
export interface ServiceTable {
  readonly shapes: readonly TableShape[]
  readonly operations: readonly TableOperation[]
  /** The interfaces and enums, in the order they were reached. */
  readonly types: ReadonlyArray<StructType | EnumType>
  /** Members typed (all keys, aliases included), for the report. */
  readonly memberCount: number
}

const PRIMITIVE_TS: { readonly [code: string]: Omit<Typed, 'ref'> } = {
  s: { ts: 'string', union: false },
  n: { ts: 'number', union: false },
  N: { ts: 'number | string', union: true },
  b: { ts: 'boolean', union: false },
  B: { ts: "boolean | 'true' | 'false'", union: true },
  t: { ts: 'string | number', union: true },
  x: { ts: 'string', union: false },
  d: { ts: 'unknown', union: false },
}

/** The key style of a protocol, unless an overlay says otherwise. */
export function defaultKeyStyle(protocol: string): KeyStyle {
  return protocol === 'ec2' ? 'ec2' : protocol === 'query' ? 'query' : 'json'
}

/** One key of a member, and whether it holds EC2's `<name>Set` form (lists of scalars as `{ name: v }` items). */
interface MemberKey {
  readonly key: string
  readonly set?: true
}

const LOCATED = new Set(['uri', 'querystring', 'header'])

/**
 * Builds the table of one service.
 *
 * @param model - the service's model
 * @param style - how member keys are written
 * @param overlay - the service's rules of its own
 * @param reserved - type names the file takes for itself (`Ec2Operations`, `Ec2Event`, ...)
 * @returns the table, its types and its operations
 */
export function buildTable(model: Model, style: KeyStyle, overlay: Overlay, reserved: readonly string[]): ServiceTable {
  const shapes: TableShape[] = []
  const memo = new Map<string, number>()
  const types: Array<StructType | EnumType> = []
  const taken = new Set<string>(reserved)
  const structMemo = new Map<string, Typed>()
  const enumMemo = new Map<string, string>()
  let memberCount = 0
  // Query and EC2 write numbers and booleans as strings in requests; XML bodies are text.
  const looseEverywhere = style === 'query' || style === 'ec2' || style === 'xml'

  const add = (shape: TableShape): number => {
    const id = typeof shape === 'string' ? shape : JSON.stringify(shape)
    let ref = memo.get(id)
    if (ref === undefined) {
      ref = shapes.length
      shapes.push(shape)
      memo.set(id, ref)
    }
    return ref
  }
  const primitive = (code: string): Typed => ({ ref: add(code), ...(PRIMITIVE_TS[code] as Omit<Typed, 'ref'>) })
  // The items of a list may be null (the runtime lets them be, as CloudTrail writes them).
  const listOf = (item: Typed): string => `(${item.ts} | null)[]`
  const list = (item: Typed): Typed =>
    style === 'ec2'
      ? { ref: add(['I', item.ref]), ts: `${listOf(item)} | ct.ItemSet<${item.ts}>`, union: true }
      : { ref: add(['L', item.ref]), ts: listOf(item), union: false }
  const map = (value: Typed): Typed => ({ ref: add(['M', value.ref]), ts: `{ [key: string]: ${value.ts} | null }`, union: false })
  const hidden = (typed: Typed): Typed =>
    typed.ts === 'string' || typed.ts === 'unknown'
      ? typed
      : { ref: add(['H', typed.ref]), ts: `${typed.ts} | ct.HiddenDueToSecurityReasons`, union: true }

  /** A free type name for a model name; says why when it is not the model's. */
  const allocate = (preferred: string): { name: string; renamed?: string } => {
    const named = overlay.typeNames?.[preferred]
    if (named !== undefined) {
      if (!isFreeTypeName(named) || taken.has(named)) throw new Error(`${model.metadata.serviceId}: overlay type name ${named} is taken`)
      taken.add(named)
      // A structure the generator names (an operation's additionalEventData) needs no word on its new name.
      if (model.shapes[preferred] === undefined) return { name: named }
      return { name: named, renamed: `the model's shape \`${preferred}\`, named by the service's overlay` }
    }
    let base = preferred.replace(/[^A-Za-z0-9_$]/g, '_')
    if (/^[0-9]/.test(base)) base = `_${base}`
    let name = base
    for (let i = 1; !isFreeTypeName(name) || taken.has(name); i++) name = i === 1 ? `${base}Shape` : `${base}Shape${i}`
    taken.add(name)
    if (name === preferred) return { name }
    const why = !isFreeTypeName(base)
      ? 'a reserved or global type name'
      : base !== preferred
        ? 'not a valid identifier'
        : 'the name of another generated type'
    return { name, renamed: `the model's shape \`${preferred}\`, renamed: ${why}` }
  }

  const enumType = (shapeName: string, values: readonly string[]): string => {
    let name = enumMemo.get(shapeName)
    if (name === undefined) {
      const allocated = allocate(shapeName)
      name = allocated.name
      enumMemo.set(shapeName, name)
      types.push({ ...allocated, values })
    }
    return name
  }

  const shapeOf = (name: string): ModelShape => {
    const shape = model.shapes[name]
    if (shape === undefined) throw new Error(`${model.metadata.serviceId}: no shape ${name}`)
    return shape
  }

  /** The typed reference of a model shape; `loose` for members in the URI, query string or headers. */
  const typedOf = (name: string, loose: boolean): Typed => {
    const shape = shapeOf(name)
    const numbersLoose = loose || looseEverywhere
    let typed: Typed
    switch (shape.type) {
      case 'string':
        typed =
          shape.enum !== undefined && shape.enum.length > 0
            ? { ref: add('s'), ts: enumType(name, shape.enum), union: false }
            : primitive('s')
        break
      case 'integer':
      case 'long':
      case 'float':
      case 'double':
        typed = primitive(numbersLoose ? 'N' : 'n')
        break
      case 'boolean':
        typed = primitive(numbersLoose ? 'B' : 'b')
        break
      case 'timestamp':
        typed = primitive('t')
        break
      case 'blob':
        typed = primitive('x')
        break
      case 'list':
        if (style === 'xml') return primitive('d')
        typed = list(typedOf(member(shape.member, name).shape, loose))
        break
      case 'map':
        if (style === 'xml') return primitive('d')
        typed = map(typedOf(member(shape.value, name).shape, false))
        break
      case 'structure':
        if (shape.document === true) return primitive('d')
        typed = struct(name, undefined, {})
        break
      default:
        throw new Error(`${model.metadata.serviceId}: shape ${name} of unknown type ${String((shape).type)}`)
    }
    return shape.sensitive === true ? hidden(typed) : typed
  }

  /** The keys of a member by the service's style, then the overlay's aliases. */
  const keysOf = (shapeName: string, memberName: string, definition: ModelMember, isList: boolean): MemberKey[] => {
    const keys: MemberKey[] = []
    const push = (key: string | undefined, set?: true): void => {
      if (key !== undefined && key !== '' && !keys.some((k) => k.key === key)) keys.push(set ? { key, set } : { key })
    }
    const location = definition.location
    switch (style) {
      case 'json':
        push(lowerFirst(memberName))
        if (location === 'querystring' || location === 'header') push(definition.locationName)
        break
      case 'query':
        push(lowerFirst(memberName))
        break
      case 'ec2': {
        // A lower-case locationName is the XML element's name, which CloudTrail writes as it is
        // (`instancesSet`, `reservationId`, `dryRun`); else the query parameter (`InstanceId`) and the member
        // name lower-cased, and for lists the `<name>Set` forms (`filterSet`, `resourcesSet`).
        const name = definition.locationName
        if (name !== undefined && /^[a-z]/.test(name)) {
          push(name)
          break
        }
        const names = [name ?? memberName, memberName].map(lowerFirst)
        for (const key of names) push(key)
        if (isList) for (const key of names) if (!key.endsWith('Set')) push(`${key}Set`, true)
        break
      }
      case 'xml':
        if (location !== undefined && LOCATED.has(location)) {
          push(definition.locationName)
          if (location === 'uri') push(lowerFirst(memberName))
        } else push(definition.locationName ?? memberName)
        break
      case 'wire':
        push(definition.locationName ?? memberName)
        break
    }
    for (const alias of overlay.memberKeys?.(shapeName, memberName, definition) ?? []) {
      push(alias, style === 'ec2' && isList && alias.endsWith('Set') ? true : undefined)
    }
    return keys
  }

  /** EC2's `<name>Set` form of a list of scalars: items `{ <itemName>: value }`. */
  const setForm = (listShapeName: string, fallbackItemName: string, loose: boolean): Typed => {
    const listShape = shapeOf(listShapeName)
    const item = member(listShape.member, listShapeName)
    const itemShape = shapeOf(item.shape)
    if (itemShape.type === 'structure' || itemShape.type === 'list' || itemShape.type === 'map') {
      return typedOf(listShapeName, loose)
    }
    const itemName = item.locationName !== undefined && item.locationName !== 'item' ? item.locationName : fallbackItemName
    const itemStruct = syntheticStruct(`${listShapeName}Item`, [[lowerFirst(itemName), typedOf(item.shape, loose)]])
    return list(itemStruct)
  }

  const syntheticMemo = new Map<string, Typed>()
  /** A structure the model lacks (EC2's set items, overlays' structures), by its name. */
  const syntheticStruct = (name: string, members: ReadonlyArray<readonly [string, Typed]>): Typed => {
    const known = syntheticMemo.get(name)
    if (known !== undefined) return known
    const allocated = allocate(name)
    const typed: Typed = { ref: add(['S', allocated.name, ...members.flatMap(([key, t]) => [key, t.ref])]), ts: allocated.name, union: false }
    syntheticMemo.set(name, typed)
    types.push({ ...allocated, members: members.map(([key, t]) => [key, t.ts] as const) })
    memberCount += members.length
    return typed
  }

  /** The type of a member: the overlay's, else any value for JSON in a string, else its shape's. */
  const memberTyped = (
    shapeName: string | undefined,
    memberName: string,
    definition: ModelMember,
    loose: boolean,
    siblings: ReadonlyMap<string, Typed>,
  ): Typed => {
    const override = shapeName === undefined ? undefined : overlay.memberTypes?.[shapeName]?.[memberName]
    if (override !== undefined) return extraOf(override, siblings)
    return definition.jsonvalue === true ? primitive('d') : typedOf(definition.shape, loose)
  }

  /** An overlay's value list: a string, typed as the open union of its values, exported under its name. */
  const overlayEnums = new Map<string, readonly string[]>()
  const overlayEnum = (name: string, values: readonly string[]): Typed => {
    const known = overlayEnums.get(name)
    if (known === undefined) {
      if (!isFreeTypeName(name) || taken.has(name)) throw new Error(`${model.metadata.serviceId}: overlay enum ${name} takes a name already taken`)
      taken.add(name)
      overlayEnums.set(name, values)
      types.push({ name, values, codec: true })
    } else if (JSON.stringify(known) !== JSON.stringify(values)) {
      throw new Error(`${model.metadata.serviceId}: overlay enum ${name} is declared twice with other values`)
    }
    return { ref: add('s'), ts: name, union: false }
  }

  const extraOf = (extra: Extra, siblings: ReadonlyMap<string, Typed>): Typed => {
    if (typeof extra === 'string') return primitive(extra)
    if ('enum' in extra) return overlayEnum(extra.enum, extra.values)
    if ('hidden' in extra) return hidden(extraOf(extra.hidden, siblings))
    if ('shape' in extra) return typedOf(extra.shape, false)
    if ('list' in extra) {
      const item = extraOf(extra.list, siblings)
      return { ref: add(['L', item.ref]), ts: listOf(item), union: false }
    }
    if ('itemSet' in extra) {
      const item = extraOf(extra.itemSet, siblings)
      return { ref: add(['I', item.ref]), ts: `${listOf(item)} | ct.ItemSet<${item.ts}>`, union: true }
    }
    if ('map' in extra) return map(extraOf(extra.map, siblings))
    if ('member' in extra) {
      const typed = siblings.get(extra.member)
      if (typed === undefined) throw new Error(`${model.metadata.serviceId}: overlay names no member ${extra.member}`)
      return typed
    }
    return syntheticStruct(
      extra.struct,
      Object.entries(extra.members).map(([key, e]) => [key, extraOf(e, siblings)] as const),
    )
  }

  /**
   * The structure of a model shape (or, with no shape, a structure of extras only), with the keys the
   * overlay adds to it and, for an operation's request or response, the operation's own extra keys.
   */
  const struct = (shapeName: string | undefined, variant: string | undefined, extras: { readonly [key: string]: Extra }): Typed => {
    const memoKey = variant === undefined ? (shapeName as string) : `${shapeName ?? ''}#${variant}`
    const known = structMemo.get(memoKey)
    if (known !== undefined) return known
    let allocated: { name: string; renamed?: string }
    if (shapeName === undefined) allocated = allocate(variant as string)
    else if (variant === undefined || !taken.has(shapeName)) allocated = allocate(shapeName)
    else {
      allocated = allocate(`${shapeName}For${variant}`)
      allocated.renamed = `the model's shape \`${shapeName}\` with the keys CloudTrail adds for ${variant}`
    }
    const ref = shapes.length
    shapes.push([]) // filled below: members may refer back to this structure
    const typed: Typed = { ref, ts: allocated.name, union: false }
    structMemo.set(memoKey, typed)
    const entry: Array<readonly [string, Typed]> = []
    const byMember = new Map<string, Typed>()
    const shape = shapeName === undefined ? undefined : shapeOf(shapeName)
    const members = Object.entries(shape?.members ?? {}).filter(([, m]) => m.location !== 'statusCode')
    const keysPerMember = members.map(([memberName, definition]) => {
      const memberShape = shapeOf(definition.shape)
      const loose = definition.location !== undefined && LOCATED.has(definition.location)
      const typed = memberTyped(shapeName, memberName, definition, loose, byMember)
      byMember.set(memberName, typed)
      return { memberName, definition, typed, keys: keysOf(shapeName as string, memberName, definition, memberShape.type === 'list'), loose }
    })
    const seen = new Set<string>()
    // Every member's first key, then the aliases: an alias never takes another member's own key.
    for (const pass of [0, 1]) {
      for (const { memberName, definition, typed, keys, loose } of keysPerMember) {
        for (const [i, { key, set }] of keys.entries()) {
          if ((pass === 0) !== (i === 0) || seen.has(key)) continue
          seen.add(key)
          const locName = definition.locationName ?? memberName
          entry.push([key, set ? setForm(definition.shape, locName, loose) : typed])
        }
      }
    }
    // A body that is one structure member (a REST payload) is the request itself on the wire: its members
    // are keys too (Pinpoint's `CreateCampaign` writes `Name` beside `application-id`).
    const body = keysPerMember.filter(({ definition }) => definition.location === undefined)
    const payloadMember = body.length === 1 && style === 'wire' ? body[0] : undefined
    const payloadShape = payloadMember === undefined ? undefined : shapeOf(payloadMember.definition.shape)
    if (payloadShape?.type === 'structure' && payloadShape.document !== true) {
      for (const [innerName, inner] of Object.entries(payloadShape.members ?? {})) {
        const key = inner.locationName ?? innerName
        if (seen.has(key)) continue
        seen.add(key)
        entry.push([key, memberTyped(payloadMember?.definition.shape, innerName, inner, false, byMember)])
      }
    }
    const more = { ...(shapeName === undefined ? {} : overlay.shapeKeys?.[shapeName]), ...extras }
    for (const [key, extra] of Object.entries(more)) {
      if (seen.has(key)) continue
      seen.add(key)
      entry.push([key, extraOf(extra, byMember)])
    }
    shapes[ref] = ['S', allocated.name, ...entry.flatMap(([key, t]) => [key, t.ref])]
    types.push({ ...allocated, members: entry.map(([key, t]) => [key, t.ts] as const) })
    memberCount += entry.length
    return typed
  }

  /** The table entry of an operation's request or response. */
  const payload = (shapeName: string | undefined, operation: string, suffix: string, extras: { readonly [key: string]: Extra }): Typed | undefined => {
    const hasExtras = Object.keys(extras).length > 0
    if (shapeName === undefined) return hasExtras ? struct(undefined, `${operation}${suffix}`, extras) : undefined
    const shape = shapeOf(shapeName)
    if (shape.type !== 'structure' || shape.document === true) return typedOf(shapeName, false)
    return hasExtras ? struct(shapeName, operation, extras) : struct(shapeName, undefined, {})
  }

  // additionalEventData: one structure per distinct set of keys, the first named `AdditionalEventData`, others
  // after the first operation that has them.
  const additionalMemo = new Map<string, Typed>()
  const additionalOf = (operation: ModelOperation): Typed | undefined => {
    const keys = overlay.additionalEventData?.(operation) ?? {}
    if (Object.keys(keys).length === 0) return undefined
    const id = JSON.stringify(keys)
    let typed = additionalMemo.get(id)
    if (typed === undefined) {
      const name = additionalMemo.size === 0 ? 'AdditionalEventData' : `${operation.name}AdditionalEventData`
      typed = struct(undefined, name, keys)
      additionalMemo.set(id, typed)
    }
    return typed
  }

  /** The table entry of one eventName; a payload with no type (`undefined`) is any value. */
  const entryOf = (
    eventName: string,
    operation: string,
    readOnly: boolean,
    modelled: boolean,
    request: Typed | undefined,
    response: Typed | undefined,
    additional: Typed | undefined,
  ): TableOperation => ({
    eventName,
    operation,
    request: request?.ref ?? -1,
    response: response?.ref ?? -1,
    requestTs: request?.ts ?? 'unknown',
    responseTs: response?.ts ?? 'unknown',
    readOnly,
    modelled,
    ...(additional === undefined ? {} : { additional: { ref: additional.ref, ts: additional.ts } }),
  })

  const operations: TableOperation[] = []
  for (const operation of Object.values<ModelOperation>(model.operations)) {
    const readOnly = readOnlyOf(operation, overlay.readOnly?.[operation.name])
    const request = payload(operation.input?.shape, operation.name, 'Request', overlay.requestKeys?.(operation) ?? {})
    // CloudTrail writes no responseElements for read-only calls (null): their responses are any value, typed
    // `unknown`, unless the overlay shows records that carry one.
    const response =
      readOnly && !(overlay.readOnlyResponses ?? []).includes(operation.name)
        ? undefined
        : payload(operation.output?.shape, operation.name, 'Response', overlay.responseKeys?.(operation) ?? {})
    const additional = additionalOf(operation)
    for (const eventName of overlay.eventNames?.(operation) ?? [operation.name]) {
      operations.push(entryOf(eventName, operation.name, readOnly, true, request, response, additional))
    }
  }
  // Operations the model lacks (console actions), after the model's, typed by the overlay alone.
  for (const [eventName, extraOperation] of Object.entries(overlay.operations ?? {})) {
    if (operations.some((o) => o.eventName === eventName)) {
      throw new Error(`${model.metadata.serviceId}: the overlay adds ${eventName}, which the model has`)
    }
    const typedKeys = (keys: { readonly [key: string]: Extra } | undefined, suffix: string): Typed | undefined =>
      keys === undefined ? undefined : struct(undefined, `${eventName}${suffix}`, keys)
    const request = typedKeys(extraOperation.request, 'Request')
    const response = typedKeys(extraOperation.response, 'Response')
    const additional = typedKeys(extraOperation.additional, 'AdditionalEventData')
    operations.push(entryOf(eventName, eventName, extraOperation.readOnly, false, request, response, additional))
  }
  return { shapes, operations, types, memberCount }

  function member(definition: ModelMember | undefined, of: string): ModelMember {
    if (definition === undefined) throw new Error(`${model.metadata.serviceId}: ${of} has no member shape`)
    return definition
  }
}
