/**
 * Timing, memory and machine helpers for the benchmark.
 */
import { execFileSync } from 'node:child_process'
import { cpus, platform, release, totalmem } from 'node:os'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

setFlagsFromString('--expose-gc')
const exposedGc = runInNewContext('gc') as (() => void) | undefined

/**
 * Runs a full garbage collection, so one measurement does not pay for the
 * garbage of the previous one. A no-op where the flag cannot be set.
 */
export function collectGarbage(): void {
  if (typeof exposedGc === 'function') exposedGc()
}

/** The median of a non-empty list. */
export function median(values: ReadonlyArray<number>): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  const hi = sorted[mid] ?? Number.NaN
  const lo = sorted[mid - 1] ?? hi
  return sorted.length % 2 === 1 ? hi : (lo + hi) / 2
}

/** Samples the resident set size on an interval and keeps the peak. */
export class RssSampler {
  private peak = 0
  private timer: ReturnType<typeof setInterval> | undefined

  /** Starts sampling every `intervalMs`. */
  start(intervalMs = 10): void {
    this.peak = process.memoryUsage.rss()
    this.timer = setInterval(() => this.sample(), intervalMs)
  }

  /** Takes one sample now (call it from hot loops that rarely yield). */
  sample(): void {
    const rss = process.memoryUsage.rss()
    if (rss > this.peak) this.peak = rss
  }

  /** Stops sampling and returns the peak in bytes. */
  stop(): number {
    this.sample()
    if (this.timer !== undefined) clearInterval(this.timer)
    this.timer = undefined
    return this.peak
  }
}

/** `process.resourceUsage().maxRSS` in bytes: the peak RSS of the whole process so far. */
export function lifetimeMaxRss(): number {
  return process.resourceUsage().maxRSS * 1024
}

/** The machine, as RESULTS.md describes it. */
export interface MachineInfo {
  readonly cpu: string
  readonly cores: number
  readonly memoryGiB: number
  readonly node: string
  readonly v8: string
  readonly os: string
  readonly commit: string | undefined
}

/**
 * Describes the machine and the checkout the benchmark ran on.
 *
 * @returns the CPU model, cores, memory, Node and V8 versions, OS and git commit
 */
export function machineInfo(): MachineInfo {
  let commit: string | undefined
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
  } catch {
    commit = undefined
  }
  const list = cpus()
  return {
    cpu: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    v8: process.versions.v8,
    os: `${platform()} ${release()}`,
    commit,
  }
}

/** Bytes as MiB with one decimal. */
export function mib(bytes: number): string {
  return (bytes / 2 ** 20).toFixed(1)
}

/**
 * Renders a Markdown table.
 *
 * @param header - the column titles
 * @param rows - the cells
 * @param align - `l` or `r` per column
 * @returns the table, one line per row
 */
export function markdownTable(header: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<string>>, align: string): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)))
  const pad = (cell: string, i: number): string => (align[i] === 'r' ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0))
  const line = (cells: ReadonlyArray<string>): string => `| ${cells.map((c, i) => pad(c, i)).join(' | ')} |`
  const rule = `|${widths.map((w, i) => (align[i] === 'r' ? `${'-'.repeat(w + 1)}:` : `${'-'.repeat(w + 2)}`)).join('|')}|`
  return [line(header), rule, ...rows.map(line)].join('\n')
}
