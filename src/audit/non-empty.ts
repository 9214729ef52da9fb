/**
 * A text member as the helpers report it: the string, or `undefined` when the record leaves it out, writes
 * `null` or writes it empty (CloudTrail writes all three for "not given").
 *
 * @param value - a member of a payload
 * @returns the string, or `undefined`
 *
 * @example
 * ```ts
 * nonEmpty('case-111122223333-muen-2024-7a2f4b1e9c3d5e60')   // 'case-111122223333-muen-2024-7a2f4b1e9c3d5e60'
 * nonEmpty('')     // undefined
 * nonEmpty(null)   // undefined
 * ```
 */
export function nonEmpty(value: string | null | undefined): string | undefined {
  return value === undefined || value === null || value === '' ? undefined : value
}
