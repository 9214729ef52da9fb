// `npm run check:examples [-- <path prefix>...]`: type-checks every ```ts block of every TSDoc
// `@example` in src/ against the BUILT package, as a user would write it. Run after `npm run build`.
//
// 1. Extraction: each src/**/*.ts is parsed with the TypeScript compiler; every `/** ... */` comment
//    in front of any token (so members of interfaces, classes and object literals, and overloads,
//    too) is read, and each ```ts fence under an `@example` tag becomes one example. A plain text
//    count of `@example` tags cross-checks the extraction: a tag it missed is reported as a failure.
// 2. Entry: each source file maps to the entry point a user imports it from (`entryRules` below:
//    the first rule that matches the file and whose subpath package.json `exports` has).
// 3. Module: each example is written to .tmp/examples/ as its own ES module, after a prelude:
//      - `import * as t from 'io-ts'`;
//      - a named import of every export its entry has that the example uses (names its entry lacks
//        are looked up in the root entry; a type-only export is imported with `type`);
//      - `declare const` for the free variables in `ambient` below that the example uses.
//    An example that imports from the package itself is taken as complete: it gets no imports,
//    only the ambient variables. Names the example declares itself are never imported or declared.
//    An example of a declaration no entry exports (an internal helper) cannot be written by a user:
//    it imports from its own source module first, and is counted apart.
// 4. Check: `cloudtrail-codecs` resolves by package self-reference (the examples sit inside this
//    package, so its package.json `exports` apply exactly as in a consumer's node_modules) to dist/.
//    All examples are checked in one program with tsconfig.json's options (strict,
//    noUncheckedIndexedAccess, exactOptionalPropertyTypes, NodeNext, ...) except noUnusedLocals and
//    noUnusedParameters. Each error prints as `src/file.ts:line (symbol): TS1234: message`, the line
//    being the source line of the example it is on; then `N examples checked, M failed`; exit 1 on
//    any failure, 2 when the check cannot run (no dist/).
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import ts from 'typescript'

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..')

/**
 * Where a user imports a source file's exports from, first match wins. `subpath` is a key of
 * package.json `exports`; `$1` is the rule's first capture. A rule whose subpath the package does
 * not export (yet) is passed over, so the last rule must be the root entry.
 *
 * @type {ReadonlyArray<{ files: RegExp, subpath: string }>}
 */
