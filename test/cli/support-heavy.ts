/**
 * A Support- and Trusted Advisor-heavy CloudTrail tree: the records of
 * `test/events/support` and `test/events/trustedadvisor` (132 records, about
 * 160 KB), repeated in blocks, each block with its own eventIDs, case ids,
 * attachment set ids and attachment ids, written as log files of about 8 MiB
 * under `AWSLogs/111122223333/CloudTrail/us-east-1/2026/11/02/`. The memory
 * tests of the CLI read it; to measure the CLI by hand, write one outside the
 * repository with
 *
 *   npx tsx test/cli/support-heavy.ts /tmp/support-heavy-600 600
 *
 * (the folder, then the size in MiB).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { repoRoot } from '../support/corpus.js'

/** The fixture records, as JSON text, with `EID<n>` in place of each eventID. */
function templates(): ReadonlyArray<string> {
  const records: string[] = []
  for (const folder of ['support', 'trustedadvisor']) {
    const dir = join(repoRoot, 'test', 'events', folder)
    for (const file of readdirSync(dir).sort()) {
      const parsed = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { Records?: Array<Record<string, unknown>> } & Record<string, unknown>
      for (const record of parsed.Records ?? [parsed]) {
        if (typeof record['eventID'] === 'string') record['eventID'] = `EID${String(records.length).padStart(4, '0')}`
        records.push(JSON.stringify(record))
      }
    }
  }
  return records
}

const blockTemplate = templates()

/** How many records one block holds. */
export const recordsPerBlock = blockTemplate.length

/**
 * The records of one block, comma-separated (the inside of a `Records` array).
 *
 * @param n - the block's number: its ids end with it
 * @returns the JSON text
 */
export function supportHeavyBlock(n: number): string {
  const tag = String(n).padStart(8, '0')
  return blockTemplate
    .join(',')
    .replace(/"eventID":"EID(\d{4})"/g, (_m, k: string) => `"eventID":"00000000-0000-4000-a${k}-0000${tag}"`)
    .replace(/(case-\d{12}-[a-z0-9]+-\d{4}-)[0-9a-f]{8}/g, (_m, prefix: string) => `${prefix}${tag}`)
    .replace(/"(as-[A-Za-z0-9_-]{20})[A-Za-z0-9_-]*"/g, (_m, prefix: string) => `"${prefix}-${tag}"`)
    .replace(/"(attachment-[A-Za-z0-9_-]{8})[A-Za-z0-9_-]*"/g, (_m, prefix: string) => `"${prefix}-${tag}"`)
}

/**
 * Writes a tree of about `mebibytes` MiB of log files.
 *
 * @param root - the folder to write into
 * @param mebibytes - the size to reach
 * @returns how many records it holds
 */
export function writeSupportHeavyTree(root: string, mebibytes: number): { readonly records: number } {
  const dir = join(root, 'AWSLogs', '111122223333', 'CloudTrail', 'us-east-1', '2026', '11', '02')
  mkdirSync(dir, { recursive: true })
  const target = mebibytes * 1024 * 1024
  let written = 0
  let blocks = 0
  for (let file = 0; written < target; file++) {
    const parts: string[] = []
    let size = 0
    while (size < 8 * 1024 * 1024 && written + size < target) {
      const text = supportHeavyBlock(blocks++)
      parts.push(text)
      size += text.length
    }
    const name = `111122223333_CloudTrail_us-east-1_20261102T${String(file).padStart(4, '0')}Z_supportHeavy${String(file).padStart(4, '0')}.json`
    writeFileSync(join(dir, name), `{"Records":[${parts.join(',')}]}`)
    written += size
  }
  return { records: blocks * recordsPerBlock }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const [root, size] = process.argv.slice(2)
  if (root === undefined || size === undefined) throw new Error('usage: npx tsx test/cli/support-heavy.ts <folder> <MiB>')
  const { records } = writeSupportHeavyTree(root, Number(size))
  console.log(`${records} records in ${root}`)
}
