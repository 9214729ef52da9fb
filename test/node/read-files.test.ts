/**
 * `readFiles` and `mapFiles` (cloudtrail-codecs/node): whatever the number of
 * jobs, the same entries in the same order as reading each file alone with
 * `streamRecords`, one after the other. Run from source, the workers load
 * src/node/worker.ts through tsx.
 */
import { createReadStream, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { awsServices, support } from '../../src/aws/index.js'
import { streamRecords } from '../../src/index.js'
import type { AsyncParseOptions } from '../../src/index.js'
import { inflateGzip, mapFiles, readFiles } from '../../src/node/index.js'
import type { FileEntry, FileInput, FileValue } from '../../src/node/index.js'
import { mapFileStates } from '../../src/node/read-files.js'
import { repoRoot } from '../support/corpus.js'
import { writeGzipLogs, writeOddFiles } from './folder.js'
import type { Kept, PerFileValue } from './fixtures/transform.js'

let scratch = ''
/** Ten gzip log files of 400 generated records each. */
let logs: string[] = []
/** Files that are not plain log files, and one that does not exist. */
let odd: string[] = []

/** The sample logs of examples/data, in name order. */
function filesOf(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((entry) => (entry.isDirectory() ? filesOf(join(dir, entry.name)) : [join(dir, entry.name)]))
}
const examples = filesOf(join(repoRoot, 'examples', 'data'))

beforeAll(() => {
  scratch = mkdtempSync(join(repoRoot, '.tmp', 'node-test-'))
  logs = writeGzipLogs(join(scratch, 'logs'), 10, 400)
  odd = [...writeOddFiles(join(scratch, 'odd')), join(scratch, 'odd', 'missing.json.gz')]
})

afterAll(() => {
  if (scratch !== '') rmSync(scratch, { recursive: true, force: true })
})

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = []
  for await (const item of items) out.push(item)
  return out
}

/** What reading the files one after the other with `streamRecords` gives, as `readFiles` lays it out. */
async function reference(paths: ReadonlyArray<string>, options: AsyncParseOptions): Promise<FileEntry[]> {
  const out: FileEntry[] = []
  for (const file of paths) {
    out.push({ kind: 'start', file })
    let bytes = 0
    const counted = async function* (): AsyncGenerator<Uint8Array> {
      for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
        bytes += chunk.byteLength
        yield chunk
      }
    }
    for await (const entry of streamRecords(counted(), options)) out.push({ ...entry, file })
    out.push({ kind: 'end', file, bytes })
  }
  return out
}

