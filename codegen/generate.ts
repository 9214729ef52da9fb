// `npm run codegen`: writes src/aws/<name>/index.ts for every model of codegen/models (but the skipped ones),
// src/aws/catalog.ts and the reference docs/services/*.md, and removes generated folders and pages whose model
// is gone. `--check` writes nothing and exits 1 if a file differs. `--only a,b` writes the entries and pages of
// those services alone (while working on their overlays; the catalog and the index page are left as they are).
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { emitCatalog } from './catalog.js'
import { emitService, GENERATED_HEADER } from './emit.js'
import { readModels } from './model.js'
import { HAND_WRITTEN, SKIPPED_MODELS } from './naming.js'
import { emitReference, REFERENCE_HEADER, withoutFrontMatter } from './reference.js'
import type { ReferencePage } from './reference.js'
import { planServices } from './services.js'
import type { ServicePlan } from './services.js'
import { buildTable } from './table.js'
import type { ServiceTable } from './table.js'

/** The repository's src/aws folder. */
export const AWS_DIR: string = fileURLToPath(new URL('../src/aws', import.meta.url))

/** The repository's docs/services folder: the reference, one page per generated service and an index. */
export const REFERENCE_DIR: string = fileURLToPath(new URL('../docs/services', import.meta.url))

/** One generated service. */
export interface Generated {
  readonly plan: ServicePlan
  readonly table: ServiceTable
  /** Path relative to src/aws: `<name>/index.ts`. */
  readonly path: string
  readonly source: string
}

/**
 * Generates every service in memory.
 *
 * @returns the services, the models skipped with their reasons, the catalog and the reference's pages
 */
export function generateAll(): {
  services: Generated[]
  skipped: Array<[string, string]>
  catalog: string
  reference: ReferencePage[]
} {
  const { plans, skipped } = planServices(readModels())
  const services = plans.map((plan) => {
    if (HAND_WRITTEN.includes(plan.name)) throw new Error(`${plan.file} would overwrite hand-written src/aws/${plan.name}`)
    const reserved = [`${plan.prefix}Operations`, `${plan.prefix}Event`, plan.value, 'ct', 'modelService', 'openEnum']
    if (plan.overlay.eventSourceConstant !== undefined) reserved.push(plan.overlay.eventSourceConstant)
    const table = buildTable(plan.model, plan.style, plan.overlay, reserved)
    return { plan, table, path: `${plan.name}/index.ts`, source: emitService(plan, table) }
  })
  return { services, skipped, catalog: emitCatalog(plans), reference: emitReference(services) }
}

/**
 * The folders of src/aws that hold a generated file (their index.ts starts with the generated header).
 *
 * @param dir - src/aws
 * @returns the folder names
 */
export function generatedFolders(dir: string = AWS_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !HAND_WRITTEN.includes(entry.name))
    .map((entry) => entry.name)
    .filter((name) => {
      const file = join(dir, name, 'index.ts')
      return existsSync(file) && readFileSync(file, 'utf8').startsWith(GENERATED_HEADER)
    })
}

/**
 * The pages of docs/services that the generator wrote (they start with the reference's header, after their front matter).
 *
 * @param dir - docs/services
 * @returns their file names
 */
export function referencePages(dir: string = REFERENCE_DIR): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => entry.name)
    .filter((name) => withoutFrontMatter(readFileSync(join(dir, name), 'utf8')).startsWith(REFERENCE_HEADER))
}

function main(): void {
  const check = process.argv.includes('--check')
  const onlyAt = process.argv.indexOf('--only')
  const only = onlyAt === -1 ? undefined : new Set((process.argv[onlyAt + 1] ?? '').split(','))
  const started = performance.now()
  const { services, skipped, catalog, reference } = generateAll()
  const generatedIn = performance.now() - started
  if (only !== undefined) {
    for (const service of services.filter((s) => only.has(s.plan.name))) {
      mkdirSync(join(AWS_DIR, service.plan.name), { recursive: true })
      writeFileSync(join(AWS_DIR, service.path), service.source)
      const page = reference.find((p) => p.path === `${service.plan.name}.md`)
      if (page !== undefined) writeFileSync(join(REFERENCE_DIR, page.path), page.text)
      console.log(`written: src/aws/${service.path}${page === undefined ? '' : ` and docs/services/${page.path}`}`)
    }
    return
  }
  const wanted = new Set(services.map((s) => s.plan.name))
  let changed = 0
  let bytes = 0
  for (const service of services) {
    const file = join(AWS_DIR, service.path)
    bytes += Buffer.byteLength(service.source)
    const current = existsSync(file) ? readFileSync(file, 'utf8') : undefined
    if (current === service.source) continue
    changed++
    if (check) console.log(`stale: src/aws/${service.path}`)
    else {
      mkdirSync(join(AWS_DIR, service.plan.name), { recursive: true })
      writeFileSync(file, service.source)
    }
  }
  const catalogFile = join(AWS_DIR, 'catalog.ts')
  if (!existsSync(catalogFile) || readFileSync(catalogFile, 'utf8') !== catalog) {
    changed++
    if (check) console.log('stale: src/aws/catalog.ts')
    else writeFileSync(catalogFile, catalog)
  }
  for (const name of generatedFolders()) {
    if (wanted.has(name)) continue
    changed++
    if (check) console.log(`extra: src/aws/${name}`)
    else rmSync(join(AWS_DIR, name), { recursive: true })
  }
  const pages = new Set(reference.map((page) => page.path))
  let referenceBytes = 0
  for (const page of reference) {
    const file = join(REFERENCE_DIR, page.path)
    referenceBytes += Buffer.byteLength(page.text)
    if (existsSync(file) && readFileSync(file, 'utf8') === page.text) continue
    changed++
    if (check) console.log(`stale: docs/services/${page.path}`)
    else {
      mkdirSync(REFERENCE_DIR, { recursive: true })
      writeFileSync(file, page.text)
    }
  }
  for (const name of referencePages()) {
    if (pages.has(name)) continue
    changed++
    if (check) console.log(`extra: docs/services/${name}`)
    else rmSync(join(REFERENCE_DIR, name))
  }
  const operations = services.reduce((n, s) => n + new Set(s.table.operations.map((o) => o.operation)).size, 0)
  const members = services.reduce((n, s) => n + s.table.memberCount, 0)
  console.log(
    `${services.length} services (${skipped.length} models skipped: ${skipped.map(([f]) => f).join(', ')}), ` +
      `${operations} operations, ${members} member keys, ${(bytes / 1e6).toFixed(2)} MB, generated in ` +
      `${(generatedIn / 1000).toFixed(1)} s; reference: ${reference.length} pages, ${(referenceBytes / 1e6).toFixed(2)} MB; ` +
      `${changed} ${check ? 'stale' : 'written or removed'}`,
  )
  void SKIPPED_MODELS
  if (check && changed > 0) process.exitCode = 1
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) main()
