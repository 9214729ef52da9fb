/**
 * A count and its noun: `1 record`, `2 records`, `3 entries`.
 *
 * @param count - the count
 * @param one - the noun for one
 * @param many - the noun for another count; `one` with an `s` by default
 * @returns the text
 */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`
}
