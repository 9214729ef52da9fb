import type { AnyService } from '../services/service.js'
import { serviceModuleLoaders, serviceNamesBySource } from './catalog.js'

/**
 * The service a service entry's module exports (each exports exactly one).
 *
 * @param module - the module of `cloudtrail-codecs/aws/<name>`
 * @returns its service, or `undefined` for a module that exports none
 */
function serviceOf(module: Readonly<Record<string, unknown>>): AnyService | undefined {
  for (const value of Object.values(module)) {
    if (typeof value === 'object' && value !== null && 'operations' in value && 'eventSource' in value && 'is' in value) {
      return value as AnyService
    }
  }
  return undefined
}

/**
 * Imports one service entry by its name, `cloudtrail-codecs/aws/<name>` (the AWS SDK for JavaScript v3
 * client name), the first time it is asked for: a bundler makes each service its own chunk.
 *
 * @param name - the entry name, such as `ec2` or `support-app`
 * @returns the service, or `undefined` for a name no entry has
 *
 * @example
 * ```ts
 * const iam = await loadService('iam')
 * const { records } = parseRecords(text, { services: iam === undefined ? [] : [iam] })
 * ```
 */
export async function loadService(name: string): Promise<AnyService | undefined> {
  const load = Object.hasOwn(serviceModuleLoaders, name) ? serviceModuleLoaders[name] : undefined
  return load === undefined ? undefined : serviceOf(await load())
}

/**
 * Imports the services CloudTrail logs under an eventSource, for tools that meet records of any service:
 * usually one, several where services share an eventSource (Amazon RDS, DocumentDB and Neptune all write
 * `rds.amazonaws.com`), in the order to ask them. Only those entries are imported.
 *
 * @param eventSource - a record's `eventSource`, such as `iam.amazonaws.com`
 * @returns the services, none for an eventSource no service has
 *
 * @example
 * ```ts
 * const services = await loadServices('iam.amazonaws.com')
 * const { records } = parseRecords(text, { services })
 * ```
 */
export async function loadServices(eventSource: string): Promise<readonly AnyService[]> {
  const names = Object.hasOwn(serviceNamesBySource, eventSource) ? (serviceNamesBySource[eventSource] ?? []) : []
  const services = await Promise.all(names.map(loadService))
  return services.filter((service): service is AnyService => service !== undefined)
}

/**
 * Imports every service entry: about 430 modules, for a tool that checks every record it reads.
 * Prefer {@link loadServices} by eventSource when the records at hand touch a few services.
 *
 * @returns every service, hand-written ones first
 *
 * @example
 * ```ts
 * const { records, issues } = parseRecords(text, { services: await loadAllServices() })
 * ```
 */
export async function loadAllServices(): Promise<readonly AnyService[]> {
  const names = Object.values(serviceNamesBySource).flat()
  const services = await Promise.all([...new Set(names)].map(loadService))
  return services.filter((service): service is AnyService => service !== undefined)
}
