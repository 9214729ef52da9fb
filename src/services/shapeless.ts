import * as t from 'io-ts'
import type { OperationSpec } from './operation.js'

/**
 * The table entries of operations whose payload shapes are unknown (no API
 * model and no published record shows them): both payloads decode as any JSON
 * value, kept as it came and typed `unknown`, and the records still narrow by
 * eventName. Spread the result into a service's operation table.
 *
 * @param readOnly - each operation's `readOnly`, by eventName
 * @returns a table entry per operation
 *
 * @example
 * ```ts
 * const consoleActions = shapelessOperations({ DescribeAccount: true, SetAccountAccess: false })
 * consoleActions.DescribeAccount.readOnly   // true
 * ```
 */
export function shapelessOperations<const Names extends string>(readOnly: {
  readonly [Name in Names]: boolean
}): { readonly [Name in Names]: OperationSpec<t.UnknownC, t.UnknownC> } {
  const table: Partial<Record<Names, OperationSpec<t.UnknownC, t.UnknownC>>> = {}
  for (const name of Object.keys(readOnly) as Names[]) {
    table[name] = { readOnly: readOnly[name], request: t.unknown, response: t.unknown }
  }
  return table as { readonly [Name in Names]: OperationSpec<t.UnknownC, t.UnknownC> }
}
