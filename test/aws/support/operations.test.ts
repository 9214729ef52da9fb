import type * as t from 'io-ts'
import { describe, expect, it } from 'vitest'
import { awsServices, findService } from '../../../src/aws/index.js'
import * as supportEntry from '../../../src/aws/support/index.js'
import { support } from '../../../src/aws/support/index.js'
import { parseRecords } from '../../../src/parse/parse-records.js'
import type { AnyOperation } from '../../../src/services/operation.js'
import { kebabCase, requiredKinds, supportFixtures } from './fixtures.js'

const exported = supportEntry as unknown as Readonly<Record<string, unknown>>
const supportOperations: ReadonlyArray<AnyOperation> = Object.values(support.operations)

function guardOf(eventName: string): (u: unknown) => boolean {
  const operation = support.operation(eventName)
  if (operation === undefined) throw new Error(`no operation ${eventName}`)
  return operation.is
}

/** The table structure of a payload: its name and its member keys. */
function structureOf(ref: number): { name: string; keys: string[] } {
  const shape = support.table.shapes[ref]
  if (!Array.isArray(shape) || shape[0] !== 'S') throw new Error(`shape ${ref} is not a structure`)
  return { name: shape[1] as string, keys: shape.filter((_part, i) => i >= 2 && i % 2 === 0) as string[] }
}

/** The table refs of an operation's request and response. */
function payloadRefs(eventName: string): readonly [request: number, response: number] {
  const entry = support.table.operations[eventName]
  if (entry === undefined) throw new Error(`no table entry ${eventName}`)
  return [entry[0], entry[1]]
}

function objectAt(record: unknown, key: string): Record<string, unknown> {
  const value = (record as Record<string, unknown>)[key]
  if (typeof value !== 'object' || value === null) throw new Error(`${key} is not an object`)
  return value as Record<string, unknown>
}

const fixtures = supportFixtures()
const operationCases = Object.entries(support.operations).map(([eventName, op]): [string, AnyOperation] => [eventName, op])

describe('AWS Support API fixtures', () => {
  it('exist for every operation and kind, and name only known operations', () => {
    const names = new Set(supportOperations.map((op) => kebabCase(op.eventName)))
    for (const fixture of fixtures) expect(names).toContain(fixture.kebabName)
    for (const name of names) {
      for (const kind of requiredKinds) {
        expect(fixtures.some((f) => f.kebabName === name && f.kind === kind), `${name}.${kind}.json`).toBe(true)
      }
    }
  })
})

