import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { WorkerSetup } from './protocol.js'

/**
 * Where the built worker (`dist/node/worker.js`) is, relative to the file
 * this code was bundled into: beside it (`dist/node/index.js`, `.cjs`), in
 * `node/` beside it (a bundle at the root of `dist/`: a shared chunk, the
 * command line `dist/cli.js`), or in `node/` beside its folder (a bundle in a
 * sibling folder, as `tsup src/cli/main.ts src/node/worker.ts` lays them out).
 */
const BUILT_WORKER = ['./worker.js', './node/worker.js', '../node/worker.js']

/**
 * The worker's script: the given one, or the built worker found beside this
 * module's file.
 *
 * @param script - a worker script chosen by the caller, if any
 * @returns the script's URL, or `undefined` when this module runs from its TypeScript source
 * @throws Error when no built worker is found
 */
function builtWorker(script: URL | undefined): URL | undefined {
  if (script !== undefined) return script
  const here = import.meta.url
  if (here.endsWith('.ts')) return undefined
  for (const candidate of BUILT_WORKER) {
    const url = new URL(candidate, here)
    if (existsSync(fileURLToPath(url))) return url
  }
  throw new Error(`cloudtrail-codecs: the worker script (node/worker.js) was not found beside ${here}; is the package complete?`)
}

/**
 * Starts one worker thread of a pool.
 *
 * Run from the TypeScript source (tests, benchmarks: the module's own URL
 * ends in `.ts`), the worker is `worker.ts`, loaded through tsx's loader,
 * which must be installed where the process runs.
 *
 * @param setup - what the worker is told
 * @param script - the worker script to run instead of the built one
 * @returns the worker, unreferenced (it keeps no process alive by itself)
 */
export function startWorker(setup: WorkerSetup, script?: URL): Worker {
  const built = builtWorker(script)
  const worker =
    built === undefined
      ? new Worker(
          `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(new URL('./worker.ts', import.meta.url).href)}) })`,
          { eval: true, workerData: setup },
        )
      : new Worker(built, { workerData: setup })
  worker.unref()
  return worker
}
