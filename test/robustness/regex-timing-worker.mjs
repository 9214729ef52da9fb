// Times regular expressions against long adversarial strings, in a worker
// thread so that a regex that backtracks catastrophically can be stopped
// (worker.terminate()) instead of hanging the test run.
import { parentPort, workerData } from 'node:worker_threads'

/**
 * @typedef {{ readonly id: string, readonly source: string, readonly flags: string, readonly inputs: ReadonlyArray<string> }} RegexCase
 * @typedef {{ readonly id: string, readonly input: number, readonly length: number, readonly regexMs: number, readonly linearMs: number }} Timing
 */

/**
 * The smallest of several timings of `run`, in milliseconds.
 *
 * @param {() => unknown} run
 * @returns {number}
 */
function fastest(run) {
  let best = Number.POSITIVE_INFINITY
  for (let i = 0; i < 3; i++) {
    const started = performance.now()
    run()
    best = Math.min(best, performance.now() - started)
  }
  return best
}

/**
 * A linear scan of the string: what reading every character once costs.
 *
 * @param {string} text
 * @returns {number}
 */
function linearScan(text) {
  let sum = 0
  for (let i = 0; i < text.length; i++) sum = (sum + text.charCodeAt(i)) | 0
  return sum
}

/**
 * The cases the test sent.
 *
 * @param {unknown} data - the worker's `workerData`
 * @returns {ReadonlyArray<RegexCase>}
 */
function casesOf(data) {
  if (!Array.isArray(data)) throw new Error('regex-timing-worker expects an array of cases')
  /** @type {ReadonlyArray<RegexCase>} */
  const cases = data
  return cases
}

const port = parentPort
if (port === null) throw new Error('regex-timing-worker runs as a worker thread')
const cases = casesOf(workerData)
for (const regexCase of cases) {
  const regex = new RegExp(regexCase.source, regexCase.flags)
  regexCase.inputs.forEach((input, index) => {
    port.postMessage({ kind: 'start', id: regexCase.id, input: index })
    // A global regex is used to replace every match; others to find one.
    const regexMs = fastest(() => (regex.global ? input.replace(regex, '') : regex.exec(input)))
    const linearMs = fastest(() => linearScan(input))
    /** @type {Timing} */
    const timing = { id: regexCase.id, input: index, length: input.length, regexMs, linearMs }
    port.postMessage({ kind: 'timing', timing })
  })
}
port.postMessage({ kind: 'done' })
