/**
 * Table-driven suites shared by the Trusted Advisor, Support App, Support
 * Plans and support-subscription tests: every operation against its fixture
 * (a successful call and a failed one), the operation table against
 * `support-operations.json`, and the shared corpus. They take a hand-written
 * service (`defineService`: io-ts codecs, exported by name) or a generated one
 * (`modelService`, with its `table`: the checks read the table and the types
 * the generator writes beside it, `buildTable` of codegen/table.ts).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import * as t from 'io-ts'
import { describe, expect, it } from 'vitest'
import { readModels } from '../../../codegen/model.js'
import { planServices } from '../../../codegen/services.js'
import { buildTable } from '../../../codegen/table.js'
import type { ServiceTable, TableOperation } from '../../../codegen/table.js'
import { awsServices, findService } from '../../../src/aws/index.js'
import { parseRecords } from '../../../src/parse/parse-records.js'
import { OpenEnumType } from '../../../src/codec/open-enum.js'
import { isInsightRecord } from '../../../src/record/record.js'
import { modelShapeCodec } from '../../../src/services/model/index.js'
import type { ModelShape, ModelTable } from '../../../src/services/model/index.js'
import type { AnyOperation } from '../../../src/services/operation.js'
import type { AnyService } from '../../../src/services/service.js'
import { corpusAvailable, readCorpusText, readManifest, repoRoot } from '../../support/corpus.js'
import { readSupportOperationsSpec, specAvailable } from '../../support/spec.js'
import type { SpecMember } from '../../support/spec.js'

/** What the suites need to know of one service. */
export interface ServiceUnderTest {
  /** The folder of its fixtures under `test/events/`. */
  readonly folder: string
  /** The eventSource of the service. */
  readonly eventSource: string
  /** The service, as its entry exports it (`trustedAdvisor`, ...). */
  readonly service: AnyService
  /** The entry's barrel, to look exports up by name. */
  readonly barrel: object
}

/** `DescribeCheckItems` -> `describe-check-items`: the file name of an operation. */
export function kebabCase(name: string): string {
  return name.replace(/(?<!^)(?=[A-Z])/g, '-').toLowerCase()
}

/** The text of an operation's fixture: a log file with a successful call, then a failed one. */
export function readFixture(folder: string, eventName: string): string {
  return readFileSync(join(repoRoot, 'test', 'events', folder, `${kebabCase(eventName)}.json`), 'utf8')
}

/** The records of an operation's fixture, parsed afresh. */
export function fixtureRecords(folder: string, eventName: string): Array<Record<string, unknown>> {
  return (JSON.parse(readFixture(folder, eventName)) as { Records: Array<Record<string, unknown>> }).Records
}

function exportOf(barrel: object, name: string): unknown {
  return (barrel as Readonly<Record<string, unknown>>)[name]
}

/** The operation's event codec, as the `t.Type` it is (the `AnyOperation` view only decodes). */
export function eventCodecOf(operation: AnyOperation): t.Mixed {
  return operation.event as unknown as t.Mixed
}

/** Whether any service of `awsServices` types the value (what `isKnownOperationEvent` answered). */
export function isTypedOperationEvent(u: unknown): boolean {
  return awsServices.some((service) => service.is(u))
}

/** Whether an operation's payload shapes are unknown: a `shapelessOperations` entry, both payloads `t.unknown`. */
function isShapeless(operation: AnyOperation): boolean {
  return operation.request === t.unknown && operation.response === t.unknown
}

/** The table of a generated service (`modelService`), or `undefined` for a hand-written one. */
function tableOf(service: AnyService): ModelTable | undefined {
  return 'table' in service ? (service as { readonly table: ModelTable }).table : undefined
}

/**
 * The table and types the generator builds today for a generated service, by its entry name (from
 * codegen/models and the service's overlay, with the type names `generate.ts` reserves).
 */
