// `npm run coverage:models`: how much of the AWS API models the generated services type, and how they take the
// real records of ../shared/corpus/records: for every record whose (eventSource, eventName) has a generated
// operation, whether its service's `is` narrows it and how many of its requestParameters' top-level keys are
// typed members; and readOnly as the records write it. `--verbose` lists the keys not typed.
import { generatedFolders } from '../codegen/generate.js'
import { loadServices, matchRecords, readCorpus } from '../codegen/corpus.js'
import { readModels } from '../codegen/model.js'
import { planServices } from '../codegen/services.js'

const verbose = process.argv.includes('--verbose')
const models = readModels()
const { plans } = planServices(models)
const present = new Set(generatedFolders())
const generated = plans.filter((plan) => present.has(plan.name))
const totalOperations = models.reduce((n, m) => n + Object.keys(m.model.operations).length, 0)
// A model that is not generated because it is the very model of a generated one (botocore keeps `sms-voice`
// beside `pinpoint-sms-voice`) is typed by that one: same operations, same shapes.
const sameModel = (a: (typeof models)[number], b: (typeof models)[number]): boolean =>
  JSON.stringify([a.model.operations, a.model.shapes]) === JSON.stringify([b.model.operations, b.model.shapes])
const twins = models
  .filter((m) => !generated.some((plan) => plan.file === m.file))
  .flatMap((m) => generated.filter((plan) => sameModel(plan, m)).map((plan) => [m, plan.name] as const))
const typedOperations = [...generated, ...twins.map(([m]) => m)].reduce((n, p) => n + Object.keys(p.model.operations).length, 0)
const pct = (part: number, whole: number): string => (whole === 0 ? '-' : `${((100 * part) / whole).toFixed(1)} %`)

const services = await loadServices(generated.map((plan) => plan.name))
const { matched, unmatchedSources, unmatchedOperations } = matchRecords(services, readCorpus())

console.log(
  `Services typed:   ${generated.length + twins.length} of ${models.length} models` +
    twins.map(([m, name]) => ` (${m.file}: the same model as ${name}, generated)`).join(''),
)
console.log(`Operations typed: ${typedOperations} of ${totalOperations}`)
console.log('')
const rows = new Map<string, { records: number; narrowed: number; keys: number; typed: number }>()
for (const m of matched) {
  for (const protocol of [m.service.protocol, 'all']) {
    const row = rows.get(protocol) ?? { records: 0, narrowed: 0, keys: 0, typed: 0 }
    row.records++
    if (m.narrows) row.narrowed++
    row.keys += m.keys.length
    row.typed += m.typedKeys.length
    rows.set(protocol, row)
  }
}
const table = [...rows].sort(([a], [b]) => (a === 'all' ? 1 : b === 'all' ? -1 : a.localeCompare(b)))
const line = (cells: string[]): string => `| ${cells.join(' | ')} |`
console.log(line(['protocol', 'records', 'narrowed by is', 'request keys', 'typed keys']))
console.log(line(['---', '---:', '---:', '---:', '---:']))
for (const [protocol, r] of table) {
  console.log(
    line([protocol, String(r.records), `${r.narrowed} (${pct(r.narrowed, r.records)})`, String(r.keys), `${r.typed} (${pct(r.typed, r.keys)})`]),
  )
}
const withReadOnly = matched.filter((m) => typeof m.record.readOnly === 'boolean')
const agreeing = withReadOnly.filter((m) => m.service.table.operations[String(m.record.eventName)]?.[2] === (m.record.readOnly ? 1 : 0))
console.log('')
console.log(`readOnly agrees with the record: ${agreeing.length} of ${withReadOnly.length} records that write it (${pct(agreeing.length, withReadOnly.length)})`)
for (const m of withReadOnly.filter((x) => !agreeing.includes(x))) {
  console.log(`  ${m.file}: ${String(m.record.eventSource)} ${String(m.record.eventName)} readOnly ${String(m.record.readOnly)}`)
}
const failed = matched.filter((m) => !m.narrows)
if (failed.length > 0) {
  console.log(`\nRecords their service does not narrow:`)
  for (const m of failed) console.log(`  ${m.file}: ${String(m.record.eventSource)} ${String(m.record.eventName)} (${m.service.name})`)
}
console.log(`\neventSources of no generated service (records): ${[...unmatchedSources].map(([s, n]) => `${s} (${n})`).join(', ')}`)
console.log(`eventNames of no generated operation (records): ${[...unmatchedOperations].map(([s, n]) => `${s} (${n})`).join(', ')}`)
if (verbose) {
  console.log('\nrequestParameters keys no member types:')
  for (const m of matched) {
    const untyped = m.keys.filter((key) => !m.typedKeys.includes(key))
    if (untyped.length > 0) console.log(`  ${m.file}: ${m.service.name} ${String(m.record.eventName)}: ${untyped.join(', ')}`)
  }
}
