// The entry index.html loads: only the stylesheet and a tiny module. index.html already holds
// the attract screen (prerendered at build time), so Chromium can draw it as soon as the CSS is
// in; the app's code (React, the bridge, the strings) is fetched and run after that first
// frame, then hydrates the screen (boot.tsx). Fetching and compiling it earlier (modulepreload)
// measurably delayed the first frame (docs/performance.md).
import './styles/kiosk.css'

let started = false
function start(): void {
  if (started) return
  started = true
  void import('./boot').then((module) => module.boot())
  // The preview's in-page bridge is boot's first await: fetch it alongside boot, not after.
  if (import.meta.env.MODE === 'preview') void import('./bridge/preview/install-preview-bridge')
}
// After the first frame; the timeout covers a page that produces no frames (hidden window).
requestAnimationFrame(() => setTimeout(start, 0))
setTimeout(start, 500)
