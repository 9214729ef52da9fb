/**
 * Table-driven suites shared by the Trusted Advisor, Support App, Support
 * Plans and support-subscription tests: every operation against its fixture
 * (a successful call and a failed one), the operation table against
 * `support-operations.json`, and the shared corpus.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import * as t from 'io-ts'
import { describe, expect, it } from 'vitest'
import { parseRecords } from '../../../src/parse/parse-records.js'
import { OpenEnumType } from '../../../src/codec/open-enum.js'
import { isInsightRecord } from '../../../src/record/record.js'
import type { AnyOperation } from '../../../src/services/operation.js'
import { findOperation, isKnownOperationEvent } from '../../../src/services/registry.js'
import { TrustedAdvisorTimestamp } from '../../../src/services/trustedadvisor/shared.js'
import { corpusAvailable, readCorpusText, readManifest, repoRoot } from '../../support/corpus.js'
import { readSupportOperationsSpec, specAvailable } from '../../support/spec.js'
import type { SpecMember } from '../../support/spec.js'

/** What the suites need to know of one service folder. */
export interface ServiceUnderTest {
  /** The folder under `src/services/` and `test/events/`. */
  readonly folder: string
  /** The eventSource of the service. */
  readonly eventSource: string
  /** The operation table, as exported. */
  readonly operations: ReadonlyArray<AnyOperation>
  /** The service's sound guard (`isTrustedAdvisorEvent`, ...). */
  readonly isServiceEvent: (u: unknown) => boolean
  /** The folder's barrel, to look exports up by name. */
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

function guardOf(barrel: object, eventName: string): (u: unknown) => boolean {
  const guard = exportOf(barrel, `is${eventName}Event`)
  if (typeof guard !== 'function') throw new Error(`no guard is${eventName}Event`)
  return guard as (u: unknown) => boolean
}

/**
 * One test group per operation: exports wired to the operation, the fixture's
 * successful and failed calls decoded through `parseRecords` with zero issues
 * and narrowed by the guards, round trips, and a payload of the wrong kind.
 */
export function describeOperations(service: ServiceUnderTest): void {
  const cases = service.operations.map((op): [string, AnyOperation] => [op.eventName, op])

  describe.each(cases)(`${service.eventSource} %s`, (eventName, operation) => {
    const isOwnEvent = guardOf(service.barrel, eventName)

    it('exports XRequest, XResponse, X, XEvent and isXEvent, wired to the registered operation', () => {
      expect(exportOf(service.barrel, eventName)).toBe(operation)
      expect(exportOf(service.barrel, `${eventName}Request`)).toBe(operation.request)
      expect(exportOf(service.barrel, `${eventName}Response`)).toBe(operation.response)
      expect(exportOf(service.barrel, `${eventName}Event`)).toBe(operation.event)
      expect(operation.eventSource).toBe(service.eventSource)
      expect(findOperation(service.eventSource, eventName)).toBe(operation)
    })

    it('decodes a successful and a failed call through parseRecords, and the guards narrow both', () => {
      const text = readFixture(service.folder, eventName)
      const { records, issues, skipped } = parseRecords(text)
      expect(issues).toStrictEqual([])
      expect(skipped).toStrictEqual([])
      expect(records).toStrictEqual(fixtureRecords(service.folder, eventName))
      const [success, failed] = records as Array<Record<string, unknown>>
      expect(success?.['errorCode']).toBeUndefined()
      expect(typeof failed?.['errorCode']).toBe('string')
      expect(typeof failed?.['errorMessage']).toBe('string')
      expect(failed?.['responseElements'] ?? null).toBeNull()
      for (const record of records) {
        expect(record.eventVersion).toMatch(/^1\.\d+$/)
        expect((record as { readOnly?: unknown }).readOnly).toBe(operation.readOnly)
        expect(isOwnEvent(record)).toBe(true)
        expect(service.isServiceEvent(record)).toBe(true)
        expect(isKnownOperationEvent(record)).toBe(true)
        for (const other of service.operations) {
          if (other !== operation) expect(guardOf(service.barrel, other.eventName)(record)).toBe(false)
        }
      }
    })

    it('round-trips both records: encode(decode(x)) deep-equals x, and decode returns x itself', () => {
      const input = fixtureRecords(service.folder, eventName)
      for (const [index, record] of input.entries()) {
        const decoded = operation.event.decode(record)
        expect(decoded._tag).toBe('Right')
        if (decoded._tag !== 'Right') continue
        expect(decoded.right).toBe(record)
        const eventCodec = exportOf(service.barrel, `${eventName}Event`) as t.Mixed
        expect(eventCodec.encode(decoded.right)).toStrictEqual(fixtureRecords(service.folder, eventName)[index])
      }
    })

    it('accepts null or absent payloads, and rejects the record under another event source', () => {
      const [success] = fixtureRecords(service.folder, eventName)
      const { requestParameters: _request, responseElements: _response, ...bare } = success!
      expect(isOwnEvent({ ...success, requestParameters: null, responseElements: null })).toBe(true)
      expect(isOwnEvent(bare)).toBe(true)
      expect(isOwnEvent({ ...success, eventSource: 'support.amazonaws.com' })).toBe(false)
      expect(service.isServiceEvent({ ...success, eventName: 'NotAnOperation' })).toBe(false)
    })

    it('rejects a request that is a string unless the request shape is unknown', () => {
      const [success] = fixtureRecords(service.folder, eventName)
      const odd = { ...success, requestParameters: 'HIDDEN_DUE_TO_SECURITY_REASONS' }
      const shapeUnknown = operation.request === t.unknown
      expect(isOwnEvent(odd)).toBe(shapeUnknown)
      const { records, issues } = parseRecords(odd)
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
  } else if (codec === TrustedAdvisorTimestamp) out.push(`${path}: timestamp`)
  else if (codec instanceof t.ArrayType) {
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

/**
 * The operation table against `support-operations.json` (its `operations`,
 * never its `unverified` list): names and readOnly in order, and every request
 * and response member with its type and value list.
 */
export function describeSpecConformance(service: ServiceUnderTest, count: number): void {
  describe.runIf(specAvailable())(`${service.eventSource} against support-operations.json`, () => {
    const spec = readSupportOperationsSpec().operations.filter(
      (op) => op.eventSource === service.eventSource,
    ) as ReadonlyArray<SpecEntry>

    it(`has exactly the ${count} operations of the spec, with their readOnly, in the same order`, () => {
      expect(spec).toHaveLength(count)
      expect(service.operations.map((op) => ({ eventName: op.eventName, readOnly: op.readOnly }))).toStrictEqual(
        spec.map((op) => ({ eventName: op.eventName, readOnly: op.readOnly })),
      )
    })

    it('types none of the unverified names of its event source', () => {
      const unverified = readSupportOperationsSpec().unverified.filter(
        (u) => u.eventSourceAssumed === service.eventSource,
      )
      for (const name of unverified) expect(findOperation(service.eventSource, name.eventName)).toBeUndefined()
    })

    it.each(spec.map((op) => [op.eventName, op] as const))(
      '%s: request and response codecs have every member of the spec, nested ones and value lists included',
      (eventName, entry) => {
        const operation = findOperation(service.eventSource, eventName)!
        const unknownShape = entry.shapeKnown === false
        expect(codecLines(operation.request)).toStrictEqual(unknownShape ? ['$: unknown'] : expectedLines(entry.request, false))
        expect(codecLines(operation.response)).toStrictEqual(
          unknownShape ? ['$: unknown'] : expectedLines(entry.response, entry.responseNote !== undefined),
        )
      },
    )
  })
}

/** Every record of the service in the shared corpus decodes as its typed operation. */
export function describeCorpus(service: ServiceUnderTest, atLeast: number): void {
  describe.runIf(corpusAvailable())(`${service.eventSource} records of the shared corpus`, () => {
    const rows = readManifest('records').filter((row) =>
      (row['eventSource'] ?? '').split(',').some((source) => source.trim() === service.eventSource),
    )

    it(`include at least the ${atLeast} documented records`, () => {
      expect(rows.length).toBeGreaterThanOrEqual(atLeast)
    })

    it.each(rows.map((row) => [row.file, row['eventName'] ?? ''] as const))(
      '%s decodes as its typed operation (%s)',
      (file, eventNames) => {
        const text = readCorpusText('records', file)
        const { records, issues } = parseRecords(text)
        expect(issues).toStrictEqual([])
        const seen: string[] = []
        for (const record of records) {
          if (isInsightRecord(record) || record.eventSource !== service.eventSource) continue
          seen.push(record.eventName)
          const operation = findOperation(service.eventSource, record.eventName)
          expect(operation, record.eventName).toBeDefined()
          expect(operation?.event.is(record)).toBe(true)
          expect(guardOf(service.barrel, record.eventName)(record)).toBe(true)
          expect(service.isServiceEvent(record)).toBe(true)
          const eventCodec = exportOf(service.barrel, `${record.eventName}Event`) as t.Mixed
          expect(eventCodec.encode(record)).toStrictEqual(record)
        }
        for (const name of eventNames.split(',')) {
          if (findOperation(service.eventSource, name.trim()) !== undefined) expect(seen).toContain(name.trim())
        }
      },
    )
  })
}