export const entryRules = [
  { files: /^src\/aws\/[^/]+\.ts$/, subpath: './aws' },
  { files: /^src\/aws\/([^/]+)\//, subpath: './aws/$1' },
  { files: /^src\/audit\//, subpath: './audit' },
  { files: /^src\/node\//, subpath: './node' },
  { files: /^src\/lambda\//, subpath: './lambda' },
  { files: /^src\//, subpath: '.' },
]

/**
 * Free variables the examples use without declaring them, with their types: only those an example
 * uses are declared in its module. `$pkg` stands for the package, `$entry` for the example's entry.
 *
 * @type {Readonly<Record<string, string>>}
 */
export const ambient = {
  // Input: a log file, NDJSON or any text CloudTrail arrives in; one NDJSON line; a parsed JSON value.
  text: 'string',
  line: 'string',
  body: 'unknown',
  // What `parseRecords` returns.
  record: "import('$pkg').CloudTrailRecord",
  records: "import('$pkg').CloudTrailRecord[]",
  issue: "import('$pkg').ParseIssue",
  issues: "import('$pkg').ParseIssue[]",
  // What the audit functions return.
  timeline: "import('$entry').SupportCaseTimeline",
  activity: "import('$entry').TrustedAdvisorActivity",
  check: "import('$entry').CheckActivity",
  recommendation: "import('$entry').RecommendationActivity",
}

/**
 * @typedef {object} Example
 * @property {string} file - the source file, relative to the root, with `/` separators
 * @property {number} line - the 1-based source line of the example's first code line
 * @property {string} symbol - the documented declaration (`Container.member`), or `?`
 * @property {string} code - the code, comment prefixes removed
 */

/**
 * @typedef {object} Failure
 * @property {string} file - as in {@link Example}
 * @property {number} line - the 1-based source line the error is on
 * @property {string} symbol - as in {@link Example}
 * @property {string} message - `TS1234: message`, on one line
 */

/**
 * The name of a declaration, if it is one.
 *
 * @param {ts.Node} node - any node
 * @param {ts.SourceFile} sourceFile - its file
 * @returns {string | undefined} the name's text
 */
function declarationName(node, sourceFile) {
  if (ts.isConstructorDeclaration(node)) return 'constructor'
  if (ts.isSourceFile(node) || ts.isJSDoc(node)) return undefined
  const name = ts.getNameOfDeclaration(/** @type {ts.Declaration} */ (node))
  if (name === undefined || name.parent !== node) return undefined
  if (ts.isIdentifier(name) || ts.isPrivateIdentifier(name) || ts.isStringLiteralLike(name) || ts.isNumericLiteral(name)) {
    return name.text
  }
  return name.getText(sourceFile)
}

/**
 * The name of a declaration with the names of the declarations around it: `NullableType.constructor`.
 *
 * @param {ts.Node} node - a declaration
 * @param {ts.SourceFile} sourceFile - its file
 * @returns {string} the dotted name
 */
function qualifiedName(node, sourceFile) {
  /** @type {string[]} */
  const names = []
  for (let at = /** @type {ts.Node | undefined} */ (node); at !== undefined; at = at.parent) {
    const name = ts.isVariableStatement(at) || ts.isVariableDeclarationList(at) ? undefined : declarationName(at, sourceFile)
    if (name !== undefined) names.unshift(name)
  }
  return names.join('.')
}

/**
 * Every ```ts block under an `@example` tag in the TSDoc comments of one file.
 *
 * @param {string} file - the file's name, relative to the root, for reports
 * @param {string} text - its content
 * @returns {{ examples: Example[], missed: number[], bare: number[] }} the examples; the 1-based lines of
 *   `@example` tags a plain text scan found but the extraction did not (expected to be none), and of
 *   `@example` tags without a ```ts block
 */
export function extractExamples(file, text) {
  const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS)

  // The declaration each JSDoc comment documents, by the comment's start.
  /** @type {Map<number, string>} */
  const documented = new Map()
  /** @param {ts.Node} node - visited with its descendants */
  const name = (node) => {
    if (!ts.isSourceFile(node)) {
      for (const doc of ts.getJSDocCommentsAndTags(node)) {
        if (ts.isJSDoc(doc) && !documented.has(doc.pos)) {
          const symbol = qualifiedName(node, sourceFile)
          if (symbol !== '') documented.set(doc.pos, symbol)
        }
      }
    }
    ts.forEachChild(node, name)
  }
  name(sourceFile)

  // Every `/**` comment in front of any token, including the end of the file.
  /** @type {Map<number, number>} start to end */
  const comments = new Map()
  /** @param {ts.Node} node - visited with every token under it */
  const collect = (node) => {
    for (const range of ts.getLeadingCommentRanges(text, node.pos) ?? []) {
      if (range.kind === ts.SyntaxKind.MultiLineCommentTrivia && text.startsWith('/**', range.pos)) {
        comments.set(range.pos, range.end)
      }
    }
    for (const child of node.getChildren(sourceFile)) if (!ts.isJSDoc(child)) collect(child)
  }
  collect(sourceFile)

  /** @type {Example[]} */
  const examples = []
  /** @type {number[]} */
  const bare = []
  /** @type {Set<number>} 0-based lines of the `@example` tags read */
  const tagLines = new Set()
  for (const [start, end] of [...comments].sort((a, b) => a[0] - b[0])) {
    const firstLine = sourceFile.getLineAndCharacterOfPosition(start).line
    const lines = text
      .slice(start, end)
      .split(/\r?\n/)
      .map((raw, index) => (index === 0 ? raw.replace(/^\/\*\*\s?/, '') : raw.replace(/^\s*\*(?!\/) ?/, '')).replace(/\s*\*\/$/, ''))
    const symbol = documented.get(start) ?? '?'
    /** @type {{ line: number, blocks: number } | undefined} the `@example` tag being read */
    let tag
    /** @type {string[] | undefined} the lines of the ```ts block being read */
    let block
    let blockLine = 0
    let otherFence = false
    const endTag = () => {
      if (tag !== undefined && tag.blocks === 0) bare.push(tag.line + 1)
      tag = undefined
    }
    lines.forEach((line, index) => {
      const closing = /^\s*```\s*$/.test(line)
      if (block !== undefined) {
        if (closing) {
          examples.push({ file, line: blockLine + 1, symbol, code: block.join('\n') })
          block = undefined
        } else block.push(line)
      } else if (otherFence) {
        if (closing) otherFence = false
      } else if (/^\s*```/.test(line)) {
        if (tag !== undefined && /^\s*```\s*(ts|typescript|mts)\s*$/i.test(line)) {
          tag.blocks += 1
          block = []
          blockLine = firstLine + index + 1
        } else otherFence = true
      } else if (/^\s*@\w/.test(line)) {
        endTag()
        if (/^\s*@example\b/.test(line)) {
          tag = { line: firstLine + index, blocks: 0 }
          tagLines.add(firstLine + index)
        }
      }
    })
    // A block the comment's end cut short is still checked (and will most likely fail).
    if (block !== undefined) examples.push({ file, line: blockLine + 1, symbol, code: block.join('\n') })
    endTag()
  }

  // The cross-check: `@example` at the start of a comment line anywhere in the file.
  /** @type {number[]} */
  const missed = []
  text.split(/\r?\n/).forEach((line, index) => {
    if (/^\s*\*\s*@example\b/.test(line) && !tagLines.has(index)) missed.push(index + 1)
  })
  return { examples, missed, bare }
}

/**
 * The names an example uses but does not declare, and whether it imports from a given package.
 *
 * @param {string} code - the example
 * @param {string} packageName - the package's name
 * @returns {{ free: Set<string>, importsPackage: boolean }} the free names
 */
export function freeNames(code, packageName) {
  const sourceFile = ts.createSourceFile('example.ts', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS)
  /** @type {Set<string>} */
  const declared = new Set()
  /** @type {Set<string>} */
  const used = new Set()
  let importsPackage = false
  /** @param {ts.Node} node - visited with its descendants */
  const visit = (node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const from = node.moduleSpecifier.text
      if (from === packageName || from.startsWith(`${packageName}/`)) importsPackage = true
    }
    if (ts.isIdentifier(node)) {
      const parent = node.parent
      const isDeclaration =
        (ts.isVariableDeclaration(parent) ||
          ts.isFunctionDeclaration(parent) ||
          ts.isFunctionExpression(parent) ||
          ts.isClassDeclaration(parent) ||
          ts.isClassExpression(parent) ||
          ts.isInterfaceDeclaration(parent) ||
          ts.isTypeAliasDeclaration(parent) ||
          ts.isEnumDeclaration(parent) ||
          ts.isModuleDeclaration(parent) ||
          ts.isParameter(parent) ||
          ts.isTypeParameterDeclaration(parent) ||
          ts.isBindingElement(parent) ||
          ts.isImportClause(parent) ||
          ts.isNamespaceImport(parent) ||
          ts.isImportSpecifier(parent) ||
          ts.isImportEqualsDeclaration(parent)) &&
        parent.name === node
      const isMemberName =
        ((ts.isPropertyAccessExpression(parent) ||
          ts.isPropertyAssignment(parent) ||
          ts.isPropertySignature(parent) ||
          ts.isPropertyDeclaration(parent) ||
          ts.isMethodDeclaration(parent) ||
          ts.isMethodSignature(parent) ||
          ts.isGetAccessorDeclaration(parent) ||
          ts.isSetAccessorDeclaration(parent) ||
          ts.isEnumMember(parent) ||
          ts.isJsxAttribute(parent)) &&
          parent.name === node) ||
        (ts.isQualifiedName(parent) && parent.right === node) ||
        (ts.isBindingElement(parent) && parent.propertyName === node) ||
        (ts.isImportSpecifier(parent) && parent.propertyName === node) ||
        ((ts.isLabeledStatement(parent) || ts.isBreakOrContinueStatement(parent)) && parent.label === node)
      if (isDeclaration) declared.add(node.text)
      else if (!isMemberName) used.add(node.text)
    }
    ts.forEachChild(node, visit)
  }
  visit(sourceFile)
  return { free: new Set([...used].filter((name) => !declared.has(name))), importsPackage }
}

/**
 * Whether package.json `exports` has a subpath, by name or by a pattern (`./aws/*` exports every subpath one
 * folder deep under its prefix).
 *
 * @param {string} subpath - e.g. `./aws/ec2`
 * @param {ReadonlySet<string>} exported - the keys of `exports`
 * @returns {boolean} whether it is exported
 */
function isExported(subpath, exported) {
  if (exported.has(subpath)) return true
  return [...exported].some((pattern) => {
    if (!pattern.endsWith('/*')) return false
    const rest = subpath.slice(pattern.length - 1)
    return subpath.startsWith(pattern.slice(0, -1)) && rest !== '' && !rest.includes('/')
  })
}

/**
 * The subpath of package.json `exports` a source file's exports are imported from.
 *
 * @param {string} file - relative to the root, `/` separators
 * @param {ReadonlySet<string>} exported - the keys of package.json `exports`
 * @param {ReadonlyArray<{ files: RegExp, subpath: string }>} [rules] - defaults to {@link entryRules}
 * @returns {string} a subpath, `.` for the root entry
 */
export function entryOf(file, exported, rules = entryRules) {
  for (const rule of rules) {
    const match = rule.files.exec(file)
    if (match === null) continue
    const subpath = rule.subpath.replace('$1', match[1] ?? '')
    if (isExported(subpath, exported)) return subpath
  }
  return '.'
}

/**
 * The compiler options of a tsconfig.json, made fit for checking examples.
 *
 * @param {string} tsconfig - its path
 * @returns {ts.CompilerOptions} the options
 */
function compilerOptionsFrom(tsconfig) {
  const read = ts.readConfigFile(tsconfig, (path) => ts.sys.readFile(path))
  if (read.error !== undefined) throw new Error(ts.flattenDiagnosticMessageText(read.error.messageText, '\n'))
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, dirname(tsconfig), undefined, tsconfig)
  // Its own file list does not matter here (18003: no inputs found).
  const error = parsed.errors.find((diagnostic) => diagnostic.code !== 18003)
  if (error !== undefined) throw new Error(`${tsconfig}: ${ts.flattenDiagnosticMessageText(error.messageText, ' ')}`)
  // Without an outDir (or rootDir), a self-reference resolves to dist/ itself, not back to the sources;
  // without `paths`, `cloudtrail-codecs` is the built package, not src/ (tsconfig.json maps it for the sources).
  const { outDir: _outDir, rootDir: _rootDir, declarationDir: _declarationDir, tsBuildInfoFile: _tsBuildInfoFile, paths: _paths, ...options } =
    parsed.options
  return {
    ...options,
    noEmit: true,
    noUnusedLocals: false,
    noUnusedParameters: false,
    allowJs: false,
    checkJs: false,
    declaration: false,
    sourceMap: false,
    composite: false,
    incremental: false,
  }
}

/**
 * Every `.ts` file under a folder, sorted, `.d.ts` excepted.
 *
 * @param {string} folder - absolute
 * @returns {string[]} absolute paths
 */
function sourceFiles(folder) {
  /** @type {string[]} */
  const files = []
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) files.push(...sourceFiles(path))
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) files.push(path)
  }
  return files.sort()
}

/**
 * One line of a diagnostic's message.
 *
 * @param {ts.Diagnostic} diagnostic - the diagnostic
 * @returns {string} `TS1234: message`
 */
function messageOf(diagnostic) {
  const text = ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ').replace(/\s+/g, ' ')
  return `TS${String(diagnostic.code)}: ${text.length > 400 ? `${text.slice(0, 400)}...` : text}`
}

/**
 * The names a source module exports, read from its syntax (for internal examples).
 *
 * @param {string} text - the module's source
 * @returns {Map<string, boolean>} export name to whether it is type-only
 */
function exportsOfSource(text) {
  const sourceFile = ts.createSourceFile('module.ts', text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS)
  /** @type {Map<string, boolean>} */
  const names = new Map()
  for (const statement of sourceFile.statements) {
    if (ts.isExportDeclaration(statement)) {
      if (statement.exportClause !== undefined && ts.isNamedExports(statement.exportClause)) {
        for (const element of statement.exportClause.elements) names.set(element.name.text, statement.isTypeOnly || element.isTypeOnly)
      }
      continue
    }
    const modifiers = ts.canHaveModifiers(statement) ? (ts.getModifiers(statement) ?? []) : []
    if (!modifiers.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword)) continue
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (ts.isIdentifier(declaration.name)) names.set(declaration.name.text, false)
      }
    } else if (
      (ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement) || ts.isEnumDeclaration(statement)) &&
      statement.name !== undefined
    ) {
      names.set(statement.name.text, false)
    } else if (ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) {
      if (!names.has(statement.name.text)) names.set(statement.name.text, true)
    }
  }
  return names
}

/**
 * Extracts and type-checks the examples of a package's sources.
 *
 * An example of a declaration no entry exports (an internal helper) cannot be written by a user; it
 * is checked against its own source module instead (imports from it first), and counted apart.
 *
 * @param {object} [options] - all optional
 * @param {string} [options.root] - the package folder (package.json, src/, the built entries); this repository by default
 * @param {string} [options.tsconfig] - whose compiler options apply; `<root>/tsconfig.json` by default
 * @param {string} [options.outDir] - where the example modules are written, inside the root; `<root>/.tmp/examples` by default
 * @param {ReadonlyArray<string>} [options.only] - check only the files whose relative path starts with one of these
 * @param {ReadonlyArray<{ files: RegExp, subpath: string }>} [options.rules] - {@link entryRules} by default
 * @returns {{ examples: Example[], internal: Example[], failures: Failure[], failed: Set<Example>, unchecked: number, entries: Map<string, number> }}
 *   every example, those of internal declarations, every failure, the examples with at least one,
 *   how many `@example` tags had no ```ts block (or were not found; each is a failure too), and
 *   how many examples each entry (`cloudtrail-codecs/audit`) served
 */
export function checkExamples(options = {}) {
  const root = resolve(options.root ?? repoRoot)
  const outDir = resolve(options.outDir ?? join(root, '.tmp', 'examples'))
  const compilerOptions = compilerOptionsFrom(options.tsconfig ?? join(root, 'tsconfig.json'))
  /** @type {unknown} */
  const json = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
  const manifest = /** @type {{ name: string, exports?: unknown }} */ (json)
  const packageName = manifest.name
  const exportsField = manifest.exports
  const exported = new Set(
    typeof exportsField === 'object' && exportsField !== null && Object.keys(exportsField).every((key) => key.startsWith('.'))
      ? Object.keys(exportsField)
      : ['.'],
  )
  /** @param {string} subpath - `.` or `./audit` */
  const specifierOf = (subpath) => (subpath === '.' ? packageName : `${packageName}/${subpath.slice(2)}`)

  // 1. The examples.
  /** @type {Example[]} */
  const examples = []
  /** @type {Failure[]} */
  const failures = []
  /** @type {Set<Example>} */
  const failed = new Set()
  /** @type {Map<string, string>} file to source text */
  const texts = new Map()
  let unchecked = 0
  for (const path of sourceFiles(join(root, 'src'))) {
    const file = relative(root, path).split(sep).join('/')
    if (options.only !== undefined && !options.only.some((prefix) => file.startsWith(prefix))) continue
    const text = readFileSync(path, 'utf8')
    texts.set(file, text)
    const found = extractExamples(file, text)
    examples.push(...found.examples)
    unchecked += found.missed.length + found.bare.length
    for (const line of found.missed) {
      failures.push({ file, line, symbol: '?', message: 'an @example the extraction did not find (not in a /** comment?)' })
    }
    for (const line of found.bare) {
      failures.push({ file, line, symbol: '?', message: 'an @example without a ```ts block' })
    }
  }

  // 2. The exports of each entry, read from the built declarations.
  const host = ts.createCompilerHost(compilerOptions, true)
  const fromFile = join(outDir, 'entry.ts')
  const subpaths = [...new Set(examples.map((example) => entryOf(example.file, exported, options.rules)))]
  if (!subpaths.includes('.')) subpaths.push('.')
  /** @type {Map<string, string>} subpath to declaration file */
  const declarations = new Map()
  for (const subpath of subpaths) {
    const resolved = ts.resolveModuleName(specifierOf(subpath), fromFile, compilerOptions, host, undefined, undefined, ts.ModuleKind.ESNext)
    const fileName = resolved.resolvedModule?.resolvedFileName
    if (fileName === undefined || !fileName.endsWith('.d.ts')) {
      throw new Error(`${specifierOf(subpath)} does not resolve to built declarations (${fileName ?? 'nothing'}); run \`npm run build\` first`)
    }
    declarations.set(subpath, fileName)
  }
  const entryProgram = ts.createProgram({ rootNames: [...declarations.values()], options: compilerOptions, host })
  const entryChecker = entryProgram.getTypeChecker()
  /** @type {Map<string, Map<string, boolean>>} subpath to export name to whether it is type-only */
  const exportsOf = new Map()
  for (const [subpath, fileName] of declarations) {
    const sourceFile = entryProgram.getSourceFile(fileName)
    const moduleSymbol = sourceFile === undefined ? undefined : entryChecker.getSymbolAtLocation(sourceFile)
    /** @type {Map<string, boolean>} */
    const names = new Map()
    for (const symbol of moduleSymbol === undefined ? [] : entryChecker.getExportsOfModule(moduleSymbol)) {
      const target = symbol.flags & ts.SymbolFlags.Alias ? entryChecker.getAliasedSymbol(symbol) : symbol
      const typeOnlyExport = (symbol.declarations ?? []).some(
        (declaration) => ts.isExportSpecifier(declaration) && (declaration.isTypeOnly || declaration.parent.parent.isTypeOnly),
      )
      names.set(symbol.name, typeOnlyExport || (target.flags & ts.SymbolFlags.Value) === 0)
    }
    exportsOf.set(subpath, names)
  }
  const publicNames = new Set([...exportsOf.values()].flatMap((names) => [...names.keys()]))

  // 3. One module per example.
  rmSync(outDir, { recursive: true, force: true })
  mkdirSync(outDir, { recursive: true })
  /** @type {Map<string, { example: Example, preludeLines: number }>} */
  const modules = new Map()
  /** @type {Example[]} */
  const internal = []
  /** @type {Map<string, number>} */
  const entries = new Map()
  examples.forEach((example, index) => {
    const subpath = entryOf(example.file, exported, options.rules)
    const fileName = join(
      outDir,
      `${String(index).padStart(4, '0')}-${example.file.replace(/^src\//, '').replace(/\.ts$/, '').replace(/[^\w-]+/g, '_')}-${String(example.line)}.ts`,
    )
    const topName = example.symbol.split('.')[0] ?? '?'
    const isInternal = topName !== '?' && !publicNames.has(topName)
    if (isInternal) internal.push(example)
    else entries.set(specifierOf(subpath), (entries.get(specifierOf(subpath)) ?? 0) + 1)

    /** @type {Array<{ specifier: string, names: Map<string, boolean> }>} where names are imported from, first first */
    const sources = (subpath === '.' ? ['.'] : [subpath, '.']).map((from) => ({
      specifier: specifierOf(from),
      names: exportsOf.get(from) ?? new Map(),
    }))
    if (isInternal) {
      const own = relative(outDir, join(root, example.file)).split(sep).join('/').replace(/\.ts$/, '.js')
      sources.unshift({ specifier: own.startsWith('.') ? own : `./${own}`, names: exportsOfSource(texts.get(example.file) ?? '') })
    }

    const { free, importsPackage } = freeNames(example.code, packageName)
    const prelude = [`// ${example.file}:${String(example.line)} (${example.symbol})${isInternal ? ', internal' : ''}`]
    /** @type {Set<string>} */
    const consumed = new Set()
    if (!importsPackage) {
      prelude.push("import * as t from 'io-ts'")
      consumed.add('t')
      for (const { specifier, names } of sources) {
        const specifiers = [...free]
          .filter((name) => names.has(name) && !consumed.has(name))
          .sort()
          .map((name) => (names.get(name) === true ? `type ${name}` : name))
        for (const name of free) if (names.has(name)) consumed.add(name)
        if (specifiers.length > 0) prelude.push(`import { ${specifiers.join(', ')} } from '${specifier}'`)
      }
    }
    for (const name of [...free].sort()) {
      const type = ambient[name]
      if (type !== undefined && !consumed.has(name)) {
        prelude.push(`declare const ${name}: ${type.replaceAll('$pkg', packageName).replaceAll('$entry', specifierOf(subpath))}`)
      }
    }
    // An internal declaration's example may import its neighbours as its own file does (`./filters.js`):
    // such paths are taken from the source file's folder.
    const code = isInternal
      ? example.code.replace(/(from\s+')(\.\.?\/[^']+)(')/g, (/** @type {string} */ _, /** @type {string} */ before, /** @type {string} */ path, /** @type {string} */ after) => {
          const target = relative(outDir, join(root, dirname(example.file), path)).split(sep).join('/')
          return `${before}${target.startsWith('.') ? target : `./${target}`}${after}`
        })
      : example.code
    writeFileSync(fileName, `${prelude.join('\n')}\n${code}\nexport {}\n`)
    modules.set(resolve(fileName), { example, preludeLines: prelude.length })
  })

  // 4. One program for all of them.
  const program = ts.createProgram({ rootNames: [...modules.keys()], options: compilerOptions, host, oldProgram: entryProgram })
  for (const diagnostic of program.getOptionsDiagnostics()) {
    failures.push({ file: 'tsconfig', line: 0, symbol: '?', message: messageOf(diagnostic) })
  }
  for (const [fileName, { example, preludeLines }] of modules) {
    const sourceFile = program.getSourceFile(fileName)
    if (sourceFile === undefined) continue
    for (const diagnostic of [...program.getSyntacticDiagnostics(sourceFile), ...program.getSemanticDiagnostics(sourceFile)]) {
      const at = diagnostic.start === undefined ? 0 : sourceFile.getLineAndCharacterOfPosition(diagnostic.start).line
      const line = at < preludeLines ? example.line : example.line + at - preludeLines
      failures.push({ file: example.file, line, symbol: example.symbol, message: messageOf(diagnostic) })
      failed.add(example)
    }
  }
  return { examples, internal, failures, failed, unchecked, entries }
}

