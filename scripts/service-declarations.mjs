// Declarations of the generated services: each `src/aws/<name>/index.ts` that codegen/ writes is
// self-contained (it imports only `cloudtrail-codecs`, the core, and explicitly types every export), so its
// `.d.ts` is made from that one file by `ts.transpileDeclaration`, with no type-checking and no bundling:
// milliseconds per service instead of a rollup of every entry. The `.d.cts` (what `require` finds) does not
// repeat those declarations: it re-exports them from the `.d.ts` with `resolution-mode: import` (TypeScript
// 5.3 and later) and declares the service value as the same type, so the package carries each service's
// types once.
//
//   node scripts/service-declarations.mjs     (after tsup; `npm run build` runs both)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { serviceFolders } from './generated-services.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

/**
 * The declarations of one generated service file.
 *
 * @param {string} source - the file's text
 * @param {string} fileName - its path, for messages
 * @returns {string} the `.d.ts` text
 */
export function declarationsOf(source, fileName) {
  const { outputText, diagnostics } = ts.transpileDeclaration(source, {
    fileName,
    reportDiagnostics: true,
    compilerOptions: { module: ts.ModuleKind.NodeNext, target: ts.ScriptTarget.ES2022, strict: true },
  })
  const errors = (diagnostics ?? []).filter((d) => d.category === ts.DiagnosticCategory.Error)
  if (errors.length > 0) {
    const text = errors.map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' ')).join('; ')
    throw new Error(`${fileName}: cannot emit its declarations file by file: ${text}`)
  }
  return outputText
}

/**
 * The `.d.cts` of a generated service: every type of its `.d.ts`, and its values typed as there.
 *
 * @param {string} declarations - the `.d.ts` text
 * @returns {string} the `.d.cts` text
 */
export function commonJsDeclarationsOf(declarations) {
  const source = ts.createSourceFile('index.d.ts', declarations, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS)
  /** @type {string[]} */
  const values = []
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue
    if (!statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) continue
    for (const declaration of statement.declarationList.declarations) {
      if (ts.isIdentifier(declaration.name)) values.push(declaration.name.text)
    }
  }
  const from = "'./index.js' with { 'resolution-mode': 'import' }"
  return [
    '// The declarations of index.d.ts, for `require`.',
    `export type * from ${from};`,
    ...values.map((name) => `import type { ${name} as ${name}Value } from ${from};`),
    ...values.map((name) => `export declare const ${name}: typeof ${name}Value;`),
    '',
  ].join('\n')
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = performance.now()
  const { generated } = serviceFolders(root)
  for (const name of generated) {
    const file = join('src', 'aws', name, 'index.ts')
    const text = declarationsOf(readFileSync(join(root, file), 'utf8'), file)
    const out = join(root, 'dist', 'aws', name)
    mkdirSync(out, { recursive: true })
    writeFileSync(join(out, 'index.d.ts'), text)
    writeFileSync(join(out, 'index.d.cts'), commonJsDeclarationsOf(text))
  }
  console.log(`service declarations: ${String(generated.length)} services in ${String(Math.round(performance.now() - started))} ms`)
}
