// Builds the offline CloudTrail viewer: one HTML file, dist/viewer.html, with everything inlined.
// The worker (viewer/worker.ts: the library's source, io-ts and fp-ts) is bundled first and put into the
// page's script as a string, which the page starts as a Worker from a blob: URL (a page opened from file://
// cannot load a worker file). The page's Content-Security-Policy allows only that script (by its hash), the
// page's style (by its hash) and blob: workers, and no network at all.
//
// Usage: node viewer/build.mjs [outfile]   (default dist/viewer.html)
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { build } from 'esbuild'

const here = dirname(fileURLToPath(import.meta.url))
const root = resolve(here, '..')

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: ['chrome109', 'firefox115', 'safari16.4'],
  minify: true,
  legalComments: 'none',
  write: false,
  logLevel: 'silent',
  absWorkingDir: root,
}

/**
 * Makes script text safe inside `<script>`: `</script` and `<!--` can only occur in string literals,
 * regular expressions and comments of the bundle, where `<\/script` and `<\!--` mean the same.
 *
 * @param {string} code - the bundle
 * @returns {string} the bundle, safe to inline
 */
function inlineSafe(code) {
  return code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--')
}

/** @param {string} text */
const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`

/**
 * Builds the viewer.
 *
 * @param {string} [outfile] - where to write it
 * @returns {Promise<{ outfile: string, bytes: number, url: string }>} the file written, its size and its file:// URL
 */
export async function buildViewer(outfile = join(root, 'dist', 'viewer.html')) {
  const worker = await build({ ...common, entryPoints: [join(here, 'worker.ts')] })
  const workerCode = worker.outputFiles?.[0]?.text ?? ''
  const page = await build({
    ...common,
    entryPoints: [join(here, 'main.ts')],
    define: { __VIEWER_WORKER__: JSON.stringify(workerCode) },
  })
  const script = inlineSafe(page.outputFiles?.[0]?.text ?? '')
  /** @type {unknown} */
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
  const { version } = /** @type {{ version: string }} */ (manifest)
  const template = readFileSync(join(here, 'index.html'), 'utf8').replaceAll('%VERSION%', version)
  const style = /<style>([\s\S]*?)<\/style>/.exec(template)?.[1]
  if (style === undefined || !template.includes('<!-- viewer:script -->')) throw new Error('viewer/index.html lacks its <style> or its <!-- viewer:script --> marker')
  const html = template
    .replace('%SCRIPT_HASH%', sha256(script))
    .replace('%STYLE_HASH%', sha256(style))
    // A function, so that `$` in the script is not read as a replacement pattern.
    .replace('<!-- viewer:script -->', () => `<script>${script}</script>`)
  mkdirSync(dirname(outfile), { recursive: true })
  writeFileSync(outfile, html)
  return { outfile, bytes: Buffer.byteLength(html), url: pathToFileURL(outfile).href }
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = performance.now()
  const { outfile, bytes } = await buildViewer(process.argv[2] === undefined ? undefined : resolve(process.argv[2]))
  const ms = Math.round(performance.now() - started)
  console.log(`viewer: ${outfile} (${(bytes / 1024).toFixed(0)} KiB) in ${ms} ms; open it in a browser`)
}
