// The committed src/aws/<name>/index.ts and the reference docs/services/*.md are exactly what `npm run codegen`
// writes from codegen/models and the overlays: a hand edit of a generated file, or a change of the generator
// without regenerating, fails here.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { AWS_DIR, generateAll, generatedFolders, REFERENCE_DIR } from '../../codegen/generate.js'
import { HAND_WRITTEN } from '../../codegen/naming.js'
import { withoutFrontMatter } from '../../codegen/reference.js'

const { services, skipped, catalog, reference } = generateAll()

describe('generated services', () => {
  it('are as the generator writes them (run `npm run codegen`)', () => {
    const stale = services
      .filter((service) => {
        const file = join(AWS_DIR, service.path)
        return !existsSync(file) || readFileSync(file, 'utf8') !== service.source
      })
      .map((service) => `src/aws/${service.path}`)
    expect(stale).toEqual([])
  })

  it('are all in the catalog, src/aws/catalog.ts, as the generator writes it', () => {
    expect(readFileSync(join(AWS_DIR, 'catalog.ts'), 'utf8')).toBe(catalog)
  })

  it('have no folder left whose model is gone', () => {
    const wanted = new Set(services.map((service) => service.plan.name))
    expect(generatedFolders().filter((name) => !wanted.has(name))).toEqual([])
  })

  it('leave the hand-written services alone', () => {
    for (const name of HAND_WRITTEN) expect(services.some((service) => service.plan.name === name)).toBe(false)
    expect(skipped.map(([file]) => file).sort()).toEqual(['sms-voice'])
  })
})

describe('the reference, docs/services', () => {
  it('is as the generator writes it: no page stale, missing or left over (run `npm run codegen`)', () => {
    const stale = reference
      .filter((page) => {
        const file = join(REFERENCE_DIR, page.path)
        return !existsSync(file) || readFileSync(file, 'utf8') !== page.text
      })
      .map((page) => `docs/services/${page.path}`)
    expect(stale).toEqual([])
    const written = reference.map((page) => page.path).sort()
    expect(readdirSync(REFERENCE_DIR).sort()).toEqual(written)
    expect(written).toEqual([...services.map((service) => `${service.plan.name}.md`), 'index.md'].sort())
  })

  it('stays compact: under 8 MB in all', () => {
    const bytes = reference.reduce((n, page) => n + Buffer.byteLength(page.text), 0)
    expect(bytes).toBeLessThan(8e6)
  })

  it('is plain Markdown: tables of four cells a row, no HTML but <br>, each type listed once, links that resolve', () => {
    const problems: string[] = []
    // GitHub's anchors of a page's headings (as rendered, escapes removed; a repeated one numbered).
    const anchorsOf = (text: string): Set<string> => {
      const anchors = new Set<string>()
      for (const [, heading] of text.matchAll(/^#+ (.*)$/gm)) {
        const base = heading!.replace(/\\(.)/g, '$1').toLowerCase().replace(/[^a-z0-9 _-]/g, '').replace(/ /g, '-')
        let anchor = base
        for (let n = 1; anchors.has(anchor); n++) anchor = `${base}-${n}`
        anchors.add(anchor)
      }
      return anchors
    }
    const pages = new Map(reference.map((page) => [page.path, page.text]))
    for (const page of reference) {
      for (const line of page.text.split('\n')) {
        if (!line.startsWith('|')) continue
        // Cells end at every pipe not escaped; a row of four cells has five.
        const pipes = line.match(/(?<!\\)\|/g)?.length ?? 0
        if (pipes !== 5) problems.push(`${page.path}: ${pipes} pipes in ${line.slice(0, 80)}`)
      }
      // Outside code, a `<` (as in `ct.ItemSet<string>`) is escaped, or it would open an HTML tag.
      const body = withoutFrontMatter(page.text)
      const text = body.slice(body.indexOf('\n')).replace(/```[^]*?```|`[^`\n]*`/g, '')
      for (const [tag] of text.matchAll(/(?<!\\)<(?!br>)[^\n]{0,30}/g)) problems.push(`${page.path}: HTML ${tag}`)
      // Structures are headings, enumerations the items of their list.
      const [before = '', enumerations = ''] = page.text.split('\n## Enumerations\n')
      const names = [...before.matchAll(/^### (.*)$/gm), ...enumerations.matchAll(/^- ([^ :]+)/gm)].map(([, name]) => name!)
      for (const name of new Set(names.filter((name, i) => names.indexOf(name) !== i))) problems.push(`${page.path}: ${name} twice`)
      for (const [, target] of page.text.matchAll(/\]\(([^)]*)\)/g)) {
        if (target!.startsWith('https://')) continue
        const [file = '', anchor] = target!.split('#')
        const linked = file === '' ? page.text : (pages.get(file) ?? (existsSync(join(REFERENCE_DIR, file)) ? readFileSync(join(REFERENCE_DIR, file), 'utf8') : undefined))
        if (linked === undefined) problems.push(`${page.path}: ${target} names no file`)
        else if (anchor !== undefined && !anchorsOf(linked).has(anchor)) problems.push(`${page.path}: ${target} names no heading`)
      }
    }
    expect(problems).toEqual([])
  })
})