export function generatedTable(name: string): ServiceTable {
  const plan = planServices(readModels()).plans.find((p) => p.name === name)
  if (plan === undefined) throw new Error(`the generator plans no service ${name}`)
  const reserved = [`${plan.prefix}Operations`, `${plan.prefix}Event`, plan.value, 'ct', 'modelService', 'openEnum']
  if (plan.overlay.eventSourceConstant !== undefined) reserved.push(plan.overlay.eventSourceConstant)
  return buildTable(plan.model, plan.style, plan.overlay, reserved)
}

/**
 * One test group per operation: the operation wired to its service and its
 * exported payload codecs, the fixture's successful and failed calls decoded
 * through `parseRecords` (checking the service) with zero issues and narrowed
 * by the guards, round trips, and a payload of the wrong kind.
 */
export function describeOperations(under: ServiceUnderTest): void {
  const { service, barrel } = under
  const cases = Object.entries(service.operations)

  it(`${under.eventSource} is the service of its eventSource`, () => {
    expect(service.eventSource).toBe(under.eventSource)
    expect(findService(under.eventSource)).toBe(service)
    expect(awsServices).toContain(service)
  })

  describe.each(cases)(`${under.eventSource} %s`, (eventName, operation) => {
    it('is service.operations[eventName], with its names, its exported XRequest and XResponse, and one event codec', () => {
      expect(operation.eventSource).toBe(under.eventSource)
      expect(operation.eventName).toBe(eventName)
      const table = tableOf(service)
      if (table !== undefined) {
        // a generated service: the payload codecs are the ones of its table entry (-1: any value), and the
        // payload types are exported as types only (generated interfaces), no codec value under their names
        const entry = table.operations[eventName]
        expect(entry).toBeDefined()
        const [request, response, readOnly] = entry!
        expect(operation.request).toBe(request === -1 ? t.unknown : modelShapeCodec(table, request))
        expect(operation.response).toBe(response === -1 ? t.unknown : modelShapeCodec(table, response))
        expect(operation.readOnly).toBe(readOnly === 1)
        expect(exportOf(barrel, `${eventName}Request`)).toBeUndefined()
        expect(exportOf(barrel, `${eventName}Response`)).toBeUndefined()
      } else if (isShapeless(operation)) {
        // a shapelessOperations entry: payloads are t.unknown, and nothing is exported for them
        expect(exportOf(barrel, `${eventName}Request`)).toBeUndefined()
        expect(exportOf(barrel, `${eventName}Response`)).toBeUndefined()
      } else {
        expect(exportOf(barrel, `${eventName}Request`)).toBe(operation.request)
        expect(exportOf(barrel, `${eventName}Response`)).toBe(operation.response)
      }
      expect(operation.event).toBe(operation.event)
      expect(service.operation(eventName)).toBe(operation)
      // the operation const, its XEvent codec and its isXEvent guard are no longer exports
      expect(exportOf(barrel, eventName)).toBeUndefined()
      expect(exportOf(barrel, `${eventName}Event`)).toBeUndefined()
      expect(exportOf(barrel, `is${eventName}Event`)).toBeUndefined()
      expect(findService(under.eventSource)?.operation(eventName)).toBe(operation)
    })

    it('decodes a successful and a failed call through parseRecords, and the guards narrow both', () => {
      const text = readFixture(under.folder, eventName)
      const { records, issues, skipped } = parseRecords(text, { services: [service] })
      expect(issues).toStrictEqual([])
      expect(skipped).toStrictEqual([])
      expect(records).toStrictEqual(fixtureRecords(under.folder, eventName))
      const [success, failed] = records as Array<Record<string, unknown>>
      expect(success?.['errorCode']).toBeUndefined()
      expect(typeof failed?.['errorCode']).toBe('string')
      expect(typeof failed?.['errorMessage']).toBe('string')
      expect(failed?.['responseElements'] ?? null).toBeNull()
      for (const record of records) {
        expect(record.eventVersion).toMatch(/^1\.\d+$/)
        expect((record as { readOnly?: unknown }).readOnly).toBe(operation.readOnly)
        expect(operation.is(record)).toBe(true)
        expect(operation.event.is(record)).toBe(true)
        expect(service.is(record)).toBe(true)
        expect(isTypedOperationEvent(record)).toBe(true)
        for (const other of Object.values(service.operations)) {
          if (other !== operation) expect(other.is(record)).toBe(false)
        }
      }
    })

    it('round-trips both records: encode(decode(x)) deep-equals x, and decode returns x itself', () => {
      const input = fixtureRecords(under.folder, eventName)
      for (const [index, record] of input.entries()) {
        const decoded = operation.event.decode(record)
        expect(decoded._tag).toBe('Right')
        if (decoded._tag !== 'Right') continue
        expect(decoded.right).toBe(record)
        expect(eventCodecOf(operation).encode(decoded.right)).toStrictEqual(fixtureRecords(under.folder, eventName)[index])
      }
    })

    it('accepts null or absent payloads, and rejects the record under another event source', () => {
      const [success] = fixtureRecords(under.folder, eventName)
      const { requestParameters: _request, responseElements: _response, ...bare } = success!
      expect(operation.is({ ...success, requestParameters: null, responseElements: null })).toBe(true)
      expect(operation.is(bare)).toBe(true)
      expect(operation.is({ ...success, eventSource: 'support.amazonaws.com' })).toBe(false)
      expect(service.is({ ...success, eventName: 'NotAnOperation' })).toBe(false)
    })

    it('rejects a request that is a string unless the request shape is unknown', () => {
      const [success] = fixtureRecords(under.folder, eventName)
      const odd = { ...success, requestParameters: 'HIDDEN_DUE_TO_SECURITY_REASONS' }
      const shapeUnknown = operation.request === t.unknown
      expect(operation.is(odd)).toBe(shapeUnknown)
      const { records, issues } = parseRecords(odd, { services: [service] })
      expect(records).toHaveLength(shapeUnknown ? 1 : 0)
      expect(issues.map((issue) => [issue.kind, issue.path])).toStrictEqual(
        shapeUnknown ? [] : [['operation', '$.requestParameters']],
      )
    })
  })
}

