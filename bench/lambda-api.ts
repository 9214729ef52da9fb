/**
 * What `bench/lambda.ts` and `bench/lambda-worker.ts` share: the line a run prints.
 */

/** What one run of `bench/lambda-worker.ts` prints. */
export interface LambdaMeasurement {
  /** Wall time of the read, in seconds. */
  readonly seconds: number
  /** CPU time of the process during the read (user + system, all threads, zlib's included), in seconds. */
  readonly cpuSeconds: number
  /** Records read (delivered to `onRecords`, for the handler). */
  readonly records: number
  /** Issues (records that did not decode). */
  readonly issues: number
  /** RSS before reading (Node, tsx and the modules loaded). */
  readonly startRss: number
  /** The peak of `process.memoryUsage.rss()` sampled during the read. */
  readonly sampledPeakRss: number
  /** `process.resourceUsage().maxRSS` at the end, in bytes: the process's peak. */
  readonly maxRss: number
}
