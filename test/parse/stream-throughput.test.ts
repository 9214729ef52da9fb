/**
 * Why streamRecords splits records with its own scanner: on a generated ~100 MB log file, the scanner plus
 * `JSON.parse` per record against @streamparser/json (a streaming JSON parser written in JavaScript, a
 * devDependency for this measurement only). Opt in with CLOUDTRAIL_BENCH=1: it takes about a minute.
 */
import { Readable } from 'node:stream'
import { JSONParser } from '@streamparser/json'
import { describe, expect, it } from 'vitest'
import { JsonSplitter } from '../../src/read/json-splitter.js'
import { streamRecords } from '../../src/parse/stream-records.js'
import { generatedLogFile } from '../sources/generated-log.js'

const chunks: Uint8Array[] = []

/** Records per second of `split`, best of three runs. */
function rate(split: () => number): { readonly count: number; readonly perSecond: number } {
  let best = 0
  let count = 0
  for (let run = 0; run < 3; run++) {
    const began = performance.now()
    count = split()
    best = Math.max(best, count / ((performance.now() - began) / 1000))
  }
  return { count, perSecond: Math.round(best) }
}

function scannerAndJsonParse(): number {
  let count = 0
  const decoder = new TextDecoder('utf-8', { fatal: true })
  const splitter = new JsonSplitter(
    {
      value: () => undefined,
      open: () => undefined,
      element: (text) => {
        JSON.parse(text)
        count++
      },
      close: () => undefined,
      tail: () => undefined,
      skip: () => undefined,
      oversize: () => undefined,
    },
    { streamRecords: true, streamArray: true, maxValueChars: Number.POSITIVE_INFINITY },
  )
  for (const chunk of chunks) splitter.push(decoder.decode(chunk, { stream: true }))
  splitter.end()
  return count
}

function streamParser(): number {
  let count = 0
  const parser = new JSONParser({ paths: ['$.Records.*'], keepStack: false })
  parser.onValue = () => {
    count++
  }
  for (const chunk of chunks) parser.write(chunk)
  return count
}

function wholeJsonParse(): number {
  const decoder = new TextDecoder()
  const text = chunks.map((chunk) => decoder.decode(chunk, { stream: true })).join('')
  return (JSON.parse(text) as { Records: unknown[] }).Records.length
}

describe.skipIf(process.env['CLOUDTRAIL_BENCH'] !== '1')('record splitting throughput on a ~100 MB log file', () => {
  it('the scanner with JSON.parse per record outpaces @streamparser/json', async () => {
    const file = generatedLogFile(100 * 1024 * 1024)
    chunks.push(...file.chunks)
    const whole = rate(wholeJsonParse)
    const scanner = rate(scannerAndJsonParse)
    const library = rate(streamParser)
    let full = 0
    let decoded = 0
    for (let run = 0; run < 3; run++) {
      const began = performance.now()
      decoded = 0
      for await (const entry of streamRecords(Readable.from(chunks), { maxBytes: Number.POSITIVE_INFINITY })) if (entry.kind === 'record') decoded++
      full = Math.max(full, Math.round(decoded / ((performance.now() - began) / 1000)))
    }
    console.info(
      [
        `${file.count()} records, ${(file.bytes() / 1048576).toFixed(0)} MB`,
        `JSON.parse of the whole file (floor): ${whole.perSecond} records/s`,
        `scanner + JSON.parse per record: ${scanner.perSecond} records/s`,
        `@streamparser/json: ${library.perSecond} records/s`,
        `streamRecords (UTF-8, split, parse, decode): ${full} records/s`,
      ].join('\n'),
    )
    expect([whole.count, scanner.count, library.count, decoded]).toStrictEqual([file.count(), file.count(), file.count(), file.count()])
    expect(scanner.perSecond).toBeGreaterThan(library.perSecond)
  }, 600_000)
})
