// The services the generator writes: one per model, with its entry name, eventSource and rules.
import { eventSourceOf } from './event-source.js'
import type { ModelFile } from './model.js'
import { camelCase, clientName, pascalCase, SKIPPED_MODELS } from './naming.js'
import type { KeyStyle, Overlay } from './overlay.js'
import { overlays } from './overlays/index.js'
import { defaultKeyStyle } from './table.js'

/** One service to generate. */
export interface ServicePlan extends ModelFile {
  /** The entry name: `cloudtrail-codecs/aws/<name>`. */
  readonly name: string
  /** The exported value: `ec2`, `cloudwatchLogs`. */
  readonly value: string
  /** The type prefix: `Ec2`, `CloudwatchLogs`. */
  readonly prefix: string
  /** The service's name as AWS writes it: the model's `serviceFullName`, unless the overlay says otherwise. */
  readonly title: string
  readonly eventSource: string
  readonly style: KeyStyle
  readonly overlay: Overlay
}

const NO_OVERLAY: Overlay = { evidence: [] }

/**
 * Plans every model but the skipped ones (naming.ts `SKIPPED_MODELS`).
 *
 * @param models - the models, as `readModels` reads them
 * @returns the plans, in the models' order, and the skipped files with their reasons
 */
export function planServices(models: readonly ModelFile[]): { plans: ServicePlan[]; skipped: Array<[string, string]> } {
  const plans: ServicePlan[] = []
  const skipped: Array<[string, string]> = []
  const names = new Map<string, string>()
  for (const modelFile of models) {
    const reason = SKIPPED_MODELS[modelFile.file]
    if (reason !== undefined) {
      skipped.push([modelFile.file, reason])
      continue
    }
    const { metadata } = modelFile.model
    const name = clientName(metadata.serviceId)
    const other = names.get(name)
    if (other !== undefined) throw new Error(`models ${other} and ${modelFile.file} both name ${name}`)
    names.set(name, modelFile.file)
    const overlay = overlays[name] ?? NO_OVERLAY
    plans.push({
      ...modelFile,
      name,
      value: overlay.value ?? camelCase(name),
      prefix: overlay.prefix ?? pascalCase(name),
      title: overlay.title ?? metadata.serviceFullName,
      eventSource: eventSourceOf(metadata, overlay.eventSource),
      style: overlay.keyStyle ?? defaultKeyStyle(metadata.protocol),
      overlay,
    })
  }
  for (const name of Object.keys(overlays)) {
    if (!names.has(name)) throw new Error(`overlay ${name} names no generated service`)
  }
  return { plans, skipped }
}
