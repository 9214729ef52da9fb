import * as t from 'io-ts'
import { describe, expect, it } from 'vitest'
import { support } from '../../../src/aws/support/index.js'
import { OpenEnumType } from '../../../src/codec/open-enum.js'
import { HiddenDueToSecurityReasons } from '../../../src/codec/redacted.js'
import { specAvailable, specOperations } from '../../support/spec.js'
import type { SpecMember } from '../../support/spec.js'

const SOURCE = 'support.amazonaws.com'

/** The members a codec stands for, as `path: description` lines, in the spec's vocabulary. */
function describeCodec(codec: t.Decoder<unknown, unknown>, path: string, out: string[]): void {
  if (codec instanceof t.UnionType) {
    const members = (codec as t.UnionType<t.Mixed[]>).types
    const [value, marker] = members
    expect(members).toHaveLength(2)
    expect(marker).toBe(HiddenDueToSecurityReasons)
    describeCodec(value!, path, out)
    return
  }
  if (codec instanceof OpenEnumType) {
    out.push(`${path}: string [${(codec as OpenEnumType<string>).values.join(' | ')}]`)
  } else if (codec instanceof t.ArrayType) {
    out.push(`${path}: list`)
    describeCodec((codec as t.ArrayType<t.Mixed>).type, `${path}[]`, out)
  } else if (codec instanceof t.PartialType) {
    out.push(`${path}: structure`)
    for (const [key, member] of Object.entries((codec as t.PartialType<t.Props>).props)) {
      describeCodec(member, `${path}.${key}`, out)
    }
  } else if (codec === t.string) out.push(`${path}: string`)
  else if (codec === t.number) out.push(`${path}: number`)
  else if (codec === t.boolean) out.push(`${path}: boolean`)
  else out.push(`${path}: unexpected codec ${codec.name}`)
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

function codecLines(codec: t.Mixed): string[] {
  const out: string[] = []
  describeCodec(codec, '$', out)
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

  it.each(spec.map((op) => [op.eventName, op] as const))(
    '%s: request and response codecs have every member of the spec, nested structures and value lists included',
    (eventName, specOperation) => {
      const operation = support.operation(eventName)!
      expect(codecLines(operation.request)).toStrictEqual(shapeLines(specOperation.request))
      expect(codecLines(operation.response)).toStrictEqual(shapeLines(specOperation.response))
    },
  )
})
