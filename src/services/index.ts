export { defineOperation, defineService } from './operation.js'
export type { Operation, OperationEvent, EventOf, Service } from './operation.js'
export { findOperation, isKnownOperationEvent } from './registry.js'
export type { KnownOperationEvent } from './registry.js'
