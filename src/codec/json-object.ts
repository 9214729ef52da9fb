/**
 * Tells a JSON object (not `null`, not an array) from every other value.
 *
 * @param u - any value
 * @returns `true` for an object whose keys can be read as fields
 */
export function isJsonObject(u: unknown): u is Record<string, unknown> {
  return typeof u === 'object' && u !== null && !Array.isArray(u)
}
