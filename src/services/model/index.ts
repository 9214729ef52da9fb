export { modelService } from './model-service.js'
export { modelShapeCodec } from './shape-codecs.js'
export type { ModelShape, ModelTable, ShapeRef, ItemSet } from './table.js'
export type {
  AdditionalOf,
  AnyModelOperations,
  ModelEvent,
  ModelOperation,
  ModelOperations,
  ModelOperationsOf,
  ModelOperationTypes,
  ModelService,
  ModelServiceDeclaration,
} from './types.js'
