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
  /** Uncompressed bytes read (0 for the `stream-*` modes, which inflate inside the library). */
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
  /**
   * The floor modes only: the CPU seconds of a second read of the same file
   * in the same process, once the code it runs is compiled and optimised
   * (what a process that reads many files pays per file).
   */
  readonly againCpuSeconds?: number
  /**
   * The floor modes only: the median CPU seconds of the later reads of the
   * same file in the same process (the third and after, up to ten reads or
   * about two seconds of reading): what a long-running process pays per file.
   */
  readonly warmCpuSeconds?: number
}

/** The modes of the 1 GiB rows, in the order `bench/run.ts` runs them. */
export const STREAM_MODES = ['gunzip', 'split-parse', 'split-parse-decode', 'stream-records'] as const

/**
 * The modes of the rows against the floor: `floor` inflates the whole file
 * with `node:zlib` and parses its text with one `JSON.parse` (its CPU time
 * counts those two steps, not the UTF-8 decoding between them);
 * `stream-default` is `streamRecords` on the file with its default options
 * (gzip through the platform's `DecompressionStream`); `stream-zlib` is
 * `streamRecords` with `inflate: inflateGzip` (`node:zlib`), as a Node
 * program passes it. Each reads the file several times, and reports the
 * second read and the later ones too.
 */
export const FLOOR_MODES = ['floor', 'stream-default', 'stream-zlib'] as const

/** One of {@link STREAM_MODES} or {@link FLOOR_MODES}. */
export type StreamMode = (typeof STREAM_MODES)[number] | (typeof FLOOR_MODES)[number]

/** Every mode a worker knows. */
export const WORKER_MODES: ReadonlyArray<StreamMode> = [...STREAM_MODES, ...FLOOR_MODES]
