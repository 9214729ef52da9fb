import type { ManifestRow } from '../support/corpus.js'

/**
 * One cell of a corpus manifest row, trimmed. The manifests have CRLF line
 * ends and `readManifest` splits on LF, so the last column's name (and value)
 * may end in CR: look the column up by its trimmed name.
 */
export function cell(row: ManifestRow, column: string): string {
  const key = Object.keys(row).find((k) => k.trim() === column)
  return key === undefined ? '' : (row[key] ?? '').trim()
}

/** The record count a manifest note states ("...; 2 records"), if any. */
export function statedCount(row: ManifestRow): number | undefined {
  const match = /(\d+) records\b/.exec(cell(row, 'notes'))
  return match === null ? undefined : Number(match[1])
}
