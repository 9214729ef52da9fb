// Finds the calls that run when a module of src/ is loaded (in top-level initializers, outside any
// function) and that lack a `/*#__PURE__*/` annotation, so that bundlers can drop codecs nobody uses.
//   node scripts/pure-annotations.mjs          lists them and exits 1 if there is any
//   node scripts/pure-annotations.mjs --fix    inserts the annotations
//   node scripts/pure-annotations.mjs [--fix] src/aws/support ...   only these paths
import { readFileSync, writeFileSync } from 'node:fs'
import { execFileSync } from 'node:child_process'
import ts from 'typescript'

const fix = process.argv.includes('--fix')
const only = process.argv.slice(2).filter((arg) => !arg.startsWith('--'))
const ANNOTATION = '/*#__PURE__*/ '

/** @param {string} text @param {number} pos */
function annotatedAt(text, pos) {
  return text.slice(Math.max(0, pos - ANNOTATION.length), pos).includes('#__PURE__')
}

/**
 * The start of every call or `new` evaluated at load time in one file.
 * @param {import('typescript').SourceFile} file
 * @returns {number[]}
 */
function loadTimeCalls(file) {
  /** @type {number[]} */
  const starts = []
  /** @param {import('typescript').Node} node */
  const visit = (node) => {
    if (ts.isFunctionLike(node) || ts.isClassLike(node)) return
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) starts.push(node.getStart(file))
    ts.forEachChild(node, visit)
  }
  for (const statement of file.statements) {
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (declaration.initializer !== undefined) visit(declaration.initializer)
      }
    }
  }
  return starts
}

const files = execFileSync('git', ['ls-files', 'src/*.ts', 'src/**/*.ts'], { encoding: 'utf8' })
  .split('\n')
  .filter((f) => f !== '' && !f.startsWith('src/cli/'))
  .filter((f) => only.length === 0 || only.some((prefix) => f.startsWith(prefix)))
let missing = 0
for (const path of files) {
  const text = readFileSync(path, 'utf8')
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true)
  const bare = loadTimeCalls(file).filter((pos) => !annotatedAt(text, pos))
  if (bare.length === 0) continue
  missing += bare.length
  if (fix) {
    let out = text
    for (const pos of [...bare].sort((a, b) => b - a)) out = out.slice(0, pos) + ANNOTATION + out.slice(pos)
    writeFileSync(path, out)
  } else {
    for (const pos of bare) {
      const { line } = file.getLineAndCharacterOfPosition(pos)
      console.log(`${path}:${line + 1}: a call at load time without /*#__PURE__*/`)
    }
  }
}
if (!fix && missing > 0) {
  console.log(`${missing} load-time calls without /*#__PURE__*/ (run node scripts/pure-annotations.mjs --fix)`)
  process.exit(1)
}
console.log(fix ? `annotated ${missing} calls` : 'every load-time call is annotated /*#__PURE__*/')
