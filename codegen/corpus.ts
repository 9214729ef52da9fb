// The real CloudTrail records of ../shared/corpus/records, matched with the generated services: what the
// coverage report (npm run coverage:models) and the corpus tests read. The records are read where they are,
// never copied into the repository.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseRecords } from '../src/index.js'
import type { ModelService, ModelShape } from '../src/index.js'

/** The corpus of real records, beside the repository. */
export const CORPUS_DIR: string = fileURLToPath(new URL('../../shared/corpus/records', import.meta.url))

/** One record of the corpus, with the file it came from. */
export interface CorpusRecord {
  readonly file: string
  readonly record: Readonly<Record<string, unknown>>
}

/**
 * Reads every record of the corpus: files are single records or wrappers (log files, EventBridge events,
 * LookupEvents output, CloudWatch Logs payloads), which `parseRecords` unwraps.
 *
 * @param dir - the corpus folder
 * @returns the records, file by file in name order
 */
export function readCorpus(dir: string = CORPUS_DIR): CorpusRecord[] {
  if (!existsSync(dir)) throw new Error(`no corpus at ${dir} (../shared/corpus/records beside the repository)`)
  const records: CorpusRecord[] = []
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.json')).sort()) {
    const { records: parsed } = parseRecords(readFileSync(join(dir, file), 'utf8'))
    for (const record of parsed) records.push({ file, record: record })
  }
  return records
}

/** Any generated service. */
export type AnyModelService = ModelService<string, { readonly [eventName: string]: { readonly request: unknown; readonly response: unknown; readonly readOnly: boolean } }>

/** A corpus record of a generated operation, and how the services that have it take it. */
export interface MatchedRecord extends CorpusRecord {
  /** The service that types the record: the first that narrows it, with the most typed request keys. */
  readonly service: AnyModelService
  /** Every generated service of the record's eventSource that has its eventName. */
  readonly candidates: readonly AnyModelService[]
  /** Whether `service.is(record)`. */
  readonly narrows: boolean
  /** The top-level keys of requestParameters (none when it is not an object). */
  readonly keys: readonly string[]
  /** Those of them that the operation's request shape names. */
  readonly typedKeys: readonly string[]
}

/** The keys a table shape names at its top, if it is a structure. */
function structureKeys(shapes: ReadonlyArray<ModelShape>, ref: number): Set<string> {
  const shape = ref < 0 ? undefined : shapes[ref]
  const keys = new Set<string>()
  if (Array.isArray(shape) && shape[0] === 'S') {
    for (let i = 2; i < shape.length; i += 2) keys.add(shape[i] as string)
  }
  return keys
}

/**
 * Matches corpus records with the services: a record is matched when a service of its eventSource has an
 * operation of its eventName (services that share an eventSource, such as rds, docdb and neptune, are each
 * asked; the one that narrows the record and types most of its request keys is its service).
 *
 * @param services - the generated services
 * @param records - the corpus records
 * @returns the matched records, and the records whose eventSource no service has
 */
export function matchRecords(
  services: readonly AnyModelService[],
  records: readonly CorpusRecord[],
): { matched: MatchedRecord[]; unmatchedSources: Map<string, number>; unmatchedOperations: Map<string, number> } {
  const bySource = new Map<string, AnyModelService[]>()
  for (const service of services) bySource.set(service.eventSource, [...(bySource.get(service.eventSource) ?? []), service])
  const matched: MatchedRecord[] = []
  const unmatchedSources = new Map<string, number>()
  const unmatchedOperations = new Map<string, number>()
  const count = (map: Map<string, number>, key: string): void => {
    map.set(key, (map.get(key) ?? 0) + 1)
  }
  for (const corpusRecord of records) {
    const { record } = corpusRecord
    const eventSource = String(record.eventSource)
    const eventName = String(record.eventName)
    const sameSource = bySource.get(eventSource)
    if (sameSource === undefined) {
      count(unmatchedSources, eventSource)
      continue
    }
    const candidates = sameSource.filter((service) => service.table.operations[eventName] !== undefined)
    if (candidates.length === 0) {
      count(unmatchedOperations, `${eventSource} ${eventName}`)
      continue
    }
    const request = record.requestParameters
    const keys = typeof request === 'object' && request !== null && !Array.isArray(request) ? Object.keys(request) : []
    const scored = candidates.map((service) => {
      const named = structureKeys(service.table.shapes, service.table.operations[eventName]?.[0] ?? -1)
      return { service, narrows: service.is(record), typedKeys: keys.filter((key) => named.has(key)) }
    })
    scored.sort((a, b) => Number(b.narrows) - Number(a.narrows) || b.typedKeys.length - a.typedKeys.length)
    const best = scored[0] as (typeof scored)[number]
    matched.push({ ...corpusRecord, candidates, keys, ...best })
  }
  return { matched, unmatchedSources, unmatchedOperations }
}

/**
 * Imports generated services from src/aws/<name>/index.ts.
 *
 * @param names - the entry names
 * @returns the services, in the order of the names
 */
export async function loadServices(names: readonly string[]): Promise<AnyModelService[]> {
  return Promise.all(
    names.map(async (name) => {
      const module = (await import(`../src/aws/${name}/index.ts`)) as Record<string, unknown>
      // The service value: the export whose entry name is the folder's (its export name may be an overlay's).
      const service = Object.values(module).find(
        (value): value is AnyModelService =>
          typeof value === 'object' && value !== null && 'table' in value && (value as { name?: unknown }).name === name,
      )
      if (service === undefined) throw new Error(`src/aws/${name} exports no service named ${name}`)
      return service
    }),
  )
}
