/**
 * A streamed container: the `Records` array of a log file `{"Records":[...]}`
 * or a top-level array.
 */
export type ContainerKind = 'Records' | 'array'

/**
 * How a streamed container ended: `closed` by its `]`, `cut` by the end of the
 * input, or `broken` by text that cannot be there (the splitter then skips to
 * the next line that starts an object or an array).
 */
export type ContainerEnd = 'closed' | 'cut' | 'broken'

/**
 * What {@link JsonSplitter} reports, in input order. Offsets count UTF-16
 * code units from the start of the text; lines count from 1.
 */
export interface SplitHandler {
  /**
   * A whole top-level value that is not streamed (a record, a wrapper, a
   * scalar). Its text may be cut short by the end of the input or by a line
   * break inside a string; `JSON.parse` then says what is wrong.
   */
  value(text: string, offset: number, line: number): void
  /** A streamed container begins at `offset`. */
  open(container: ContainerKind, offset: number, line: number): void
  /** One element of the open container, possibly cut short like a value. */
  element(text: string, index: number, offset: number): void
  /** The open container ended. */
  close(end: ContainerEnd, offset: number, line: number): void
  /**
   * The text after a log file's `Records` array up to the end of its object
   * (`}` or `, "other": ...}`), possibly cut short; the handler checks it is
   * JSON.
   */
  tail(text: string, offset: number): void
  /** Text that is not JSON at `offset`; it and the lines after it up to the next object or array are skipped. */
  skip(offset: number, line: number, excerpt: string, reason: string): void
  /** A value or element longer than the limit: it was scanned past, not kept. */
  oversize(offset: number, line: number, length: number, index: number | undefined): void
  /**
   * Optional: whole elements of the open container at once, the first
   * numbered `index`: `text` is their text as it stands (the elements, the
   * commas and white space between them), starting at `offset`. The handler
   * parses them itself (`JSON.parse('[' + text + ']')`) and returns how many
   * elements it read; or -1 when the text does not parse, and the splitter
   * then scans the same text element by element, as it does without this
   * method. It is offered only text that ends where a CloudTrail record
   * begins (`}, {"eventVersion"`), outside NDJSON and within the size limit.
   * A text that parses as a list of JSON values is exactly that list of
   * elements, so what the handler reads is what the scan would find.
   */
  elements?(text: string, index: number, offset: number): number
}

/** Options of a {@link JsonSplitter}. */
export interface SplitOptions {
  /** Stream the elements of `Records` when a top-level object starts with that key. */
  readonly streamRecords: boolean
  /** Stream the elements of a top-level array. */
  readonly streamArray: boolean
  /** The most characters one value or element may have; longer ones are reported, not kept. */
  readonly maxValueChars: number
}

const enum Mode {
  /** Between top-level values. */
  Top,
  /** Inside `{`, reading the first key to see whether it is `"Records": [`. */
  Head,
  /** Inside a top-level value that is kept whole. */
  Value,
  /** Inside a streamed container, between elements. */
  Elements,
  /** Inside one element of a streamed container. */
  Element,
  /** After `Records`' closing bracket, up to the end of its object (not kept). */
  Tail,
  /** Skipping to the next line that starts an object or an array. */
  Resync,
}

const enum Expect {
  First,
  Comma,
  Element,
}

const LF = 0x0a
const CR = 0x0d
const TAB = 0x09
const SPACE = 0x20
const QUOTE = 0x22
const COMMA = 0x2c
const COLON = 0x3a
const BACKSLASH = 0x5c
const OPEN_BRACKET = 0x5b
const CLOSE_BRACKET = 0x5d
const OPEN_BRACE = 0x7b
const CLOSE_BRACE = 0x7d
const RECORDS = 'Records'
const EXCERPT = 40
/** The first key of a CloudTrail record: where a run of whole records may end, just before it. */
const RECORD_START = '"eventVersion"'
/** How many places a run may end at are tried, from the end of the chunk back. */
const RUN_END_TRIES = 3

