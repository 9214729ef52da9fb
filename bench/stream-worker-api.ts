/**
 * What `bench/run.ts` and `bench/stream-worker.ts` share: the streaming modes
 * and the line a worker prints.
 */

/** What a worker prints. */
export interface StreamMeasurement {
  /** Wall time of the read, in seconds. */
  readonly seconds: number
  /** CPU time of the process during the read (user + system, all threads, zlib's included), in seconds. */
  readonly cpuSeconds: number
  /** Uncompressed bytes read (0 for `stream-records`, which inflates inside the library). */
  readonly bytes: number
  /** Records seen (absent for `gunzip`). */
  readonly records: number | undefined
  /** Records that did not decode (absent for `gunzip` and `split-parse`). */
  readonly failed: number | undefined
  /** The peak of `process.memoryUsage.rss()` sampled during the read. */
  readonly sampledPeakRss: number
  /** `process.resourceUsage().maxRSS` at the end, in bytes: the process's peak. */
  readonly maxRss: number
  /** RSS before reading (Node, tsx and the modules loaded). */
  readonly startRss: number
}

/** The modes a worker runs, in the order `bench/run.ts` runs them. */
export const STREAM_MODES = ['gunzip', 'split-parse', 'split-parse-decode', 'stream-records'] as const
/** One of {@link STREAM_MODES}. */
export type StreamMode = (typeof STREAM_MODES)[number]
