import type { AnyOperation } from './operation.js'
import type { AnyService } from './service.js'

/**
 * What to do with a record of a checked operation whose `requestParameters`
 * or `responseElements` do not match the operation's codec (AWS changed the
 * shape): `'issue'` (the default) reports an `operation` issue that keeps the
 * raw record; `'generic'` keeps the record as a generic `EventRecord`
 * (operation guards then answer `false` for it).
 *
 * @example
 * ```ts
 * import { parseRecords } from 'cloudtrail-codecs'
 * import { support } from 'cloudtrail-codecs/aws/support'
 *
 * const { records } = parseRecords(text, { services: [support], onOperationMismatch: 'generic' })
 * ```
 */
export type OperationMismatchPolicy = 'issue' | 'generic'

/**
 * Finds the operation of `(eventSource, eventName)` among the given services:
 * one Map lookup by eventSource, one by eventName. Services that share an
 * eventSource are asked in the order given.
 *
 * @param services - the services whose operations are checked
 * @returns the lookup, or `undefined` when no service was given
 *
 * @example
 * ```ts
 * import { operationFinder } from 'cloudtrail-codecs'
 * import { support } from 'cloudtrail-codecs/aws/support'
 * import { trustedAdvisor } from 'cloudtrail-codecs/aws/trustedadvisor'
 *
 * const find = operationFinder([support, trustedAdvisor])
 * find?.('support.amazonaws.com', 'CreateCase')?.readOnly   // false
 * ```
 */
export function operationFinder(
  services: ReadonlyArray<AnyService> | undefined,
): ((eventSource: string, eventName: string) => AnyOperation | undefined) | undefined {
  if (services === undefined || services.length === 0) return undefined
  const bySource = new Map<string, AnyService[]>()
  for (const service of services) {
    const same = bySource.get(service.eventSource)
    if (same === undefined) bySource.set(service.eventSource, [service])
    else if (!same.includes(service)) same.push(service)
  }
  return (eventSource, eventName) => {
    const candidates = bySource.get(eventSource)
    if (candidates === undefined) return undefined
    for (const service of candidates) {
      const operation = service.operation(eventName)
      if (operation !== undefined) return operation
    }
    return undefined
  }
}
