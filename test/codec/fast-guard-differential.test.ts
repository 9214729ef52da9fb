/**
 * Differential property: on random codecs of every kind the kit and a
 * generator of API-model codecs build, with fast guards on some of their
 * object codecs, `withFastGuard(codec).is(v)` answers what the same codec
 * built by io-ts alone answers, for valid, near-valid and random values.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fastAndNatural, mutated, mutation, objectDesc, randomValue, valueOf } from './codec-trees.js'
import type { ObjectDesc } from './codec-trees.js'
import { propertyRuns, propertyTimeout } from '../support/arbitraries.js'

/** Codecs per property: each is tried on several values. */
const codecRuns = Math.max(1, Math.round(propertyRuns / 20))

/** A description, and values for it: valid ones, mutated ones, random ones. */
const codecAndValues = objectDesc(3).chain((desc) => {
  const valid = valueOf(desc)
  const nearValid = fc.tuple(valid, mutation).map(([value, [at, m]]) => mutated(value, at, m))
  return fc.tuple(fc.constant(desc), fc.array(fc.oneof(valid, nearValid, randomValue), { minLength: 6, maxLength: 12 }))
})

const shown = (u: unknown): string => {
  try {
    return JSON.stringify(u) ?? String(u)
  } catch {
    return Object.prototype.toString.call(u)
  }
}

describe('withFastGuard on random codecs: the answer of io-ts', () => {
  it('for valid, near-valid and random values', { timeout: propertyTimeout }, () => {
    let accepted = 0
    let tried = 0
    fc.assert(
      fc.property(codecAndValues, ([desc, values]: readonly [ObjectDesc, unknown[]]) => {
        const codecs = fastAndNatural(desc)
        fc.pre(codecs !== undefined)
        const { fast, natural } = codecs
        for (const value of values) {
          const expected = natural.is(value)
          if (fast.is(value) !== expected) throw new Error(`io-ts answers ${String(expected)} for ${shown(value)}`)
          tried++
          if (expected) accepted++
        }
      }),
      { numRuns: codecRuns },
    )
    // Both answers are common (about a quarter of the values pass), so the property compares both.
    if (tried > 1000) {
      expect(accepted / tried).toBeGreaterThan(0.1)
      expect(accepted / tried).toBeLessThan(0.9)
    }
  })
})