describe('readFiles', () => {
  it('gives examples/data as reading each file alone would, with 1, 2 and 3 jobs', async () => {
    const expected = await reference(examples, { services: awsServices })
    expect(expected.filter((e) => e.kind === 'record').length).toBeGreaterThan(20)
    for (const jobs of [1, 2, 3]) expect(await collect(readFiles(examples, { jobs, services: awsServices }))).toStrictEqual(expected)
  })

  it('gives a folder of ten gzip files (records and issues) in the same order with 1, 2 and 4 jobs', async () => {
    const expected = await reference(logs, { services: awsServices })
    const records = expected.filter((e) => e.kind === 'record')
    expect(records.length).toBeGreaterThan(3900)
    expect(expected.filter((e) => e.kind === 'issue').length).toBeGreaterThan(0)
    for (const jobs of [1, 2, 4]) expect(await collect(readFiles(logs, { jobs, services: awsServices }))).toStrictEqual(expected)
  })

  it('reports odd files (digest, cut gzip, empty, NDJSON, missing) in place, as one thread does', async () => {
    const paths = [logs[0]!, ...odd, logs[1]!]
    const expected = await reference(paths, {})
    const kinds = expected.flatMap((e) => (e.kind === 'issue' ? [e.issue.kind] : []))
    expect(kinds).toEqual(expect.arrayContaining(['digest', 'encoding', 'input']))
    expect(await collect(readFiles(paths, { jobs: 3 }))).toStrictEqual(expected)
  })

  it('takes services as values or names, and services of your own as modules', async () => {
    const byName = await collect(readFiles(logs.slice(0, 3), { jobs: 2, services: ['support'] }))
    expect(await collect(readFiles(logs.slice(0, 3), { jobs: 2, services: [support] }))).toStrictEqual(byName)
    expect(byName).toStrictEqual(await reference(logs.slice(0, 3), { services: [support] }))

    const serviceModules = [new URL('./fixtures/custom-service.ts', import.meta.url)]
    const own = await collect(readFiles(logs.slice(0, 3), { jobs: 2, serviceModules }))
    const operationIssues = own.filter((e) => e.kind === 'issue' && e.issue.kind === 'operation')
    expect(operationIssues.length).toBeGreaterThan(0)
    expect(await collect(readFiles(logs.slice(0, 3), { jobs: 1, serviceModules }))).toStrictEqual(own)
  })

  it('refuses a service that is not in awsServices, and jobs that are not a whole number of at least 1, when called', () => {
    const stranger = { ...support, name: 'stranger', eventSource: 'stranger.amazonaws.com' }
    expect(() => readFiles(logs, { services: [stranger] })).toThrow(/not one of awsServices.*serviceModules/)
    expect(() => readFiles(logs, { services: ['nope'] })).toThrow(TypeError)
    for (const jobs of [0, 1.5, -1, Number.NaN]) expect(() => readFiles(logs, { jobs })).toThrow(RangeError)
  })

  it('applies the parse options in the workers (only, onOperationMismatch, maxBytes)', async () => {
    const options = { only: { eventSources: ['support.amazonaws.com'] }, onOperationMismatch: 'generic' as const, maxBytes: 50_000 }
    const expected = await reference(logs.slice(0, 4), options)
    expect(expected.some((e) => e.kind === 'skipped')).toBe(true)
    expect(expected.some((e) => e.kind === 'issue' && e.issue.kind === 'limit')).toBe(true)
    expect(await collect(readFiles(logs.slice(0, 4), { ...options, jobs: 2 }))).toStrictEqual(expected)
  })

  it('inflates with inflateGzip when given it, in the workers too, and refuses another inflater', async () => {
    const expected = await reference([...logs.slice(0, 3), ...odd], { inflate: inflateGzip })
    for (const jobs of [1, 2]) expect(await collect(readFiles([...logs.slice(0, 3), ...odd], { jobs, inflate: inflateGzip }))).toStrictEqual(expected)
    expect(() => readFiles(logs, { inflate: (gzip) => gzip })).toThrow(/inflateGzip/)
  })

  it('reads streams in this thread, in their turn among files read by workers', async () => {
    const text = JSON.stringify({ Records: [{ eventVersion: '1.08' }] })
    const inputs: FileInput[] = [logs[0]!, { name: 'stdin', bytes: Readable.from([Buffer.from(text)]) }, logs[1]!]
    const entries = await collect(readFiles(inputs, { jobs: 2 }))
    const stdin = entries.filter((e) => e.file === 'stdin')
    expect(stdin.map((e) => e.kind)).toStrictEqual(['start', 'issue', 'end'])
    expect(entries.map((e) => e.file).filter((f, i, all) => f !== all[i - 1])).toStrictEqual([logs[0], 'stdin', logs[1]])
  })

  it('writes a record nested 100,000 levels deep through a worker untouched', async () => {
    const depth = 100_000
    const deep = `${'{"a":['.repeat(depth)}1${']}'.repeat(depth)}`
    const record = `{"eventVersion":"1.08","eventTime":"2026-11-02T10:00:00Z","eventSource":"ec2.amazonaws.com","eventName":"RunInstances","awsRegion":"us-east-1","sourceIPAddress":"198.51.100.7","userIdentity":{"type":"Root","accountId":"111122223333"},"requestParameters":${deep}}`
    const path = join(scratch, 'deep.json')
    writeFileSync(path, `{"Records":[${record},{"eventVersion":"1.08"}]}`)
    const expected = await reference([path], {})
    expect(expected.map((e) => e.kind)).toStrictEqual(['start', 'record', 'issue', 'end'])
    const entries = await collect(readFiles([path], { jobs: 2 }))
    expect(entries.map((e) => e.kind)).toStrictEqual(['start', 'record', 'issue', 'end'])
    let level: unknown = entries[1]?.kind === 'record' ? (entries[1].record as { requestParameters?: unknown }).requestParameters : undefined
    let levels = 0
    while (typeof level === 'object' && level !== null && 'a' in level) {
      level = (level as { a: unknown[] }).a[0]
      levels++
    }
    expect(levels).toBe(depth)
    expect(level).toBe(1)
    expect(entries[2]).toStrictEqual(expected[2])
  })

  it('stops its workers when the loop is left early', async () => {
    let seen = 0
    for await (const entry of readFiles([...logs, ...logs], { jobs: 2 })) {
      if (entry.kind === 'record' && ++seen === 10) break
    }
    expect(seen).toBe(10)
  })
})

