// npm run bench:trace — where the first load's time goes. Builds the browser preview, loads it
// in a fresh headless Chromium context with a Chromium trace running, and prints one JSON object:
// the network requests of the critical path, main-thread time by kind of work, and the moments
// that matter (first paint, first contentful paint, the Start button, interactive). Progress on
// stderr. `TRACE_OUT=file.json` also keeps the raw trace (open it in chrome://tracing or the
// DevTools Performance panel). `TRACE_LOADS` (default 3) traces more loads; the last is printed.
import { writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

import { build } from 'vite'

import { launchDebianChromium } from '../debian-chromium.mjs'
import { startPreviewServer } from '../preview-server.mjs'
import { readinessProbe } from './readiness-probe.mjs'
import { summarizeTrace } from './trace-summary.mjs'

const root = resolve(import.meta.dirname, '../..')
const loads = Number(process.env.TRACE_LOADS ?? 3)
const log = (message) => process.stderr.write(`[trace] ${message}\n`)

const categories = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'v8',
  'blink.user_timing',
  'loading',
  'navigation',
]

log('building the preview…')
process.env['NODE_ENV'] = 'production'
await build({ configFile: join(root, 'vite.preview.config.ts'), logLevel: 'error' })
const server = await startPreviewServer({ rootDir: join(root, 'dist-preview') })
const browser = await launchDebianChromium()
try {
  let summary = null
  for (let i = 0; i < loads; i += 1) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    await context.addInitScript(readinessProbe)
    const page = await context.newPage()
    await browser.startTracing(page, { categories })
    await page.goto(server.url)
    await page.waitForFunction(() => window.__interactiveAt, null, { polling: 'raf' })
    // Two more frames so the paint after "ready" is in the trace.
    await page.evaluate(
      () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
    )
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8'))
    const inPage = await page.evaluate(() => ({
      readyAt: window.__readyAt,
      interactiveAt: window.__interactiveAt,
      paints: performance.getEntriesByType('paint').map((e) => [e.name, e.startTime]),
      resources: performance.getEntriesByType('resource').map((e) => ({
        name: e.name.replace(location.origin, ''),
        start: e.startTime,
        end: e.responseEnd,
        bytes: e.encodedBodySize,
      })),
      domContentLoaded: performance.getEntriesByType('navigation')[0]?.domContentLoadedEventEnd,
      load: performance.getEntriesByType('navigation')[0]?.loadEventEnd,
    }))
    summary = { load: i + 1, in_page: inPage, main_thread: summarizeTrace(trace) }
    if (process.env.TRACE_OUT) writeFileSync(process.env.TRACE_OUT, JSON.stringify(trace))
    log(
      `load ${i + 1}: ready ${inPage.readyAt?.toFixed(1)} ms, interactive ${inPage.interactiveAt?.toFixed(1)} ms`,
    )
    await context.close()
  }
  process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`)
} finally {
  await browser.close()
  await server.close()
}
