/**
 * A small deterministic pseudo-random number generator (mulberry32) with the
 * helpers the record generator needs. The same seed always gives the same
 * sequence, on every platform, so every run of the benchmark decodes the same
 * bytes.
 */
export interface Rng {
  /** A float in [0, 1). */
  next(): number
  /** An integer in [0, n). */
  int(n: number): number
  /** An integer in [min, max]. */
  between(min: number, max: number): number
  /** `true` with probability `p`. */
  chance(p: number): boolean
  /** One element of a non-empty list. */
  pick<T>(items: ReadonlyArray<T>): T
  /** One element of a list of `[weight, value]` pairs, by weight. */
  weighted<T>(items: ReadonlyArray<readonly [number, T]>): T
  /** `n` lower-case hex digits. */
  hex(n: number): string
  /** `n` characters of [A-Z0-9], as in access key ids and principal ids. */
  upper(n: number): string
  /** `n` characters of [a-zA-Z0-9]. */
  alnum(n: number): string
  /** A version-4 UUID string. */
  uuid(): string
}

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
const ALNUM = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'

/**
 * Creates a generator from a 32-bit seed.
 *
 * @param seed - any integer
 * @returns the generator
 *
 * @example
 * ```ts
 * const rng = createRng(42)
 * rng.uuid()   // the same value on every run
 * ```
 */
export function createRng(seed: number): Rng {
  let state = seed >>> 0
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let z = state
    z = Math.imul(z ^ (z >>> 15), z | 1)
    z ^= z + Math.imul(z ^ (z >>> 7), z | 61)
    return ((z ^ (z >>> 14)) >>> 0) / 4294967296
  }
  const int = (n: number): number => Math.floor(next() * n)
  const fromAlphabet = (alphabet: string, n: number): string => {
    let s = ''
    for (let i = 0; i < n; i++) s += alphabet.charAt(int(alphabet.length))
    return s
  }
  const hex = (n: number): string => {
    let s = ''
    while (s.length < n) s += Math.floor(next() * 4294967296).toString(16).padStart(8, '0')
    return s.slice(0, n)
  }
  return {
    next,
    int,
    between: (min, max) => min + int(max - min + 1),
    chance: (p) => next() < p,
    pick<T>(items: ReadonlyArray<T>): T {
      const item = items[int(items.length)]
      if (item === undefined) throw new Error('pick from an empty list')
      return item
    },
    weighted<T>(items: ReadonlyArray<readonly [number, T]>): T {
      let total = 0
      for (const [w] of items) total += w
      let r = next() * total
      for (const [w, value] of items) {
        r -= w
        if (r < 0) return value
      }
      const last = items[items.length - 1]
      if (last === undefined) throw new Error('weighted pick from an empty list')
      return last[1]
    },
    hex,
    upper: (n) => fromAlphabet(UPPER, n),
    alnum: (n) => fromAlphabet(ALNUM, n),
    uuid: () => {
      const h = hex(32)
      const variant = '89ab'.charAt(int(4))
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`
    },
  }
}
