/**
 * The import rules of ARCHITECTURE.md, enforced: the table of layers is read from ARCHITECTURE.md itself,
 * so the picture and the code cannot drift apart. Every import of src/ is found with the TypeScript
 * scanner (comments and TSDoc examples are not imports).
 */
import { readFileSync, readdirSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { repoRoot } from '../support/corpus.js'

const src = join(repoRoot, 'src')

/** Every .ts file under a folder, as paths relative to src/ with forward slashes. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return entry.name.endsWith('.ts') ? [relative(src, path).split('\\').join('/')] : []
  })
}

/** The layer of a file: its first folder under src/, or the file name for src/index.ts. */
function layerOf(file: string): string {
  const [first] = file.split('/')
  return file.includes('/') ? first! : file.replace(/\.ts$/, '')
}

interface Imports {
  /** Files of src/ this file imports (relative to src/). */
  readonly local: string[]
  /** Package specifiers (`io-ts`, `node:fs`, ...). */
  readonly packages: string[]
}

function importsOf(file: string): Imports {
  const text = readFileSync(join(src, file), 'utf8')
  const { importedFiles } = ts.preProcessFile(text, true, true)
  const local: string[] = []
  const packages: string[] = []
  for (const { fileName } of importedFiles) {
    if (fileName.startsWith('.')) {
      local.push(relative(src, resolve(dirname(join(src, file)), fileName.replace(/\.js$/, '.ts'))).split('\\').join('/'))
    } else if (fileName === 'cloudtrail-codecs') local.push('index.ts')
    // The package's own name (generated services import the core so): the entry's source file.
    else if (fileName.startsWith('cloudtrail-codecs/')) local.push(`${fileName.slice('cloudtrail-codecs/'.length)}/index.ts`)
    else packages.push(fileName)
  }
  return { local, packages }
}

/** The `| layer | folder | may import |` table of ARCHITECTURE.md: layer to the layers it may import. */
function rulesFromArchitecture(): Map<string, Set<string>> {
  const text = readFileSync(join(repoRoot, 'ARCHITECTURE.md'), 'utf8')
  const rules = new Map<string, Set<string>>()
  const section = text.slice(text.indexOf('\n## Layers\n'), text.indexOf('\n## ', text.indexOf('\n## Layers\n') + 1))
  for (const line of section.split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim())
    if (cells.length < 5 || !/^`[\w.-]+`$/.test(cells[1] ?? '')) continue
    const layer = cells[1]!.slice(1, -1)
    const allowed = (cells[3] ?? '').match(/`[\w.-]+`/g)?.map((name) => name.slice(1, -1)) ?? []
    rules.set(layer, new Set(allowed))
  }
  return rules
}

const files = sourceFiles(src)
const graph = new Map(files.map((file) => [file, importsOf(file)]))
const rules = rulesFromArchitecture()

describe('the import rules of ARCHITECTURE.md', () => {
  it('name every layer of src/, and only those', () => {
    expect([...rules.keys()].sort()).toStrictEqual([...new Set(files.map(layerOf))].sort())
  })

  it('hold for every import of src/', () => {
    const broken: string[] = []
    for (const [file, { local }] of graph) {
      const layer = layerOf(file)
      const allowed = rules.get(layer) ?? new Set()
      for (const target of local) {
        const to = layerOf(target)
        if (to !== layer && !allowed.has(to)) broken.push(`${file} imports ${target} (${layer} may not import ${to})`)
      }
    }
    expect(broken).toStrictEqual([])
  })

  it('keep services apart: a service (a folder of src/aws/) imports no other service; only the modules of src/aws/ itself list them', () => {
    const broken: string[] = []
    for (const [file, { local }] of graph) {
      if (!/^aws\/[^/]+\//.test(file)) continue
      const service = file.split('/')[1]
      for (const target of local) {
        if (target.startsWith('aws/') && target.split('/')[1] !== service) broken.push(`${file} imports ${target}`)
      }
    }
    expect(broken).toStrictEqual([])
  })

  it('keep node: modules in the command line and cloudtrail-codecs/node (the core runs in browsers)', () => {
    const broken = [...graph]
      .filter(([file]) => layerOf(file) !== 'cli' && layerOf(file) !== 'node')
      .flatMap(([file, { packages }]) => packages.filter((p) => p.startsWith('node:')).map((p) => `${file} imports ${p}`))
    expect(broken).toStrictEqual([])
  })

  it('leave only io-ts and fp-ts as packages the library imports', () => {
    const packages = new Set(
      [...graph]
        .filter(([file]) => layerOf(file) !== 'cli')
        .flatMap(([, { packages }]) => packages.filter((p) => !p.startsWith('node:')).map((p) => p.split('/')[0])),
    )
    expect([...packages].sort()).toStrictEqual(['fp-ts', 'io-ts'])
  })

  it('have no import cycle between files', () => {
    const state = new Map<string, 'open' | 'done'>()
    const cycles: string[] = []
    const visit = (file: string, path: string[]): void => {
      if (state.get(file) === 'done') return
      if (state.get(file) === 'open') {
        cycles.push([...path.slice(path.indexOf(file)), file].join(' -> '))
        return
      }
      state.set(file, 'open')
      for (const target of graph.get(file)?.local ?? []) visit(target, [...path, file])
      state.set(file, 'done')
    }
    for (const file of files) visit(file, [])
    expect(cycles).toStrictEqual([])
  })

  it('keep every service out of what the root entry reaches', () => {
    const reached = new Set<string>()
    const walk = (file: string): void => {
      if (reached.has(file)) return
      reached.add(file)
      for (const target of graph.get(file)?.local ?? []) walk(target)
    }
    walk('index.ts')
    expect([...reached].filter((file) => file.startsWith('aws/') || file.startsWith('audit/') || file.startsWith('cli/'))).toStrictEqual([])
  })
})
