// The committed src/aws/<name>/index.ts are exactly what `npm run codegen` writes from codegen/models and the
// overlays: a hand edit of a generated file, or a change of the generator without regenerating, fails here.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { AWS_DIR, generateAll, generatedFolders } from '../../codegen/generate.js'
import { HAND_WRITTEN } from '../../codegen/naming.js'

const { services, skipped, catalog } = generateAll()

describe('generated services', () => {
  it('are as the generator writes them (run `npm run codegen`)', () => {
    const stale = services
      .filter((service) => {
        const file = join(AWS_DIR, service.path)
        return !existsSync(file) || readFileSync(file, 'utf8') !== service.source
      })
      .map((service) => `src/aws/${service.path}`)
    expect(stale).toEqual([])
  })

  it('are all in the catalog, src/aws/catalog.ts, as the generator writes it', () => {
    expect(readFileSync(join(AWS_DIR, 'catalog.ts'), 'utf8')).toBe(catalog)
  })

  it('have no folder left whose model is gone', () => {
    const wanted = new Set(services.map((service) => service.plan.name))
    expect(generatedFolders().filter((name) => !wanted.has(name))).toEqual([])
  })

  it('leave the hand-written services alone', () => {
    for (const name of HAND_WRITTEN) expect(services.some((service) => service.plan.name === name)).toBe(false)
    expect(skipped.map(([file]) => file).sort()).toEqual(['signin', 'sms-voice', 'support', 'support-app', 'trustedadvisor'])
  })
})
