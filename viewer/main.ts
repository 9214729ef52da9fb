/**
 * The viewer's page: takes files from the file input or a drop, hands them to the decoding worker, shows its
 * progress, and draws the report it sends back. Everything is built with the DOM (text is never parsed as
 * HTML) and the chart is inline SVG.
 */
import type { CallView, Capped, ChartView, Progress, Report, SubjectView, WorkerMessage } from './protocol.js'

/** The worker's bundled source, put here by viewer/build.mjs. */
declare const __VIEWER_WORKER__: string

const SVG = 'http://www.w3.org/2000/svg'
/** Okabe–Ito colours, told apart by most colour-blind readers; grey for the other sources. */
const COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#8C6D1F']
const OTHER_COLOUR = '#9AA0A6'

const numbers = new Intl.NumberFormat('en-US')
const fmt = (n: number): string => numbers.format(n)
const plural = (n: number, one: string, many = `${one}s`): string => `${fmt(n)} ${n === 1 ? one : many}`

function size(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`
  if (bytes < 1e6) return `${(bytes / 1e3).toFixed(1)} kB`
  if (bytes < 1e9) return `${(bytes / 1e6).toFixed(1)} MB`
  return `${(bytes / 1e9).toFixed(2)} GB`
}

type Child = Node | string | undefined
type Attributes = Readonly<Record<string, string | number | boolean | undefined>>

/** An element with attributes and children; strings become text nodes. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag)
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue
    element.setAttribute(name, value === true ? '' : String(value))
  }
  for (const child of children) if (child !== undefined) element.append(child)
  return element
}

/** An SVG element with attributes and children. */
function svg(tag: string, attributes: Attributes = {}, ...children: Child[]): SVGElement {
  const element = document.createElementNS(SVG, tag)
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) element.setAttribute(name, String(value))
  for (const child of children) if (child !== undefined) element.append(child)
  return element
}

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id)
  if (element === null) throw new Error(`the page has no #${id}`)
  return element as T
}

const input = byId<HTMLInputElement>('file-input')
const dropZone = byId<HTMLElement>('drop-zone')
const status = byId<HTMLElement>('status')
const report = byId<HTMLElement>('report')

// ---------------------------------------------------------------------------------------------- the worker

const workerUrl = URL.createObjectURL(new Blob([__VIEWER_WORKER__], { type: 'text/javascript' }))
let worker: Worker | undefined

function open(files: ReadonlyArray<File>): void {
  if (files.length === 0) return
  worker?.terminate()
  const current = new Worker(workerUrl)
  worker = current
  report.hidden = true
  report.replaceChildren()
  showProgress({ fileIndex: 0, fileCount: files.length, fileName: files[0]?.name ?? '', fileBytes: files[0]?.size ?? 0, fileBytesRead: 0, totalBytes: files.reduce((sum, f) => sum + f.size, 0), totalBytesRead: 0, records: 0, issues: 0 })
  current.onmessage = (event: MessageEvent<WorkerMessage>) => {
    if (worker !== current) return
    const message = event.data
    switch (message.type) {
      case 'progress':
        showProgress(message.progress)
        break
      case 'report':
        finish(current)
        showReport(message.report)
        break
      case 'failed':
        finish(current)
        showError(`Reading stopped: ${message.message}`)
        break
    }
  }
  current.onerror = (event) => {
    event.preventDefault()
    if (worker !== current) return
    finish(current)
    showError(`The decoding worker failed: ${event.message}`)
  }
  current.postMessage({ type: 'open', files })
}

function finish(current: Worker): void {
  current.terminate()
  if (worker === current) worker = undefined
}

function cancel(): void {
  if (worker === undefined) return
  finish(worker)
  status.replaceChildren(el('p', {}, 'Stopped. Choose or drop files to start again.'))
}

// ------------------------------------------------------------------------------------------------ input

