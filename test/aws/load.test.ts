// Finding services by name and by eventSource without importing them all: loadService, loadServices and
// loadAllServices over the generated catalog (src/aws/catalog.ts).
import { describe, expect, it } from 'vitest'
import { loadAllServices, loadService, loadServices, serviceModuleLoaders, serviceNamesBySource, support } from '../../src/aws/index.js'
import { serviceFolders } from '../../scripts/generated-services.mjs'
import { repoRoot } from '../support/corpus.js'

describe('loadService', () => {
  it('imports a generated service by its entry name', async () => {
    const iam = await loadService('iam')
    expect(iam?.name).toBe('iam')
    expect(iam?.eventSource).toBe('iam.amazonaws.com')
    expect(iam?.operation('CreateAccessKey')?.readOnly).toBe(false)
  })

  it('gives a hand-written service as its entry exports it', async () => {
    expect(await loadService('support')).toBe(support)
  })

  it('gives undefined for a name no entry has, inherited object keys included', async () => {
    expect(await loadService('no-such-service')).toBeUndefined()
    expect(await loadService('__proto__')).toBeUndefined()
    expect(await loadService('toString')).toBeUndefined()
  })
})

describe('loadServices', () => {
  it('imports the services of an eventSource, the one with more operations first', async () => {
    expect((await loadServices('iam.amazonaws.com')).map((s) => s.name)).toStrictEqual(['iam'])
    expect((await loadServices('rds.amazonaws.com')).map((s) => s.name)).toStrictEqual(['rds', 'neptune', 'docdb'])
    expect((await loadServices('support.amazonaws.com')).map((s) => s.name)).toStrictEqual(['support'])
  })

  it('gives none for an eventSource no service has', async () => {
    expect(await loadServices('nothing.amazonaws.com')).toStrictEqual([])
    expect(await loadServices('constructor')).toStrictEqual([])
  })
})

describe('the catalog', () => {
  it('has a loader for every service folder, and every service under its own eventSource', async () => {
    const { generated, handWritten } = serviceFolders(repoRoot)
    expect(Object.keys(serviceModuleLoaders).sort()).toStrictEqual([...generated, ...handWritten].sort())
    const services = await loadAllServices()
    expect(services.map((s) => s.name).sort()).toStrictEqual([...generated, ...handWritten].sort())
    for (const service of services) expect(serviceNamesBySource[service.eventSource]).toContain(service.name)
  })
})
