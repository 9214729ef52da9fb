// Every rule of an overlay (codegen/overlays/<name>.ts) is backed by a real record of ../shared/corpus/records:
// the record is there, has the service's eventSource and an eventName of the service, narrows with the
// service's `is`, agrees with its readOnly, and every top-level key of its requestParameters is typed.
import { describe, expect, it } from 'vitest'
import { loadServices, readCorpus } from '../../codegen/corpus.js'
import type { AnyModelService } from '../../codegen/corpus.js'
import { readModels } from '../../codegen/model.js'
import { overlays } from '../../codegen/overlays/index.js'
import { planServices } from '../../codegen/services.js'

const records = readCorpus()
const { plans } = planServices(readModels())
const names = Object.keys(overlays)
const services = new Map<string, AnyModelService>(
  (await loadServices(names)).map((service, i) => [names[i] as string, service]),
)

const cases = names.flatMap((name) =>
  (overlays[name]?.evidence ?? []).map((evidence) => [`${name}: ${evidence.record} ${evidence.eventName}`, name, evidence] as const),
)

describe('overlays', () => {
  it('each name a generated service and bring a record', () => {
    for (const name of names) {
      expect(plans.some((plan) => plan.name === name)).toBe(true)
      expect(overlays[name]?.evidence.length).toBeGreaterThan(0)
    }
  })

  it.each(cases)('%s', (_, name, evidence) => {
    const service = services.get(name) as AnyModelService
    const record = records.find((r) => r.file === evidence.record && r.record.eventName === evidence.eventName)?.record
    expect(record, `${evidence.record} holds a ${evidence.eventName} record`).toBeDefined()
    if (record === undefined) return
    expect(record.eventSource).toBe(service.eventSource)
    const operation = service.table.operations[evidence.eventName]
    expect(operation, `${name} has an operation ${evidence.eventName}`).toBeDefined()
    expect(service.is(record)).toBe(true)
    if (typeof record.readOnly === 'boolean') expect(operation?.[2]).toBe(record.readOnly ? 1 : 0)
    const request = record.requestParameters
    if (typeof request === 'object' && request !== null && operation !== undefined && operation[0] >= 0) {
      const shape = service.table.shapes[operation[0]]
      const typed = Array.isArray(shape) && shape[0] === 'S' ? shape.filter((_k, i) => i >= 2 && i % 2 === 0) : []
      expect(Object.keys(request).filter((key) => !typed.includes(key))).toEqual([])
    }
  })

  it('name every Lambda operation after its API version too', () => {
    const lambda = services.get('lambda') as AnyModelService
    for (const eventName of ['CreateFunction', 'CreateFunction20150331', 'UpdateFunctionCode20150331v2', 'TagResource20170331v2']) {
      expect(lambda.table.operations[eventName], eventName).toBeDefined()
    }
  })
})