const NUMBER_TYPES = new Set(['integer', 'long', 'double'])

/** The members a codec stands for, as `path: description` lines, in the vocabulary of the spec. */
function describeCodec(codec: t.Mixed, path: string, out: string[]): void {
  if (codec instanceof OpenEnumType) {
    out.push(`${path}: string [${[...(codec as OpenEnumType<string>).values].sort().join(' | ')}]`)
  } else if (codec instanceof t.ArrayType) {
    out.push(`${path}: list`)
    describeCodec((codec as t.ArrayType<t.Mixed>).type, `${path}[]`, out)
  } else if (codec instanceof t.DictionaryType) {
    const map = codec as t.DictionaryType<t.Mixed, t.Mixed>
    out.push(`${path}: map`)
    describeCodec(map.codomain, `${path}{}`, out)
  } else if (codec instanceof t.PartialType) {
    out.push(`${path}: structure`)
    for (const [key, member] of Object.entries((codec as t.PartialType<t.Props>).props)) {
      describeCodec(member, `${path}.${key}`, out)
    }
  } else if (codec === t.UnknownRecord) out.push(`${path}: structure`)
  else if (codec === t.unknown) out.push(`${path}: unknown`)
  else if (codec === t.string) out.push(`${path}: string`)
  else if (codec === t.number) out.push(`${path}: number`)
  else if (codec === t.boolean) out.push(`${path}: boolean`)
  else out.push(`${path}: unexpected codec ${codec.name}`)
}

