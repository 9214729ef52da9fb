/**
 * No regular expression in `src/` can backtrack super-linearly. The test finds
 * every regex literal (and any `RegExp(...)` call) in `src/` with the
 * TypeScript parser, fails when one is not in the table below, and times
 * each against 100,000-character strings of the shapes that make regexes
 * backtrack: a run of one character class, a repeated fragment of the
 * pattern, each followed by a character that makes the match fail. A regex
 * must take less than 50 times a linear scan of the same string (with an
 * absolute floor of 100 ms, so that timer noise cannot fail the test); one
 * that takes more than 5 seconds on one string is stopped and fails.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { Worker } from 'node:worker_threads'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { parseRecords, parseRecordsAsync } from '../../src/parse/index.js'
import { repoRoot } from '../support/corpus.js'

/** The length of each adversarial string. */
const LENGTH = 100_000
/** A regex may take this many times a linear scan of the same string... */
const MAX_RATIO = 50
/** ...or this many milliseconds, whichever is more. */
const FLOOR_MS = 100
/** A regex still running after this long on one string is stopped. */
const STOP_AFTER_MS = 5_000

/** A regex found in the source: where, and its literal text. */
interface FoundRegex {
  readonly file: string
  readonly text: string
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : []
  })
}

/** Every regex literal and every `RegExp(...)` / `new RegExp(...)` call in `src/`. */
function regexesInSource(): FoundRegex[] {
  const found: FoundRegex[] = []
  for (const path of sourceFiles(join(repoRoot, 'src'))) {
    const file = relative(repoRoot, path).split('\\').join('/')
    const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true)
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) found.push({ file, text: node.getText(source) })
      if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        found.push({ file, text: node.getText(source) })
      }
      ts.forEachChild(node, visit)
    }
    visit(source)
  }
  return found
}

/** A fragment repeated to {@link LENGTH} characters after a prefix. */
type Shape = readonly [prefix: string, unit: string]

/** Shapes tried on every regex: runs of each kind of character the patterns use. */
const everyRegex: ReadonlyArray<Shape> = ['a', 'A', '0', ' ', '\t', '\n', '\r\n', '_', '-', '.', ':', '/', '\\', '"', '=', '+', 'a_', 'a0', '0.', 'a:', 'a/', 'a.'].map(
  (unit) => ['', unit] as const,
)

/**
 * Every regex of `src/`, by file and literal text, with the shapes that
 * target it. A new regex fails the test until it is added here.
 */