/**
 * The text without the line breaks at its end. A loop, not `/[\r\n]+$/`:
 * that regex backtracks quadratically on a long run of line breaks followed
 * by anything else.
 */
function withoutLineEnds(text: string): string {
  let end = text.length
  while (end > 0 && (text.charCodeAt(end - 1) === LF || text.charCodeAt(end - 1) === CR)) end--
  return end === text.length ? text : text.slice(0, end)
}

function isSpace(c: number): boolean {
  return c === SPACE || c === LF || c === CR || c === TAB
}

/** How many line breaks the text holds. */
function lineBreaks(text: string): number {
  let count = 0
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++
  return count
}

/** The index of the last character before `at` that is not white space; -1 when there is none. */
function backOverSpace(text: string, at: number): number {
  let k = at - 1
  while (isSpace(text.charCodeAt(k))) k--
  return k
}

/**
 * Where a run of whole records starting at `from` may end: the `}` just
 * before the last `, {"eventVersion"` of the text (tried a few times from
 * the end back); -1 when there is none. Only a guess: the handler's
 * `JSON.parse` decides.
 */
function runEnd(text: string, from: number): number {
  let at = text.lastIndexOf(RECORD_START)
  for (let tries = 0; tries < RUN_END_TRIES && at > from; tries++) {
    const brace = backOverSpace(text, at)
    const comma = backOverSpace(text, brace)
    const end = backOverSpace(text, comma)
    if (end > from && text.charCodeAt(brace) === OPEN_BRACE && text.charCodeAt(comma) === COMMA && text.charCodeAt(end) === CLOSE_BRACE) return end
    at = text.lastIndexOf(RECORD_START, at - 1)
  }
  return -1
}

/** Whether `c` can start a JSON scalar other than a string: a number, `true`, `false` or `null`. */
function startsScalar(c: number): boolean {
  return c === 0x2d || (c >= 0x30 && c <= 0x39) || c === 0x74 || c === 0x66 || c === 0x6e
}

/** Whether `c` ends a scalar: white space or JSON punctuation. */
function endsScalar(c: number): boolean {
  return (
    isSpace(c) || c === COMMA || c === CLOSE_BRACKET || c === CLOSE_BRACE || c === OPEN_BRACKET || c === OPEN_BRACE || c === QUOTE || c === COLON
  )
}

/**
 * Whether a scalar's text may be JSON: a number (checked by `JSON.parse`), or
 * `true`, `false`, `null` or the start of one (cut short by the end of the input).
 */
function isLiteral(word: string): boolean {
  const first = word.charCodeAt(0)
  return first === 0x2d || (first >= 0x30 && first <= 0x39) || 'true'.startsWith(word) || 'false'.startsWith(word) || 'null'.startsWith(word)
}

/**
 * Finds the boundaries of JSON values in text that arrives in chunks, and
 * parses nothing itself: it tracks strings, escapes and bracket depth, and
 * hands each value's text to its handler, which calls `JSON.parse`. Chunks
 * may split the text anywhere.
 *
 * The input is a sequence of top-level values: one document, NDJSON, or
 * objects with no separator at all (`}{`). A log file whose first key is
 * `Records` and a top-level array are streamed: each element is reported as
 * soon as it is complete, so memory is bounded by the largest element, not
 * by the input. Other values are kept whole.
 *
 * Text that cannot be JSON (a stray character, a line break inside a
 * string, a missing comma between elements) is reported once, and the
 * splitter resumes at the next line that starts with `{` or `[`. Once the
 * input has shown itself to be NDJSON (a value on one line, then a value on
 * a later line), a line that starts with `{` ends the value that is still
 * open, so a line cut anywhere costs only that line (indented lines of
 * pretty-printed JSON do not start with `{`).
 */
