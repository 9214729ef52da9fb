import { defineConfig } from 'tsup'

/**
 * The package's entry points: `dist/<name>.js` (ESM), `.cjs` and their declarations. The root knows no
 * service; each service is its own entry, so a user pays only for the services they import.
 * package.json `exports` lists the same entries (test/package/entries.test.ts checks they agree).
 */
export const entries = {
  index: 'src/index.ts',
  'audit/index': 'src/audit/index.ts',
  'aws/index': 'src/aws/index.ts',
  'aws/support/index': 'src/aws/support/index.ts',
  'aws/trustedadvisor/index': 'src/aws/trustedadvisor/index.ts',
  'aws/support-app/index': 'src/aws/support-app/index.ts',
  'aws/supportplans/index': 'src/aws/supportplans/index.ts',
  'aws/support-subscription/index': 'src/aws/support-subscription/index.ts',
  'aws/signin/index': 'src/aws/signin/index.ts',
  'node/index': 'src/node/index.ts',
  'lambda/index': 'src/lambda/index.ts',
}

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
    // Everything but the CLI and the worker, which the builds below write at the same time.
    clean: ['!cli.js', '!cli.js.map', '!node/worker.js', '!node/worker.js.map'],
    treeshake: true,
    target: 'es2022',
    platform: 'neutral',
    tsconfig: 'tsconfig.build.json',
    external: ['io-ts', 'fp-ts', /^node:/],
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
    external: ['io-ts', 'fp-ts'],
  },
  {
    // The `cloudtrail-codecs` command (package.json `bin`): Node only, ESM, one file.
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    sourcemap: true,
    clean: false,
    target: 'node20',
    platform: 'node',
    external: ['io-ts', 'fp-ts'],
  },
])
