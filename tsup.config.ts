import { defineConfig } from 'tsup'
import type { Options } from 'tsup'
import { serviceFolders } from './scripts/generated-services.mjs'

/**
 * The package's entry points: `dist/<name>.js` (ESM), `.cjs` and their declarations. The root knows no
 * service; each service is its own entry, so a user pays only for the services they import.
 * package.json `exports` lists the same entries (test/package/entries.test.ts checks they agree).
 */
export const entries = {
  index: 'src/index.ts',
  'audit/index': 'src/audit/index.ts',
  'aws/index': 'src/aws/index.ts',
  'aws/supportplans/index': 'src/aws/supportplans/index.ts',
  'aws/support-subscription/index': 'src/aws/support-subscription/index.ts',
  'node/index': 'src/node/index.ts',
  'lambda/index': 'src/lambda/index.ts',
}

/**
 * The generated services (`npm run codegen` writes `src/aws/<name>/index.ts`): `dist/aws/<name>/index.js`
 * and `.cjs`, one file each. They import the core by the package's own name, which stays external, so every
 * service shares the root entry's core; `scripts/service-declarations.mjs` writes their declarations.
 */
export const generatedEntries: Readonly<Record<string, string>> = Object.fromEntries(
  serviceFolders(process.cwd()).generated.map((name) => [`aws/${name}/index`, `src/aws/${name}/index.ts`]),
)

export default defineConfig([
  {
    // The library: ESM and CommonJS, each with its own declarations, for Node, browsers and bundlers.
    // Code shared by entries goes to chunks (in both formats), so every entry uses one copy of the core.
    entry: entries,
    format: ['esm', 'cjs'],
    // `cloudtrail-codecs/node` imports node: modules; the other entries do not (test/architecture checks).
    dts: { compilerOptions: { types: ['node'] } },
    splitting: true,
    sourcemap: true,
    // Everything but the CLI, the worker and the generated services, which the builds below write at the same time.
    clean: ['!cli.js', '!cli.js.map', '!node/worker.js', '!node/worker.js.map', ...Object.keys(generatedEntries).map((entry) => `!${entry}.*`)],
    treeshake: true,
    target: 'es2022',
    platform: 'neutral',
    tsconfig: 'tsconfig.build.json',
    // A service reached by name (`import('cloudtrail-codecs/aws/<name>')`) is its own entry, never bundled in.
    external: ['io-ts', 'fp-ts', /^node:/, /^cloudtrail-codecs\//],
    // import.meta.url in the CommonJS build (cloudtrail-codecs/node finds its worker beside itself).
    shims: true,
  },
  {
    // The worker thread of cloudtrail-codecs/node (and of the CLI's --jobs): ESM, one file of its own,
    // started by URL (dist/node/worker.js) and never imported, so it shares no chunk with the entries.
    entry: { 'node/worker': 'src/node/worker.ts' },
    format: ['esm'],
    sourcemap: true,
    clean: false,
    target: 'node20',
    platform: 'node',
    external: ['io-ts', 'fp-ts', /^cloudtrail-codecs\//],
  },
  {
    // The `cloudtrail-codecs` command (package.json `bin`): Node only, ESM, one file.
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    sourcemap: true,
    clean: false,
    target: 'node20',
    platform: 'node',
    external: ['io-ts', 'fp-ts', /^cloudtrail-codecs\//],
  },
  ...generatedBuild(),
])

/** The build of the generated services, when there are any. */
function generatedBuild(): Options[] {
  if (Object.keys(generatedEntries).length === 0) return []
  return [
    {
      // The generated services: plain tables and one call each, minified, no source maps (nobody steps
      // through a table).
      entry: { ...generatedEntries },
      format: ['esm', 'cjs'],
      dts: false,
      splitting: false,
      sourcemap: false,
      minify: true,
      clean: false,
      target: 'es2022',
      platform: 'neutral',
      external: ['io-ts', 'fp-ts', /^cloudtrail-codecs(\/|$)/],
    },
  ]
}
