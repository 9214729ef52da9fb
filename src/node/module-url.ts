import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

/**
 * The URL of a module (of services, or of a transform), as a worker imports it.
 *
 * @param module - a `URL`, a `file:` URL, or a file path (relative to the working directory)
 * @returns the module's URL
 */
export function moduleUrl(module: string | URL): string {
  if (module instanceof URL) return module.href
  return /^file:/i.test(module) ? module : pathToFileURL(resolve(module)).href
}
