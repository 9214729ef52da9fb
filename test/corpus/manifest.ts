import type { ManifestRow } from '../support/corpus.js'

/** One cell of a corpus manifest row, trimmed; empty when the column is absent. */
export function cell(row: ManifestRow, column: string): string {
  return (row[column] ?? '').trim()
}

/** The record count a manifest note states ("...; 2 records"), if any. */
export function statedCount(row: ManifestRow): number | undefined {
  const match = /(\d+) records\b/.exec(cell(row, 'notes'))
  return match === null ? undefined : Number(match[1])
}
