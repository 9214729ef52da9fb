// The checker of TSDoc examples (scripts/check-examples.mjs) on a small made-up package: no build of
// this one needed. The real examples are checked by `npm run check:examples`, after `npm run build`.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkExamples, entryOf, extractExamples, freeNames } from '../../scripts/check-examples.mjs'
import packageJson from '../../package.json' with { type: 'json' }
import { entries } from '../../tsup.config.js'

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')

/** A source file with an example before each kind of declaration; the line numbers are asserted below. */
const shapes = `/**
 * Doubles.
 *
 * @example
 * \`\`\`ts
 * double(2)   // 4
 * \`\`\`
 */
export function double(n: number): number
/**
 * @example
 * \`\`\`ts
 * double('2')
 * \`\`\`
 */
export function double(n: string): number
export function double(n: number | string): number {
  return Number(n) * 2
}

/** A shape. */
export interface Shape {
  /**
   * Its area.
   *
   * @example
   * \`\`\`json
   * { "not": "checked" }
   * \`\`\`
   * @example
   * \`\`\`ts
   * const a: number = shape.area
   * \`\`\`
   */
  readonly area: number
}

export const shapes = {
  /**
   * @example
   * \`\`\`typescript
   * shapes.unit.area   // 1
   * \`\`\`
   * @example
   * A sentence, and no code.
   */
  unit: { area: 1 },
}

export class Circle {
  /**
   * @example
   * \`\`\`ts
   * new Circle(1).area()
   * \`\`\`
   */
  area(): number {
    return Math.PI
  }
}
`

describe('extractExamples', () => {
  const { examples, missed, bare } = extractExamples('src/shapes.ts', shapes)

  it('finds the ts blocks before overloads and members of interfaces, object literals and classes', () => {
    expect(examples.map(({ line, symbol, code }) => ({ line, symbol, code }))).toStrictEqual([
      { line: 6, symbol: 'double', code: 'double(2)   // 4' },
      { line: 13, symbol: 'double', code: "double('2')" },
      { line: 32, symbol: 'Shape.area', code: 'const a: number = shape.area' },
      { line: 42, symbol: 'shapes.unit', code: 'shapes.unit.area   // 1' },
      { line: 54, symbol: 'Circle.area', code: 'new Circle(1).area()' },
    ])
  })

  it('reports the @example tags without a ts block, and misses none', () => {
    expect(bare).toStrictEqual([26, 44])
    expect(missed).toStrictEqual([])
  })

  it('does not take @example in strings or line comments for examples, nor in a ts block outside @example', () => {
    const text = "const s = '/** @example ```ts x ``` */'\n// * @example\n/**\n * ```ts\n * notAnExample()\n * ```\n */\nexport {}\n"
    expect(extractExamples('src/s.ts', text)).toStrictEqual({ examples: [], missed: [], bare: [] })
  })
})

describe('freeNames', () => {
  it('keeps the names an example uses and does not declare, not member names', () => {
    const code = "const { a, b: c } = make(text)\ntype T = Shape['area']\nfor (const r of records) r.eventName\nconst o = { key: a, c }\n"
    const { free, importsPackage } = freeNames(code, 'pkg')
    expect([...free].sort()).toStrictEqual(['Shape', 'make', 'records', 'text'])
    expect(importsPackage).toBe(false)
  })

  it('sees an import of the package or one of its subpaths', () => {
    expect(freeNames("import { x } from 'pkg/sub'\nx", 'pkg').importsPackage).toBe(true)
    expect(freeNames("import { x } from 'other'\nx", 'pkg').importsPackage).toBe(false)
  })
})

