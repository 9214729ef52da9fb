import { describe, expect, it } from 'vitest'
import * as root from '../../../src/index.js'
import * as supportSubscription from '../../../src/services/support-subscription/index.js'
import * as supportApp from '../../../src/services/supportapp/index.js'
import * as supportPlans from '../../../src/services/supportplans/index.js'
import * as trustedAdvisor from '../../../src/services/trustedadvisor/index.js'

const barrels = [
  ['trustedadvisor', trustedAdvisor],
  ['supportapp', supportApp],
  ['supportplans', supportPlans],
  ['support-subscription', supportSubscription],
] as const

describe('export names of the four services', () => {
  it.each(barrels)('%s: every export reaches the package root as the same value (no name is shadowed)', (_f, barrel) => {
    const rootExports = root as unknown as Readonly<Record<string, unknown>>
    for (const [name, value] of Object.entries(barrel)) expect(rootExports[name], name).toBe(value)
  })

  it('are unique across the four barrels', () => {
    const seen = new Map<string, string>()
    for (const [folder, barrel] of barrels) {
      for (const name of Object.keys(barrel)) {
        expect(seen.get(name), `${name} in ${folder}`).toBeUndefined()
        seen.set(name, folder)
      }
    }
  })
})
