import { Readable } from 'node:stream'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import type { ParseResult } from '../../src/parse/parse-records.js'
import { parseRecords } from '../../src/parse/parse-records.js'
import { parseRecordsAsync } from '../../src/parse/parse-async.js'
import { streamRecords } from '../../src/parse/stream-records.js'
import { corpusAvailable, corpusFiles, readCorpusText, readManifest } from '../support/corpus.js'
import { cloudWatchLogsLambdaEvent, cloudWatchLogsPayload, everySingleWrapper } from './wrappers.js'

async function streamed(input: unknown): Promise<ParseResult> {
  const result: ParseResult = { records: [], issues: [], skipped: [] }
  for await (const entry of streamRecords(input)) {
    if (entry.kind === 'record') result.records.push(entry.record)
    else if (entry.kind === 'issue') result.issues.push(entry.issue)
    else result.skipped.push(entry.value)
  }
  return result
}

function chunked(bytes: Uint8Array, size: number): Readable {
  const chunks: Uint8Array[] = []
  for (let at = 0; at < bytes.length; at += size) chunks.push(bytes.subarray(at, at + size))
  return Readable.from(chunks)
}

describe.skipIf(!corpusAvailable())('every file of the shared corpus, whatever its wrapper', () => {
  const files = corpusFiles('records')
  const manifest = readManifest('records')

  it('covers every wrapper the manifest names', () => {
    const wrappers = new Set(manifest.map((row) => row['wrapper']))
    expect([...wrappers].sort()).toStrictEqual(['eventbridge', 'logfile', 'lookupevents', 'record'])
    expect(files.length).toBe(manifest.length)
  })

  it('decodes whole through parseRecords and parseRecordsAsync (text, bytes, gzip of the bytes, a stream) with zero issues', async () => {
    const failures: string[] = []
    let records = 0
    for (const file of files) {
      const text = readCorpusText('records', file)
      const bytes = new TextEncoder().encode(text)
      const sync = parseRecords(text)
      records += sync.records.length
      if (sync.issues.length > 0 || sync.records.length === 0) failures.push(`${file}: ${sync.issues.map((i) => i.message).join('; ')}`)
      const results = {
        text: await parseRecordsAsync(text),
        bytes: await parseRecordsAsync(bytes),
        gzip: await parseRecordsAsync(gzipSync(bytes)),
        stream: await streamed(chunked(gzipSync(bytes), 7)),
      }
      for (const [how, result] of Object.entries(results)) {
        try {
          expect(result).toStrictEqual(sync)
        } catch {
          failures.push(`${file} (${how}): ${result.issues.map((i) => i.message).join('; ')}`)
        }
      }
    }
    expect(failures).toStrictEqual([])
    expect(records).toBeGreaterThan(400)
  })

  it('every corpus record decodes in every wrapper, and comes back as it was', async () => {
    const records = files.flatMap((file) => parseRecords(readCorpusText('records', file)).records)
    const failures: string[] = []
    for (const [i, record] of records.entries()) {
      for (const [name, wrapper] of everySingleWrapper(record)) {
        const sync = parseRecords(JSON.stringify(wrapper))
        const async = await parseRecordsAsync(new TextEncoder().encode(JSON.stringify(wrapper)))
        for (const result of [sync, async]) {
          if (result.issues.length > 0 || result.records.length !== 1) failures.push(`record ${i} in ${name}: ${result.issues[0]?.message ?? 'no record'}`)
          else expect(result.records[0]).toStrictEqual(record)
        }
      }
    }
    expect(failures).toStrictEqual([])
  })

  it('all records in one CloudWatch Logs subscription event, and all files back to back in 7-byte chunks', async () => {
    const texts = files.map((file) => readCorpusText('records', file))
    const expected = texts.flatMap((text) => parseRecords(text).records)
    const event = cloudWatchLogsLambdaEvent(cloudWatchLogsPayload(expected))
    expect(await parseRecordsAsync(event)).toStrictEqual({ records: expected, issues: [], skipped: [] })
    const backToBack = new TextEncoder().encode(texts.join('\n'))
    expect(await streamed(chunked(backToBack, 7))).toStrictEqual({ records: expected, issues: [], skipped: [] })
  })
})

describe.skipIf(!corpusAvailable())('the quirks of the shared corpus never throw', () => {
  it('every quirk file gives the same result sync and async, and accounts for its records', async () => {
    for (const file of corpusFiles('quirks')) {
      const text = readCorpusText('quirks', file)
      const sync = parseRecords(text)
      expect(sync.records.length + sync.issues.length).toBeGreaterThan(0)
      expect(await parseRecordsAsync(gzipSync(text))).toStrictEqual(sync)
    }
  })

  it('CloudWatch Logs payloads with truncated JSON messages: one issue per record, keeping the raw message', async () => {
    const truncated = readManifest('quirks').filter((row) => row['expect'] === 'wrapper message is truncated JSON')
    expect(truncated.length).toBe(3)
    for (const row of truncated) {
      const text = readCorpusText('quirks', row.file)
      const messages = (JSON.parse(text) as { logEvents: Array<{ message: string }> }).logEvents.map((event) => event.message)
      for (const result of [parseRecords(text), await parseRecordsAsync(cloudWatchLogsLambdaEvent(JSON.parse(text)))]) {
        expect(result.records).toStrictEqual([])
        expect(result.issues.map((issue) => [issue.kind, issue.index, issue.location, issue.raw])).toStrictEqual(
          messages.map((message, i) => ['json', i, `$.logEvents[${i}].message`, message]),
        )
      }
    }
  })
})
