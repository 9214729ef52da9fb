import { readdir, realpath, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { skipReasonOf } from './skipped-files.js'
import type { SkipCounts } from './skipped-files.js'

/** One thing to read: a file (with its size, for the progress bar) or standard input. */
export type InputSource =
  | { readonly kind: 'file'; readonly path: string; readonly name: string; readonly size: number }
  | { readonly kind: 'stdin'; readonly name: string }

/** A path that could not be read: it is reported on stderr, and the other inputs are still read. */
export interface UnreadableInput {
  readonly name: string
  readonly message: string
}

/** What the inputs expand to: the sources to read, the paths that could not be read, the files skipped. */
export interface ExpandedInputs {
  readonly sources: InputSource[]
  readonly unreadable: UnreadableInput[]
  /** How many files the directories held that are not read, by reason. */
  readonly skipped: SkipCounts
}

/** What a directory contributes: files whose names end like CloudTrail output or NDJSON. */
const RECORD_FILE = /\.(json|jsonl|ndjson)(\.gz)?$/i

/**
 * A path as shown in reports: forward slashes, so output is the same on every platform.
 *
 * @param path - a path
 * @returns the path with `/` separators
 */
export function displayName(path: string): string {
  return path.split('\\').join('/')
}

/**
 * Why a path could not be read, in a few words: `no such file or directory`,
 * `permission denied`, or the error's own message.
 *
 * @param error - what reading threw
 * @returns the reason
 */
export function errorText(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code?: unknown }).code
    if (code === 'ENOENT') return 'no such file or directory'
    if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
    if (code === 'EISDIR') return 'is a directory'
  }
  return error instanceof Error ? error.message : String(error)
}

async function walk(dir: string, seen: Set<string>, found: ExpandedInputs): Promise<void> {
  let real: string
  let names: string[]
  try {
    real = await realpath(dir)
    if (seen.has(real)) return
    seen.add(real)
    names = (await readdir(dir)).sort()
  } catch (error) {
    found.unreadable.push({ name: displayName(dir), message: `cannot read directory: ${errorText(error)}` })
    return
  }
  for (const name of names) {
    const path = join(dir, name)
    try {
      const info = await stat(path)
      if (info.isDirectory()) await walk(path, seen, found)
      else if (info.isFile() && RECORD_FILE.test(name)) {
        const reason = skipReasonOf(path, info.size)
        if (reason === undefined) found.sources.push({ kind: 'file', path, name: displayName(path), size: info.size })
        else found.skipped[reason]++
      }
    } catch (error) {
      found.unreadable.push({ name: displayName(path), message: `cannot read: ${errorText(error)}` })
    }
  }
}

/**
 * Expands the command line's inputs: a file is read whatever its name, a
 * directory is walked recursively in name order (files ending in `.json`,
 * `.jsonl` or `.ndjson`, optionally `.gz`; symbolic links followed, each
 * directory once; the files AWS puts beside logs skipped, see
 * {@link skipReasonOf}), `-` is standard input. Paths that cannot be read
 * are listed, in order, and the others are still read.
 *
 * @param inputs - the inputs as given
 * @returns the sources to read, the paths that cannot be read, and the files skipped
 */
export async function expandInputs(inputs: ReadonlyArray<string>): Promise<ExpandedInputs> {
  const found: ExpandedInputs = { sources: [], unreadable: [], skipped: { digest: 0, 'other-service': 0, empty: 0 } }
  const seen = new Set<string>()
  for (const input of inputs) {
    if (input === '-') {
      found.sources.push({ kind: 'stdin', name: '-' })
      continue
    }
    try {
      const info = await stat(input)
      if (info.isDirectory()) await walk(input, seen, found)
      else found.sources.push({ kind: 'file', path: input, name: displayName(input), size: info.size })
    } catch (error) {
      found.unreadable.push({ name: displayName(input), message: `cannot read: ${errorText(error)}` })
    }
  }
  return found
}
