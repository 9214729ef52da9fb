/**
 * The first `limit` items of a stream in an order, and how many items there
 * were: a list of the report that shows the first few and says "and 12 more".
 * It holds at most twice `limit` items (it sorts and trims when it reaches
 * that), so its memory does not grow with the stream; with no limit
 * (`Infinity`) it holds every item. Items that compare equal keep the order
 * they came in.
 */
export class FirstEntries<T> {
  private items: T[] = []
  private total = 0
  private trimmed = true

  /**
   * @param limit - how many items to keep (`Infinity` for all)
   * @param order - the order, as for `Array.prototype.sort`
   */
  constructor(
    private readonly limit: number,
    private readonly order: (a: T, b: T) => number,
  ) {}

  /**
   * Counts an item, and keeps it while it is among the first.
   *
   * @param item - the item
   */
  add(item: T): void {
    this.total++
    this.items.push(item)
    this.trimmed = false
    if (this.items.length >= 2 * this.limit) this.trim()
  }

  /**
   * Adds the items another list counted: its first items, and the count of the others.
   *
   * @param other - a list in the same order
   */
  absorb(other: FirstEntries<T>): void {
    const shown = other.shown
    for (const item of shown) this.add(item)
    this.total += other.total - shown.length
  }

  /** How many items were added. */
  get count(): number {
    return this.total
  }

  /** The first items, at most `limit`, in order. */
  get shown(): ReadonlyArray<T> {
    this.trim()
    return this.items
  }

  /** How many items are not shown. */
  get hidden(): number {
    return this.total - this.shown.length
  }

  private trim(): void {
    if (this.trimmed) return
    this.items.sort(this.order)
    if (this.items.length > this.limit) this.items.length = this.limit
    this.trimmed = true
  }
}
