// The `readOnly` of an operation, as CloudTrail writes it for the operation's records.
import type { ModelOperation } from './model.js'

/**
 * Name prefixes of operations that only read. A prefix matches a whole word of the name: `Get` matches
 * `GetObject` and `Get`, not `Getaway`.
 */
export const READ_ONLY_PREFIXES: readonly string[] = [
  'Describe',
  'Get',
  'List',
  'Head',
  'Lookup',
  'Search',
  'BatchGet',
  'BatchDescribe',
  'Query',
  'Scan',
  'Select',
  'Download',
  'Preview',
  'Estimate',
  'Simulate',
]

const PREFIX = new RegExp(`^(?:${READ_ONLY_PREFIXES.join('|')})(?=[A-Z0-9_]|$)`)

/**
 * The rule: an operation only reads when its HTTP method is GET or HEAD (REST protocols), or when its name
 * starts with one of {@link READ_ONLY_PREFIXES}. A service's overlay may decide an operation otherwise (KMS's
 * cryptographic operations, which CloudTrail marks read-only).
 *
 * @param operation - the model's operation
 * @param override - the overlay's answer for it, if any
 * @returns the operation's readOnly
 */
export function readOnlyOf(operation: ModelOperation, override?: boolean): boolean {
  if (override !== undefined) return override
  const method = operation.http?.method
  return method === 'GET' || method === 'HEAD' || PREFIX.test(operation.name)
}