input.addEventListener('change', () => {
  open([...(input.files ?? [])])
  input.value = ''
})
for (const type of ['dragenter', 'dragover'] as const) {
  dropZone.addEventListener(type, (event) => {
    event.preventDefault()
    dropZone.classList.add('dragging')
  })
}
for (const type of ['dragleave', 'drop'] as const) dropZone.addEventListener(type, () => dropZone.classList.remove('dragging'))
// Files dropped anywhere on the page are read: a file dropped beside the zone would otherwise make the
// browser leave the page to show it.
window.addEventListener('dragover', (event) => event.preventDefault())
window.addEventListener('drop', (event) => {
  event.preventDefault()
  open([...(event.dataTransfer?.files ?? [])])
})

// ---------------------------------------------------------------------------------------------- progress

let progressBar: HTMLProgressElement | undefined
let progressText: HTMLElement | undefined

function showProgress(progress: Progress): void {
  if (progressBar === undefined || progressText === undefined || !status.contains(progressBar)) {
    progressBar = el('progress', { id: 'progress', max: 1, value: 0, 'aria-label': 'Reading' })
    progressText = el('span', { id: 'progress-text' })
    const stop = el('button', { type: 'button', class: 'secondary' }, 'Stop')
    stop.addEventListener('click', cancel)
    status.replaceChildren(progressBar, el('p', {}, progressText, ' ', stop))
  }
  const fraction = progress.totalBytes === 0 ? 1 : progress.totalBytesRead / progress.totalBytes
  progressBar.value = fraction
  progressBar.dataset['fraction'] = String(fraction)
  const file = progress.fileCount > 1 ? `file ${progress.fileIndex + 1} of ${progress.fileCount}, ` : ''
  progressText.textContent =
    `Reading ${file}${progress.fileName}: ${size(progress.fileBytesRead)} of ${size(progress.fileBytes)} · ` +
    `${plural(progress.records, 'record')}, ${plural(progress.issues, 'issue')} so far (${Math.floor(fraction * 100)}%)`
}

function showError(text: string): void {
  status.replaceChildren(el('p', { class: 'error' }, text))
}

// ------------------------------------------------------------------------------------------------ report

function more(capped: Capped<unknown>, what: string): HTMLElement | undefined {
  return capped.more === 0 ? undefined : el('p', { class: 'more' }, `and ${plural(capped.more, what)} more`)
}

function figure(id: string, value: number | string, label: string, bad = false): HTMLElement {
  return el(
    'div',
    { class: bad ? 'figure bad' : 'figure' },
    el('span', { class: 'value', id: `figure-${id}`, 'data-value': value }, typeof value === 'number' ? fmt(value) : value),
    el('span', { class: 'label' }, label),
  )
}

function section(id: string, title: string, ...children: Child[]): HTMLElement {
  return el('section', { id, 'aria-labelledby': `${id}-title` }, el('h2', { id: `${id}-title` }, title), ...children)
}

function table(headers: ReadonlyArray<string | readonly [string, string]>, rows: ReadonlyArray<HTMLTableRowElement>, caption?: string): HTMLTableElement {
  const head = el('tr', {}, ...headers.map((h) => (typeof h === 'string' ? el('th', { scope: 'col' }, h) : el('th', { scope: 'col', class: h[1] }, h[0]))))
  return el('table', {}, caption === undefined ? undefined : el('caption', { class: 'visually-hidden' }, caption), el('thead', {}, head), el('tbody', {}, ...rows))
}

function callsTable(list: Capped<CallView>, caption: string): DocumentFragment {
  const rows = list.items.map((call) =>
    el('tr', { class: call.failed ? 'failed' : undefined }, el('td', { class: 'time mono' }, call.time), el('td', {}, call.what), el('td', {}, call.who)),
  )
  const fragment = document.createDocumentFragment()
  const calls = table(['Time (UTC)', 'What', 'Who'], rows, caption)
  calls.classList.add('calls')
  fragment.append(calls)
  const rest = more(list, 'call')
  if (rest !== undefined) fragment.append(rest)
  return fragment
}