describe('mapFiles', () => {
  const transform = { module: new URL('./fixtures/transform.ts', import.meta.url), data: { prefix: '>' } }

  it('yields what the transform returns, in the order of files and entries, whatever the jobs', async () => {
    const paths = [...logs.slice(0, 5), ...odd]
    const one = await collect(mapFiles<Kept>(paths, transform, { jobs: 1 }))
    const expected = (await reference(paths, {})).flatMap((e): Array<FileValue<Kept>> => {
      if (e.kind === 'start' || e.kind === 'end') return [e]
      if (e.kind === 'skipped') return []
      const value: Kept = e.kind === 'issue' ? ['issue', e.issue.index, e.issue.message, e.file] : ['record', e.index, `>${'eventName' in e.record ? e.record.eventName : 'insight'}`, e.file]
      return [{ kind: 'value', file: e.file, value }]
    })
    expect(one).toStrictEqual(expected)
    expect(await collect(mapFiles<Kept>(paths, transform, { jobs: 3 }))).toStrictEqual(one)
  })

  it('costs a file whose worker dies one failed event, and reads the other files', async () => {
    const failing = { module: transform.module, name: 'failOnce' }
    const events = await collect(mapFiles<string>(logs.slice(0, 4), failing, { jobs: 2 }))
    const failed = events.filter((e) => e.kind === 'failed')
    expect(failed).toHaveLength(1)
    expect(failed[0]).toMatchObject({ file: logs[2], message: expect.stringMatching(/worker thread failed: transform failed on purpose/) })
    const ends = events.filter((e) => e.kind === 'end').map((e) => e.file)
    expect(ends).toStrictEqual(logs.slice(0, 4))
    const valuesOf = (file: string | undefined): number => events.filter((e) => e.kind === 'value' && e.file === file).length
    expect(valuesOf(logs[3])).toBe(400)
    expect(valuesOf(logs[2])).toBeLessThan(400)
  })

  it('turns a worker death into an input issue in readFiles terms too', async () => {
    const entries = await collect(readFiles([join(scratch, 'logs')], { jobs: 2 }))
    expect(entries.map((e) => e.kind)).toStrictEqual(['start', 'issue', 'end'])
  })

  it('runs `here` in this thread (jobs: 1, streams) and the module in the workers', async () => {
    const here = (entry: { kind: string }): string | undefined => (entry.kind === 'record' ? 'here' : undefined)
    const mixed = { ...transform, name: 'failOnce', here }
    const one = await collect(mapFiles<string>(logs.slice(0, 2), mixed, { jobs: 1 }))
    expect(new Set(one.flatMap((e) => (e.kind === 'value' ? [e.value] : [])))).toStrictEqual(new Set(['here']))
    const stream = { name: 'stdin', bytes: Readable.from([Buffer.from(JSON.stringify({ Records: [{ eventVersion: '1.08' }] }))]) }
    const two = await collect(mapFiles<string>([logs[0]!, stream], mixed, { jobs: 2 }))
    expect(new Set(two.flatMap((e) => (e.kind === 'value' && e.file === logs[0] ? [e.value] : [])))).toStrictEqual(new Set(['record', 'issue']))
    expect(two.filter((e) => e.file === 'stdin').map((e) => e.kind)).toStrictEqual(['start', 'end'])
  })

  it('refuses a transform whose export is not a function', async () => {
    await expect(collect(mapFiles(logs, { module: transform.module, name: 'notAFunction' }, { jobs: 2 }))).rejects.toThrow(/no function named notAFunction/)
  })
})

describe('mapFileStates', () => {
  const transform = { module: new URL('./fixtures/transform.ts', import.meta.url), name: 'perFile', data: { prefix: '>' } }

  it('yields what each file\'s transform sends, promises awaited, and its end value last, in order, whatever the jobs', async () => {
    const paths = [...logs.slice(0, 4), ...odd]
    const expected: Array<FileValue<PerFileValue>> = []
    let records = 0
    for (const e of await reference(paths, {})) {
      switch (e.kind) {
        case 'start':
          records = 0
          expected.push(e)
          break
        case 'issue':
          expected.push({ kind: 'value', file: e.file, value: ['issue', e.issue.index ?? -1] })
          break
        case 'record':
          if (++records % 10 === 0) expected.push({ kind: 'value', file: e.file, value: ['tenth', records] })
          break
        case 'end':
          expected.push({ kind: 'value', file: e.file, value: [`>${e.file}`, records] }, e)
          break
        case 'skipped':
          break
      }
    }
    expect(expected.filter((e) => e.kind === 'value' && e.value[0] === 'tenth').length).toBeGreaterThan(100)
    for (const jobs of [1, 2, 3]) expect(await collect(mapFileStates<PerFileValue>(paths, transform, { jobs, batch: 7 }))).toStrictEqual(expected)
  })

  it('runs `here` for what this thread reads, and refuses a batch that is not a whole number of at least 1', async () => {
    const stream = { name: 'stdin', bytes: Readable.from([Buffer.from(JSON.stringify({ Records: [{ eventVersion: '1.08' }] }))]) }
    const here = (file: string): { entry: () => undefined; end: () => string } => ({ entry: () => undefined, end: () => `here ${file}` })
    const events = await collect(mapFileStates<string>([logs[0]!, stream], { ...transform, here }, { jobs: 2 }))
    expect(events.filter((e) => e.kind === 'value').map((e) => (e.kind === 'value' ? e.value : undefined)).at(-1)).toBe('here stdin')
    expect(() => mapFileStates(logs, transform, { batch: 0 })).toThrow(RangeError)
  })
})
