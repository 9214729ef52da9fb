import { Readable } from 'node:stream'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { parseRecords } from '../../src/parse/parse-records.js'
import { parseRecordsAsync } from '../../src/parse/parse-async.js'
import { DEFAULT_MAX_BYTES } from '../../src/sources/unwrap-input.js'
import { generatedRecord } from '../sources/generated-log.js'
import { base64Gzip, cloudWatchLogsLambdaEvent, cloudWatchLogsPayload, logFile } from '../sources/wrappers.js'

const records = Array.from({ length: 40 }, (_, n) => generatedRecord(n))
const text = JSON.stringify(logFile(records))
const bytes = new TextEncoder().encode(text)
const expected = { records, issues: [], skipped: [] }

function webStream(chunks: ReadonlyArray<Uint8Array>): ReadableStream<Uint8Array> {
  let at = 0
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const chunk = chunks[at++]
      if (chunk === undefined) controller.close()
      else controller.enqueue(chunk)
    },
  })
}

function pieces(data: Uint8Array, size: number): Uint8Array[] {
  const out: Uint8Array[] = []
  for (let at = 0; at < data.length; at += size) out.push(data.subarray(at, at + size))
  return out
}

describe('parseRecordsAsync reads every kind of input, plain or gzip', () => {
  const inputs: ReadonlyArray<readonly [string, (data: Uint8Array) => unknown]> = [
    ['Uint8Array', (data) => data],
    ['Buffer', (data) => Buffer.from(data)],
    // A copy: a Buffer's own ArrayBuffer may be a larger pool.
    ['ArrayBuffer', (data) => new Uint8Array(data).buffer],
    ['DataView', (data) => new DataView(new Uint8Array(data).buffer)],
    ['Blob', (data) => new Blob([new Uint8Array(data)])],
    ['web ReadableStream', (data) => webStream(pieces(data, 1000))],
    ['Node Readable', (data) => Readable.from(pieces(data, 1000))],
    ['async iterable', (data) => Readable.from(pieces(data, 333)).iterator()],
  ]

  it.each(inputs)('%s', async (_name, make) => {
    expect(await parseRecordsAsync(make(bytes))).toStrictEqual(expected)
    expect(await parseRecordsAsync(make(gzipSync(bytes)))).toStrictEqual(expected)
  })

  it('a string, and an already-parsed value', async () => {
    expect(await parseRecordsAsync(text)).toStrictEqual(expected)
    expect(await parseRecordsAsync(`\uFEFF${text}`)).toStrictEqual(expected)
    expect(await parseRecordsAsync(logFile(records))).toStrictEqual(expected)
  })

  it('gzip inside base64 inside a CloudWatch Logs event inside gzip', async () => {
    const event = cloudWatchLogsLambdaEvent(cloudWatchLogsPayload(records))
    expect(await parseRecordsAsync(gzipSync(JSON.stringify(event)))).toStrictEqual(expected)
    expect(await parseRecordsAsync(gzipSync(gzipSync(bytes)))).toStrictEqual(expected)
  })

  it('the options of parseRecords apply', async () => {
    const only = { eventNames: ['CreateCase'] }
    expect(await parseRecordsAsync(gzipSync(bytes), { only })).toStrictEqual(parseRecords(text, { only }))
    expect((await parseRecordsAsync(gzipSync(bytes), { source: 'eventBridge' })).issues[0]?.kind).toBe('input')
  })
})

describe('parseRecordsAsync never throws', () => {
  it.each<[string, unknown]>([
    ['undefined', undefined],
    ['null', null],
    ['a number', 42],
    ['a promise', Promise.resolve(text)],
    ['empty bytes', new Uint8Array(0)],
    ['empty gzip', gzipSync('')],
    ['white space', '  \n '],
  ])('%s: an issue', async (_name, input) => {
    const result = await parseRecordsAsync(input)
    expect(result.records).toStrictEqual([])
    expect(result.issues.length).toBeGreaterThan(0)
  })

  it('a stream that fails midway: the records before the failure are kept, and the failure is an input issue', async () => {
    const head = bytes.subarray(0, Math.floor(bytes.length / 2))
    let sent = false
    const failing = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent) controller.error(new Error('socket hang up'))
        else controller.enqueue(head)
        sent = true
      },
    })
    const result = await parseRecordsAsync(failing)
    expect(result.records.length).toBeGreaterThan(5)
    expect(result.records).toStrictEqual(records.slice(0, result.records.length))
    expect(result.issues.map((i) => [i.kind, i.message])).toStrictEqual([['input', 'input: reading the input failed: socket hang up']])
  })

  it('a gzip stream that fails midway: the same, with the records inflated before the failure', async () => {
    const many = JSON.stringify(logFile(Array.from({ length: 400 }, (_, n) => generatedRecord(n))))
    const zipped = gzipSync(many)
    let sent = 0
    const failing = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent * 4096 >= zipped.length / 2) controller.error(new Error('socket hang up'))
        else controller.enqueue(zipped.subarray(sent++ * 4096, sent * 4096))
      },
    })
    const result = await parseRecordsAsync(failing)
    expect(result.records.length).toBeGreaterThan(50)
    expect(result.issues.map((i) => [i.kind, i.message])).toStrictEqual([['input', 'input: reading the input failed: socket hang up']])
  })

  it('an async iterable that throws, and one that yields something that is not bytes', async () => {
    const throwing = {
      [Symbol.asyncIterator]: () => ({ next: () => Promise.reject(new Error('boom')) }),
    }
    expect((await parseRecordsAsync(throwing)).issues.map((i) => i.kind)).toStrictEqual(['input'])
    expect((await parseRecordsAsync(Readable.from([{ not: 'bytes' }]))).issues.map((i) => i.kind)).toStrictEqual(['input'])
  })
})

