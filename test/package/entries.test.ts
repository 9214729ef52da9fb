/**
 * The entry points are listed in three places: tsup.config.ts (what is built), package.json `exports`
 * (what Node and bundlers resolve) and `typesVersions` (what TypeScript's node10 resolution finds). They
 * must agree, and every service folder must be an entry.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { entries } from '../../tsup.config.js'
import { awsServices } from '../../src/aws/index.js'
import { repoRoot } from '../support/corpus.js'

interface Manifest {
  readonly exports: Readonly<Record<string, unknown>>
  readonly typesVersions: { readonly '*': Readonly<Record<string, ReadonlyArray<string>>> }
}

const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as Manifest
/** `aws/support/index` (a tsup entry name) -> `./aws/support` (its subpath). */
const subpathOf = (entry: string): string => (entry === 'index' ? '.' : `./${entry.replace(/\/index$/, '')}`)
const built = Object.keys(entries)

describe('entry points', () => {
  it('package.json exports every built entry, each in ESM and CommonJS with its own types, and nothing else', () => {
    const exported = Object.keys(manifest.exports).filter((subpath) => subpath !== './package.json')
    expect(exported.sort()).toStrictEqual(built.map(subpathOf).sort())
    for (const entry of built) {
      const base = `./dist/${entry}`
      expect(manifest.exports[subpathOf(entry)]).toStrictEqual({
        import: { types: `${base}.d.ts`, default: `${base}.js` },
        require: { types: `${base}.d.cts`, default: `${base}.cjs` },
      })
    }
  })

  it('typesVersions maps every subpath for TypeScript node10 resolution', () => {
    const mapped = manifest.typesVersions['*']
    expect(Object.keys(mapped).sort()).toStrictEqual(built.filter((e) => e !== 'index').map((e) => subpathOf(e).slice(2)).sort())
    for (const entry of built.filter((e) => e !== 'index')) expect(mapped[subpathOf(entry).slice(2)]).toStrictEqual([`dist/${entry}.d.cts`])
  })

  it('every service folder is an entry named as the service, and in awsServices', () => {
    const folders = readdirSync(join(repoRoot, 'src', 'aws'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
    expect(folders.map((name) => `aws/${name}/index`).sort()).toStrictEqual(built.filter((e) => /^aws\/[^/]+\/index$/.test(e)).sort())
    expect(awsServices.map((service) => service.name).sort()).toStrictEqual([...folders].sort())
  })

  it('services have distinct names and event sources', () => {
    expect(new Set(awsServices.map((s) => s.name)).size).toBe(awsServices.length)
    expect(new Set(awsServices.map((s) => s.eventSource)).size).toBe(awsServices.length)
  })
})
