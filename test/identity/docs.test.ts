import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { classifyCaller } from '../../src/identity/index.js'
import { parseRecords } from '../../src/parse/index.js'
import { repoRoot } from '../support/corpus.js'

const guide = readFileSync(join(repoRoot, 'docs', 'identity.md'), 'utf8')
const jsonBlocks = [...guide.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1] ?? '')
/** Each example record follows a line that names its class first: "Root, console sign-in (`'root'`, ...):". */
const examples = [...guide.matchAll(/\(`'([a-z-]+)'`[^\n]*:\n\n```json\n([\s\S]*?)```/g)].map((m) => ({
  expected: m[1] ?? '',
  text: m[2] ?? '',
}))

describe('docs/identity.md', () => {
  it('gives every example record the class its caption names', () => {
    expect(examples.length).toBe(jsonBlocks.length)
    expect(examples.length).toBeGreaterThanOrEqual(14)
    for (const { expected, text } of examples) {
      const { records, issues } = parseRecords(text)
      expect(issues).toStrictEqual([])
      expect(records.map((record) => classifyCaller(record))).toStrictEqual([expected])
    }
  })
})
