import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Model } from '../../../codegen/model.js'
import { MODELS_DIR } from '../../../codegen/model.js'
import { support as supportOverlay } from '../../../codegen/overlays/support.js'
import { buildTable } from '../../../codegen/table.js'
import type { EnumType, StructType } from '../../../codegen/table.js'
import * as supportEntry from '../../../src/aws/support/index.js'
import { support } from '../../../src/aws/support/index.js'
import { OpenEnumType } from '../../../src/codec/open-enum.js'
import type { ModelShape } from '../../../src/services/model/table.js'
import { specAvailable, specOperations } from '../../support/spec.js'
import type { SpecMember } from '../../support/spec.js'

const SOURCE = 'support.amazonaws.com'
const exported = supportEntry as unknown as Readonly<Record<string, unknown>>

// What the generator writes for the service: the same table as the entry's (asserted below), with the TypeScript
// types of its structures, whose members name the value lists (a value list is a plain string in the table).
const model = JSON.parse(readFileSync(join(MODELS_DIR, 'support.json'), 'utf8')) as Model
const generated = buildTable(model, 'json', supportOverlay, [
  'SupportOperations',
  'SupportEvent',
  'support',
  'ct',
  'modelService',
  'openEnum',
  'SUPPORT_EVENT_SOURCE',
])
const structs = new Map(generated.types.filter((type): type is StructType => 'members' in type).map((type) => [type.name, type]))
const enums = new Map(generated.types.filter((type): type is EnumType => 'values' in type).map((type) => [type.name, type]))

/** The value list a member's TypeScript type names, checked against the open-enum codec the entry exports. */
function valueListOf(structName: string, key: string): readonly string[] | undefined {
  const ts = structs.get(structName)?.members.find(([name]) => name === key)?.[1]
  const list = ts === undefined ? undefined : enums.get(ts)
  if (list === undefined) return undefined
  const codec = exported[list.name]
  expect(codec, `the entry exports the open-enum codec ${list.name}`).toBeInstanceOf(OpenEnumType)
  expect((codec as OpenEnumType<string>).values).toStrictEqual(list.values)
  return list.values
}

/** The members a table shape stands for, as `path: description` lines, in the spec's vocabulary. */
function describeShape(ref: number, path: string, out: string[], valueList?: readonly string[]): void {
  const shape: ModelShape | undefined = support.table.shapes[ref]
  if (shape === undefined) {
    out.push(`${path}: no shape ${ref}`)
    return
  }
  if (typeof shape === 'string') {
    if (shape === 's' || shape === 'x') {
      out.push(valueList === undefined ? `${path}: string` : `${path}: string [${valueList.join(' | ')}]`)
    } else if (shape === 'n') out.push(`${path}: number`)
    else if (shape === 'b') out.push(`${path}: boolean`)
    else out.push(`${path}: unexpected shape ${shape}`)
    return
  }
  switch (shape[0]) {
    case 'H':
      // A value CloudTrail may replace with HIDDEN_DUE_TO_SECURITY_REASONS: the value's own shape otherwise.
      describeShape(shape[1], path, out, valueList)
      return
    case 'L':
      out.push(`${path}: list`)
      describeShape(shape[1], `${path}[]`, out)
      return
    case 'S': {
      out.push(`${path}: structure`)
      const name = shape[1]
      for (let i = 2; i < shape.length; i += 2) {
        const key = shape[i] as string
        describeShape(shape[i + 1] as number, `${path}.${key}`, out, valueListOf(name, key))
      }
      return
    }
    default:
      out.push(`${path}: unexpected shape ${JSON.stringify(shape)}`)
  }
}

const NUMBER_TYPES = new Set(['integer', 'long', 'double'])

/** The same description, built from the spec's members. */
function describeSpec(member: SpecMember, path: string, out: string[]): void {
  const known = member.knownValues ?? member.enum
  if (member.type === 'string' || member.type === 'blob') {
    out.push(known === undefined ? `${path}: string` : `${path}: string [${known.join(' | ')}]`)
  } else if (member.type === 'list') {
    out.push(`${path}: list`)
    describeSpec(member.items!, `${path}[]`, out)
  } else if (member.type === 'structure') {
    out.push(`${path}: structure`)
    for (const [key, inner] of Object.entries(member.members ?? {})) describeSpec(inner, `${path}.${key}`, out)
  } else if (NUMBER_TYPES.has(member.type)) out.push(`${path}: number`)
  else out.push(`${path}: ${member.type}`)
}

function shapeLines(members: Readonly<Record<string, SpecMember>> | null): string[] {
  const out: string[] = []
  describeSpec({ type: 'structure', members: members ?? {} }, '$', out)
  return out
}

function tableLines(ref: number): string[] {
  const out: string[] = []
  describeShape(ref, '$', out)
  return out
}

describe.runIf(specAvailable())('the AWS Support API against support-operations.json', () => {
  const spec = specOperations(SOURCE)

  it('has exactly the operations of the spec, with their readOnly, in the same order', () => {
    expect(spec).toHaveLength(16)
    expect(Object.values(support.operations).map((op) => ({ eventName: op.eventName, readOnly: op.readOnly }))).toStrictEqual(
      spec.map((op) => ({ eventName: op.eventName, readOnly: op.readOnly })),
    )
    expect(support.eventSource).toBe(SOURCE)
    expect(Object.keys(support.operations)).toStrictEqual(spec.map((op) => op.eventName))
  })

  it('is checked against the table the generator writes for it', () => {
    expect(support.table.shapes).toStrictEqual(generated.shapes)
    expect(Object.keys(support.table.operations)).toStrictEqual(generated.operations.map((op) => op.eventName))
  })

  it.each(spec.map((op) => [op.eventName, op] as const))(
    '%s: request and response shapes have every member of the spec, nested structures and value lists included',
    (eventName, specOperation) => {
      const entry = support.table.operations[eventName]
      expect(entry).toBeDefined()
      const [request, response] = entry!
      expect(tableLines(request)).toStrictEqual(shapeLines(specOperation.request))
      expect(tableLines(response)).toStrictEqual(shapeLines(specOperation.response))
    },
  )
})
