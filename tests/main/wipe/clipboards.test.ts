// @vitest-environment node
import { describe, expect, it } from 'vitest'

import { clearAllClipboards, clipboardsAreEmpty } from '../../../electron/main/wipe/clipboards'
import { FakeClipboard } from '../fakes/fake-electron'

describe('both clipboards (what the wipe and quitting clear)', () => {
  it('clears the system clipboard and the Linux selection clipboard', async () => {
    const clipboard = new FakeClipboard()
    await clipboard.writeText('copied')
    await clipboard.selection?.writeText('highlighted')
    expect(await clipboardsAreEmpty(clipboard)).toBe(false)
    clearAllClipboards(clipboard)
    expect(await clipboardsAreEmpty(clipboard)).toBe(true)
    expect(clipboard.journal).toEqual(['clipboard.clear', 'selection.clear'])
  })

  it('a leftover in the selection alone is not empty', async () => {
    const clipboard = new FakeClipboard()
    await clipboard.selection?.writeText('highlighted')
    expect(await clipboardsAreEmpty(clipboard)).toBe(false)
  })

  it('works where there is no selection clipboard (Windows, macOS)', async () => {
    const clipboard = new FakeClipboard([], 'selection') // a clipboard without `.selection`
    await clipboard.writeText('copied')
    clearAllClipboards(clipboard)
    expect(await clipboardsAreEmpty(clipboard)).toBe(true)
  })
})
