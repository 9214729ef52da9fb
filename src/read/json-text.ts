import { describeValue } from '../errors/excerpt.js'
import type { IssueDraft } from '../errors/make-issue.js'

/** The outcome of parsing one JSON text. */
export type JsonParse = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly issue: IssueDraft }

const POSITION = /at position (\d+)/

/**
 * Strips a leading UTF-8 byte order mark, which is not an error.
 *
 * @param text - any text
 * @returns the text without a leading U+FEFF
 */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

/**
 * Where `JSON.parse` found `text` wrong: the position its message names, the
 * end of the text when the text ends too soon, or, for an unexpected token
 * (whose message names no position), the shortest prefix of the text that
 * already fails before its own end, found by bisection.
 */
function errorPosition(text: string, reason: string): number {
  const match = POSITION.exec(reason)
  if (match !== null) return Number(match[1])
  if (!reason.startsWith('Unexpected token')) return text.length
  const failsWithin = (length: number): boolean => {
    try {
      JSON.parse(text.slice(0, length))
      return false
    } catch (error) {
      const message = error instanceof Error ? error.message : ''
      const at = POSITION.exec(message)
      return at === null ? message.startsWith('Unexpected token') : Number(at[1]) < length
    }
  }
  let low = 1
  let high = text.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (failsWithin(middle)) high = middle
    else low = middle + 1
  }
  return high - 1
}

/** V8's note of where the error is, which the issue says in its own `position`. */
const WHERE = / (?:in JSON )?at position \d+(?: \(line \d+ column \d+\))?/

/**
 * `JSON.parse` that never throws: a syntax error becomes a `json` issue with
 * the character position and a short excerpt of the text around it. Deeply
 * nested input that overflows the parser's stack is an issue too.
 *
 * @param text - the JSON text
 * @param location - where the text sits in the input, for the issue
 * @param perRecordRaw - keep the text as the issue's `raw` (for text that stands for one record)
 * @param offset - where `text` starts in a larger text, added to the issue's position
 * @returns the value, or the issue
 */
export function parseJson(text: string, location?: string, perRecordRaw = false, offset = 0): JsonParse {
  try {
    return { ok: true, value: JSON.parse(text) as unknown }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    const position = error instanceof RangeError ? undefined : errorPosition(text, reason)
    const around = position === undefined ? text : text.slice(Math.max(0, position - 20), position + 20)
    return {
      ok: false,
      issue: {
        kind: 'json',
        problems: [{ path: '$', expected: 'JSON text', found: describeValue(around) }],
        detail: `not valid JSON: ${reason.replace(WHERE, '').slice(0, 200)}`,
        ...(location === undefined ? {} : { location }),
        ...(position === undefined ? {} : { position: offset + position }),
        ...(perRecordRaw ? { raw: text } : {}),
      },
    }
  }
}
