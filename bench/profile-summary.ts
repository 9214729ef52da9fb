/**
 * Summarises a V8 `.cpuprofile` (from `node --cpu-prof` or from
 * `bench/profile.ts`): the functions with the most self time, and self time by
 * file (leaving out the inspector's own `dispatch`). Anonymous functions of `.js` files are shown with the start of their
 * source line, so closures inside io-ts can be told apart.
 *
 *   npx tsx bench/profile-summary.ts <file.cpuprofile | directory> [--top=N]
 *
 * Given a directory, it reads the newest `.cpuprofile` in it.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { basename, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

/** The parts of a `.cpuprofile` this summary reads. */
export interface CpuProfile {
  readonly nodes: ReadonlyArray<{
    readonly id: number
    readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number; readonly columnNumber: number }
  }>
  readonly samples: ReadonlyArray<number>
  readonly timeDeltas: ReadonlyArray<number>
}

/** Self time of one function (all its nodes in the call tree). */
export interface HotSpot {
  readonly name: string
  readonly where: string
  readonly selfMs: number
  readonly share: number
}

/** Shortens a script URL to `package/path` or `src/...`. */
function shortUrl(url: string): string {
  if (url === '') return ''
  const path = url.startsWith('file://') ? fileURLToPath(url) : url
  const nodeModules = path.lastIndexOf('/node_modules/')
  if (nodeModules >= 0) return path.slice(nodeModules + '/node_modules/'.length)
  for (const root of ['/src/', '/bench/']) {
    const at = path.lastIndexOf(root)
    if (at >= 0) return path.slice(at + 1)
  }
  return basename(path)
}

const sourceCache = new Map<string, ReadonlyArray<string> | undefined>()

function sourceLine(url: string, line: number): string | undefined {
  if (!url.startsWith('file://') || !url.endsWith('.js')) return undefined
  const path = fileURLToPath(url)
  if (!sourceCache.has(path)) sourceCache.set(path, existsSync(path) ? readFileSync(path, 'utf8').split('\n') : undefined)
  const text = sourceCache.get(path)?.[line]
  return text === undefined ? undefined : text.trim().slice(0, 70)
}

/**
 * Totals self time per function and per file.
 *
 * @param profile - a parsed `.cpuprofile`
 * @param top - how many functions to keep
 * @returns the hot functions, the time by file, and the total sampled time
 */
export function hotSpots(profile: CpuProfile, top = 25): { functions: HotSpot[]; files: HotSpot[]; totalMs: number } {
  const selfByNode = new Map<number, number>()
  let total = 0
  // `dispatch` with no script is the inspector handling Profiler.stop: not the workload.
  const overhead = new Set(profile.nodes.filter((n) => n.callFrame.functionName === 'dispatch' && n.callFrame.url === '').map((n) => n.id))
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i]
    const delta = profile.timeDeltas[i] ?? 0
    if (id === undefined || overhead.has(id)) continue
    selfByNode.set(id, (selfByNode.get(id) ?? 0) + delta)
    total += delta
  }
  const byFunction = new Map<string, { name: string; where: string; self: number }>()
  const byFile = new Map<string, number>()
  for (const node of profile.nodes) {
    const self = selfByNode.get(node.id) ?? 0
    if (self === 0) continue
    const { functionName, url, lineNumber, columnNumber } = node.callFrame
    const file = shortUrl(url)
    const snippet = functionName === '' ? sourceLine(url, lineNumber) : undefined
    const name = functionName !== '' ? functionName : snippet !== undefined ? `(anonymous: ${snippet})` : '(anonymous)'
    const where = file === '' ? '' : `${file}:${lineNumber + 1}:${columnNumber + 1}`
    const key = `${name}@${where}`
    const entry = byFunction.get(key) ?? { name, where, self: 0 }
    entry.self += self
    byFunction.set(key, entry)
    const fileKey = file === '' ? name : file
    byFile.set(fileKey, (byFile.get(fileKey) ?? 0) + self)
  }
  const toSpot = (name: string, where: string, self: number): HotSpot => ({ name, where, selfMs: self / 1000, share: total === 0 ? 0 : self / total })
  return {
    functions: [...byFunction.values()].sort((a, b) => b.self - a.self).slice(0, top).map((e) => toSpot(e.name, e.where, e.self)),
    files: [...byFile.entries()].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([file, self]) => toSpot(file, '', self)),
    totalMs: total / 1000,
  }
}

/**
 * Renders the summary as text.
 *
 * @param profile - a parsed `.cpuprofile`
 * @param top - how many functions to list
 * @returns the two tables
 */
export function renderHotSpots(profile: CpuProfile, top = 25): string {
  const { functions, files, totalMs } = hotSpots(profile, top)
  const pct = (share: number): string => `${(share * 100).toFixed(1).padStart(5)}%`
  const lines = [`Sampled time: ${totalMs.toFixed(0)} ms`, '', `Top ${functions.length} functions by self time:`]
  for (const f of functions) lines.push(`  ${pct(f.share)} ${f.selfMs.toFixed(0).padStart(7)} ms  ${f.name}  ${f.where}`)
  lines.push('', 'Self time by file:')
  for (const f of files) lines.push(`  ${pct(f.share)} ${f.selfMs.toFixed(0).padStart(7)} ms  ${f.name}`)
  return lines.join('\n')
}

function newestProfile(dir: string): string {
  const candidates = readdirSync(dir)
    .filter((f) => f.endsWith('.cpuprofile'))
    .map((f) => join(dir, f))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)
  const first = candidates[0]
  if (first === undefined) throw new Error(`no .cpuprofile in ${dir}`)
  return first
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href
if (invokedDirectly) {
  const args = process.argv.slice(2)
  const target = args.find((a) => !a.startsWith('--'))
  if (target === undefined) {
    process.stderr.write('usage: npx tsx bench/profile-summary.ts <file.cpuprofile | directory> [--top=N]\n')
    process.exit(2)
  }
  const top = Number(args.find((a) => a.startsWith('--top='))?.slice('--top='.length) ?? 25)
  const file = statSync(target).isDirectory() ? newestProfile(target) : target
  process.stdout.write(`${file}\n${renderHotSpots(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile, top)}\n`)
}
