// Every real record of ../shared/corpus/records whose (eventSource, eventName) has a generated operation
// narrows with its service's `is` and decodes to the very object it was given.
import { describe, expect, it } from 'vitest'
import { loadServices, matchRecords, readCorpus } from '../../codegen/corpus.js'
import { readModels } from '../../codegen/model.js'
import { planServices } from '../../codegen/services.js'

const records = readCorpus()
const sources = new Set(records.map(({ record }) => record.eventSource))
const { plans } = planServices(readModels())
const services = await loadServices(plans.filter((plan) => sources.has(plan.eventSource)).map((plan) => plan.name))
const { matched } = matchRecords(services, records)

describe('corpus records of generated operations', () => {
  it('are many', () => {
    expect(matched.length).toBeGreaterThan(300)
  })

  it.each(matched.map((m) => [`${m.file} ${String(m.record.eventSource)} ${String(m.record.eventName)}`, m] as const))(
    '%s narrows and round-trips',
    (_, m) => {
      expect(m.narrows).toBe(true)
      const decoded = m.service.event.decode(m.record)
      expect(decoded._tag).toBe('Right')
      if (decoded._tag === 'Right') expect(decoded.right).toBe(m.record)
      expect(m.service.event.encode(m.record as never)).toEqual(m.record)
    },
  )
})