const covered: ReadonlyArray<FoundRegex & { readonly shapes: ReadonlyArray<Shape> }> = [
  {
    file: 'src/audit/trusted-advisor.ts',
    text: String.raw`/^(arn:[^:]+:trustedadvisor::[^:]*:)recommendation-resource\/([^/]+)\/.+$/`,
    shapes: [
      ['arn:', 'a'],
      ['arn:a:trustedadvisor::', 'b'],
      ['arn:a:trustedadvisor::b:recommendation-resource/', 'c'],
      ['arn:a:trustedadvisor::b:recommendation-resource/c/', '/'],
      ['', 'arn:a:trustedadvisor::'],
    ],
  },
  { file: 'src/cli/args.ts', text: String.raw`/^\d{1,6}$/`, shapes: [['', '1'], ['1', 'a']] },
  { file: 'src/cli/inputs.ts', text: String.raw`/\.(json|jsonl|ndjson)(\.gz)?$/i`, shapes: [['', '.json'], ['', '.jsonl'], ['', '.json.gz'], ['', '.ndjson.']] },
  { file: 'src/errors/report.ts', text: String.raw`/^[A-Za-z_$][A-Za-z0-9_$]*$/`, shapes: [['', '$'], ['a', 'a$']] },
  { file: 'src/errors/report.ts', text: String.raw`/^\d+$/`, shapes: [['', '1']] },
  { file: 'src/identity/classify.ts', text: String.raw`/^console\.[a-z0-9-]+\.amazonaws\.com$/`, shapes: [['console.', 'a'], ['console.', 'a.'], ['console.', '-'], ['', 'console.']] },
  { file: 'src/identity/classify.ts', text: String.raw`/^AWSReservedSSO_(.+)_[0-9a-zA-Z]+$/`, shapes: [['AWSReservedSSO_', '_a'], ['AWSReservedSSO_', 'a_'], ['AWSReservedSSO_', '__'], ['AWSReservedSSO_', 'a']] },
  {
    file: 'src/identity/classify.ts',
    text: String.raw`/:(?:assumed-role\/[^/]+|federated-user)\/([^/]+)$/`,
    shapes: [['', ':assumed-role/a'], ['', ':federated-user/'], [':assumed-role/', 'a'], [':federated-user/', 'a'], ['', ':assumed-role/'], ['', ':a']],
  },
  { file: 'src/identity/classify.ts', text: String.raw`/:assumed-role\/([^/]+)\//`, shapes: [[':assumed-role/', 'a'], ['', ':assumed-role/'], ['', ':assumed-role/a']] },
  { file: 'src/record/event-version.ts', text: String.raw`/^(\d{1,9})\.(\d{1,9})$/`, shapes: [['', '1.'], ['', '11'], ['1.', '1']] },
  {
    file: 'src/codec/timestamp.ts',
    text: String.raw`/^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?Z$/`,
    shapes: [['2024-01-01T00:00:00.', '1'], ['', '2024-'], ['', '2024-01-01T00:00:00Z']],
  },
  { file: 'src/lambda/keys.ts', text: String.raw`/(?:^|\/)CloudTrail(?:-Insight)?\//`, shapes: [['', '/CloudTrail'], ['', 'CloudTrail-Insight'], ['', '//']] },
  { file: 'src/lambda/keys.ts', text: String.raw`/(?:^|\/)CloudTrail-Digest\//`, shapes: [['', '/CloudTrail-Digest'], ['', '//']] },
  { file: 'src/lambda/keys.ts', text: String.raw`/\.json(?:\.gz)?$/i`, shapes: [['', '.json'], ['', '.json.gz'], ['', '.json.']] },
  { file: 'src/lambda/keys.ts', text: String.raw`/\+/g`, shapes: [['', '+'], ['', '+a']] },
  { file: 'src/node/module-url.ts', text: String.raw`/^file:/i`, shapes: [['', 'file'], ['file', ':']] },
  { file: 'src/read/bytes.ts', text: String.raw`/^[A-Za-z0-9+/]*={0,2}$/`, shapes: [['', 'A'], ['', 'A='], ['', '=='], ['', 'Ab+/']] },
  { file: 'src/read/bytes.ts', text: String.raw`/\s+/g`, shapes: [['', ' a'], ['', ' \n']] },
  { file: 'src/read/json-text.ts', text: String.raw`/at position (\d+)/`, shapes: [['', 'at position '], ['', 'at position 1'], ['at position ', '1']] },
  {
    file: 'src/read/json-text.ts',
    text: String.raw`/ (?:in JSON )?at position \d+(?: \(line \d+ column \d+\))?/`,
    shapes: [['', ' at position 1 (line 1 column'], ['', ' in JSON at position 1'], [' at position 1 (line ', '1'], [' in JSON ', ' in JSON ']],
  },
]

/** What ends each string: nothing, a character no pattern wants, a line break, NUL. */
const endings = ['', '!', '\n', '\u0000']

function adversarialStrings(shapes: ReadonlyArray<Shape>): string[] {
  return [...everyRegex, ...shapes].flatMap(([prefix, unit]) => {
    const body = `${prefix}${unit.repeat(Math.ceil(LENGTH / unit.length))}`.slice(0, LENGTH)
    return endings.map((ending) => `${body}${ending}`)
  })
}

/** The `new RegExp` arguments of a regex literal's text. */
function compile(text: string): { readonly source: string; readonly flags: string } {
  const end = text.lastIndexOf('/')
  return { source: text.slice(1, end), flags: text.slice(end + 1) }
}

interface Timing {
  readonly id: string
  readonly input: number
  readonly length: number
  readonly regexMs: number
  readonly linearMs: number
}

type WorkerMessage = { readonly kind: 'start'; readonly id: string; readonly input: number } | { readonly kind: 'timing'; readonly timing: Timing } | { readonly kind: 'done' }

