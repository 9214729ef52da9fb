import { describe, expect, it } from 'vitest'
import { LARGE_INPUT_BYTES, ProgressBar } from '../../src/cli/progress.js'

function target(isTTY: boolean) {
  const writes: string[] = []
  return { isTTY, columns: 100, writes, write: (text: string) => writes.push(text) }
}

describe('ProgressBar', () => {
  it('is shown in auto mode only on a terminal and for a large or unknown-size input', () => {
    expect(ProgressBar.wanted('auto', target(true), LARGE_INPUT_BYTES)).toBe(true)
    expect(ProgressBar.wanted('auto', target(true), undefined)).toBe(true)
    expect(ProgressBar.wanted('auto', target(true), LARGE_INPUT_BYTES - 1)).toBe(false)
    expect(ProgressBar.wanted('auto', target(false), LARGE_INPUT_BYTES * 10)).toBe(false)
    expect(ProgressBar.wanted('always', target(false), 1)).toBe(true)
    expect(ProgressBar.wanted('never', target(true), undefined)).toBe(false)
  })

  it('redraws at most every 100 ms, shows bytes, records and the file, and erases itself', () => {
    let now = 1_000
    const out = target(true)
    const bar = new ProgressBar(out, 4 * 1024 * 1024, () => now)
    bar.advance({ file: 'logs/a.json.gz', bytes: 1024 * 1024 })
    bar.advance({ records: 10 })
    now += 50
    bar.advance({ records: 5 })
    now += 60
    bar.advance({ bytes: 1024 * 1024 })
    bar.finish()
    expect(out.writes).toStrictEqual([
      '\r\x1b[K[#####...............]  25% 1.0 MB / 4.0 MB, 0 records  logs/a.json.gz',
      '\r\x1b[K[##########..........]  50% 2.0 MB / 4.0 MB, 15 records  logs/a.json.gz',
      '\r\x1b[K',
    ])
  })

  it('counts bytes without a bar when the total is unknown (standard input)', () => {
    const out = target(true)
    const bar = new ProgressBar(out, undefined, () => 500)
    bar.advance({ bytes: 3 * 1024 * 1024, file: '-' })
    expect(out.writes).toStrictEqual(['\r\x1b[Kreading 3.0 MB, 0 records  -'])
  })

  it('writes nothing to erase when it never drew', () => {
    const out = target(true)
    new ProgressBar(out, 10).finish()
    expect(out.writes).toStrictEqual([])
  })
})
