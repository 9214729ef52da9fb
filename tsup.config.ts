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
  'lambda/index': 'src/lambda/index.ts',
}

export default defineConfig([
  {
    // The library: ESM and CommonJS, each with its own declarations, for Node, browsers and bundlers.
    // Code shared by entries goes to chunks (in both formats), so every entry uses one copy of the core.
    entry: entries,
    format: ['esm', 'cjs'],
    dts: true,
    splitting: true,
    sourcemap: true,
    // Everything but the CLI, which the build below writes at the same time.
    clean: ['!cli.js', '!cli.js.map'],
    treeshake: true,
    target: 'es2022',
    platform: 'neutral',
    tsconfig: 'tsconfig.build.json',
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
