import { readdir, realpath, stat } from 'node:fs/promises'
import { join } from 'node:path'

/** One thing to read: a file (with its size, for the progress bar) or standard input. */
export type InputSource =
  | { readonly kind: 'file'; readonly path: string; readonly name: string; readonly size: number }
  | { readonly kind: 'stdin'; readonly name: string }

/** A path that could not be read: it is reported as an issue, and the other inputs are still read. */
export interface InputProblem {
  readonly name: string
  readonly message: string
}

/** What a directory contributes: files whose names end like CloudTrail output or NDJSON. */
const RECORD_FILE = /\.(json|jsonl|ndjson)(\.gz)?$/i

/** A path as shown in reports: forward slashes, so output is the same on every platform. */
function displayName(path: string): string {
  return path.split('\\').join('/')
}

function errorText(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code?: unknown }).code
    if (code === 'ENOENT') return 'no such file or directory'
    if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
  }
  return error instanceof Error ? error.message : String(error)
}

async function walk(
  dir: string,
  seen: Set<string>,
  sources: InputSource[],
  problems: InputProblem[],
): Promise<void> {
  let real: string
  let names: string[]
  try {
    real = await realpath(dir)
    if (seen.has(real)) return
    seen.add(real)
    names = (await readdir(dir)).sort()
  } catch (error) {
    problems.push({ name: displayName(dir), message: `cannot read directory: ${errorText(error)}` })
    return
  }
  for (const name of names) {
    const path = join(dir, name)
    try {
      const info = await stat(path)
      if (info.isDirectory()) await walk(path, seen, sources, problems)
      else if (info.isFile() && RECORD_FILE.test(name)) {
        sources.push({ kind: 'file', path, name: displayName(path), size: info.size })
      }
    } catch (error) {
      problems.push({ name: displayName(path), message: `cannot read: ${errorText(error)}` })
    }
  }
}

/**
 * Expands the command line's inputs: a file is read whatever its name, a
 * directory is walked recursively in name order (files ending in `.json`,
 * `.jsonl` or `.ndjson`, optionally `.gz`; symbolic links followed, each
 * directory once), `-` is standard input. Paths that cannot be read become
 * problems, in order, and the others are still read.
 *
 * @param inputs - the inputs as given
 * @returns the sources to read, and the problems
 */
export async function expandInputs(
  inputs: ReadonlyArray<string>,
): Promise<{ readonly sources: InputSource[]; readonly problems: InputProblem[] }> {
  const sources: InputSource[] = []
  const problems: InputProblem[] = []
  const seen = new Set<string>()
  for (const input of inputs) {
    if (input === '-') {
      sources.push({ kind: 'stdin', name: '-' })
      continue
    }
    try {
      const info = await stat(input)
      if (info.isDirectory()) await walk(input, seen, sources, problems)
      else sources.push({ kind: 'file', path: input, name: displayName(input), size: info.size })
    } catch (error) {
      problems.push({ name: displayName(input), message: `cannot read: ${errorText(error)}` })
    }
  }
  return { sources, problems }
}