/** The same description, built from the spec's members. */
function describeSpec(member: SpecMember, path: string, out: string[]): void {
  const known = member.knownValues ?? member.enum
  if (member.type === 'string' || member.type === 'blob') {
    out.push(known === undefined ? `${path}: string` : `${path}: string [${[...known].sort().join(' | ')}]`)
  } else if (member.type === 'list') {
    out.push(`${path}: list`)
    describeSpec(member.items!, `${path}[]`, out)
  } else if (member.type === 'map') {
    out.push(`${path}: map`)
    describeSpec(member.value!, `${path}{}`, out)
  } else if (member.type === 'structure') {
    out.push(`${path}: structure`)
    for (const [key, inner] of Object.entries(member.members ?? {})) describeSpec(inner, `${path}.${key}`, out)
  } else if (NUMBER_TYPES.has(member.type)) out.push(`${path}: number`)
  else out.push(`${path}: ${member.type}`)
}

/** One operation of the spec, with the fields that tell an unknown shape from an empty one. */
interface SpecEntry {
  readonly eventSource: string
  readonly eventName: string
  readonly readOnly: boolean
  readonly request: Readonly<Record<string, SpecMember>> | null
  readonly response: Readonly<Record<string, SpecMember>> | null
  readonly shapeKnown?: boolean
  readonly responseNote?: string
}

/**
 * The lines a payload codec must produce: the spec's members, sorted; a
 * payload without members (`{}`, or an operation without output) is any
 * object; a payload the spec does not know (`null`) is any value.
 */
function expectedLines(members: SpecEntry['request'], noOutputShape: boolean): string[] {
  if (members === null) return [noOutputShape ? '$: structure' : '$: unknown']
  const out: string[] = []
  describeSpec({ type: 'structure', members }, '$', out)
  return out.sort()
}

function codecLines(codec: t.Mixed): string[] {
  const out: string[] = []
  describeCodec(codec, '$', out)
  return out.sort()
}

/** The generated types by name: structures' members (key to TypeScript type) and value lists. */
interface TypesByName {
  readonly structs: ReadonlyMap<string, ReadonlyMap<string, string>>
  readonly enums: ReadonlyMap<string, readonly string[]>
}

function typesByName(generated: ServiceTable): TypesByName {
  const structs = new Map<string, ReadonlyMap<string, string>>()
  const enums = new Map<string, readonly string[]>()
  for (const type of generated.types) {
    if ('values' in type) enums.set(type.name, type.values)
    else structs.set(type.name, new Map(type.members))
  }
  return { structs, enums }
}

/**
 * The members a shape of a generated table stands for, as `path: description` lines, in the vocabulary of
 * the spec: the runtime shape (what records are checked against) with, for strings, the value list of the
 * generated type (`ts`, the TypeScript type the generator wrote for the member).
 */
function describeShape(table: ModelTable, types: TypesByName, ref: number, ts: string, path: string, out: string[]): void {
  const shape = table.shapes[ref] as ModelShape
  if (typeof shape === 'string') {
    const values = types.enums.get(ts)
    if (shape === 's' || shape === 'x') {
      out.push(values === undefined ? `${path}: string` : `${path}: string [${[...values].sort().join(' | ')}]`)
    } else if (shape === 'n' || shape === 'N') out.push(`${path}: number`)
    else if (shape === 'b' || shape === 'B') out.push(`${path}: boolean`)
    else if (shape === 't') out.push(`${path}: timestamp`)
    else out.push(`${path}: unknown`)
    return
  }
  switch (shape[0]) {
    case 'S': {
      out.push(`${path}: structure`)
      const members = types.structs.get(shape[1])
      for (let i = 2; i < shape.length; i += 2) {
        const key = shape[i] as string
        describeShape(table, types, shape[i + 1] as number, members?.get(key) ?? '', `${path}.${key}`, out)
      }
      return
    }
    case 'L':
    case 'I':
      out.push(`${path}: list`)
      describeShape(table, types, shape[1], ts.replace(/\[\](?: \| ct\.ItemSet<.*>)?$/, '').replace(/^\((.*) \| null\)$/, '$1'), `${path}[]`, out)
      return
    case 'M':
      out.push(`${path}: map`)
      describeShape(table, types, shape[1], ts.replace(/^\{ \[key: string\]: (.*) \| null \}$/, '$1'), `${path}{}`, out)
      return
    case 'H':
      describeShape(table, types, shape[1], ts.replace(/ \| ct\.HiddenDueToSecurityReasons$/, ''), path, out)
      return
  }
}