/**
 * The command: checks, prints the failures and the counts, sets the exit code.
 *
 * @param {ReadonlyArray<string>} args - path prefixes to check only (`src/codec`), none for all
 */
function main(args) {
  const started = performance.now()
  if (!existsSync(join(repoRoot, 'dist', 'index.d.ts'))) {
    console.error('check-examples: dist/ is missing; run `npm run build` first')
    process.exitCode = 2
    return
  }
  /** @type {ReturnType<typeof checkExamples>} */
  let result
  try {
    result = checkExamples(args.length > 0 ? { only: args } : {})
  } catch (error) {
    console.error(`check-examples: ${error instanceof Error ? error.message : String(error)}`)
    process.exitCode = 2
    return
  }
  const { examples, internal, failures, failed, unchecked, entries } = result
  for (const failure of failures) {
    console.log(`${failure.file}:${String(failure.line)} (${failure.symbol}): ${failure.message}`)
  }
  // The service entries are counted together (there are hundreds), the others one by one.
  const isService = (/** @type {string} */ entry) => entry.includes('/aws/')
  const services = [...entries].filter(([entry]) => isService(entry))
  const via = [...entries].filter(([entry]) => !isService(entry)).map(([entry, count]) => `${String(count)} via ${entry}`)
  if (services.length > 0) {
    via.push(`${String(services.reduce((sum, [, count]) => sum + count, 0))} via ${String(services.length)} service entries (aws/<name>)`)
  }
  if (internal.length > 0) via.push(`${String(internal.length)} of internal declarations via their source`)
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  const tags = unchecked > 0 ? `, ${String(unchecked)} @example tags without a checkable block` : ''
  console.log(`${String(examples.length)} examples checked, ${String(failed.size)} failed${tags} (${[...via, `${seconds} s`].join('; ')})`)
  if (failures.length > 0 || examples.length === 0) process.exitCode = 1
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main(process.argv.slice(2))