describe('entryOf', () => {
  it('maps folders to the subpaths the package exports, and the rest to the root', () => {
    const exported = new Set(['.', './aws', './aws/support', './audit'])
    expect(entryOf('src/aws/support/create-case.ts', exported)).toBe('./aws/support')
    expect(entryOf('src/aws/index.ts', exported)).toBe('./aws')
    expect(entryOf('src/audit/call.ts', exported)).toBe('./audit')
    expect(entryOf('src/record/record.ts', exported)).toBe('.')
    expect(entryOf('src/aws/trustedadvisor/shared.ts', exported)).toBe('.')
    expect(entryOf('src/audit/call.ts', new Set(['.']))).toBe('.')
  })

  it('agrees with the build: each tsup entry is the entry of its own source file', () => {
    const exported = new Set(Object.keys(packageJson.exports))
    for (const [name, source] of Object.entries(entries)) {
      expect([source, entryOf(source, exported)]).toStrictEqual([source, name === 'index' ? '.' : `./${name.replace(/\/index$/, '')}`])
    }
  })
})

describe('checkExamples', () => {
  const root = join(repo, '.tmp', `check-examples-test-${String(process.pid)}`)
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), text)
  }

  beforeAll(() => {
    write(
      'package.json',
      JSON.stringify({
        name: 'fixture-pkg',
        type: 'module',
        exports: { '.': { types: './dist/index.d.ts' }, './audit': { types: './dist/audit.d.ts' } },
      }),
    )
    // The repository's options, without the DOM and Node types (faster, and the fixture needs neither).
    write(
      'tsconfig.json',
      JSON.stringify({ extends: join(repo, 'tsconfig.json'), compilerOptions: { lib: ['ES2022'], types: [] }, include: [] }),
    )
    write('dist/index.d.ts', 'export declare function double(n: number): number\nexport type Pair = readonly [number, number]\n')
    write('dist/audit.d.ts', 'export declare function audit(pair: readonly [number, number]): string\n')
    write(
      'src/math.ts',
      [
        '/**', //                                       1
        ' * @example', //                               2
        ' * ```ts', //                                  3
        ' * const pair: Pair = [double(1), 2]', //      4
        ' * const n: number = t.number.is(1) ? 1 : 0', // 5: `t` is io-ts
        ' * ```', //                                    6
        ' * @example', //                               7
        ' * ```ts', //                                  8
        ' * double(1)', //                              9
        " * double('one')", //                         10: the broken one
        ' * ```', //                                   11
        ' */', //                                      12
        'export function double(n: number): number {',
        '  return n * 2',
        '}',
        '/**',
        ' * @example',
        ' * ```ts',
        ' * helper(text)', //                          19: internal, checked against this file
        ' * ```',
        ' */',
        'export function helper(s: string): string {',
        '  return s',
        '}',
        '',
      ].join('\n'),
    )
    write(
      'src/audit/audit.ts',
      [
        '/**',
        ' * @example',
        ' * ```ts',
        " * import { audit, double } from 'fixture-pkg/audit'",
        ' * audit([1, 2])',
        ' * ```',
        ' * @example',
        ' * ```ts',
        ' * audit([double(1), 2]).length', //          9: `audit` from ./audit, `double` from the root
        ' * ```',
        ' */',
        'export function audit(pair: readonly [number, number]): string {',
        '  return pair.join()',
        '}',
        '',
      ].join('\n'),
    )
  })
  afterAll(() => rmSync(root, { recursive: true, force: true }))

  it('type-checks each example against the built entries and reports failures by source line', () => {
    const result = checkExamples({ root })
    expect(result.examples.map((example) => `${example.file}:${String(example.line)}`)).toStrictEqual([
      'src/audit/audit.ts:4',
      'src/audit/audit.ts:9',
      'src/math.ts:4',
      'src/math.ts:9',
      'src/math.ts:19',
    ])
    expect(result.internal.map((example) => example.symbol)).toStrictEqual(['helper'])
    expect(result.entries).toStrictEqual(new Map([['fixture-pkg/audit', 2], ['fixture-pkg', 2]]))
    expect(result.failures.map(({ file, line, symbol, message }) => ({ file, line, symbol, code: message.split(':')[0] }))).toStrictEqual([
      // The explicit import is kept: `double` is not exported by fixture-pkg/audit.
      { file: 'src/audit/audit.ts', line: 4, symbol: 'audit', code: 'TS2305' },
      { file: 'src/math.ts', line: 10, symbol: 'double', code: 'TS2345' },
    ])
    expect(result.failed.size).toBe(2)
    expect(result.unchecked).toBe(0)
  })
})
