import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { repoRoot } from './corpus.js'

/** The shared specification folder, beside the repository. */
export const specRoot = resolve(repoRoot, '..', 'shared', 'spec')

/** One member of a request or response shape in `support-operations.json`. */
export interface SpecMember {
  readonly type: string
  readonly required?: boolean
  readonly knownValues?: ReadonlyArray<string>
  readonly enum?: ReadonlyArray<string>
  readonly sensitive?: boolean
  readonly members?: Readonly<Record<string, SpecMember>>
  readonly items?: SpecMember
  readonly key?: SpecMember
  readonly value?: SpecMember
}

/** One (eventSource, eventName) entry of `support-operations.json`. */
export interface SpecOperation {
  readonly eventSource: string
  readonly eventName: string
  readonly readOnly: boolean
  readonly request: Readonly<Record<string, SpecMember>> | null
  readonly response: Readonly<Record<string, SpecMember>> | null
  readonly errors: ReadonlyArray<string>
}

/** The parts of `support-operations.json` tests use. */
export interface SupportOperationsSpec {
  readonly operations: ReadonlyArray<SpecOperation>
  readonly unverified: ReadonlyArray<{ readonly eventName: string; readonly eventSourceAssumed?: string }>
}

/**
 * Whether the shared specification is here. In CI (`CI=true`) a missing
 * specification throws, so the suite fails instead of skipping.
 */
export function specAvailable(): boolean {
  const present = existsSync(join(specRoot, 'support-operations.json'))
  if (!present && process.env['CI'] === 'true') {
    throw new Error(`the shared specification is missing at ${specRoot}; CI must have it`)
  }
  return present
}

/** Reads `support-operations.json`. */
export function readSupportOperationsSpec(): SupportOperationsSpec {
  return JSON.parse(readFileSync(join(specRoot, 'support-operations.json'), 'utf8')) as SupportOperationsSpec
}

/** The verified operations of one event source (never the `unverified` list), in the file's order. */
export function specOperations(eventSource: string): SpecOperation[] {
  return readSupportOperationsSpec().operations.filter((op) => op.eventSource === eventSource)
}