export class JsonSplitter {
  private mode = Mode.Top
  /** Offset of the current chunk's first character in the whole text. */
  private base = 0
  private line = 1
  // Scanning state of the current value, element or tail.
  private depth = 0
  private inString = false
  private escape = false
  private scalar = false
  private broken = false
  /** Line mode only: the last character was a line break outside a string. */
  private newline = false
  /** Line mode only: a line that starts with `{` ended the value before its end. */
  private cut = false
  // Text of the current value or element: earlier chunks in `parts`, this chunk from `start`.
  private parts: string[] = []
  private partsLength = 0
  private start = 0
  private overflow = false
  private valueOffset = 0
  private valueLine = 1
  // The first key of a top-level object (Head mode): 0 before the key, 1 in it, 2 before `:`, 3 before `[`.
  private headState = 0
  private keyLength = 0
  // The open container.
  private container: ContainerKind = 'array'
  private expect = Expect.First
  private elementIndex = 0
  // Resync: whether the scan is at the start of a line, and text not JSON still to report.
  private lineStart = false
  private skipped: { offset: number; line: number; excerpt: string; reason: string } | undefined
  // NDJSON: whether the last top-level value ended on the line it started on, and that line.
  private lastOnOneLine = false
  private lastEndLine = 0
  private lineMode = false
  /** Whole elements are offered to the handler's `elements` only from this offset on (after a run it refused). */
  private runsFrom = 0

  /**
   * @param handler - receives what the splitter finds
   * @param options - which containers to stream, and the size limit of one value
   */
  constructor(
    private readonly handler: SplitHandler,
    private readonly options: SplitOptions,
  ) {}

  /**
   * Scans one more chunk of text.
   *
   * @param text - the next chunk
   */
  push(text: string): void {
    const n = text.length
    let i = 0
    while (i < n) {
      switch (this.mode) {
        case Mode.Top:
          i = this.top(text, i)
          break
        case Mode.Head:
          i = this.head(text, i)
          break
        case Mode.Value:
          i = this.value(text, i)
          break
        case Mode.Elements:
          i = this.elements(text, i)
          break
        case Mode.Element:
          i = this.element(text, i)
          break
        case Mode.Tail:
          i = this.tail(text, i)
          break
        case Mode.Resync:
          i = this.resync(text, i)
          break
      }
    }
    if (this.mode === Mode.Head || this.mode === Mode.Value || this.mode === Mode.Element || this.mode === Mode.Tail) {
      this.keep(text.slice(this.start))
    }
    this.start = 0
    this.base += n
  }

  /** Reports what the end of the input leaves open: a value, an element or a container cut short. */
  end(): void {
    const offset = this.base
    switch (this.mode) {
      case Mode.Head:
      case Mode.Value: {
        this.mode = Mode.Top
        const value = this.taken('')
        if (this.scalar && !isLiteral(value)) {
          this.garbage(value, 0)
          this.reportSkipped()
        } else this.endValue(value)
        break
      }
      case Mode.Element:
        this.mode = Mode.Elements
        this.endElement(this.taken(''))
        this.handler.close('cut', offset, this.line)
        break
      case Mode.Elements:
        this.handler.close('cut', offset, this.line)
        break
      case Mode.Tail:
        this.mode = Mode.Top
        this.endTail(this.taken(''))
        break
      case Mode.Resync:
        this.reportSkipped()
        break
      case Mode.Top:
        break
    }
    this.mode = Mode.Top
  }

  /** Keeps text of the current value, unless the value is already too long. */
  private keep(text: string): void {
    if (this.overflow || text === '') return
    this.partsLength += text.length
    if (this.partsLength > this.options.maxValueChars) {
      this.overflow = true
      this.parts = []
    } else this.parts.push(text)
  }

  /**
   * The current value's text, ending with `tail` (text of this chunk); empty
   * when too long. A value that a new line cut loses the line breaks at its end.
   */
  private taken(tail: string): string {
    this.keep(tail)
    const text = this.overflow ? '' : this.parts.length === 1 ? (this.parts[0] ?? '') : this.parts.join('')
    this.parts = []
    return this.cut ? withoutLineEnds(text) : text
  }

