/**
 * A string-aware record-boundary scanner over UTF-8 bytes, for the streaming
 * baseline: it finds each record of a CloudTrail log file (`{"Records":[...]}`)
 * or of NDJSON without parsing it, so each record's text can go to
 * `JSON.parse` on its own and memory stays bounded by one chunk plus one record.
 *
 * It only looks at the ASCII bytes `"`, `\`, `{`, `}`, `[`, `]`, which never
 * occur inside a multi-byte UTF-8 sequence, so it can work on raw bytes.
 */

const QUOTE = 0x22
const BACKSLASH = 0x5c
const OPEN_BRACE = 0x7b
const CLOSE_BRACE = 0x7d
const OPEN_BRACKET = 0x5b
const CLOSE_BRACKET = 0x5d

/** Splits a byte stream into the texts of its records. */
export class RecordSplitter {
  /** The nesting depth at which records start: 2 in a log file (`{"Records":[`), 0 in NDJSON. */
  private readonly recordDepth: number
  private depth = 0
  private inString = false
  private escaped = false
  /** Bytes of the record in progress that arrived in earlier chunks. */
  private carried: Buffer[] = []

  /**
   * @param format - `logFile` for `{"Records":[...]}`, `ndjson` for one record per line
   */
  constructor(format: 'logFile' | 'ndjson') {
    this.recordDepth = format === 'logFile' ? 2 : 0
  }

  /**
   * Scans one chunk and returns the records it completes.
   *
   * @param chunk - the next bytes of the input
   * @returns the text of every record that ends in this chunk
   */
  push(chunk: Buffer): string[] {
    const out: string[] = []
    const recordDepth = this.recordDepth
    let depth = this.depth
    let inString = this.inString
    let escaped = this.escaped
    let start = this.carried.length > 0 ? 0 : -1
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i]
      if (inString) {
        if (escaped) escaped = false
        else if (byte === BACKSLASH) escaped = true
        else if (byte === QUOTE) inString = false
        continue
      }
      if (byte === QUOTE) inString = true
      else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) {
        if (depth === recordDepth) start = i
        depth++
      } else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) {
        depth--
        if (depth === recordDepth && start >= 0) {
          if (this.carried.length > 0) {
            this.carried.push(chunk.subarray(0, i + 1))
            out.push(Buffer.concat(this.carried).toString('utf8'))
            this.carried = []
          } else out.push(chunk.toString('utf8', start, i + 1))
          start = -1
        }
      }
    }
    if (start >= 0) this.carried.push(chunk.subarray(start))
    this.depth = depth
    this.inString = inString
    this.escaped = escaped
    return out
  }
}
