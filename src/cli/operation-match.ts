import { serviceNamesBySource } from '../aws/catalog.js'
import { loadServices } from '../aws/load.js'
import { isInsightRecord } from '../record/index.js'
import type { CloudTrailRecord, EventRecord } from '../record/index.js'
import type { AnyOperation, AnyService } from '../services/index.js'

/**
 * Whether a record matched its operation's codec, as `summarize` reports it:
 * `typed` when a service of its eventSource has its eventName and the
 * operation's payload check accepts it; `mismatched` when the operation
 * exists but rejects its payload; `untyped` when no service has the
 * operation (no service of the eventSource, an eventName it does not know,
 * an Insights event).
 *
 * @example
 * ```ts
 * const counts: Record<OperationMatch, number> = { typed: 0, mismatched: 0, untyped: 0 }
 * ```
 */
export type OperationMatch = 'typed' | 'mismatched' | 'untyped'

/** The services of each eventSource met, once imported (in this thread). */
const loaded = new Map<string, ReadonlyArray<AnyService>>()
/** The imports under way, by eventSource. */
const loading = new Map<string, Promise<void>>()

/**
 * Imports the services of an eventSource (`loadServices` of
 * `cloudtrail-codecs/aws`: only their entries), once per thread; a service
 * that cannot be imported counts as none.
 *
 * @param eventSource - a record's eventSource
 * @returns when {@link operationMatch} can answer for its records
 *
 * @example
 * ```ts
 * await loadOperationServices('iam.amazonaws.com')
 * const match = operationMatch(record)   // no longer undefined for a record of IAM
 * ```
 */
export function loadOperationServices(eventSource: string): Promise<void> {
  let pending = loading.get(eventSource)
  if (pending === undefined) {
    pending = loadServices(eventSource).then(
      (services) => void loaded.set(eventSource, services),
      () => void loaded.set(eventSource, []),
    )
    loading.set(eventSource, pending)
  }
  return pending
}

/**
 * Whether a record matched its operation's codec ({@link OperationMatch}),
 * or `undefined` when the services of its eventSource are not imported in
 * this thread yet: the import starts then, and {@link loadOperationServices}
 * tells when it is done. An eventSource that no service has needs no import.
 *
 * @param record - a decoded record
 * @returns the match, or `undefined` until its services are imported
 *
 * @example
 * ```ts
 * if (isEventRecord(record)) {
 *   const match = operationMatch(record) ?? (await loadOperationServices(record.eventSource), operationMatch(record))
 * }
 * ```
 */
export function operationMatch(record: CloudTrailRecord): OperationMatch | undefined {
  if (isInsightRecord(record)) return 'untyped'
  const eventSource = record.eventSource
  if (!Object.hasOwn(serviceNamesBySource, eventSource)) return 'untyped'
  const services = loaded.get(eventSource)
  if (services === undefined) {
    void loadOperationServices(eventSource)
    return undefined
  }
  let found = false
  for (const service of services) {
    const operation = service.operation(record.eventName)
    if (operation === undefined) continue
    if (payloadMatches(operation, record)) return 'typed'
    found = true
  }
  return found ? 'mismatched' : 'untyped'
}

/** Whether an operation's payload check accepts a record; a payload nested deeper than the check's stack does not match. */
function payloadMatches(operation: AnyOperation, record: EventRecord): boolean {
  try {
    return operation.payloadIs(record)
  } catch (error) {
    if (error instanceof RangeError) return false
    throw error
  }
}
