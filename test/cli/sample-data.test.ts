import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { awsServices } from '../../src/aws/index.js'
import { parseRecords } from '../../src/parse/index.js'
import { logFileText, sampleDataRoot, sampleLogFiles } from './sample-data.js'

function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name)
      return statSync(path).isDirectory() ? filesUnder(path) : [relative(sampleDataRoot, path).split('\\').join('/')]
    })
}

describe('examples/data', () => {
  it('holds exactly the files of the generator, gzipped where their names say so', () => {
    expect(filesUnder(sampleDataRoot)).toStrictEqual(sampleLogFiles.map((f) => f.path).sort())
    for (const file of sampleLogFiles) {
      const bytes = readFileSync(join(sampleDataRoot, file.path))
      expect(bytes[0] === 0x1f && bytes[1] === 0x8b, file.path).toBe(file.gzip)
      const text = file.gzip ? gunzipSync(bytes).toString('utf8') : bytes.toString('utf8')
      expect(text, `${file.path} is stale: run npx tsx test/cli/sample-data.ts`).toBe(logFileText(file))
    }
  })

  it('decodes with no issues, every typed service checked (as the CLI reads it)', () => {
    for (const file of sampleLogFiles) {
      const { records, issues } = parseRecords(logFileText(file), { services: awsServices })
      expect(issues, file.path).toStrictEqual([])
      expect(records).toHaveLength(file.records.length)
    }
  })
})
