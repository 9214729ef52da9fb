import { defineConfig } from 'tsup'

export default defineConfig([
  {
    // The library: ESM and CommonJS, each with its own declarations, for Node, browsers and bundlers.
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
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
