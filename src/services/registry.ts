import type { AnyOperation } from './operation.js'
import { SupportSubscription } from './support-subscription/index.js'
import type { SupportSubscriptionEvent } from './support-subscription/index.js'
import { Support } from './support/index.js'
import type { SupportEvent } from './support/index.js'
import { SupportApp } from './supportapp/index.js'
import type { SupportAppEvent } from './supportapp/index.js'
import { SupportPlans } from './supportplans/index.js'
import type { SupportPlansEvent } from './supportplans/index.js'
import { TrustedAdvisor } from './trustedadvisor/index.js'
import type { TrustedAdvisorEvent } from './trustedadvisor/index.js'

/**
 * Every service whose operations this library types. `parseRecords` checks a
 * record of one of these operations against the operation's codec.
 */
const services = [Support, TrustedAdvisor, SupportApp, SupportPlans, SupportSubscription] as const

/** What the registry needs of a service: its operations by name, and its sound guard. */
interface RegisteredService {
  readonly byName: ReadonlyMap<string, AnyOperation>
  readonly is: (u: unknown) => boolean
}

const bySource = new Map<string, RegisteredService>(services.map((s) => [s.eventSource, s]))

/**
 * Finds the operation of a record by `(eventSource, eventName)`: two Map lookups.
 *
 * @param eventSource - the record's eventSource
 * @param eventName - the record's eventName
 * @returns the operation, or `undefined` for an operation this library does not type
 *
 * @example
 * ```ts
 * findOperation('support.amazonaws.com', 'CreateCase')?.readOnly   // false
 * ```
 */
export function findOperation(eventSource: string, eventName: string): AnyOperation | undefined {
  return bySource.get(eventSource)?.byName.get(eventName)
}

/** The event of any operation this library types, of every service it knows. */
export type KnownOperationEvent =
  | SupportEvent
  | TrustedAdvisorEvent
  | SupportAppEvent
  | SupportPlansEvent
  | SupportSubscriptionEvent

/**
 * A sound guard for the event of any typed operation: a lookup on
 * `(eventSource, eventName)` plus that operation's codec `is`.
 *
 * @param u - a record, or any value
 * @returns `true` when `u` is an event of a typed operation and satisfies its codec
 *
 * @example
 * ```ts
 * const typed = records.filter(isKnownOperationEvent)
 * ```
 */
export function isKnownOperationEvent(u: unknown): u is KnownOperationEvent {
  if (typeof u !== 'object' || u === null) return false
  const { eventSource } = u as { eventSource?: unknown }
  return typeof eventSource === 'string' && (bySource.get(eventSource)?.is(u) ?? false)
}
