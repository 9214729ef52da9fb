/**
 * Services by list, by name and by eventSource, for tools that meet records
 * of any service (the command line, an every-service report): the services
 * with guides and audit helpers in one list, {@link awsServices}, with
 * {@link findService}; and
 * every service entry, generated ones included, imported only when asked for
 * by {@link loadServices} (by eventSource), {@link loadService} (by name) or
 * {@link loadAllServices}. Importing this entry loads the services of that
 * list only; import `cloudtrail-codecs/aws/<name>` to pay only for the
 * ones you use.
 *
 * @module cloudtrail-codecs/aws
 */
import type { EventOf } from '../services/service.js'
import { support } from 'cloudtrail-codecs/aws/support'
import { supportSubscription } from './support-subscription/index.js'
import { supportApp } from 'cloudtrail-codecs/aws/support-app'
import { supportPlans } from './supportplans/index.js'
import { trustedAdvisor } from 'cloudtrail-codecs/aws/trustedadvisor'
import { signin } from 'cloudtrail-codecs/aws/signin'

/**
 * The six services with guides and audit helpers (the AWS Support family and
 * AWS Sign-In: Support, Trusted Advisor, Support App and Sign-In generated,
 * Support Plans and support-subscription written by hand), each as its own
 * entry point exports it: pass the list to
 * `parseRecords(input, { services: awsServices })` to check their payloads.
 * The 424 other generated services are not in it (they would all load with it):
 * get them by eventSource with {@link loadServices}, by name with
 * {@link loadService}, or all with {@link loadAllServices}.
 *
 * @example
 * ```ts
 * import { parseRecords } from 'cloudtrail-codecs'
 * import { awsServices } from 'cloudtrail-codecs/aws'
 *
 * const { records, issues } = parseRecords(text, { services: awsServices })
 * for (const service of awsServices) console.log(service.name, service.eventSource, Object.keys(service.operations).length)
 * ```
 */
export const awsServices = [support, trustedAdvisor, supportApp, supportPlans, supportSubscription, signin] as const

/**
 * The record of any operation of any service in {@link awsServices}.
 *
 * @example
 * ```ts
 * const typed: TypedOperationEvent[] = records.filter((r) => awsServices.some((s) => s.is(r))) as TypedOperationEvent[]
 * ```
 */
export type TypedOperationEvent = EventOf<(typeof awsServices)[number]>

/**
 * Finds the service of an eventSource among {@link awsServices}.
 *
 * @param eventSource - a record's eventSource
 * @returns the service, or `undefined` when no typed service has that eventSource
 *
 * @example
 * ```ts
 * findService('support.amazonaws.com')?.name   // 'support'
 * findService('trustedadvisor.amazonaws.com')?.operation('RefreshCheck')?.readOnly   // false
 * ```
 */
export function findService(eventSource: string): (typeof awsServices)[number] | undefined {
  return awsServices.find((service) => service.eventSource === eventSource)
}

export { support, trustedAdvisor, supportApp, supportPlans, supportSubscription, signin }
export { loadAllServices, loadService, loadServices } from './load.js'
export { serviceModuleLoaders, serviceNamesBySource } from './catalog.js'
