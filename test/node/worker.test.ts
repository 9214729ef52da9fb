/**
 * The worker thread's flow control, which bounds memory: it sends at most
 * `credits` batches of a file that the main thread has not consumed, then
 * waits for a credit per batch. And the pieces the threads share: the JSON
 * text of values too deep for the structured clone, and service names.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import type { Worker } from 'node:worker_threads'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { awsServices, support, trustedAdvisor } from '../../src/aws/index.js'
import { jsonText } from '../../src/node/json-text.js'
import { cloneableItems, receivedItems } from '../../src/node/protocol.js'
import type { FromWorker, ToWorker, WorkerSetup } from '../../src/node/protocol.js'
import { moduleUrl } from '../../src/node/module-url.js'
import { loadServices, serviceNames } from '../../src/node/services.js'
import { startWorker } from '../../src/node/worker-script.js'
import { repoRoot } from '../support/corpus.js'
import { writeGzipLogs } from './folder.js'

let scratch = ''
let big = ''

beforeAll(() => {
  scratch = mkdtempSync(join(repoRoot, '.tmp', 'node-worker-test-'))
  ;[big] = writeGzipLogs(scratch, 1, 3000) as [string]
})

afterAll(() => {
  if (scratch !== '') rmSync(scratch, { recursive: true, force: true })
})

/** Collects a worker's messages; `settled(n)` waits for more than `n` of them, then until none came for a while. */
function listen(worker: Worker): { readonly messages: FromWorker[]; settled(after: number): Promise<void> } {
  const messages: FromWorker[] = []
  worker.on('message', (message: FromWorker) => messages.push(message))
  const pause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 500))
  return {
    messages,
    async settled(after) {
      while (messages.length <= after) await pause()
      for (let count = -1; count !== messages.length; ) {
        count = messages.length
        await pause()
      }
    },
  }
}

describe('the worker thread', () => {
  it('sends `credits` batches of a file, then one more per credit, then the end', async () => {
    const setup: WorkerSetup = { parse: { services: [], serviceModules: [] }, transform: undefined, batch: 100, credits: 3 }
    const worker = startWorker(setup)
    worker.ref()
    try {
      const inbox = listen(worker)
      const send = (message: ToWorker): void => worker.postMessage(message)
      send({ type: 'read', task: 7, path: big })
      await inbox.settled(0)
      expect(inbox.messages.map((m) => m.type)).toStrictEqual(['items', 'items', 'items'])
      send({ type: 'credit', task: 6 })
      send({ type: 'credit', task: 7 })
      await inbox.settled(3)
      expect(inbox.messages).toHaveLength(4)
      for (let i = 0; i < 40; i++) send({ type: 'credit', task: 7 })
      await inbox.settled(4)
      const items = inbox.messages.flatMap((m) => (m.type === 'items' ? m.items : []))
      expect(items).toHaveLength(3000)
      expect(inbox.messages.at(-1)).toStrictEqual({ type: 'end', task: 7, bytes: 0 })
      expect(inbox.messages.every((m) => m.task === 7)).toBe(true)
    } finally {
      await worker.terminate()
    }
  })
})

describe('values too deep for the structured clone', () => {
  const depth = 50_000
  let deep: unknown = { gone: undefined, list: [1, 'two', null, true, Number.NaN] }
  for (let i = 0; i < depth; i++) deep = i % 2 === 0 ? [deep] : { inner: deep }

  it('are written as JSON.stringify writes them, without recursion', () => {
    const open: string[] = []
    const close: string[] = []
    for (let i = depth - 1; i >= 0; i--) open.push(i % 2 === 0 ? '[' : '{"inner":')
    for (let i = 0; i < depth; i++) close.push(i % 2 === 0 ? ']' : '}')
    expect(jsonText(deep)).toBe(`${open.join('')}{"list":[1,"two",null,true,null]}${close.join('')}`)
    expect(jsonText({ a: [1, { b: 'c' }], d: undefined, e: () => 1 })).toBe('{"a":[1,{"b":"c"}]}')
    expect(jsonText('plain')).toBe('"plain"')
    const cycle: { self?: unknown; deep?: unknown } = { deep }
    cycle.self = cycle
    expect(() => jsonText(cycle)).toThrow(TypeError)
  })

  it('cross as text, and come back as the same value', () => {
    const items = [{ kind: 'record', index: 0 }, 'a plain string item', deep]
    const { items: sent, texts } = cloneableItems(items)
    expect(texts).toStrictEqual([2])
    expect(sent.slice(0, 2)).toStrictEqual(items.slice(0, 2))
    const back = receivedItems(sent, texts)
    expect(jsonText(back[2])).toBe(jsonText(deep))
    expect(back[1]).toBe('a plain string item')
    expect(receivedItems(items, undefined)).toBe(items)
  })
})

describe('services sent by name', () => {
  it('are named as awsServices names them, and loaded back as the same values', async () => {
    expect(serviceNames([support, 'trustedadvisor'])).toStrictEqual(['support', 'trustedadvisor'])
    expect(serviceNames([{ ...support }])).toStrictEqual(['support'])
    expect(serviceNames(undefined)).toStrictEqual([])
    expect(await loadServices(['trustedadvisor', 'support'], [])).toStrictEqual([trustedAdvisor, support])
    const own = await loadServices([], [moduleUrl(new URL('./fixtures/custom-service.ts', import.meta.url))])
    expect(own.map((s) => s.name)).toStrictEqual(['ec2-runs'])
    expect(awsServices.map((s) => serviceNames([s])[0])).toStrictEqual(awsServices.map((s) => s.name))
  })

  it('take modules as URLs, file: URLs or paths', () => {
    expect(moduleUrl(new URL('file:///srv/a.js'))).toBe('file:///srv/a.js')
    expect(moduleUrl('file:///srv/b.js')).toBe('file:///srv/b.js')
    expect(moduleUrl('/srv/c.js')).toBe('file:///srv/c.js')
  })
})
