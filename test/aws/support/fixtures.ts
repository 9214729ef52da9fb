import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { repoRoot } from '../../support/corpus.js'

/** The folder of the AWS Support API fixtures. */
export const supportFixtureDir = join(repoRoot, 'test', 'events', 'support')

/** The kinds every operation has a fixture of. */
export const requiredKinds = ['success', 'minimum', 'failed'] as const

/** One fixture: `<operation-in-kebab-case>.<kind>.json`. */
export interface SupportFixture {
  readonly file: string
  readonly kebabName: string
  readonly kind: string
  readonly text: string
}

/** `CreateCase` → `create-case`. */
export function kebabCase(name: string): string {
  return name.replace(/(?<!^)(?=[A-Z])/g, '-').toLowerCase()
}

/** Every operation fixture, sorted by file name. */
export function supportFixtures(): SupportFixture[] {
  return readdirSync(supportFixtureDir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => {
      const [kebabName = '', kind = ''] = file.slice(0, -'.json'.length).split('.')
      return { file, kebabName, kind, text: readFileSync(join(supportFixtureDir, file), 'utf8') }
    })
}

/** The text of one fixture file. */
export function readSupportFixture(file: string): string {
  return readFileSync(join(supportFixtureDir, file), 'utf8')
}
