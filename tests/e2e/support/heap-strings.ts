import type { Page } from 'playwright-core'

/**
 * Every string the page's JavaScript heap still holds after a full garbage collection, read from
 * a V8 heap snapshot over CDP. A patient's typed value that survives the wipe anywhere in JS
 * memory (a form library's store, a detached input kept alive by a framework, a closure) shows
 * up here even though no screen, storage or call log shows it.
 */
export async function liveHeapStrings(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page)
  try {
    // Two collections: the first may only schedule finalisers that free more on the second.
    await cdp.send('HeapProfiler.collectGarbage')
    await cdp.send('HeapProfiler.collectGarbage')
    const chunks: string[] = []
    cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk))
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false })
    const snapshot = JSON.parse(chunks.join('')) as HeapSnapshot
    const fields = snapshot.snapshot.meta.node_fields
    const kinds = snapshot.snapshot.meta.node_types[0]
    const typeAt = fields.indexOf('type')
    const nameAt = fields.indexOf('name')
    const found: string[] = []
    for (let node = 0; node < snapshot.nodes.length; node += fields.length) {
      const kind = kinds[snapshot.nodes[node + typeAt] ?? -1]
      if (kind === undefined || !kind.includes('string')) continue
      found.push(snapshot.strings[snapshot.nodes[node + nameAt] ?? -1] ?? '')
    }
    return found
  } finally {
    await cdp.detach()
  }
}

interface HeapSnapshot {
  readonly snapshot: { readonly meta: { node_fields: string[]; node_types: [string[]] } }
  readonly nodes: number[]
  readonly strings: string[]
}
