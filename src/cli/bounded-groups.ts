import { HashedIds } from './hashed-ids.js'

/**
 * The groups of a report list (Support cases, Trusted Advisor checks,
 * recommendations), keyed by id, of which the report shows at most `limit`.
 * It keeps the state of those groups only, and counts the others by a hash
 * of their key ({@link HashedIds}), so memory stays bounded however many
 * groups the input holds.
 *
 * Which groups it keeps: with an order on keys, the `limit` smallest keys;
 * without, the first `limit` keys met. Either way a group is kept from its
 * first item or never (a key that is turned away or dropped is never taken
 * back), so a kept group has seen every item of its key.
 */
export class BoundedGroups<G> {
  private readonly kept = new Map<string, G>()
  private readonly others = new HashedIds()

  /**
   * @param limit - how many groups to keep (`Infinity` for all)
   * @param create - makes the state of a new group
   * @param keyOrder - keep the smallest keys in this order; without it, the first keys met
   */
  constructor(
    private readonly limit: number,
    private readonly create: (key: string) => G,
    private readonly keyOrder?: (a: string, b: string) => number,
  ) {}

  /**
   * The state of a key's group, made when the key is new and kept.
   *
   * @param key - the key
   * @returns the group's state, or `undefined` when the group is not kept
   */
  admit(key: string): G | undefined {
    const group = this.kept.get(key)
    if (group !== undefined || this.others.has(key)) return group
    if (this.kept.size >= this.limit) {
      const largest = this.keyOrder === undefined ? undefined : this.largestKept(this.keyOrder)
      if (largest === undefined || this.keyOrder === undefined || this.keyOrder(key, largest) >= 0) {
        this.others.add(key)
        return undefined
      }
      this.kept.delete(largest)
      this.others.add(largest)
    }
    const made = this.create(key)
    this.kept.set(key, made)
    return made
  }

  /**
   * The state of a key's group, without making one.
   *
   * @param key - the key
   * @returns the group's state, or `undefined` when the group is not kept
   */
  find(key: string): G | undefined {
    return this.kept.get(key)
  }

  /** How many distinct keys were met. */
  get count(): number {
    return this.kept.size + this.others.size
  }

  /** The kept groups, with their keys, in the order they were made. */
  get groups(): ReadonlyArray<readonly [string, G]> {
    return [...this.kept]
  }

  private largestKept(order: (a: string, b: string) => number): string | undefined {
    let largest: string | undefined
    for (const key of this.kept.keys()) if (largest === undefined || order(key, largest) > 0) largest = key
    return largest
  }
}
