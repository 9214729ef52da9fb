import { readFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const PACKAGE_NAME = 'cloudtrail-codecs'

/**
 * The package's version, read at run time from its package.json: the nearest
 * one named `cloudtrail-codecs` above this module (`dist/cli.js` once built,
 * `src/cli/version.ts` when run from source).
 *
 * @param from - the module URL to start from
 * @returns the version, or `unknown` when no package.json is found
 */
export async function packageVersion(from: string = import.meta.url): Promise<string> {
  let dir = dirname(fileURLToPath(from))
  for (let level = 0; level < 5; level++) {
    try {
      const manifest = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as { name?: unknown; version?: unknown }
      if (manifest.name === PACKAGE_NAME && typeof manifest.version === 'string') return manifest.version
    } catch {
      // no readable package.json here: look one level up
    }
    const parent = dirname(dir)
    if (parent === dir) break
    dir = parent
  }
  return 'unknown'
}
