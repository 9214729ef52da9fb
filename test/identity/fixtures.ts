import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { repoRoot } from '../support/corpus.js'

/** The folder of the identity fixtures (records composed for these tests). */
export const identityFixtures = join(repoRoot, 'test', 'events', 'identity')

/** The text of one identity fixture, such as `root.full`. */
export function fixtureText(name: string): string {
  return readFileSync(join(identityFixtures, `${name}.json`), 'utf8')
}

/** One identity fixture, parsed: a record as plain JSON. */
export function fixtureJson(name: string): { readonly userIdentity?: unknown } {
  return JSON.parse(fixtureText(name)) as { readonly userIdentity?: unknown }
}
