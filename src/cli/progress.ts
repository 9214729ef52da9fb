/** Where the progress bar is drawn: stderr, or a stand-in in tests. */
export interface ProgressTarget {
  readonly isTTY?: boolean
  readonly columns?: number
  write(text: string): unknown
}

/** From this many bytes of input on, `auto` shows a progress bar. */
export const LARGE_INPUT_BYTES = 32 * 1024 * 1024

/** Redraw at most this often. */
const REDRAW_MS = 100

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}

/**
 * A one-line progress bar on stderr: bytes read of the total, records so far,
 * and the file being read. It redraws at most ten times a second, and `finish`
 * erases it so that it never mixes with the report.
 */
export class ProgressBar {
  private read = 0
  private records = 0
  private file = ''
  private lastDraw = 0
  private drawn = false

  /**
   * @param target - where to draw (stderr)
   * @param totalBytes - the size of the inputs, or `undefined` when unknown (standard input)
   * @param now - the clock, in milliseconds
   */
  constructor(
    private readonly target: ProgressTarget,
    private readonly totalBytes: number | undefined,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Whether to show a bar: `always`, `never`, or (`auto`) when stderr is a
   * terminal and the input is large.
   *
   * @param mode - the `--progress` / `--no-progress` choice
   * @param target - stderr
   * @param totalBytes - the size of the inputs; unknown sizes count as large
   * @returns `true` to show a bar
   */
  static wanted(mode: 'auto' | 'always' | 'never', target: ProgressTarget, totalBytes: number | undefined): boolean {
    if (mode !== 'auto') return mode === 'always'
    return target.isTTY === true && (totalBytes === undefined || totalBytes >= LARGE_INPUT_BYTES)
  }

  /**
   * Notes progress and redraws when it is time.
   *
   * @param update - bytes read since the last call, records decoded since, the file being read
   */
  advance(update: { readonly bytes?: number; readonly records?: number; readonly file?: string }): void {
    this.read += update.bytes ?? 0
    this.records += update.records ?? 0
    if (update.file !== undefined) this.file = update.file
    const now = this.now()
    if (now - this.lastDraw < REDRAW_MS) return
    this.lastDraw = now
    this.draw()
  }

  /** Erases the bar. */
  finish(): void {
    if (this.drawn) this.target.write('\r\x1b[K')
    this.drawn = false
  }

  private draw(): void {
    const width = Math.max(40, Math.min(this.target.columns ?? 80, 120))
    const counts = `${megabytes(this.read)}${this.totalBytes === undefined ? '' : ` / ${megabytes(this.totalBytes)}`}, ${this.records} records`
    let line: string
    if (this.totalBytes === undefined || this.totalBytes === 0) line = `reading ${counts}`
    else {
      const share = Math.min(1, this.read / this.totalBytes)
      const cells = 20
      const full = Math.round(share * cells)
      line = `[${'#'.repeat(full)}${'.'.repeat(cells - full)}] ${String(Math.floor(share * 100)).padStart(3)}% ${counts}`
    }
    const room = width - line.length - 3
    const file = room > 8 && this.file !== '' ? `  ${this.file.length > room ? `…${this.file.slice(-(room - 1))}` : this.file}` : ''
    this.target.write(`\r\x1b[K${line}${file}`)
    this.drawn = true
  }
}
