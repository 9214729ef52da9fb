import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { classifyCaller, describeCaller } from '../../src/identity/index.js'
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

describe('docs/identity.md, What describeCaller reads', () => {
  const section = guide.slice(guide.indexOf('## What describeCaller reads'), guide.indexOf('\n## ', guide.indexOf('## What describeCaller reads') + 1))
  /** The fields named in the first cell of each row of the section's table. */
  const documented = new Set(
    section
      .split('\n')
      .filter((line) => line.startsWith('| `'))
      .flatMap((line) => [...(line.split('|')[1] ?? '').matchAll(/`(\w+)`/g)].map((m) => m[1] ?? '')),
  )

  it('gives a rule for every field of the description', () => {
    const fields = Object.keys(describeCaller({}))
    expect(fields.filter((field) => !documented.has(field))).toStrictEqual([])
    expect([...documented].filter((field) => !fields.includes(field))).toStrictEqual([])
  })

  it('states the combined MFA rule, the crossAccount question and the helpers rules ask for', () => {
    expect(section).toContain('`true` when either signal says yes')
    expect(section).toContain('the caller\'s account differs from the account that received the call')
    expect(guide).toContain('## Writing detections')
    for (const name of ['succeeded(record)', 'principalName', 'signInSummary(event)', 'signInAdditionalData(event)']) expect(guide).toContain(name)
  })
})