function summarySection(data: Report): HTMLElement {
  const span = data.firstTime === undefined ? 'no records' : data.firstTime === data.lastTime ? data.firstTime : `${data.firstTime} to ${data.lastTime ?? ''}`
  const typed =
    data.typed.length === 0
      ? `No records of the operations this library types (${data.typedServices.join(', ')}).`
      : `Checked against their operation's codec: ${data.typed.map((t) => `${fmt(t.count)} ${t.title}`).join(', ')} ${data.typed.reduce((s, t) => s + t.count, 0) === 1 ? 'record' : 'records'}.`
  const files = table(
    ['File', ['Size', 'num'], ['Records', 'num'], ['Issues', 'num']],
    data.files.map((file) =>
      el('tr', {}, el('td', { class: 'mono' }, file.name), el('td', { class: 'num' }, size(file.bytes)), el('td', { class: 'num' }, fmt(file.records)), el('td', { class: 'num' }, fmt(file.issues))),
    ),
    'Files read',
  )
  return section(
    'summary',
    'Summary',
    el(
      'div',
      { class: 'figures' },
      figure('records', data.records, 'records decoded'),
      figure('issues', data.issues, data.issues === 1 ? 'issue' : 'issues', data.issues > 0),
      figure('files', data.files.length, data.files.length === 1 ? 'file' : 'files'),
      figure('bytes', size(data.bytes), `read in ${(data.elapsedMs / 1000).toFixed(1)} s`),
    ),
    el('p', {}, 'Time span (UTC): ', el('span', { class: 'mono', id: 'time-span' }, span)),
    el('p', {}, typed),
    files,
  )
}

function callersSection(data: Report): HTMLElement {
  if (data.callers.length === 0) return section('callers', 'Callers by class', el('p', { class: 'empty' }, 'No records.'))
  const rows = data.callers.map((view) => {
    const items = view.principals.map((p) => el('li', {}, el('span', { class: 'count' }, fmt(p.count)), el('span', {}, p.label)))
    if (view.otherRecords > 0) {
      const others = view.principalsCapped ? `more than ${fmt(view.otherPrincipals)} other principals` : plural(view.otherPrincipals, 'other principal')
      items.push(el('li', { class: 'more' }, el('span', { class: 'count' }, fmt(view.otherRecords)), el('span', {}, `by ${others}`)))
    }
    return el(
      'tr',
      { 'data-class': view.callerClass },
      el('th', { scope: 'row', class: 'mono' }, view.callerClass),
      el('td', { class: 'num' }, fmt(view.count)),
      el('td', {}, el('ul', { class: 'principals' }, ...items)),
    )
  })
  return section(
    'callers',
    'Callers by class',
    el('p', { class: 'hint' }, 'Who made the calls, by the kind of identity CloudTrail recorded (', el('code', {}, 'describeCaller(record).class'), '), with the principals that made the most.'),
    table(['Class', ['Records', 'num'], 'Top principals (records)'], rows, 'Callers by class'),
  )
}

function axisLabel(start: string, unit: ChartView['unit']): string {
  switch (unit) {
    case 'hour':
      return `${start.slice(5, 10)} ${start.slice(11, 16)}`
    case 'day':
      return start.slice(0, 10)
    case 'month':
      return start.slice(0, 7)
    case 'year':
      return start.slice(0, 4)
  }
}

function niceMax(max: number): number {
  if (max <= 5) return Math.max(1, max)
  const power = 10 ** Math.floor(Math.log10(max))
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= max) return step * power
  return 10 * power
}

