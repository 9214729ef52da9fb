// The AWS API models as codegen/models holds them (botocore service-2.json reduced to structure; see
// codegen/models/README.md), and the reader of the folder.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** A reference from a structure, list or map to another shape, with how it travels on the wire. */
export interface ModelMember {
  readonly shape: string
  readonly location?: 'uri' | 'querystring' | 'header' | 'headers' | 'statusCode'
  readonly locationName?: string
  readonly queryName?: string
  readonly flattened?: boolean
  readonly jsonvalue?: boolean
  readonly deprecated?: boolean
  readonly idempotencyToken?: boolean
  readonly hostLabel?: boolean
  readonly eventpayload?: boolean
  readonly streaming?: boolean
  readonly xmlAttribute?: boolean
}

/** One shape of a model. */
export interface ModelShape {
  readonly type:
    | 'structure'
    | 'list'
    | 'map'
    | 'string'
    | 'integer'
    | 'long'
    | 'float'
    | 'double'
    | 'boolean'
    | 'timestamp'
    | 'blob'
  readonly members?: { readonly [name: string]: ModelMember }
  readonly member?: ModelMember
  readonly key?: ModelMember
  readonly value?: ModelMember
  readonly required?: readonly string[]
  readonly enum?: readonly string[]
  readonly sensitive?: boolean
  readonly document?: boolean
  readonly union?: boolean
  readonly exception?: boolean
  readonly error?: unknown
  readonly event?: boolean
  readonly eventstream?: boolean
  readonly streaming?: boolean
  readonly flattened?: boolean
  readonly locationName?: string
  readonly deprecated?: boolean
}

/** One operation of a model. */
export interface ModelOperation {
  readonly name: string
  readonly http?: { readonly method?: string; readonly requestUri?: string; readonly responseCode?: number }
  readonly input?: { readonly shape: string }
  readonly output?: { readonly shape: string }
  readonly errors?: readonly string[]
  readonly deprecated?: boolean
}

/** What the models keep of a service's metadata. */
export interface ModelMetadata {
  readonly apiVersion: string
  readonly endpointPrefix: string
  readonly signingName?: string
  readonly serviceId: string
  readonly serviceFullName: string
  readonly protocol: string
  readonly protocols?: readonly string[]
  readonly uid?: string
}

/** One service's model. */
export interface Model {
  readonly metadata: ModelMetadata
  readonly operations: { readonly [name: string]: ModelOperation }
  readonly shapes: { readonly [name: string]: ModelShape }
}

/** One model file, with the name of its file (without `.json`). */
export interface ModelFile {
  /** The botocore folder name, which is also the file name: `ec2`, `acm-pca`, `sms-voice`. */
  readonly file: string
  readonly model: Model
}

/** The folder of the vendored models. */
export const MODELS_DIR: string = fileURLToPath(new URL('./models', import.meta.url))

/**
 * Reads every model that MANIFEST.tsv lists, in its order.
 *
 * @param dir - the models folder
 * @returns the models
 */
export function readModels(dir: string = MODELS_DIR): ModelFile[] {
  const manifest = readFileSync(join(dir, 'MANIFEST.tsv'), 'utf8').trim().split('\n').slice(1)
  return manifest.map((line) => {
    const file = line.split('\t')[0] as string
    return { file, model: JSON.parse(readFileSync(join(dir, `${file}.json`), 'utf8')) as Model }
  })
}