/** The lines of a payload of a generated table (`-1`: any value). */
function tableLines(table: ModelTable, types: TypesByName, ref: number, ts: string): string[] {
  if (ref === -1) return ['$: unknown']
  const out: string[] = []
  describeShape(table, types, ref, ts, '$', out)
  return out.sort()
}

/**
 * The operation table against `support-operations.json` (its `operations`,
 * never its `unverified` list): names and readOnly in order, and every request
 * and response member with its type and value list. For a generated service,
 * read from its table and the types the generator writes beside it.
 */
export function describeSpecConformance(under: ServiceUnderTest, count: number): void {
  const table = tableOf(under.service)
  if (table !== undefined) {
    describeGeneratedSpecConformance(under, table, count)
    return
  }
  const { service } = under
  describe.runIf(specAvailable())(`${under.eventSource} against support-operations.json`, () => {
    const spec = readSupportOperationsSpec().operations.filter(
      (op) => op.eventSource === under.eventSource,
    ) as ReadonlyArray<SpecEntry>

    it(`has exactly the ${count} operations of the spec, with their readOnly, in the same order (those of unknown shape last)`, () => {
      expect(spec).toHaveLength(count)
      // The table declares the operations of known shape in the spec's order, then its
      // shapelessOperations entries (shapeKnown: false), also in the spec's order.
      const declared = [...spec.filter((op) => op.shapeKnown !== false), ...spec.filter((op) => op.shapeKnown === false)]
      expect(Object.values(service.operations).map((op) => ({ eventName: op.eventName, readOnly: op.readOnly }))).toStrictEqual(
        declared.map((op) => ({ eventName: op.eventName, readOnly: op.readOnly })),
      )
    })

    it('types none of the unverified names of its event source', () => {
      const unverified = readSupportOperationsSpec().unverified.filter(
        (u) => u.eventSourceAssumed === under.eventSource,
      )
      for (const name of unverified) {
        expect(service.operation(name.eventName)).toBeUndefined()
        expect(findService(under.eventSource)?.operation(name.eventName)).toBeUndefined()
      }
    })

    it.each(spec.map((op) => [op.eventName, op] as const))(
      '%s: request and response codecs have every member of the spec, nested ones and value lists included',
      (eventName, entry) => {
        const operation = service.operation(eventName)!
        const unknownShape = entry.shapeKnown === false
        expect(codecLines(operation.request)).toStrictEqual(unknownShape ? ['$: unknown'] : expectedLines(entry.request, false))
        expect(codecLines(operation.response)).toStrictEqual(
          unknownShape ? ['$: unknown'] : expectedLines(entry.response, entry.responseNote !== undefined),
        )
      },
    )
  })
}

