import { describe, expect, it } from 'vitest'
import * as aws from '../../../src/aws/index.js'
import * as supportEntry from '../../../src/aws/support/index.js'
import * as supportSubscriptionEntry from '../../../src/aws/support-subscription/index.js'
import * as supportAppEntry from '../../../src/aws/support-app/index.js'
import * as supportPlansEntry from '../../../src/aws/supportplans/index.js'
import * as trustedAdvisorEntry from '../../../src/aws/trustedadvisor/index.js'
import * as signinEntry from '../../../src/aws/signin/index.js'
import * as root from '../../../src/index.js'

// Each entry (cloudtrail-codecs/aws/<name>), with the name of the service value it exports.
const barrels = [
  ['support', 'support', supportEntry],
  ['trustedadvisor', 'trustedAdvisor', trustedAdvisorEntry],
  ['support-app', 'supportApp', supportAppEntry],
  ['supportplans', 'supportPlans', supportPlansEntry],
  ['support-subscription', 'supportSubscription', supportSubscriptionEntry],
  ['signin', 'signin', signinEntry],
] as const

describe('export names of the services', () => {
  it.each(barrels)('%s: no export reaches the package root (the root entry knows no service)', (_entry, _value, barrel) => {
    const rootExports = root as unknown as Readonly<Record<string, unknown>>
    for (const name of Object.keys(barrel)) expect(Object.hasOwn(rootExports, name), name).toBe(false)
  })

  it.each(barrels)('%s: its service %s is the one cloudtrail-codecs/aws lists and finds, by its entry name', (entry, value, barrel) => {
    const service = (barrel as unknown as Readonly<Record<string, unknown>>)[value]
    expect((aws as unknown as Readonly<Record<string, unknown>>)[value]).toBe(service)
    expect(aws.awsServices).toContain(service)
    expect(aws.awsServices.find((s) => s.name === entry)).toBe(service)
    expect(aws.findService((service as (typeof aws.awsServices)[number]).eventSource)).toBe(service)
  })

  it('cloudtrail-codecs/aws lists the services, each once', () => {
    expect(aws.awsServices.map((s) => s.name)).toStrictEqual(barrels.map(([entry]) => entry))
    expect(new Set(aws.awsServices.map((s) => s.eventSource)).size).toBe(barrels.length)
  })

  it('are unique across the barrels', () => {
    const seen = new Map<string, string>()
    for (const [folder, , barrel] of barrels) {
      for (const name of Object.keys(barrel)) {
        expect(seen.get(name), `${name} in ${folder}`).toBeUndefined()
        seen.set(name, folder)
      }
    }
  })
})
