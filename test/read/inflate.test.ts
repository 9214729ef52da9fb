import { Readable } from 'node:stream'
import { createGunzip, gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import type { Inflate } from '../../src/index.js'
import { parseRecordsAsync } from '../../src/parse/parse-async.js'
import { streamRecords } from '../../src/parse/stream-records.js'
import { apiCall, serviceEvent } from '../record/composed.js'
import { logFile } from '../sources/wrappers.js'

const records = [apiCall(), serviceEvent(), apiCall()]
const gzip = gzipSync(JSON.stringify(logFile(records)))

/** An inflater over node:zlib that counts its calls: what a caller passes as `inflate`. */
function countingInflater(): { readonly inflate: Inflate; readonly calls: () => number } {
  let calls = 0
  return {
    inflate: (input) => {
      calls++
      return Readable.from(input, { objectMode: false }).pipe(createGunzip())
    },
    calls: () => calls,
  }
}

/** The input cut in chunks of a few bytes, so that records span chunks. */
function* chunked(bytes: Uint8Array, size: number): Generator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size)
}

describe('the inflate option', () => {
  it('is used for gzip input and reads what the default reads', async () => {
    const { inflate, calls } = countingInflater()
    const withDefault = await parseRecordsAsync(gzip)
    const withCaller = await parseRecordsAsync(Readable.from(chunked(gzip, 7)), { inflate })
    expect(calls()).toBe(1)
    expect(withCaller).toStrictEqual(withDefault)
    expect(withCaller.records).toStrictEqual(records)
  })

  it('is not called for input that is not gzip', async () => {
    const { inflate, calls } = countingInflater()
    const result = await parseRecordsAsync(new TextEncoder().encode(JSON.stringify(logFile(records))), { inflate })
    expect(calls()).toBe(0)
    expect(result.records).toStrictEqual(records)
  })

  it('also inflates a CloudWatch Logs subscription event inside the input', async () => {
    const { inflate, calls } = countingInflater()
    const event = {
      messageType: 'DATA_MESSAGE',
      owner: '111122223333',
      logGroup: 'aws-cloudtrail-logs',
      logStream: '111122223333_CloudTrail_us-east-1',
      subscriptionFilters: ['all'],
      logEvents: records.map((record, at) => ({ id: String(at), timestamp: 1_767_225_600_000, message: JSON.stringify(record) })),
    }
    const body = JSON.stringify({ awslogs: { data: gzipSync(JSON.stringify(event)).toString('base64') } })
    const result = await parseRecordsAsync(body, { inflate })
    expect(calls()).toBe(1)
    expect(result.records).toStrictEqual(records)
  })

  it('gzip cut short: the records before the cut and one encoding issue, as with the default', async () => {
    const cut = gzip.subarray(0, gzip.length - 40)
    const withCaller = await parseRecordsAsync(cut, { inflate: countingInflater().inflate })
    const withDefault = await parseRecordsAsync(cut)
    expect(withCaller.issues).toHaveLength(1)
    expect(withCaller.issues[0]).toMatchObject({ kind: 'encoding', expected: 'complete gzip data' })
    expect(withCaller.issues[0]!.message).toMatch(/the gzip data is not valid or is cut short \(unexpected end of file\)/)
    expect(withCaller.records).toStrictEqual(withDefault.records)
  })

  it('an inflater that throws, or returns something that is not iterable, is an encoding issue, never a throw', async () => {
    const throwing: Inflate = () => {
      throw new Error('no inflater here')
    }
    const notIterable = (() => 42) as unknown as Inflate
    for (const inflate of [throwing, notIterable]) {
      const result = await parseRecordsAsync(gzip, { inflate })
      expect(result.records).toStrictEqual([])
      expect(result.issues).toHaveLength(1)
      expect(result.issues[0]).toMatchObject({ kind: 'encoding', expected: 'complete gzip data' })
    }
  })

  it('an input that fails is an input issue, whatever the inflater makes of its input ending early', async () => {
    async function* failing(): AsyncGenerator<Uint8Array> {
      yield gzip.subarray(0, 10)
      throw new Error('connection reset')
    }
    const quiet: Inflate = async function* (input) {
      try {
        for await (const chunk of input) void chunk
      } catch {
        // ends without a word
      }
    }
    for (const inflate of [countingInflater().inflate, quiet]) {
      const result = await parseRecordsAsync(failing(), { inflate })
      expect(result.issues).toHaveLength(1)
      expect(result.issues[0]).toMatchObject({ kind: 'input', found: 'connection reset' })
    }
  })

  it('leaving the loop early stops the input', async () => {
    let closed = false
    async function* input(): AsyncGenerator<Uint8Array> {
      try {
        yield* chunked(gzip, 16)
      } finally {
        closed = true
      }
    }
    for await (const entry of streamRecords(input(), { inflate: countingInflater().inflate })) {
      expect(entry.kind).toBe('record')
      break
    }
    expect(closed).toBe(true)
  })
})
