// Reads a Chromium trace (Trace Event Format) of one page load and says where the renderer's
// main thread spent its time: top-level tasks grouped by the kind of work inside them.

/** Trace event names grouped into the kinds of work a reader of the result cares about. */
const kinds = {
  parse_html: ['ParseHTML'],
  compile_js: ['v8.compile', 'v8.compileModule', 'V8.CompileCode', 'v8.parseOnBackground'],
  run_js: ['EvaluateScript', 'v8.evaluateModule', 'FunctionCall', 'RunMicrotasks', 'TimerFire'],
  style: ['UpdateLayoutTree', 'ParseAuthorStyleSheet'],
  layout: ['Layout'],
  paint: ['Paint', 'PrePaint', 'Layerize', 'Commit'],
}

/**
 * `{ total_ms, by_kind: { kind: ms }, longest_tasks: [...] }` for the main thread of the page's
 * renderer (the thread named CrRendererMain with the most work). Nested events are counted
 * once, in the outermost event of a known kind.
 */
export function summarizeTrace(trace) {
  const events = Array.isArray(trace) ? trace : trace.traceEvents
  const mains = events
    .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
    .map((e) => `${e.pid}:${e.tid}`)
  const complete = events.filter((e) => e.ph === 'X' && mains.includes(`${e.pid}:${e.tid}`))
  const busiest = mains
    .map((id) => ({
      id,
      sum: complete
        .filter((e) => `${e.pid}:${e.tid}` === id && e.name === 'RunTask')
        .reduce((s, e) => s + (e.dur ?? 0), 0),
    }))
    .sort((a, b) => b.sum - a.sum)[0]?.id
  const mine = complete.filter((e) => `${e.pid}:${e.tid}` === busiest)
  const kindOf = (name) => Object.keys(kinds).find((kind) => kinds[kind].includes(name))
  const tasks = mine.filter((e) => e.name === 'RunTask')
  const byKind = {}
  for (const event of mine) {
    const kind = kindOf(event.name)
    if (kind === undefined) continue
    const outer = mine.some(
      (other) =>
        other !== event &&
        kindOf(other.name) !== undefined &&
        other.ts <= event.ts &&
        other.ts + (other.dur ?? 0) >= event.ts + (event.dur ?? 0) &&
        (other.ts < event.ts || (other.dur ?? 0) > (event.dur ?? 0)),
    )
    if (!outer) byKind[kind] = (byKind[kind] ?? 0) + (event.dur ?? 0) / 1000
  }
  const t0 = Math.min(...tasks.map((e) => e.ts))
  const ms = (us) => Math.round(us / 10) / 100
  return {
    total_ms: ms(tasks.reduce((s, e) => s + (e.dur ?? 0), 0)),
    by_kind: Object.fromEntries(
      Object.entries(byKind).map(([k, v]) => [k, Math.round(v * 100) / 100]),
    ),
    longest_tasks: tasks
      .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))
      .slice(0, 5)
      .map((task) => ({
        at_ms: ms(task.ts - t0),
        ms: ms(task.dur ?? 0),
        inside: [
          ...new Set(
            mine
              .filter((e) => e.ts >= task.ts && e.ts < task.ts + (task.dur ?? 0) && kindOf(e.name))
              .filter((e) => (e.dur ?? 0) > 500)
              .map(
                (e) =>
                  `${e.name}${e.args?.data?.url ? ` ${e.args.data.url.split('/').pop()}` : ''}`,
              ),
          ),
        ].slice(0, 6),
      })),
  }
}
