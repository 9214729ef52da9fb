// The API reference's structure, without running TypeDoc: every entry point of typedoc.json is one module
// titled with its import specifier and described in one paragraph, every declaration it exports comes from a
// folder the topic table of scripts/typedoc-topics.mjs names (so it lands in a topic, not in "Other"), and
// every guide has a title for the navigation. `npm run docs` renders what this checks.
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { GENERATED_HEADER } from '../../scripts/generated-services.mjs'
import { topicOf, topics, topicTitles } from '../../scripts/typedoc-topics.mjs'

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')

interface TypedocJson {
  entryPoints: string[]
  projectDocuments: string[]
  plugin?: string[]
  categorizeByGroup?: boolean
  categoryOrder?: string[]
}

function readJsonc<T>(file: string): T {
  const { config, error } = ts.parseConfigFileTextToJson(file, readFileSync(join(repo, file), 'utf8'))
  if (error !== undefined) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, '\n'))
  return config as T
}

const typedoc = readJsonc<TypedocJson>('typedoc.json')
const entries = typedoc.entryPoints.map((entry) => resolve(repo, entry))

/** `src/aws/support/index.ts` → `cloudtrail-codecs/aws/support`. */
function specifierOf(entry: string): string {
  const folder = relative(join(repo, 'src'), dirname(entry)).split(sep).join('/')
  return folder === '' ? 'cloudtrail-codecs' : `cloudtrail-codecs/${folder}`
}

/**
 * The generated services the reference documents: the AWS Support family and sign-in, whose docs hold real
 * records (`cloudtrail-codecs/aws` lists them in `awsServices`). Every other service entry of typedoc.json is
 * hand-written.
 */
const documentedGenerated = ['support', 'trustedadvisor', 'support-app', 'signin'].map((name) => join(repo, 'src', 'aws', name, 'index.ts'))

const isGenerated = (file: string): boolean => readFileSync(file, 'utf8').startsWith(GENERATED_HEADER)

/**
 * A program of the entry points alone, as the build's tsconfig resolves them (its `paths` map the package's
 * own name, `cloudtrail-codecs/aws/<name>`, to `src/aws/<name>/index.ts`). The generated services that are
 * no entry point are reached only through the catalog's `import()` of each entry and export nothing the
 * entry points do, so they (and any build output the package's own name resolves to) are read as empty
 * modules: checking 430 service tables would take a minute and tell nothing here.
 */
function entryProgram(): ts.Program {
  const parsed = ts.getParsedCommandLineOfConfigFile(join(repo, 'tsconfig.build.json'), {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'))
    },
  })
  if (parsed === undefined) throw new Error('tsconfig.build.json')
  const options: ts.CompilerOptions = { ...parsed.options, noEmit: true, noLib: true, types: [] }
  const host = ts.createCompilerHost(options)
  const getSourceFile = host.getSourceFile.bind(host)
  const distDir = join(repo, 'dist') + sep
  const entrySet = new Set(entries)
  host.getSourceFile = (fileName, languageVersion, ...rest) => {
    const generated =
      /[\\/]src[\\/]aws[\\/][^\\/]+[\\/]index\.ts$/.test(fileName) && !entrySet.has(resolve(fileName)) && isGenerated(fileName)
    if (generated || resolve(fileName).startsWith(distDir)) return ts.createSourceFile(fileName, 'export {}', languageVersion)
    return getSourceFile(fileName, languageVersion, ...rest)
  }
  return ts.createProgram(entries, options, host)
}

/** Every declaration an entry exports, with the file that declares it. */
function exportsOf(program: ts.Program, entry: string): Array<{ name: string; file: string }> {
  const checker = program.getTypeChecker()
  const source = program.getSourceFile(entry)
  const module = source === undefined ? undefined : checker.getSymbolAtLocation(source)
  if (module === undefined) throw new Error(`${entry} is not a module`)
  return checker.getExportsOfModule(module).map((exported) => {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported
    const file = symbol.declarations?.[0]?.getSourceFile().fileName
    if (file === undefined) throw new Error(`${exported.name} of ${entry} has no declaration`)
    return { name: exported.name, file: resolve(file) }
  })
}

