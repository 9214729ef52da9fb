// Declarations of the generated services: each `src/aws/<name>/index.ts` that codegen/ writes is
// self-contained (it imports only `cloudtrail-codecs`, the core, and explicitly types every export), so its
// `.d.ts` is made from that one file by `ts.transpileDeclaration`, with no type-checking and no bundling:
// milliseconds per service instead of a rollup of every entry. The same text serves as `.d.cts`: its only
// import, `cloudtrail-codecs`, resolves to the core's own CommonJS declarations there.
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

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = performance.now()
  const { generated } = serviceFolders(root)
  for (const name of generated) {
    const file = join('src', 'aws', name, 'index.ts')
    const text = declarationsOf(readFileSync(join(root, file), 'utf8'), file)
    const out = join(root, 'dist', 'aws', name)
    mkdirSync(out, { recursive: true })
    writeFileSync(join(out, 'index.d.ts'), text)
    writeFileSync(join(out, 'index.d.cts'), text)
  }
  console.log(`service declarations: ${String(generated.length)} services in ${String(Math.round(performance.now() - started))} ms`)
}