function chart(view: ChartView): HTMLElement {
  const names = [...view.series, ...(view.hasOther ? ['other sources'] : [])]
  const colour = (i: number): string => (i < view.series.length ? (COLOURS[i % COLOURS.length] ?? OTHER_COLOUR) : OTHER_COLOUR)
  const [width, height, left, right, top, bottom] = [960, 240, 56, 12, 12, 40]
  const plotWidth = width - left - right
  const plotHeight = height - top - bottom
  const n = Math.max(1, view.buckets.length)
  const max = niceMax(Math.max(0, ...view.buckets.map((b) => b.counts.reduce((s, c) => s + c, 0))))
  const step = plotWidth / n
  const gap = step > 4 ? Math.max(1, step - 56, step * 0.15) : 0
  const y = (value: number): number => top + plotHeight - (value / max) * plotHeight

  const grid: SVGElement[] = []
  for (const value of [0, max / 2, max]) {
    grid.push(svg('line', { x1: left, x2: width - right, y1: y(value), y2: y(value), stroke: value === 0 ? '#8a949e' : '#e3e7eb', 'stroke-width': 1 }))
    grid.push(svg('text', { x: left - 6, y: y(value) + 4, 'text-anchor': 'end', class: 'axis' }, fmt(Math.round(value))))
  }
  const bars: SVGElement[] = []
  view.buckets.forEach((bucket, i) => {
    let base = 0
    const x = left + i * step + gap / 2
    const total = bucket.counts.reduce((s, c) => s + c, 0)
    bucket.counts.forEach((count, series) => {
      if (count === 0) return
      const rect = svg(
        'rect',
        { x: x.toFixed(2), y: y(base + count).toFixed(2), width: Math.max(0.5, step - gap).toFixed(2), height: ((count / max) * plotHeight).toFixed(2), fill: colour(series) },
        svg('title', {}, `${axisLabel(bucket.start, view.unit)}: ${names[series] ?? ''}, ${plural(count, 'record')} (of ${fmt(total)})`),
      )
      bars.push(rect)
      base += count
    })
  })
  // At most about six labels, under evenly spaced bars.
  const ticks: SVGElement[] = []
  const stride = Math.max(1, Math.ceil(view.buckets.length / 6))
  for (let i = 0; i < view.buckets.length; i += stride) {
    const bucket = view.buckets[i]
    if (bucket === undefined) continue
    const label = axisLabel(bucket.start, view.unit)
    const x = left + i * step + step / 2
    const half = label.length * 3.3
    const anchor = x - half < 0 ? 'start' : x + half > width ? 'end' : 'middle'
    ticks.push(svg('text', { x: anchor === 'start' ? 0 : anchor === 'end' ? width : x, y: height - bottom + 16, 'text-anchor': anchor, class: 'axis' }, label))
  }
  ticks.push(svg('text', { x: left + plotWidth / 2, y: height - 6, 'text-anchor': 'middle', class: 'axis' }, `records per ${view.unit} (UTC)`))
  const description = `Stacked bars of records per ${view.unit} from ${view.buckets[0]?.start ?? ''} to ${view.buckets[view.buckets.length - 1]?.start ?? ''}, by event source`
  const picture = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': description, id: 'sources-chart' }, ...grid, ...bars, ...ticks)
  const legend = el(
    'ul',
    { class: 'legend' },
    ...names.map((name, i) => {
      const swatch = el('span', { class: 'swatch', 'aria-hidden': 'true' })
      swatch.style.background = colour(i)
      return el('li', {}, swatch, name)
    }),
  )
  const wrapper = el('div', { class: 'chart' }, picture, legend)
  if (view.undated > 0) wrapper.append(el('p', { class: 'hint' }, `${plural(view.undated, 'record')} with an eventTime that could not be placed on the chart.`))
  return wrapper
}

function sourcesSection(data: Report): HTMLElement {
  if (data.chart.buckets.length === 0) return section('sources', 'Events by source over time', el('p', { class: 'empty' }, 'No records.'))
  const rows = data.sources.items.map((s) => el('tr', {}, el('td', { class: 'mono' }, s.source), el('td', { class: 'num' }, fmt(s.count))))
  const rest = more(data.sources, 'source')
  return section('sources', 'Events by source over time', chart(data.chart), table(['Event source', ['Records', 'num']], rows, 'Records by event source'), rest)
}

function subjectDetails(subject: SubjectView, open: boolean, label: 'Check' | 'Recommendation'): HTMLElement {
  return el(
    'details',
    { open, [`data-${label.toLowerCase()}`]: subject.id },
    el('summary', {}, el('span', { class: 'mono' }, subject.id), ' ', el('span', { class: 'sub' }, `— ${subject.summary}`)),
    callsTable(subject.timeline, `${label} ${subject.id}`),
  )
}