  private beginValue(i: number): void {
    this.start = i
    this.parts = []
    this.partsLength = 0
    this.overflow = false
    this.depth = 0
    this.inString = false
    this.escape = false
    this.scalar = false
    this.broken = false
    this.newline = false
    this.valueOffset = this.base + i
    this.valueLine = this.line
  }

  private endValue(text: string): void {
    if (this.overflow) this.handler.oversize(this.valueOffset, this.valueLine, this.partsLength, undefined)
    else this.handler.value(text, this.valueOffset, this.valueLine)
  }

  /** A top-level value ended cleanly: note whether it was one line, to recognise NDJSON. */
  private ended(): void {
    this.lastOnOneLine = this.line === this.valueLine
    this.lastEndLine = this.line
  }

  private endTail(text: string): void {
    if (!this.overflow) this.handler.tail(text, this.valueOffset)
  }

  private endElement(text: string): void {
    const index = this.elementIndex++
    if (this.overflow) this.handler.oversize(this.valueOffset, this.valueLine, this.partsLength, index)
    else this.handler.element(text, index, this.valueOffset)
  }

  private top(text: string, from: number): number {
    const n = text.length
    for (let i = from; i < n; i++) {
      const c = text.charCodeAt(i)
      if (c === LF) {
        this.line++
        continue
      }
      if (c === SPACE || c === CR || c === TAB) continue
      if (this.lastOnOneLine && this.line > this.lastEndLine) this.lineMode = true
      this.beginValue(i)
      if (c === OPEN_BRACE && this.options.streamRecords) {
        this.mode = Mode.Head
        this.headState = 0
        return i + 1
      }
      if (c === OPEN_BRACKET && this.options.streamArray) {
        this.openContainer('array', this.base + i)
        return i + 1
      }
      if (c === OPEN_BRACE || c === OPEN_BRACKET || c === QUOTE || startsScalar(c)) {
        this.scalar = c !== OPEN_BRACE && c !== OPEN_BRACKET && c !== QUOTE
        this.mode = Mode.Value
        return i
      }
      this.skipped = { offset: this.base + i, line: this.line, excerpt: '', reason: 'unexpected text where a JSON value should start' }
      this.mode = Mode.Resync
      this.lineStart = false
      return i
    }
    return n
  }

  /** Reports the text that was not JSON, with an excerpt up to the end of its line. */
  private reportSkipped(): void {
    const skipped = this.skipped
    if (skipped === undefined) return
    this.skipped = undefined
    this.handler.skip(skipped.offset, skipped.line, skipped.excerpt, skipped.reason)
  }

  private openContainer(container: ContainerKind, offset: number): void {
    this.container = container
    this.expect = Expect.First
    this.elementIndex = 0
    this.parts = []
    this.mode = Mode.Elements
    this.handler.open(container, offset, this.valueLine)
  }

  /** Reads `{ "Records" : [` one character at a time; anything else makes the object a value kept whole. */
  private head(text: string, from: number): number {
    const n = text.length
    for (let i = from; i < n; i++) {
      const c = text.charCodeAt(i)
      if (c === LF) {
        if (this.lineMode) this.headState = -1
        else this.line++
      }
      switch (this.headState) {
        case 0:
          if (isSpace(c)) continue
          if (c === QUOTE) {
            this.headState = 1
            this.keyLength = 0
            continue
          }
          break
        case 1:
          if (this.keyLength < RECORDS.length && c === RECORDS.charCodeAt(this.keyLength)) {
            this.keyLength++
            continue
          }
          if (this.keyLength === RECORDS.length && c === QUOTE) {
            this.headState = 2
            continue
          }
          break
        case 2:
          if (isSpace(c)) continue
          if (c === COLON) {
            this.headState = 3
            continue
          }
          break
        case 3:
          if (isSpace(c)) continue
          if (c === OPEN_BRACKET) {
            this.openContainer('Records', this.valueOffset)
            return i + 1
          }
          break
        default:
          break
      }
      // Not a log file: keep the object whole, resuming the scan at this character.
      if (c === LF && !this.lineMode) this.line--
      this.mode = Mode.Value
      this.scalar = false
      this.depth = 1
      this.inString = this.headState === 1
      return i
    }
    return n
  }

