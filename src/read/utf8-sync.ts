import type { IssueDraft } from '../errors/make-issue.js'

/** Bytes are checked this many at a time when looking for the first one that is not UTF-8. */
const SLICE_BYTES = 1 << 20

/** The text of UTF-8 bytes: all of it, or the text before the first byte that is not UTF-8 and the issue that stops there. */
export interface Utf8Text {
  /** The text (a byte order mark dropped), or the text before the failure. */
  readonly text: string
  /** Why the bytes are not all UTF-8, as the asynchronous readers say it: an `encoding` issue. */
  readonly failure?: IssueDraft
}

function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => `0x${b.toString(16).padStart(2, '0')}`).join(' ')
}

function isContinuation(byte: number | undefined): boolean {
  return byte !== undefined && (byte & 0xc0) === 0x80
}

/** How many bytes the UTF-8 character that starts with `lead` has (1 for a byte that cannot start one). */
function utf8Length(lead: number): number {
  if (lead >= 0xf0) return 4
  if (lead >= 0xe0) return 3
  if (lead >= 0xc0) return 2
  return 1
}

/**
 * Where the character that holds the byte before `at` starts, when that
 * character runs to `at` or past it; `at` itself otherwise (the bytes before
 * `at` end with a whole character).
 */
function startOfCutCharacter(bytes: Uint8Array, at: number): number {
  let lead = at - 1
  while (lead >= 0 && at - lead <= 3 && isContinuation(bytes[lead])) lead--
  const byte = bytes[lead]
  return lead >= 0 && byte !== undefined && byte >= 0xc0 && utf8Length(byte) > at - lead ? lead : at
}

/** Whether a fatal decoder reads `bytes[from, to)` as the start of UTF-8 text (a character cut by `to` is fine). */
function decodesUpTo(bytes: Uint8Array, from: number, to: number): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(from, to), { stream: true })
    return true
  } catch {
    return false
  }
}

/**
 * The index of the first byte a fatal decoder cannot read, or `bytes.length`
 * when it reads them all (the last character may still be cut by the end).
 * Slice by slice with one decoder, then, in the slice that fails, by
 * bisection: the decoder's own rules decide, none are written here.
 */
function firstUnreadable(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true })
  let start = 0
  for (; start < bytes.length; start += SLICE_BYTES) {
    try {
      decoder.decode(bytes.subarray(start, start + SLICE_BYTES), { stream: true })
    } catch {
      break
    }
  }
  if (start >= bytes.length) return bytes.length
  const from = startOfCutCharacter(bytes, start)
  let good = start
  let bad = Math.min(bytes.length, start + SLICE_BYTES)
  while (bad - good > 1) {
    const middle = good + ((bad - good) >>> 1)
    if (decodesUpTo(bytes, from, middle)) good = middle
    else bad = middle
  }
  return bad - 1
}

/**
 * Decodes UTF-8 bytes into text at once, with a fatal `TextDecoder`, as
 * `parseRecords` needs it: bytes that are not UTF-8 are never replaced by
 * U+FFFD. They give the text before them and the same `encoding` issue the
 * asynchronous readers give (`not valid UTF-8 at byte N`, or `ends inside a
 * UTF-8 character`), so the records before them can be kept. A byte order mark
 * is dropped.
 *
 * @param bytes - the bytes
 * @returns the text, and the failure if the bytes are not all UTF-8
 */
export function utf8TextSync(bytes: Uint8Array): Utf8Text {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) }
  } catch {
    // Found below: where the bytes stop being UTF-8.
  }
  const unreadable = firstUnreadable(bytes)
  const text = (end: number): string => new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end))
  if (unreadable >= bytes.length) {
    const cut = startOfCutCharacter(bytes, bytes.length)
    const last = hex(bytes.subarray(Math.max(0, bytes.length - 3)))
    return {
      text: text(cut),
      failure: {
        kind: 'encoding',
        problems: [{ path: '$', expected: 'UTF-8 text', found: `${last} (bytes)` }],
        detail: `the input ends inside a UTF-8 character at byte ${bytes.length}; the records read before this point are kept`,
      },
    }
  }
  const at = startOfCutCharacter(bytes, unreadable)
  const found = hex(bytes.subarray(at, at + 4))
  return {
    text: text(at),
    failure: {
      kind: 'encoding',
      problems: [{ path: '$', expected: 'UTF-8 text', found: `${found} (bytes)` }],
      detail: `the input is not valid UTF-8 at byte ${at} (${found}); the records read before this point are kept`,
    },
  }
}