/** The first doc comment of a file, without its `*` margins. */
function leadingDocComment(file: string): string | undefined {
  const text = readFileSync(file, 'utf8')
  const range = ts.getLeadingCommentRanges(text, 0)?.find((comment) => text.startsWith('/**', comment.pos))
  if (range === undefined) return undefined
  return text
    .slice(range.pos + 3, range.end - 2)
    .split('\n')
    .map((line) => line.replace(/^\s*\* ?/, '').trimEnd())
    .join('\n')
    .trim()
}

describe('the topic table', () => {
  it('maps folders of src/ to titles, and typedoc.json lets the plugin order them', () => {
    expect(topicTitles.length).toBeGreaterThan(5)
    expect(topicOf('parse/parse-records.ts')).toBe(topics.parse)
    expect(topicOf(join(repo, 'src', 'services', 'model', 'table.ts'))).toBe(topics['services/model'])
    expect(topicOf('aws/support/create-case.ts')).toBe(topics['aws/*'])
    expect(topicOf('aws/load.ts')).toBe(topics.aws)
    expect(topicOf('cli/main.ts')).toBeUndefined()
    expect(topicOf('index.ts')).toBeUndefined()
    expect(typedoc.plugin).toContain('./scripts/typedoc-topics.mjs')
    expect(typedoc.categorizeByGroup).toBe(false)
    // The plugin sets categoryOrder from the table; a value here would replace it.
    expect(typedoc.categoryOrder).toBeUndefined()
  })
})

describe('the entry points of typedoc.json', () => {
  const program = entryProgram()

  it('are the package entries: the root, audit, aws, the hand-written services, the generated Support family and sign-in, node and lambda', () => {
    const { exports } = readJsonc<{ exports: Record<string, unknown> }>('package.json')
    const generatedEntries: string[] = []
    for (const entry of entries) {
      const subpath = specifierOf(entry).replace(/^cloudtrail-codecs/, '.')
      const service = /^\.\/aws\/[^/]+$/.test(subpath)
      // A service is exported through the `./aws/*` pattern; the reference documents the hand-written ones
      // and, of the generated ones, the Support family and sign-in alone.
      expect(Object.keys(exports), subpath).toContain(service ? './aws/*' : subpath)
      if (service && isGenerated(entry)) generatedEntries.push(entry)
    }
    expect(generatedEntries.sort()).toEqual([...documentedGenerated].sort())
    expect(entries.map(specifierOf)).toEqual(expect.arrayContaining(['cloudtrail-codecs', 'cloudtrail-codecs/aws', 'cloudtrail-codecs/aws/support']))
  })

  it.each(entries.map((entry) => [specifierOf(entry), entry]))('%s is titled with its specifier and described in one paragraph', (specifier, entry) => {
    const comment = leadingDocComment(entry)
    expect(comment, `${entry} starts with no doc comment`).toBeDefined()
    const [description = '', ...tags] = (comment ?? '').split(/\n(?=@)/)
    expect(tags.map((tag) => tag.trim())).toContain(`@module ${specifier}`)
    expect(description.trim(), entry).not.toBe('')
    expect(description.trim().split(/\n\s*\n/), `${entry}: one paragraph`).toHaveLength(1)
  })

  it.each(entries.map((entry) => [specifierOf(entry), entry]))('every export of %s comes from a folder with a topic', (_specifier, entry) => {
    const exported = exportsOf(program, entry)
    expect(exported.length).toBeGreaterThan(0)
    const untopical = exported.filter(({ file }) => topicOf(file) === undefined).map(({ name, file }) => `${name} (${relative(repo, file)})`)
    expect(untopical).toEqual([])
  })
})

describe('the guides', () => {
  it('are every docs/*.md but the index, the landing page', () => {
    expect(typedoc.projectDocuments).toEqual(['docs/!(index).md'])
  })

  const guides = readdirSync(join(repo, 'docs')).filter((name) => name.endsWith('.md') && name !== 'index.md')

  it.each(guides)('docs/%s has a title for the navigation', (name) => {
    const text = readFileSync(join(repo, 'docs', name), 'utf8')
    const frontMatter = /^---\n([\s\S]*?)\n---\n/.exec(text)?.[1]
    expect(frontMatter, `docs/${name} starts with no front matter`).toBeDefined()
    const title = /^title: *(.+)$/m.exec(frontMatter ?? '')?.[1]?.trim()
    expect(title, `docs/${name} has no title`).toBeTruthy()
    expect(title).not.toBe(name.replace(/\.md$/, ''))
  })
})