  private value(text: string, from: number): number {
    const end = this.scan(text, from)
    if (end < 0) return text.length
    this.mode = Mode.Top
    const value = this.taken(text.slice(this.start, end))
    if (this.scalar && !isLiteral(value)) return this.garbage(value, end)
    this.endValue(value)
    if (!this.broken && !this.cut) this.ended()
    return this.afterBreak(end)
  }

  /** A top-level word that starts like `true`, `false` or `null` and is none of them: text that is not JSON. */
  private garbage(word: string, end: number): number {
    this.skipped = { offset: this.valueOffset, line: this.valueLine, excerpt: word.slice(0, EXCERPT), reason: 'unexpected text where a JSON value should start' }
    this.mode = Mode.Resync
    this.lineStart = false
    return end
  }

  private element(text: string, from: number): number {
    const end = this.scan(text, from)
    if (end < 0) return text.length
    this.mode = Mode.Elements
    this.expect = Expect.Comma
    this.endElement(this.taken(text.slice(this.start, end)))
    if (!this.broken && !this.cut) return end
    this.handler.close('broken', this.base + end, this.line)
    return this.afterBreak(end)
  }

  private tail(text: string, from: number): number {
    const end = this.scan(text, from)
    if (end < 0) return text.length
    this.mode = Mode.Top
    this.endTail(this.taken(text.slice(this.start, end)))
    if (!this.broken && !this.cut) this.ended()
    return this.afterBreak(end)
  }

  /**
   * After a value: a line break inside a string cut it short (resume at the
   * next line), or a line that starts with `{` did (read that line).
   */
  private afterBreak(end: number): number {
    if (this.cut) {
      this.cut = false
      this.mode = Mode.Top
      return end
    }
    if (!this.broken) return end
    this.broken = false
    this.mode = Mode.Resync
    this.lineStart = true
    this.line++
    return end + 1
  }

  private elements(text: string, from: number): number {
    const n = text.length
    for (let i = from; i < n; i++) {
      const c = text.charCodeAt(i)
      if (this.newline) {
        if (c === OPEN_BRACE) {
          this.newline = false
          this.handler.close('broken', this.base + i, this.line)
          this.mode = Mode.Top
          return i
        }
        if (c !== LF) this.newline = false
      }
      if (c === LF) {
        this.line++
        if (this.lineMode) this.newline = true
        continue
      }
      if (c === SPACE || c === CR || c === TAB) continue
      if (c === COMMA && this.expect === Expect.Comma) {
        this.expect = Expect.Element
        continue
      }
      if (c === CLOSE_BRACKET && this.expect !== Expect.Element) {
        this.handler.close('closed', this.base + i, this.line)
        if (this.container === 'array') {
          this.mode = Mode.Top
          this.ended()
        } else {
          const line = this.valueLine
          this.beginValue(i + 1)
          this.valueLine = line
          this.mode = Mode.Tail
          this.depth = 1
        }
        return i + 1
      }
      if (this.expect !== Expect.Comma && (c === OPEN_BRACE || c === OPEN_BRACKET || c === QUOTE || startsScalar(c))) {
        if (c === OPEN_BRACE && this.base + i >= this.runsFrom) {
          const after = this.wholeElements(text, i)
          if (after > i) {
            i = after - 1
            continue
          }
        }
        this.beginValue(i)
        this.scalar = c !== OPEN_BRACE && c !== OPEN_BRACKET && c !== QUOTE
        this.mode = Mode.Element
        return i
      }
      this.handler.close('broken', this.base + i, this.line)
      this.mode = Mode.Resync
      this.lineStart = false
      return i
    }
    return n
  }