describe('bad bytes are issues, and what came before them is kept', () => {
  it('a gzip bomb ends in a limit issue at maxBytes', async () => {
    const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024, ' '), { level: 1 })
    expect(bomb.length).toBeLessThan(1024 * 1024)
    const result = await parseRecordsAsync(bomb, { maxBytes: 4 * 1024 * 1024 })
    expect(result.records).toStrictEqual([])
    expect(result.issues.map((i) => i.kind)).toStrictEqual(['limit'])
    expect(result.issues[0]?.message).toContain('maxBytes')
    expect(DEFAULT_MAX_BYTES).toBe(512 * 1024 * 1024)
  })

  it('a gzip bomb that is one endless string ends in a limit issue too', async () => {
    const bomb = gzipSync(Buffer.concat([Buffer.from(`${JSON.stringify(logFile(records.slice(0, 2))).slice(0, -2)},{"a":"`), Buffer.alloc(32 * 1024 * 1024, 'x')]), { level: 1 })
    const result = await parseRecordsAsync(bomb, { maxBytes: 8 * 1024 * 1024 })
    expect(result.records).toStrictEqual(records.slice(0, 2))
    expect(result.issues.map((i) => i.kind)).toStrictEqual(['limit'])
  })

  it('a value longer than 64 Mi characters is a limit issue, skipped without keeping it', async () => {
    const huge = gzipSync(Buffer.concat([Buffer.from('{"Records":[{"a":"'), Buffer.alloc(65 * 1024 * 1024, 'x'), Buffer.from(`"},${JSON.stringify(records[0])}]}`)]), { level: 1 })
    const result = await parseRecordsAsync(huge)
    expect(result.records).toStrictEqual([records[0]])
    expect(result.issues.map((i) => [i.kind, i.index, i.location])).toStrictEqual([['limit', 0, '$.Records[0]']])
  })

  it('a truncated gzip stream: an encoding issue after the records read so far', async () => {
    const big = gzipSync(JSON.stringify(logFile(Array.from({ length: 400 }, (_, n) => generatedRecord(n)))))
    const result = await parseRecordsAsync(big.subarray(0, Math.floor(big.length * 0.6)))
    expect(result.records.length).toBeGreaterThan(100)
    expect(result.issues.map((i) => i.kind)).toStrictEqual(['encoding'])
    expect(result.issues[0]?.message).toMatch(/gzip/)
  })

  it('invalid UTF-8 is an encoding issue, not a silent U+FFFD', async () => {
    const lines = records.slice(0, 3).map((r) => JSON.stringify(r))
    const broken = Buffer.concat([Buffer.from(`${lines[0]}\n${lines[1]}\n{"eventName":"`), Buffer.from([0xc3, 0x28]), Buffer.from(`"}\n${lines[2]}`)])
    for (const input of [broken, gzipSync(broken), Readable.from(pieces(broken, 1))]) {
      const result = await parseRecordsAsync(input)
      expect(result.records).toStrictEqual(records.slice(0, 2))
      expect(result.issues.map((i) => i.kind)).toStrictEqual(['encoding'])
      expect(result.issues[0]?.message).toContain(`byte ${broken.indexOf(Buffer.from([0xc3, 0x28]))}`)
    }
  })

  it('base64 that is not valid costs its payload only', async () => {
    const good = cloudWatchLogsLambdaEvent(cloudWatchLogsPayload(records.slice(0, 2)))
    const bad = { awslogs: { data: 'H4sI!!!!' } }
    const truncated = { awslogs: { data: base64Gzip(cloudWatchLogsPayload(records)).slice(0, 200) } }
    const ndjson = [good, bad, truncated, good].map((event) => JSON.stringify(event)).join('\n')
    const result = await parseRecordsAsync(ndjson)
    expect(result.records).toStrictEqual([...records.slice(0, 2), ...records.slice(0, 2)])
    expect(result.issues.map((i) => [i.kind, i.location])).toStrictEqual([
      ['encoding', 'line 2.awslogs.data'],
      ['encoding', 'line 3.awslogs.data'],
    ])
  })
})
