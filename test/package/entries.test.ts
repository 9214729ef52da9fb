/**
 * The entry points are listed in three places: tsup.config.ts (what is built), package.json `exports`
 * (what Node and bundlers resolve) and `typesVersions` (what TypeScript's node10 resolution finds). They
 * must agree, and every service folder must be an entry. Services are exported by one pattern, `./aws/*`;
 * the hand-written ones are built with the core, the generated ones on their own (`generatedEntries`), the
 * Support family (support, trustedadvisor, support-app) among them though `cloudtrail-codecs/aws` lists it.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { entries, generatedEntries } from '../../tsup.config.js'
import { serviceFolders } from '../../scripts/generated-services.mjs'
import { awsServices } from '../../src/aws/index.js'
import { repoRoot } from '../support/corpus.js'

interface Manifest {
  readonly exports: Readonly<Record<string, unknown>>
  readonly typesVersions: { readonly '*': Readonly<Record<string, ReadonlyArray<string>>> }
}

const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as Manifest
/** `aws/support/index` (a tsup entry name) -> `./aws/support` (its subpath). */
const subpathOf = (entry: string): string => (entry === 'index' ? '.' : `./${entry.replace(/\/index$/, '')}`)
const built = [...Object.keys(entries), ...Object.keys(generatedEntries)]
/** An entry of one service, `aws/<name>/index`: exported by the `./aws/*` pattern. */
const isService = (entry: string): boolean => /^aws\/[^/]+\/index$/.test(entry)
const named = built.filter((entry) => !isService(entry))
/** The generated services {@link awsServices} lists beside the hand-written ones: the AWS Support family and sign-in. */
const generatedListed = ['support', 'trustedadvisor', 'support-app', 'signin'] as const
const servicePattern = {
  import: { types: './dist/aws/*/index.d.ts', default: './dist/aws/*/index.js' },
  require: { types: './dist/aws/*/index.d.cts', default: './dist/aws/*/index.cjs' },
}

describe('entry points', () => {
  it('package.json exports every built entry by name, every service by ./aws/*, each in ESM and CommonJS with its own types', () => {
    const exported = Object.keys(manifest.exports).filter((subpath) => subpath !== './package.json')
    expect(exported.sort()).toStrictEqual([...named.map(subpathOf), './aws/*'].sort())
    for (const entry of named) {
      const base = `./dist/${entry}`
      expect(manifest.exports[subpathOf(entry)]).toStrictEqual({
        import: { types: `${base}.d.ts`, default: `${base}.js` },
        require: { types: `${base}.d.cts`, default: `${base}.cjs` },
      })
    }
    expect(manifest.exports['./aws/*']).toStrictEqual(servicePattern)
  })

  it('typesVersions maps every subpath for TypeScript node10 resolution', () => {
    const mapped = manifest.typesVersions['*']
    expect(Object.keys(mapped).sort()).toStrictEqual([...named.filter((e) => e !== 'index').map((e) => subpathOf(e).slice(2)), 'aws/*'].sort())
    for (const entry of named.filter((e) => e !== 'index')) expect(mapped[subpathOf(entry).slice(2)]).toStrictEqual([`dist/${entry}.d.cts`])
    expect(mapped['aws/*']).toStrictEqual(['dist/aws/*/index.d.cts'])
  })

  it('every service folder is an entry named as the service: hand-written ones with the core, generated ones on their own', () => {
    const folders = readdirSync(join(repoRoot, 'src', 'aws'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
    expect(folders.map((name) => `aws/${name}/index`).sort()).toStrictEqual(built.filter(isService).sort())
    const { generated, handWritten } = serviceFolders(repoRoot)
    expect(handWritten).toStrictEqual(['support-subscription', 'supportplans'])
    expect(Object.keys(entries).filter(isService).sort()).toStrictEqual(handWritten.map((name) => `aws/${name}/index`).sort())
    expect(Object.keys(generatedEntries).sort()).toStrictEqual(generated.map((name) => `aws/${name}/index`).sort())
    // awsServices is the hand-written services and the generated ones it lists, which it imports by name.
    expect(generated).toEqual(expect.arrayContaining([...generatedListed]))
    expect(awsServices.map((service) => service.name).sort()).toStrictEqual([...handWritten, ...generatedListed].sort())
  })

  it('services have distinct names and event sources', () => {
    expect(new Set(awsServices.map((s) => s.name)).size).toBe(awsServices.length)
    expect(new Set(awsServices.map((s) => s.eventSource)).size).toBe(awsServices.length)
  })
})