  /**
   * Offers the handler the whole elements from `from` (an element's `{`) to
   * the last place in the chunk where a record begins: returns where they
   * end, or `from` when the handler has no `elements`, there is no such
   * place, or the handler refused them (the scan then reads them).
   */
  private wholeElements(text: string, from: number): number {
    const handler = this.handler
    if (handler.elements === undefined || this.lineMode) {
      this.runsFrom = this.base + text.length
      return from
    }
    const end = runEnd(text, from)
    if (end === -1 || end + 1 - from > this.options.maxValueChars) {
      this.runsFrom = this.base + text.length
      return from
    }
    const run = text.slice(from, end + 1)
    const count = handler.elements(run, this.elementIndex, this.base + from)
    if (count < 0) {
      this.runsFrom = this.base + end + 1
      return from
    }
    this.elementIndex += count
    this.line += lineBreaks(run)
    this.expect = Expect.Comma
    return end + 1
  }

  private resync(text: string, from: number): number {
    const n = text.length
    let i = from
    while (i < n) {
      if (!this.lineStart) {
        const next = text.indexOf('\n', i)
        const skipped = this.skipped
        if (skipped !== undefined) {
          skipped.excerpt += text.slice(i, Math.min(next < 0 ? n : next, i + EXCERPT - skipped.excerpt.length))
          if (next >= 0 || skipped.excerpt.length >= EXCERPT) this.reportSkipped()
        }
        if (next < 0) return n
        this.line++
        this.lineStart = true
        i = next + 1
        continue
      }
      const c = text.charCodeAt(i)
      if (c === LF) this.line++
      else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
        this.mode = Mode.Top
        return i
      } else if (c !== SPACE && c !== CR && c !== TAB) this.lineStart = false
      i++
    }
    return n
  }

  /**
   * Scans the current value from `from`: returns the index just past its end
   * (for a scalar, the index of the character that ends it), or -1 when the
   * chunk ends first. A line break inside a string sets `broken` and returns
   * the index of that line break; in line mode, a line that starts with `{`
   * sets `cut` and returns the index of that `{`.
   */
  private scan(text: string, from: number): number {
    const n = text.length
    if (this.scalar) {
      for (let i = from; i < n; i++) if (endsScalar(text.charCodeAt(i))) return i
      return -1
    }
    let depth = this.depth
    let inString = this.inString
    let escape = this.escape
    let line = this.line
    let newline = this.newline
    let end = -1
    // Inside a string only a quote, a backslash or a line break matters: the scan jumps to the next one with
    // indexOf (native, many characters at a time) instead of looking at each character. The positions found
    // are kept until the scan passes them: -2 not searched yet, -1 none left in this chunk.
    let quote = -2
    let backslash = -2
    let lineBreak = -2
    let i = from
    while (i < n) {
      if (inString && !escape) {
        if (quote !== -1 && quote < i) quote = text.indexOf('"', i)
        if (backslash !== -1 && backslash < i) backslash = text.indexOf('\\', i)
        if (lineBreak !== -1 && lineBreak < i) lineBreak = text.indexOf('\n', i)
        let next = quote === -1 ? n : quote
        if (backslash !== -1 && backslash < next) next = backslash
        if (lineBreak !== -1 && lineBreak < next) next = lineBreak
        if (next >= n) break
        i = next
      }
      const c = text.charCodeAt(i)
      if (newline) {
        if (c === OPEN_BRACE) {
          this.cut = true
          newline = false
          end = i
          break
        }
        if (c !== LF) newline = false
      }
      if (inString) {
        if (escape) escape = false
        else if (c === BACKSLASH) escape = true
        else if (c === QUOTE) {
          inString = false
          if (depth === 0) {
            end = i + 1
            break
          }
        } else if (c === LF) {
          this.broken = true
          end = i
          break
        }
      } else if (c === QUOTE) inString = true
      else if (c === OPEN_BRACE || c === OPEN_BRACKET) depth++
      else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
        if (--depth <= 0) {
          end = i + 1
          break
        }
      } else if (c === LF) {
        line++
        newline = this.lineMode
      }
      i++
    }
    this.depth = depth
    this.inString = inString
    this.escape = escape
    this.line = line
    this.newline = newline
    return end
  }
}