function supportSection(data: Report): HTMLElement {
  const total = data.cases.items.length + data.cases.more
  const body: Child[] = []
  if (total === 0 && data.casesWithoutCase.items.length === 0) body.push(el('p', { class: 'empty' }, 'No AWS Support case calls in these logs.'))
  data.cases.items.forEach((c, i) => {
    const account = c.accountId === undefined ? '' : ` · account ${c.accountId}`
    body.push(
      el(
        'details',
        { open: i < 10, class: 'case', 'data-case': c.caseId },
        el('summary', {}, el('span', { class: 'mono' }, c.caseId), ' ', el('span', { class: 'sub' }, `— ${c.status}${account}`)),
        el('p', { class: 'hint' }, c.details === '' ? 'created in these logs' : c.details),
        callsTable(c.timeline, `Timeline of case ${c.caseId}`),
      ),
    )
  })
  body.push(more(data.cases, 'case'))
  if (data.casesWithoutCase.items.length > 0) body.push(el('h3', {}, 'Case calls not tied to a case'), callsTable(data.casesWithoutCase, 'Case calls not tied to a case'))
  return section('support', `AWS Support cases (${fmt(total)})`, ...body)
}

function trustedAdvisorSection(data: Report): HTMLElement {
  const body: Child[] = []
  const empty = [data.checks, data.recommendations, data.settingsChanges, data.trustedAdvisorFailed].every((list) => list.items.length === 0)
  if (empty) body.push(el('p', { class: 'empty' }, 'No Trusted Advisor activity in these logs.'))
  if (data.checks.items.length > 0) {
    body.push(el('h3', {}, `Checks (${fmt(data.checks.items.length + data.checks.more)})`))
    data.checks.items.forEach((check, i) => body.push(subjectDetails(check, i < 10, 'Check')))
    body.push(more(data.checks, 'check'))
  }
  if (data.recommendations.items.length > 0) {
    body.push(el('h3', {}, `Recommendations (${fmt(data.recommendations.items.length + data.recommendations.more)})`))
    data.recommendations.items.forEach((r, i) => body.push(subjectDetails(r, i < 10, 'Recommendation')))
    body.push(more(data.recommendations, 'recommendation'))
  }
  if (data.settingsChanges.items.length > 0) body.push(el('h3', {}, 'Settings changes'), callsTable(data.settingsChanges, 'Settings changes'))
  if (data.trustedAdvisorFailed.items.length > 0) body.push(el('h3', {}, 'Other failed calls'), callsTable(data.trustedAdvisorFailed, 'Other failed Trusted Advisor calls'))
  return section('trusted-advisor', 'Trusted Advisor activity', ...body)
}

function issuesSection(data: Report): HTMLElement {
  if (data.issues === 0) return section('issues', 'Issues (0)', el('p', { class: 'empty' }, 'Every record decoded.'))
  const kinds = data.issueKinds.map((k) => `${k.kind} (${fmt(k.count)})`).join(', ')
  const rows = data.issueList.items.map((issue) =>
    el(
      'tr',
      {},
      el('td', { class: 'mono' }, issue.file),
      el('td', { class: 'num' }, issue.index === undefined ? '—' : fmt(issue.index)),
      el('td', { class: 'mono' }, issue.location ?? '—'),
      el('td', { class: 'mono' }, issue.path),
      el('td', {}, issue.kind),
      el('td', { class: 'message' }, issue.message),
    ),
  )
  return section(
    'issues',
    `Issues (${fmt(data.issues)})`,
    el('p', { class: 'hint' }, `Kinds: ${kinds}. Each issue is a record (or a part of the input) that did not decode; the record index counts from 0 in its file.`),
    table(['File', ['Record', 'num'], 'Location', 'Path', 'Kind', 'Message'], rows, 'Issues'),
    more(data.issueList, 'issue'),
  )
}

function showReport(data: Report): void {
  const seconds = (data.elapsedMs / 1000).toFixed(1)
  status.replaceChildren(el('p', { id: 'done' }, `Read ${plural(data.files.length, 'file')} (${size(data.bytes)}) in ${seconds} s: ${plural(data.records, 'record')}, ${plural(data.issues, 'issue')}.`))
  if (data.auditRecordsDropped > 0) {
    const total = data.auditRecords + data.auditRecordsDropped
    status.append(el('p', { class: 'error' }, `The Support and Trusted Advisor sections are made from the first ${fmt(data.auditRecords)} of ${plural(total, 'Support or Trusted Advisor record')}: there were too many to hold.`))
  }
  report.replaceChildren(summarySection(data), callersSection(data), sourcesSection(data), supportSection(data), trustedAdvisorSection(data), issuesSection(data))
  report.hidden = false
  report.dataset['state'] = 'done'
}
