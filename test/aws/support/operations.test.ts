import * as t from 'io-ts'
import { describe, expect, it } from 'vitest'
import { parseRecords } from '../../../src/parse/parse-records.js'
import type { AnyOperation } from '../../../src/services/operation.js'
import { findOperation, isKnownOperationEvent } from '../../../src/services/registry.js'
import * as support from '../../../src/services/support/index.js'
import { isSupportEvent, supportOperations } from '../../../src/services/support/index.js'
import { kebabCase, requiredKinds, supportFixtures } from './fixtures.js'

const exported = support as unknown as Readonly<Record<string, unknown>>

function guardOf(eventName: string): (u: unknown) => boolean {
  const guard = exported[`is${eventName}Event`]
  if (typeof guard !== 'function') throw new Error(`no guard is${eventName}Event`)
  return guard as (u: unknown) => boolean
}

function propsOf(codec: t.Mixed): t.Props {
  if (!(codec instanceof t.PartialType)) throw new Error(`${codec.name} is not a t.partial`)
  return (codec as t.PartialType<t.Props>).props
}

function objectAt(record: unknown, key: string): Record<string, unknown> {
  const value = (record as Record<string, unknown>)[key]
  if (typeof value !== 'object' || value === null) throw new Error(`${key} is not an object`)
  return value as Record<string, unknown>
}

const fixtures = supportFixtures()
const operationCases = supportOperations.map((op): [string, AnyOperation] => [op.eventName, op])

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

  it('exports XRequest, XResponse, X, XEvent and isXEvent, wired to the operation', () => {
    expect(exported[eventName]).toBe(operation)
    expect(exported[`${eventName}Request`]).toBe(operation.request)
    expect(exported[`${eventName}Response`]).toBe(operation.response)
    expect(exported[`${eventName}Event`]).toBe(operation.event)
    expect(operation.eventSource).toBe('support.amazonaws.com')
    expect(findOperation('support.amazonaws.com', eventName)).toBe(operation)
  })

  it.each(own.map((f) => [f.kind, f] as const))('%s fixture decodes through parseRecords as its operation', (_kind, fixture) => {
    const input: unknown = JSON.parse(fixture.text)
    const { records, issues, skipped } = parseRecords(fixture.text)
    expect(issues).toStrictEqual([])
    expect(skipped).toStrictEqual([])
    expect(records).toHaveLength(1)
    const record = records[0]
    expect(record).toStrictEqual(input)
    expect(isOwnEvent(record)).toBe(true)
    expect(isSupportEvent(record)).toBe(true)
    expect(isKnownOperationEvent(record)).toBe(true)
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
    const eventCodec = exported[`${eventName}Event`] as t.Mixed
    expect(eventCodec.encode(decoded.right)).toStrictEqual(JSON.parse(fixture.text))
  })

  it('has a successful fixture with every request member and every response member present', () => {
    const success = own.find((f) => f.kind === 'success')!
    const record: unknown = JSON.parse(success.text)
    expect(Object.keys(objectAt(record, 'requestParameters')).sort()).toStrictEqual(
      Object.keys(propsOf(operation.request)).sort(),
    )
    expect(Object.keys(objectAt(record, 'responseElements')).sort()).toStrictEqual(
      Object.keys(propsOf(operation.response)).sort(),
    )
    expect((record as { errorCode?: unknown }).errorCode).toBeUndefined()
  })

  it('has a minimum fixture with null payloads, and decodes with the payload keys absent too', () => {
    const minimum = own.find((f) => f.kind === 'minimum')!
    const record = JSON.parse(minimum.text) as Record<string, unknown>
    expect(record['requestParameters']).toBeNull()
    expect(record['responseElements']).toBeNull()
    delete record['requestParameters']
    delete record['responseElements']
    const { records, issues } = parseRecords(record)
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
    expect(isSupportEvent({ ...record, eventSource: 'trustedadvisor.amazonaws.com' })).toBe(false)
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
    expect(support.AddAttachmentsToSetRequest.is({ attachments: hidden })).toBe(true)
    expect(support.DescribeAttachmentResponse.is({ attachment: hidden })).toBe(true)
    expect(support.DescribeCasesResponse.is({ cases: hidden })).toBe(false)
    expect(support.AddAttachmentsToSetRequest.is({ attachments: 'SOMETHING_ELSE' })).toBe(false)
  })
})
