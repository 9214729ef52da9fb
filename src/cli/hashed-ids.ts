/** The finalizer of MurmurHash3: spreads every input bit over the 32 output bits. */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b)
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35)
  return (h ^ (h >>> 16)) >>> 0
}

/**
 * A set of strings (event ids, case ids) that holds a 64-bit hash of each
 * instead of the string: 8 bytes per slot, in a table kept at most half full,
 * so 16 to 32 bytes per id whatever its length. Two different ids share a
 * hash with a chance of about n²/2⁶⁵ (one in 3·10⁷ for a million ids), which
 * a report can afford; it is what keeps `summarize`'s memory flat when the
 * input holds millions of distinct ids.
 */
export class HashedIds {
  /** Pairs of 32-bit halves; `0, 0` is an empty slot. */
  private table = new Uint32Array(2 * 1024)
  private entries = 0

  /**
   * Adds an id.
   *
   * @param id - the id
   * @returns `true` when it was not in the set yet
   */
  add(id: string): boolean {
    const [high, low] = this.hash(id)
    const slot = this.find(high, low)
    if (this.table[slot] !== 0 || this.table[slot + 1] !== 0) return false
    this.table[slot] = high
    this.table[slot + 1] = low
    this.entries++
    if (this.entries * 2 > this.table.length / 2) this.grow()
    return true
  }

  /**
   * Whether an id was added.
   *
   * @param id - the id
   * @returns `true` when it is in the set
   */
  has(id: string): boolean {
    const [high, low] = this.hash(id)
    const slot = this.find(high, low)
    return this.table[slot] !== 0 || this.table[slot + 1] !== 0
  }

  /** How many ids the set holds. */
  get size(): number {
    return this.entries
  }

  /** Two independent 32-bit FNV-1a hashes of the id, mixed; never both 0. */
  private hash(id: string): readonly [number, number] {
    let a = 0x811c9dc5
    let b = 0x050c5d1f
    for (let i = 0; i < id.length; i++) {
      const c = id.charCodeAt(i)
      a = Math.imul(a ^ c, 0x01000193)
      b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 13)
    }
    const high = mix(a)
    const low = mix(b ^ id.length)
    return high === 0 && low === 0 ? [0, 1] : [high, low]
  }

  /** The slot (index of its high half) that holds this hash, or the empty slot where it would go. */
  private find(high: number, low: number): number {
    const mask = this.table.length / 2 - 1
    for (let at = high & mask; ; at = (at + 1) & mask) {
      const slot = at * 2
      const h = this.table[slot] ?? 0
      const l = this.table[slot + 1] ?? 0
      if ((h === 0 && l === 0) || (h === high && l === low)) return slot
    }
  }

  private grow(): void {
    const old = this.table
    this.table = new Uint32Array(old.length * 2)
    for (let slot = 0; slot < old.length; slot += 2) {
      const high = old[slot] ?? 0
      const low = old[slot + 1] ?? 0
      if (high === 0 && low === 0) continue
      const to = this.find(high, low)
      this.table[to] = high
      this.table[to + 1] = low
    }
  }
}
