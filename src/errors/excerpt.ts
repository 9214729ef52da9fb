/**
 * The most characters an excerpt of a value may hold, so that issues stay
 * small whatever the input.
 *
 * @example
 * ```ts
 * describeValue('x'.repeat(1_000_000)).length <= EXCERPT_LIMIT + 12   // true
 * ```
 */
export const EXCERPT_LIMIT = 80

function kindOf(u: unknown): string {
  if (u === null) return 'null'
  if (Array.isArray(u)) return 'array'
  return typeof u
}

/**
 * Writes a JSON-like excerpt of `u` of at most `limit` characters. It never
 * recurses deeper than the budget allows, so a value nested 100,000 levels
 * deep, a cyclic value or a 100 MB string all give a short excerpt.
 */
function excerptOf(u: unknown, limit: number): string {
  let out = ''
  const seen = new Set<object>()
  const write = (v: unknown): boolean => {
    if (out.length >= limit) return false
    if (typeof v === 'string') {
      const room = Math.max(0, limit - out.length)
      const body = JSON.stringify(v.length > room ? v.slice(0, room) : v)
      out += v.length > room ? `${body.slice(0, -1)}…"` : body
      return out.length < limit
    }
    if (typeof v === 'number' || typeof v === 'boolean' || v === null) {
      out += String(v)
      return true
    }
    if (typeof v === 'bigint') {
      out += `${v.toString()}n`
      return true
    }
    if (typeof v !== 'object') {
      // undefined, a symbol or a function: none is JSON; name it without running its code.
      out += typeof v === 'symbol' ? v.toString() : typeof v === 'function' ? '[Function]' : 'undefined'
      return true
    }
    if (seen.has(v)) {
      out += '[Circular]'
      return true
    }
    seen.add(v)
    if (Array.isArray(v)) {
      out += '['
      for (let i = 0; i < v.length; i++) {
        if (i > 0) out += ','
        if (!write(v[i]) || out.length >= limit) return false
      }
      out += ']'
    } else {
      out += '{'
      let first = true
      for (const key in v) {
        if (!Object.prototype.hasOwnProperty.call(v, key)) continue
        if (!first) out += ','
        first = false
        // Keys go through the bounded string writer too: a 1 MB key stays short.
        if (!write(key) || out.length >= limit) return false
        out += ':'
        if (!write((v as Record<string, unknown>)[key]) || out.length >= limit) return false
      }
      out += '}'
    }
    seen.delete(v)
    return true
  }
  const complete = write(u)
  return complete && out.length <= limit ? out : `${out.slice(0, limit)}…`
}

/**
 * Describes a value for an error message: a bounded excerpt and its JSON kind,
 * such as `true (boolean)` or `{"Records":5} (object)`.
 *
 * @param u - any value
 * @param limit - the most characters of the excerpt
 * @returns a short description; `undefined` reads as `nothing (missing)`
 *
 * @example
 * ```ts
 * describeValue({ Records: 5 })   // '{"Records":5} (object)'
 * describeValue(undefined)        // 'nothing (missing)'
 * ```
 */
export function describeValue(u: unknown, limit: number = EXCERPT_LIMIT): string {
  if (u === undefined) return 'nothing (missing)'
  return `${excerptOf(u, limit)} (${kindOf(u)})`
}
