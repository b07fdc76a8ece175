// What the JS heap holds, by V8's node kind, from a heap snapshot taken over CDP. Lets the bench
// tell the application's own objects (which a leak would grow) from compiled code and
// browser-owned (native) entries, which the engine grows and trims on its own.

/** Kinds that are the page's own data: what a per-patient leak would grow. */
export const APP_KINDS = [
  'object',
  'closure',
  'array',
  'string',
  'concatenated string',
  'sliced string',
  'object shape',
  'regexp',
  'number',
]

/** Bytes per node kind ({ code, native, object, closure, … }) after a forced GC. */
export async function heapBytesByKind(cdp) {
  await cdp.send('HeapProfiler.collectGarbage')
  const chunks = []
  const collect = (event) => chunks.push(event.chunk)
  cdp.on('HeapProfiler.addHeapSnapshotChunk', collect)
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false })
  cdp.off('HeapProfiler.addHeapSnapshotChunk', collect)
  const snapshot = JSON.parse(chunks.join(''))
  const fields = snapshot.snapshot.meta.node_fields
  const kinds = snapshot.snapshot.meta.node_types[0]
  const typeAt = fields.indexOf('type')
  const sizeAt = fields.indexOf('self_size')
  const bytes = {}
  for (let node = 0; node < snapshot.nodes.length; node += fields.length) {
    const kind = kinds[snapshot.nodes[node + typeAt]]
    bytes[kind] = (bytes[kind] ?? 0) + snapshot.nodes[node + sizeAt]
  }
  return bytes
}

/** The application's own bytes in a `heapBytesByKind` result. */
export function appBytes(byKind) {
  return APP_KINDS.reduce((sum, kind) => sum + (byKind[kind] ?? 0), 0)
}