/** {@link describeSpecConformance} of a generated service. */
function describeGeneratedSpecConformance(under: ServiceUnderTest, table: ModelTable, count: number): void {
  const { service, barrel } = under
  describe.runIf(specAvailable())(`${under.eventSource} against support-operations.json`, () => {
    const spec = readSupportOperationsSpec().operations.filter(
      (op) => op.eventSource === under.eventSource,
    ) as ReadonlyArray<SpecEntry>
    const generated = generatedTable(service.name)
    const types = typesByName(generated)
    const byName = new Map<string, TableOperation>(generated.operations.map((op) => [op.eventName, op]))

    it('is the table the generator writes today, from the model and the overlay', () => {
      expect(table.shapes).toStrictEqual(generated.shapes)
      expect(table.operations).toStrictEqual(
        Object.fromEntries(generated.operations.map((op) => [op.eventName, [op.request, op.response, op.readOnly ? 1 : 0]])),
      )
    })

    it(`has exactly the ${count} operations of the spec, with their readOnly, in the same order (the model's first, those of unknown shape last)`, () => {
      expect(spec).toHaveLength(count)
      // The generator writes the model's operations first, then the overlay's (the console actions), those of
      // known shape before those of unknown shape (shapeKnown: false); each group in the spec's order.
      const modelled = (op: SpecEntry): boolean => byName.get(op.eventName)?.modelled === true
      const declared = [
        ...spec.filter(modelled),
        ...spec.filter((op) => !modelled(op) && op.shapeKnown !== false),
        ...spec.filter((op) => !modelled(op) && op.shapeKnown === false),
      ]
      expect(spec.filter(modelled).every((op) => op.shapeKnown === undefined)).toBe(true)
      expect(Object.values(service.operations).map((op) => ({ eventName: op.eventName, readOnly: op.readOnly }))).toStrictEqual(
        declared.map((op) => ({ eventName: op.eventName, readOnly: op.readOnly })),
      )
    })

    it('types none of the unverified names of its event source', () => {
      const unverified = readSupportOperationsSpec().unverified.filter(
        (u) => u.eventSourceAssumed === under.eventSource,
      )
      for (const name of unverified) {
        expect(service.operation(name.eventName)).toBeUndefined()
        expect(findService(under.eventSource)?.operation(name.eventName)).toBeUndefined()
      }
    })

    it("exports each of the overlay's value lists as an open-enum codec with the same values", () => {
      for (const type of generated.types) {
        if (!('values' in type) || type.codec !== true) continue
        const codec = exportOf(barrel, type.name)
        expect(codec, type.name).toBeInstanceOf(OpenEnumType)
        expect([...(codec as OpenEnumType<string>).values]).toStrictEqual([...type.values])
      }
    })

    it.each(spec.map((op) => [op.eventName, op] as const))(
      '%s: request and response shapes have every member of the spec, nested ones and value lists included',
      (eventName, entry) => {
        const operation = byName.get(eventName)
        expect(operation).toBeDefined()
        const unknownShape = entry.shapeKnown === false
        expect(tableLines(table, types, operation!.request, operation!.requestTs)).toStrictEqual(
          unknownShape ? ['$: unknown'] : expectedLines(entry.request, false),
        )
        // An operation without an output shape (the spec's responseNote) is any value in a generated table,
        // as every generated operation without output is: not only any object.
        expect(tableLines(table, types, operation!.response, operation!.responseTs)).toStrictEqual(
          unknownShape ? ['$: unknown'] : expectedLines(entry.response, false),
        )
      },
    )
  })
}

/** Every record of the service in the shared corpus decodes as its typed operation. */
export function describeCorpus(under: ServiceUnderTest, atLeast: number): void {
  const { service } = under
  describe.runIf(corpusAvailable())(`${under.eventSource} records of the shared corpus`, () => {
    const rows = readManifest('records').filter((row) =>
      (row['eventSource'] ?? '').split(',').some((source) => source.trim() === under.eventSource),
    )

    it(`include at least the ${atLeast} documented records`, () => {
      expect(rows.length).toBeGreaterThanOrEqual(atLeast)
    })

    it.each(rows.map((row) => [row.file, row['eventName'] ?? ''] as const))(
      '%s decodes as its typed operation (%s)',
      (file, eventNames) => {
        const text = readCorpusText('records', file)
        const { records, issues } = parseRecords(text, { services: awsServices })
        expect(issues).toStrictEqual([])
        const seen: string[] = []
        for (const record of records) {
          if (isInsightRecord(record) || record.eventSource !== under.eventSource) continue
          seen.push(record.eventName)
          const operation = findService(under.eventSource)?.operation(record.eventName)
          expect(operation, record.eventName).toBeDefined()
          expect(operation).toBe(service.operations[record.eventName])
          expect(operation?.event.is(record)).toBe(true)
          expect(operation?.is(record)).toBe(true)
          expect(service.is(record)).toBe(true)
          expect(eventCodecOf(operation!).encode(record)).toStrictEqual(record)
        }
        for (const name of eventNames.split(',')) {
          if (service.operation(name.trim()) !== undefined) expect(seen).toContain(name.trim())
        }
      },
    )
  })
}
