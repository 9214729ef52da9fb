import { createReadStream, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync, gzipSync } from 'node:zlib'
import { describe, expect, it, vi } from 'vitest'
import { inflateGzip } from '../../src/node/inflate-gzip.js'
import { parseRecordsAsync } from '../../src/parse/parse-async.js'
import { streamRecords } from '../../src/parse/stream-records.js'

const sample = join(
  'examples/data/AWSLogs/111122223333/CloudTrail/us-east-1/2026/11/02',
  '111122223333_CloudTrail_us-east-1_20261102T0835Z_Xy7Lm2Pq9RsT4uVw.json.gz',
)

async function entriesOf(input: AsyncIterable<Uint8Array>, inflate?: typeof inflateGzip): Promise<unknown[]> {
  const entries: unknown[] = []
  for await (const entry of streamRecords(input, inflate === undefined ? {} : { inflate })) entries.push(entry)
  return entries
}

describe('inflateGzip (node:zlib)', () => {
  it('streams a sample log file into the same entries as the default inflater', async () => {
    const withZlib = await entriesOf(createReadStream(sample), inflateGzip)
    const withDefault = await entriesOf(createReadStream(sample))
    expect(withZlib.length).toBeGreaterThan(0)
    expect(withZlib).toStrictEqual(withDefault)
  })

  it('reads gzip members written back to back as one text', async () => {
    const text = gunzipSync(readFileSync(sample))
    const half = text.length >> 1
    const members = Buffer.concat([gzipSync(text.subarray(0, half)), gzipSync(text.subarray(half))])
    const result = await parseRecordsAsync(members, { inflate: inflateGzip })
    expect(result.records.length).toBeGreaterThan(0)
    expect(result).toStrictEqual(await parseRecordsAsync(text))
  })

  it('bytes that are not gzip past the header are one encoding issue', async () => {
    const broken = Buffer.concat([gzipSync(Buffer.from('{"Records":[]}')).subarray(0, 10), Buffer.from('not deflate data at all')])
    const result = await parseRecordsAsync(broken, { inflate: inflateGzip })
    expect(result.records).toStrictEqual([])
    expect(result.issues).toHaveLength(1)
    expect(result.issues[0]).toMatchObject({ kind: 'encoding', expected: 'complete gzip data' })
  })

  it('leaving the loop early closes the file', async () => {
    const file = createReadStream(sample, { highWaterMark: 64 })
    for await (const entry of streamRecords(file, { inflate: inflateGzip })) {
      expect(entry.kind).toBe('record')
      break
    }
    await vi.waitFor(() => expect(file.destroyed).toBe(true))
  })
})
