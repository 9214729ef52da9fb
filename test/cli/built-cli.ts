/**
 * The `cloudtrail-codecs` command built from source by tsup, as `npm run build`
 * builds `dist/cli.js` and the worker thread of `--jobs` beside it
 * (`dist/node/worker.js`), and the services it imports by eventSource in
 * chunks beside them, for the tests that run it in a child process. Each test
 * file that calls {@link useBuiltCli} builds its own copy into a scratch
 * folder inside the repository (so the built CLI resolves io-ts and fp-ts from
 * node_modules), and removes it afterwards.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll } from 'vitest'
import { repoRoot } from '../support/corpus.js'

/** What one run of the command did. */
export interface Run {
  readonly status: number | null
  readonly stdout: string
  readonly stderr: string
}

/** A run, with the peak resident set size of its process. */
export interface MeasuredRun extends Run {
  /** `process.resourceUsage().maxRSS` at exit, in bytes. */
  readonly maxRssBytes: number
}

/** The built command and a scratch folder to write inputs into. */
export interface BuiltCli {
  /** Runs the command with these arguments (in the repository's root) and this standard input. */
  run(args: ReadonlyArray<string>, input?: string | Buffer): Run
  /**
   * Runs the command and measures its peak memory; standard output is
   * discarded. V8's young generation is held to 2 MiB: its size follows the
   * rate of allocation (it grows to 16 MiB and more on a long run whatever is
   * kept), so that the peak measures what the command keeps.
   */
  measure(args: ReadonlyArray<string>): MeasuredRun
  /** Writes files (paths relative to a fresh folder, `/`-separated) and returns the folder. */
  folder(files: Readonly<Record<string, string | Buffer>>): string
  /** The scratch folder. */
  readonly scratch: string
}

/** Preloaded into a measured run: writes its peak RSS to the file named by `MAX_RSS_FILE` at exit. */
const MAX_RSS_HOOK = `import { writeFileSync } from 'node:fs'
process.on('exit', () => writeFileSync(process.env.MAX_RSS_FILE, String(process.resourceUsage().maxRSS * 1024)))
`

/**
 * Builds the command before the file's tests and removes it after them.
 *
 * @returns the built command, usable once `beforeAll` has run
 */
export function useBuiltCli(): BuiltCli {
  let scratch = ''
  let cli = ''
  let runs = 0
  beforeAll(() => {
    mkdirSync(join(repoRoot, '.tmp'), { recursive: true })
    scratch = mkdtempSync(join(repoRoot, '.tmp', 'cli-test-'))
    const tsup = join(repoRoot, 'node_modules', 'tsup', 'dist', 'cli-default.js')
    const build = spawnSync(
      process.execPath,
      [
        tsup,
        '--entry.main',
        'src/cli/main.ts',
        '--entry.node/worker',
        'src/node/worker.ts',
        '--format',
        'esm',
        '--platform',
        'node',
        '--target',
        'node20',
        '--out-dir',
        join(scratch, 'bin'),
        '--no-config',
        // As the package's build keeps each service its own file: the services the command imports by
        // eventSource (`loadServices`, with `import()`) go to chunks of their own, loaded when met, instead of
        // every service being inlined into main.js (7 MB that the command would parse and keep at startup).
        '--splitting',
        '--silent',
      ],
      { cwd: repoRoot, encoding: 'utf8' },
    )
    if (build.status !== 0) throw new Error(`building the CLI failed: ${build.stderr}`)
    cli = join(scratch, 'bin', 'main.js')
    writeFileSync(join(scratch, 'max-rss.mjs'), MAX_RSS_HOOK)
  })
  afterAll(() => {
    if (scratch !== '') rmSync(scratch, { recursive: true, force: true })
  })
  return {
    get scratch() {
      return scratch
    },
    run(args, input) {
      const result = spawnSync(process.execPath, [cli, ...args], {
        cwd: repoRoot,
        input: input ?? '',
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
      })
      return { status: result.status, stdout: result.stdout, stderr: result.stderr }
    },
    measure(args) {
      const rssFile = join(scratch, `max-rss-${runs++}.txt`)
      const result = spawnSync(process.execPath, ['--max-semi-space-size=2', '--import', join(scratch, 'max-rss.mjs'), cli, ...args], {
        cwd: repoRoot,
        encoding: 'utf8',
        stdio: ['ignore', 'ignore', 'pipe'],
        env: { ...process.env, MAX_RSS_FILE: rssFile },
      })
      return { status: result.status, stdout: '', stderr: result.stderr, maxRssBytes: Number(readFileSync(rssFile, 'utf8')) }
    },
    folder(files) {
      const dir = mkdtempSync(join(scratch, 'in-'))
      for (const [name, content] of Object.entries(files)) {
        const path = join(dir, ...name.split('/'))
        mkdirSync(dirname(path), { recursive: true })
        writeFileSync(path, content)
      }
      return dir
    },
  }
}
