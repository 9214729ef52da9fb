/**
 * What `bench/jobs.ts` and `bench/jobs-worker.ts` share: the line a run prints.
 */

/** What one run of `bench/jobs-worker.ts` prints. */
export interface JobsMeasurement {
  /** Wall time of the whole summary (listing the folder included), in seconds. */
  readonly seconds: number
  /** CPU time of the process (user + system, every thread: the workers' too), in seconds. */
  readonly cpuSeconds: number
  /** `process.resourceUsage().maxRSS` at the end, in bytes: the process's peak (worker threads share it). */
  readonly maxRss: number
  /** Records summarized. */
  readonly records: number
  /** Issues counted. */
  readonly issues: number
  /** SHA-256 of the output: the report, or the NDJSON lines. */
  readonly hash: string
}
