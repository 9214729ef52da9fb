/**
 * The viewer's worker: reads the files the page sends, one after another, decodes them with `streamRecords`
 * (gzip through the browser's DecompressionStream), and sends progress while it reads and one report at the
 * end. Nothing leaves the browser: the worker reads local files and makes no request.
 */
import { streamRecords } from '../src/index.js'
import { awsServices } from '../src/aws/index.js'
import { Aggregate } from './aggregate.js'
import type { OpenFiles, Progress, WorkerMessage } from './protocol.js'

/** The worker's global scope, as far as this file uses it (the project's types are those of a page). */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<OpenFiles>) => void) | null
  postMessage(message: WorkerMessage): void
}

/** At most one progress message per this many milliseconds. */
const PROGRESS_EVERY_MS = 100

/** Sends progress at most every {@link PROGRESS_EVERY_MS} ms; `force` sends it anyway. */
function progressSender(): (progress: Progress, force?: boolean) => void {
  let last = 0
  return (progress, force = false) => {
    const now = performance.now()
    if (!force && now - last < PROGRESS_EVERY_MS) return
    last = now
    scope.postMessage({ type: 'progress', progress })
  }
}

async function open(files: ReadonlyArray<File>): Promise<void> {
  const started = performance.now()
  const aggregate = new Aggregate()
  const send = progressSender()
  const totalBytes = files.reduce((sum, file) => sum + file.size, 0)
  let bytesBefore = 0
  for (const [fileIndex, file] of files.entries()) {
    aggregate.startFile(file.name, file.size)
    let fileBytesRead = 0
    const progress = (): Progress => ({
      fileIndex,
      fileCount: files.length,
      fileName: file.name,
      fileBytes: file.size,
      fileBytesRead,
      totalBytes,
      totalBytesRead: bytesBefore + fileBytesRead,
      ...aggregate.counts,
    })
    send(progress(), true)
    const counted = file.stream().pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          fileBytesRead += chunk.byteLength
          controller.enqueue(chunk)
        },
      }),
    )
    // Streaming keeps memory bounded by the largest record, so no size limit is needed.
    let n = 0
    for await (const entry of streamRecords(counted, { services: awsServices, maxBytes: Infinity })) {
      aggregate.add(entry)
      if (++n % 512 === 0) send(progress())
    }
    fileBytesRead = file.size
    bytesBefore += file.size
    send(progress(), true)
  }
  scope.postMessage({ type: 'report', report: aggregate.report(performance.now() - started) })
}

scope.onmessage = (event) => {
  open(event.data.files).catch((error: unknown) => {
    scope.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) })
  })
}
