import type { Worker } from 'node:worker_threads'
import { receivedItems } from './protocol.js'
import type { FromWorker, ToWorker, WorkerSetup } from './protocol.js'
import { startWorker } from './worker-script.js'

/**
 * One unit of work of a pool: a file a worker thread reads, or a reader run
 * in this thread when its turn comes (standard input, which no worker can
 * read). A local reader yields batches of items and the bytes read with each.
 */
export type PoolTask =
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'local'; readonly read: () => AsyncIterable<{ readonly items: ReadonlyArray<unknown>; readonly bytes: number }> }

/**
 * What a pool yields, task after task in the order the tasks were given:
 * `start`, the task's items in batches (with the bytes read since the last
 * batch), `failed` if its worker died, and `end` (with the last bytes read).
 */
export type PoolEvent =
  | { readonly kind: 'start'; readonly task: number }
  | { readonly kind: 'items'; readonly task: number; readonly items: ReadonlyArray<unknown>; readonly bytes: number }
  | { readonly kind: 'failed'; readonly task: number; readonly message: string }
  | { readonly kind: 'end'; readonly task: number; readonly bytes: number }

/** How a pool runs. */
export interface PoolConfig {
  /** Worker threads, at most. */
  readonly jobs: number
  /** Tasks started and not yet consumed, at most: bounds memory with `setup.credits` and `setup.batch`. */
  readonly window: number
  /** What every worker is told. */
  readonly setup: WorkerSetup
  /** The worker script, when not the built one beside this module. */
  readonly script?: URL
}

interface TaskState {
  readonly index: number
  readonly task: PoolTask
  /** Events that arrived and were not yet yielded. */
  readonly events: PoolEvent[]
  /** The worker reading the task, while it reads it. */
  slot: Slot | undefined
}

interface Slot {
  readonly worker: Worker
  /** The task the worker reads; `undefined` when it is idle. */
  task: TaskState | undefined
  dead: boolean
}

function iteratorOf<T>(items: Iterable<T> | AsyncIterable<T>): AsyncIterator<T> | Iterator<T> {
  return Symbol.asyncIterator in items ? items[Symbol.asyncIterator]() : items[Symbol.iterator]()
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/**
 * Runs tasks on worker threads and yields their events in task order, as if
 * one thread had run them one after the other. At most `window` tasks are in
 * flight (started, and not yet consumed), and a worker stops reading a file
 * once `setup.credits` batches of it wait to be consumed, so memory stays
 * bounded by `window × credits × batch` items whatever the files' sizes.
 * Leaving the loop early stops every worker. While the loop is suspended,
 * the workers keep no process alive.
 *
 * @param tasks - the tasks, in order (read lazily, as the window has room)
 * @param config - the jobs, the window and what the workers are told
 * @returns the events, task after task
 */
export async function* runPool(tasks: Iterable<PoolTask> | AsyncIterable<PoolTask>, config: PoolConfig): AsyncGenerator<PoolEvent, void, undefined> {
  const source = iteratorOf(tasks)
  const inFlight: TaskState[] = []
  const slots: Slot[] = []
  let pulled: PoolTask | undefined
  let exhausted = false
  let next = 0
  let closing = false
  let signal: (() => void) | undefined
  const wake = (): void => {
    const resume = signal
    signal = undefined
    resume?.()
  }

  const settle = (slot: Slot, message: FromWorker): void => {
    const state = slot.task
    if (state === undefined || state.index !== message.task) return
    if (message.type === 'items') {
      state.events.push({ kind: 'items', task: state.index, items: receivedItems(message.items, message.texts), bytes: message.bytes })
    } else {
      state.events.push({ kind: 'end', task: state.index, bytes: message.bytes })
      slot.task = undefined
      state.slot = undefined
    }
    wake()
  }

  const die = (slot: Slot, reason: string): void => {
    if (slot.dead || closing) return
    slot.dead = true
    slots.splice(slots.indexOf(slot), 1)
    const state = slot.task
    if (state !== undefined) {
      state.events.push({ kind: 'failed', task: state.index, message: `the worker thread failed: ${reason}` })
      state.events.push({ kind: 'end', task: state.index, bytes: 0 })
      state.slot = undefined
    }
    slot.task = undefined
    wake()
  }

  const idleSlot = (): Slot | undefined => {
    const idle = slots.find((slot) => slot.task === undefined)
    if (idle !== undefined || slots.length >= config.jobs) return idle
    const slot: Slot = { worker: startWorker(config.setup, config.script), task: undefined, dead: false }
    slot.worker.on('message', (message: FromWorker) => settle(slot, message))
    slot.worker.on('error', (error) => die(slot, errorText(error)))
    slot.worker.on('exit', (code) => die(slot, `it exited with code ${code}`))
    slots.push(slot)
    return slot
  }

  /** Starts tasks, in order, while the window has room and a worker is free for the next file. */
  const fill = async (): Promise<void> => {
    while (inFlight.length < config.window) {
      if (pulled === undefined) {
        if (exhausted) return
        const result = await source.next()
        if (result.done === true) {
          exhausted = true
          return
        }
        pulled = result.value
      }
      const state: TaskState = { index: next, task: pulled, events: [], slot: undefined }
      if (pulled.kind === 'file') {
        const slot = idleSlot()
        if (slot === undefined) return
        slot.task = state
        state.slot = slot
        const read: ToWorker = { type: 'read', task: state.index, path: pulled.path }
        slot.worker.postMessage(read)
      }
      next++
      pulled = undefined
      inFlight.push(state)
    }
  }

  const waitForWorkers = async (): Promise<void> => {
    for (const slot of slots) slot.worker.ref()
    await new Promise<void>((resolve) => (signal = resolve))
    for (const slot of slots) slot.worker.unref()
  }

  try {
    for (;;) {
      await fill()
      const head = inFlight[0]
      if (head === undefined) return
      yield { kind: 'start', task: head.index }
      if (head.task.kind === 'local') {
        for await (const { items, bytes } of head.task.read()) yield { kind: 'items', task: head.index, items, bytes }
        yield { kind: 'end', task: head.index, bytes: 0 }
        inFlight.shift()
        continue
      }
      for (;;) {
        const event = head.events.shift()
        if (event === undefined) {
          await waitForWorkers()
          await fill()
          continue
        }
        if (event.kind === 'items' && head.slot?.task === head) {
          const credit: ToWorker = { type: 'credit', task: head.index }
          head.slot.worker.postMessage(credit)
        }
        yield event
        if (event.kind === 'end') break
      }
      inFlight.shift()
    }
  } finally {
    closing = true
    await Promise.all(slots.map((slot) => slot.worker.terminate()))
  }
}