describe.each(operationCases)('%s', (eventName, operation) => {
  const own = fixtures.filter((f) => f.kebabName === kebabCase(eventName))
  const isOwnEvent = guardOf(eventName)

  it('is support.operations[eventName], with its names, request and response codecs of the XRequest and XResponse structures, and one event codec', () => {
    expect(operation.eventSource).toBe('support.amazonaws.com')
    expect(operation.eventName).toBe(eventName)
    // XRequest and XResponse are exported types now (support.test-d.ts); their codecs are the operation's.
    const [request, response] = payloadRefs(eventName)
    expect(structureOf(request).name).toBe(`${eventName}Request`)
    expect(structureOf(response).name).toBe(`${eventName}Response`)
    expect(operation.request.name).toBe(`${eventName}Request`)
    expect(operation.response.name).toBe(`${eventName}Response`)
    expect(exported[`${eventName}Request`]).toBeUndefined()
    expect(exported[`${eventName}Response`]).toBeUndefined()
    expect(operation.event).toBe(operation.event)
    expect(support.operation(eventName)).toBe(operation)
    expect(findService('support.amazonaws.com')).toBe(support)
    expect(findService('support.amazonaws.com')?.operation(eventName)).toBe(operation)
    // the operation const, its XEvent codec and its isXEvent guard are no longer exports
    expect(exported[eventName]).toBeUndefined()
    expect(exported[`${eventName}Event`]).toBeUndefined()
    expect(exported[`is${eventName}Event`]).toBeUndefined()
  })

  it.each(own.map((f) => [f.kind, f] as const))('%s fixture decodes through parseRecords as its operation', (_kind, fixture) => {
    const input: unknown = JSON.parse(fixture.text)
    const { records, issues, skipped } = parseRecords(fixture.text, { services: [support] })
    expect(issues).toStrictEqual([])
    expect(skipped).toStrictEqual([])
    expect(records).toHaveLength(1)
    const record = records[0]
    expect(record).toStrictEqual(input)
    expect(isOwnEvent(record)).toBe(true)
    expect(operation.event.is(record)).toBe(true)
    expect(support.is(record)).toBe(true)
    expect(awsServices.some((service) => service.is(record))).toBe(true)
    for (const other of supportOperations) {
      if (other.eventName !== eventName) expect(guardOf(other.eventName)(record)).toBe(false)
    }
  })

  it.each(own.map((f) => [f.kind, f] as const))('%s fixture round-trips: encode(decode(x)) equals x', (_kind, fixture) => {
    const input: unknown = JSON.parse(fixture.text)
    const decoded = operation.event.decode(input)
    expect(decoded._tag).toBe('Right')
    if (decoded._tag !== 'Right') return
    expect(decoded.right).toBe(input)
    const eventCodec = operation.event as unknown as t.Mixed
    expect(eventCodec.encode(decoded.right)).toStrictEqual(JSON.parse(fixture.text))
  })

  it('has a successful fixture with every request member and every response member present', () => {
    const success = own.find((f) => f.kind === 'success')!
    const record: unknown = JSON.parse(success.text)
    const [request, response] = payloadRefs(eventName)
    expect(Object.keys(objectAt(record, 'requestParameters')).sort()).toStrictEqual(structureOf(request).keys.sort())
    expect(Object.keys(objectAt(record, 'responseElements')).sort()).toStrictEqual(structureOf(response).keys.sort())
    expect((record as { errorCode?: unknown }).errorCode).toBeUndefined()
  })

  it('has a minimum fixture with null payloads, and decodes with the payload keys absent too', () => {
    const minimum = own.find((f) => f.kind === 'minimum')!
    const record = JSON.parse(minimum.text) as Record<string, unknown>
    expect(record['requestParameters']).toBeNull()
    expect(record['responseElements']).toBeNull()
    delete record['requestParameters']
    delete record['responseElements']
    const { records, issues } = parseRecords(record, { services: [support] })
    expect(issues).toStrictEqual([])
    expect(isOwnEvent(records[0])).toBe(true)
    expect(isOwnEvent({ ...record, requestParameters: {}, responseElements: {} })).toBe(true)
  })

  it('has a failed-call fixture with errorCode and errorMessage and no response', () => {
    const failed = own.find((f) => f.kind === 'failed')!
    const record = JSON.parse(failed.text) as Record<string, unknown>
    expect(typeof record['errorCode']).toBe('string')
    expect(typeof record['errorMessage']).toBe('string')
    expect(record['responseElements']).toBeNull()
    expect(isOwnEvent(record)).toBe(true)
  })

  it('rejects a payload that is not an object, and a record of another event source', () => {
    const success: unknown = JSON.parse(own.find((f) => f.kind === 'success')!.text)
    const record = success as Record<string, unknown>
    expect(isOwnEvent({ ...record, requestParameters: 'x' })).toBe(false)
    expect(isOwnEvent({ ...record, responseElements: [] })).toBe(false)
    expect(isOwnEvent({ ...record, eventSource: 'trustedadvisor.amazonaws.com' })).toBe(false)
    expect(support.is({ ...record, eventSource: 'trustedadvisor.amazonaws.com' })).toBe(false)
  })
})

describe('redaction markers', () => {
  const redacted = fixtures.filter((f) => !(requiredKinds as ReadonlyArray<string>).includes(f.kind))

  it('are covered by fixtures for the members that carry text or file content', () => {
    expect(redacted.map((f) => f.file)).toStrictEqual([
      'add-attachments-to-set.hidden-attachments.json',
      'add-attachments-to-set.hidden-data.json',
      'add-communication-to-case.hidden-body.json',
      'create-case.hidden-text.json',
      'describe-attachment.hidden-attachment.json',
      'describe-attachment.hidden-data.json',
      'describe-cases.hidden-text.json',
      'describe-communications.hidden-body.json',
    ])
    for (const fixture of redacted) expect(fixture.text).toContain('"HIDDEN_DUE_TO_SECURITY_REASONS"')
  })

  it('replace a whole attachment list or attachment, and nothing else that is an object', () => {
    const hidden = 'HIDDEN_DUE_TO_SECURITY_REASONS'
    expect(support.operations.AddAttachmentsToSet.request.is({ attachments: hidden })).toBe(true)
    expect(support.operations.DescribeAttachment.response.is({ attachment: hidden })).toBe(true)
    expect(support.operations.DescribeCases.response.is({ cases: hidden })).toBe(false)
    expect(support.operations.AddAttachmentsToSet.request.is({ attachments: 'SOMETHING_ELSE' })).toBe(false)
  })
})
