import { awsServices } from '../aws/index.js'
import type { AsyncParseOptions } from '../parse/index.js'
import type { AnyService } from '../services/index.js'
import { inflateGzip } from './inflate-gzip.js'
import type { WireParseOptions } from './protocol.js'

/**
 * The names of the services to check, as a worker receives them: a service
 * value must be one of `awsServices` (the value its entry exports, or one of
 * the same name and eventSource), and a name must name one. A service of
 * your own travels as a module instead (`serviceModules`).
 *
 * @param services - service values or names
 * @returns their names, in the order given
 * @throws TypeError for a service that is not one of `awsServices`
 */
export function serviceNames(services: ReadonlyArray<AnyService | string> | undefined): string[] {
  return (services ?? []).map((service) => {
    const known =
      typeof service === 'string'
        ? awsServices.find((s) => s.name === service)
        : awsServices.find((s) => s === service || (s.name === service.name && s.eventSource === service.eventSource))
    if (known !== undefined) return known.name
    const name = typeof service === 'string' ? `"${service}"` : `${service.name} (${service.eventSource})`
    throw new TypeError(
      `the service ${name} is not one of awsServices: worker threads receive services by name; pass a service of your own in serviceModules (the URL of a module that exports it)`,
    )
  })
}

function isService(value: unknown): value is AnyService {
  if (typeof value !== 'object' || value === null) return false
  const candidate = value as Partial<Record<keyof AnyService, unknown>>
  return (
    typeof candidate.name === 'string' &&
    typeof candidate.eventSource === 'string' &&
    typeof candidate.is === 'function' &&
    typeof candidate.operation === 'function' &&
    typeof candidate.operations === 'object'
  )
}

/**
 * The services named, then every service the modules export, in that order.
 *
 * @param names - names of services of `awsServices`
 * @param modules - URLs of modules to import
 * @returns the service values
 */
export async function loadServices(names: ReadonlyArray<string>, modules: ReadonlyArray<string>): Promise<AnyService[]> {
  const services: AnyService[] = names.flatMap((name) => awsServices.filter((s) => s.name === name))
  for (const url of modules) {
    const exported = (await import(url)) as Record<string, unknown>
    services.push(...Object.values(exported).filter(isService))
  }
  return services
}

/**
 * The options for `streamRecords` from the wire options: the services
 * loaded, and `inflateGzip` when it was asked for. Workers and readers in the calling thread both make their options
 * here, so they check the same services.
 *
 * @param wire - the wire options
 * @returns the parse options
 */
export async function parseOptionsOf(wire: WireParseOptions): Promise<AsyncParseOptions> {
  const { services, serviceModules, inflate, ...rest } = wire
  return { ...rest, ...(inflate === undefined ? {} : { inflate: inflateGzip }), services: await loadServices(services, serviceModules) }
}
