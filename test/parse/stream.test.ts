import { Readable } from 'node:stream'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import type { DecodedEntry, ParseResult } from '../../src/parse/parse-records.js'
import { parseRecords } from '../../src/parse/parse-records.js'
import { parseRecordsAsync } from '../../src/parse/parse-async.js'
import { streamRecords } from '../../src/parse/stream-records.js'
import { generatedLogFile, generatedRecord } from '../sources/generated-log.js'
import { eventBridgeEvent, logFile, lookupEventsResponse } from '../sources/wrappers.js'

async function collected(entries: AsyncIterable<DecodedEntry>): Promise<ParseResult> {
  const result: ParseResult = { records: [], issues: [], skipped: [] }
  for await (const entry of entries) {
    if (entry.kind === 'record') result.records.push(entry.record)
    else if (entry.kind === 'issue') result.issues.push(entry.issue)
    else result.skipped.push(entry.value)
  }
  return result
}

function chunks(bytes: Uint8Array, size: number): Readable {
  const out: Uint8Array[] = []
  for (let at = 0; at < bytes.length; at += size) out.push(bytes.subarray(at, at + size))
  return Readable.from(out)
}

describe('streamRecords gives what the one-shot parse gives, whatever the chunks', () => {
  const records = Array.from({ length: 60 }, (_, n) => generatedRecord(n))
  const bad = { ...generatedRecord(60), eventTime: 'yesterday' }
  const texts: ReadonlyArray<readonly [string, string]> = [
    ['a log file', JSON.stringify(logFile([...records.slice(0, 30), bad, ...records.slice(30)]))],
    ['a pretty-printed log file', JSON.stringify(logFile(records.slice(0, 10)), null, 2)],
    ['a top-level array', JSON.stringify(records)],
    ['NDJSON with a cut line and garbage', [...records.slice(0, 20).map((r) => JSON.stringify(r)), '{"eventVersion":"1.0', 'garbage', JSON.stringify(bad)].join('\n')],
    ['objects back to back', records.slice(0, 20).map((r) => JSON.stringify(eventBridgeEvent(r))).join('')],
    ['a wrapper read whole', JSON.stringify(lookupEventsResponse(records.slice(0, 20)))],
    ['a log file cut short', JSON.stringify(logFile(records)).slice(0, 40_000)],
  ]

  it.each(texts)('%s, in 1-byte, 7-byte and 64 KiB chunks, plain and gzip', async (_name, text) => {
    const oneShot = parseRecords(text)
    expect(oneShot.records.length + oneShot.issues.length).toBeGreaterThan(0)
    const bytes = new TextEncoder().encode(text)
    for (const size of [1, 7, 64 * 1024]) {
      expect(await collected(streamRecords(chunks(bytes, size)))).toStrictEqual(oneShot)
      expect(await parseRecordsAsync(chunks(bytes, size))).toStrictEqual(oneShot)
    }
    expect(await collected(streamRecords(chunks(gzipSync(bytes), 7)))).toStrictEqual(oneShot)
    expect(await collected(streamRecords(text))).toStrictEqual(oneShot)
  })

  it('numbers the records, and yields those the only filter leaves out as skipped', async () => {
    const text = JSON.stringify(logFile(records.slice(0, 6)))
    const entries: DecodedEntry[] = []
    for await (const entry of streamRecords(text, { only: { eventNames: ['CreateCase'] } })) entries.push(entry)
    expect(entries.map((e) => [e.kind, e.kind === 'issue' ? undefined : e.index])).toStrictEqual([
      ['skipped', 0],
      ['record', 1],
      ['skipped', 2],
      ['skipped', 3],
      ['skipped', 4],
      ['skipped', 5],
    ])
  })
})

describe('streamRecords reads only as fast as it is asked', () => {
  it('yields the first records before the input ends, and leaving the loop early cancels the input', async () => {
    let pulled = 0
    let cancelled = false
    const endless = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"Records":['))
      },
      pull(controller) {
        pulled++
        controller.enqueue(new TextEncoder().encode(`${JSON.stringify(generatedRecord(pulled))},`))
      },
      cancel() {
        cancelled = true
      },
    })
    const seen: string[] = []
    for await (const entry of streamRecords(endless)) {
      if (entry.kind === 'record') seen.push(entry.record.eventTime)
      if (seen.length === 3) break
    }
    expect(seen).toHaveLength(3)
    expect(cancelled).toBe(true)
    expect(pulled).toBeLessThan(10)
  })
})

describe('streamRecords reads gzip only as fast as it is asked', () => {
  it('leaving the loop early cancels a gzip input, which was read only a little way', async () => {
    const zipped = gzipSync(JSON.stringify(logFile(Array.from({ length: 2000 }, (_, n) => generatedRecord(n)))))
    let pulled = 0
    let cancelled = false
    const input = new ReadableStream<Uint8Array>({
      pull(controller) {
        const chunk = zipped.subarray(pulled * 1024, ++pulled * 1024)
        if (chunk.length === 0) controller.close()
        else controller.enqueue(chunk)
      },
      cancel() {
        cancelled = true
      },
    })
    let seen = 0
    for await (const entry of streamRecords(input)) if (entry.kind === 'record' && ++seen === 3) break
    expect(seen).toBe(3)
    expect(cancelled).toBe(true)
    expect(pulled * 1024).toBeLessThan(zipped.length / 4)
  })
})

describe('streamRecords keeps memory bounded by the largest record, not the input', () => {
  const big = process.env['CI'] !== 'true' && process.env['CLOUDTRAIL_BIG'] === '1'
  const target = (big ? 1024 : 100) * 1024 * 1024

  // heapUsed counts garbage until V8 collects it, and V8 collects when it likes: the assertion reads
  // heapUsed right after a full collection (what the stream keeps alive); the log shows the raw peak too.
  setFlagsFromString('--expose-gc')
  const collectGarbage = runInNewContext('gc') as () => void

  it(`streams a generated ${target / 1024 / 1024} MB log file with heapUsed under start + 64 MB`, async () => {
    const file = generatedLogFile(target)
    collectGarbage()
    const start = process.memoryUsage().heapUsed
    let live = start
    let peak = start
    let count = 0
    let issues = 0
    const began = performance.now()
    for await (const entry of streamRecords(Readable.from(file.chunks), { maxBytes: Number.POSITIVE_INFINITY })) {
      if (entry.kind === 'record') count++
      else issues++
      if (count % 1000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed)
      if (count % 10_000 === 0) {
        collectGarbage()
        live = Math.max(live, process.memoryUsage().heapUsed)
      }
    }
    const seconds = (performance.now() - began) / 1000
    const mb = (bytes: number): string => (bytes / 1048576).toFixed(1)
    console.info(
      `streamed ${mb(file.bytes())} MB, ${count} records in ${seconds.toFixed(1)} s (${Math.round(count / seconds)} records/s); heapUsed: start + ${mb(live - start)} MB after collections, start + ${mb(peak - start)} MB with garbage`,
    )
    expect(file.bytes()).toBeGreaterThanOrEqual(target)
    expect(issues).toBe(0)
    expect(count).toBe(file.count())
    expect(live - start).toBeLessThan(64 * 1024 * 1024)
  }, 120_000)
})
