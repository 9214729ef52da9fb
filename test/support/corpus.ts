import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository's root folder. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')

/** The shared corpus of real CloudTrail records, beside the repository. */
export const corpusRoot = resolve(repoRoot, '..', 'shared', 'corpus')

/** One row of a corpus MANIFEST.tsv, by column name. */
export type ManifestRow = Readonly<Record<string, string>> & { readonly file: string }

/**
 * Whether the corpus is here. In CI (`CI=true`) a missing corpus throws, so the
 * suite fails instead of silently skipping the tests that matter most.
 */
export function corpusAvailable(): boolean {
  const present = existsSync(join(corpusRoot, 'records', 'MANIFEST.tsv'))
  if (!present && process.env['CI'] === 'true') {
    throw new Error(`the shared corpus is missing at ${corpusRoot}; CI must have it`)
  }
  return present
}

/** Reads the manifest of `records` or `quirks`. */
export function readManifest(folder: 'records' | 'quirks'): ManifestRow[] {
  const [header, ...lines] = readFileSync(join(corpusRoot, folder, 'MANIFEST.tsv'), 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
  const columns = (header ?? '').split('\t')
  return lines.map((line) => {
    const cells = line.split('\t')
    return Object.fromEntries(columns.map((c, i) => [c, cells[i] ?? ''])) as ManifestRow
  })
}

/** The JSON files of `records` or `quirks`, sorted. */
export function corpusFiles(folder: 'records' | 'quirks'): string[] {
  return readdirSync(join(corpusRoot, folder))
    .filter((f) => f.endsWith('.json'))
    .sort()
}

/** The text of one corpus file. */
export function readCorpusText(folder: 'records' | 'quirks', file: string): string {
  return readFileSync(join(corpusRoot, folder, file), 'utf8')
}