/**
 * Times regexes in a worker thread; a regex still running on one string after
 * `stopAfterMs` is stopped and reported as `stopped`.
 */
async function timeInWorker(
  cases: ReadonlyArray<{ readonly id: string; readonly source: string; readonly flags: string; readonly inputs: ReadonlyArray<string> }>,
  stopAfterMs: number,
): Promise<{ readonly timings: Timing[]; readonly stopped?: string }> {
  const worker = new Worker(new URL('./regex-timing-worker.mjs', import.meta.url), { workerData: cases })
  const timings: Timing[] = []
  return new Promise((resolve, reject) => {
    let timer: ReturnType<typeof setTimeout> | undefined
    worker.on('message', (message: WorkerMessage) => {
      clearTimeout(timer)
      if (message.kind === 'start') {
        timer = setTimeout(() => {
          void worker.terminate()
          resolve({ timings, stopped: `${message.id} (string ${message.input})` })
        }, stopAfterMs)
      } else if (message.kind === 'timing') timings.push(message.timing)
      else {
        void worker.terminate()
        resolve({ timings })
      }
    })
    worker.on('error', reject)
  })
}

describe('regular expressions in src/ run in linear time', () => {
  const found = regexesInSource()

  it('every regex in src/ is in the table of this test (add a new one with the shapes that target it)', () => {
    const key = (r: FoundRegex): string => `${r.file} ${r.text}`
    const known = new Set(covered.map(key))
    expect(found.filter((r) => !known.has(key(r))).map(key)).toStrictEqual([])
    // And the table names no regex that is gone.
    const present = new Set(found.map(key))
    expect(covered.filter((r) => !present.has(key(r))).map(key)).toStrictEqual([])
    expect(found.length).toBeGreaterThanOrEqual(covered.length)
  })

  it(`each takes less than ${MAX_RATIO}x a linear scan (or ${FLOOR_MS} ms) on every 100,000-character adversarial string`, async () => {
    const cases = covered.map((regex) => ({ id: `${regex.file} ${regex.text}`, ...compile(regex.text), inputs: adversarialStrings(regex.shapes) }))
    const { timings, stopped } = await timeInWorker(cases, STOP_AFTER_MS)
    expect(stopped).toBeUndefined()
    expect(timings).toHaveLength(cases.reduce((n, c) => n + c.inputs.length, 0))
    const slow = timings.filter((t) => t.regexMs > Math.max(MAX_RATIO * t.linearMs, FLOOR_MS))
    expect(slow.map((t) => `${t.id} on string ${t.input}: ${t.regexMs.toFixed(1)} ms, a linear scan ${t.linearMs.toFixed(2)} ms`)).toStrictEqual([])
    for (const t of timings) expect(t.length).toBeGreaterThanOrEqual(LENGTH)
  }, 120_000)

  it('the harness catches a regex that backtracks quadratically (/a*b/ on a run of "a")', async () => {
    const { stopped, timings } = await timeInWorker([{ id: 'quadratic', source: 'a*b', flags: '', inputs: ['a'.repeat(LENGTH)] }], 500)
    const caught = stopped !== undefined || timings.some((t) => t.regexMs > Math.max(MAX_RATIO * t.linearMs, FLOOR_MS))
    expect(caught).toBe(true)
  })
})

describe('regression: /[\\r\\n]+$/ in the JSON splitter backtracked quadratically (a ReDoS through NDJSON)', () => {
  it('an NDJSON value cut by the next line, after 200,000 line breaks, reads in linear time', async () => {
    // Quadratic, this took about 16 s; linear, a few milliseconds.
    const text = `{}\n{"a":${'\n'.repeat(200_000)}x\n{}\n`
    const started = performance.now()
    const fromText = parseRecords(text)
    const fromBytes = await parseRecordsAsync(new TextEncoder().encode(text))
    const seconds = (performance.now() - started) / 1000
    expect(fromText.issues.map((i) => i.kind)).toStrictEqual(['record', 'json', 'record'])
    expect(fromBytes.issues.map((i) => i.kind)).toStrictEqual(['record', 'json', 'record'])
    expect(seconds).toBeLessThan(2)
  })
})
