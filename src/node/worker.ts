/**
 * A worker thread of `readFiles` and `mapFiles` (and of the command line's
 * `--jobs`): reads the files the main thread sends, one at a time, with
 * `streamRecords`, and posts back its entries (or what the file's transform
 * makes of them, and sends at the file's end) in batches, in order. It
 * reads a file only as far as the main thread has room for: past `credits`
 * batches not yet consumed, it waits. Built to `dist/node/worker.js`; never
 * imported.
 */
import { parentPort, workerData } from 'node:worker_threads'
import type { MessagePort } from 'node:worker_threads'
import { keepEntries } from './file-transform.js'
import { batchesOf } from './read-file.js'
import { cloneableItems } from './protocol.js'
import type { FromWorker, ToWorker, WorkerSetup } from './protocol.js'
import { parseOptionsOf } from './services.js'
import { loadTransform } from './transform.js'

/** Serves the main thread: one file at a time, as the messages ask. */
async function serve(port: MessagePort, setup: WorkerSetup): Promise<void> {
  const options = await parseOptionsOf(setup.parse)
  const transform = setup.transform === undefined ? undefined : await loadTransform(setup.transform)
  /** The file being read, the batches of it the main thread may still take, and the read waiting for one. */
  let current = -1
  let credits = 0
  let waiting: (() => void) | undefined
  /** Files to read, in the order sent. */
  const queue: Array<{ readonly task: number; readonly path: string }> = []
  let reading = false

  const post = (message: FromWorker): void => {
    try {
      port.postMessage(message)
    } catch {
      // A value the structured clone cannot copy (a record nested deeper than the stack): as JSON text.
      if (message.type !== 'items') throw new Error('a worker message could not be sent')
      port.postMessage({ ...message, ...cloneableItems(message.items) })
    }
  }

  const read = async (task: number, path: string): Promise<void> => {
    current = task
    credits = setup.credits
    for await (const { items, bytes } of batchesOf(path, options, transform === undefined ? keepEntries : transform(path), setup.batch)) {
      if (credits === 0) await new Promise<void>((resolve) => (waiting = resolve))
      credits--
      post({ type: 'items', task, items, bytes })
    }
    post({ type: 'end', task, bytes: 0 })
  }

  const next = async (): Promise<void> => {
    if (reading) return
    reading = true
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) await read(file.task, file.path)
    reading = false
  }

  port.on('message', (message: ToWorker) => {
    if (message.type === 'credit') {
      if (message.task !== current) return
      credits++
      const resume = waiting
      waiting = undefined
      resume?.()
    } else {
      queue.push(message)
      void next()
    }
  })
}

if (parentPort !== null) await serve(parentPort, workerData as WorkerSetup)
