// @vitest-environment node
import type { WebContents } from 'electron'
import { describe, expect, it, vi } from 'vitest'

import { watchInputActivity } from '../../../electron/main/portal/input-activity'
import { asElectron, FakeWebContents } from '../fakes/fake-electron'

function watched() {
  const contents = new FakeWebContents()
  let now = 0
  const onActivity = vi.fn()
  watchInputActivity(asElectron<WebContents>(contents), onActivity, () => now, 1000)
  return { contents, onActivity, advance: (ms: number) => (now += ms) }
}

describe('activity from the portal page', () => {
  it('comes from every input type, not only keys', () => {
    const { contents, onActivity, advance } = watched()
    for (const type of ['touchStart', 'gestureTap', 'mouseWheel', 'mouseDown', 'keyDown']) {
      contents.simulateInput({ type })
      advance(1000)
    }
    expect(onActivity).toHaveBeenCalledTimes(5)
  })

  it('is throttled: a burst of scroll events is one report', () => {
    const { contents, onActivity, advance } = watched()
    for (let i = 0; i < 60; i += 1) {
      contents.simulateInput({ type: 'gestureScrollUpdate' })
      advance(10)
    }
    expect(onActivity).toHaveBeenCalledTimes(1)
    advance(1000)
    contents.simulateInput({ type: 'gestureScrollUpdate' })
    expect(onActivity).toHaveBeenCalledTimes(2)
  })

  it('ignores the pointer entering or leaving when a view is shown or hidden', () => {
    const { contents, onActivity } = watched()
    contents.simulateInput({ type: 'mouseEnter' })
    contents.simulateInput({ type: 'mouseLeave' })
    expect(onActivity).not.toHaveBeenCalled()
  })

  it('the fake follows Electron: a tap never reaches before-input-event', () => {
    const contents = new FakeWebContents()
    const keyboardOnly = vi.fn()
    contents.on('before-input-event', keyboardOnly)
    contents.simulateInput({ type: 'touchStart' })
    contents.simulateInput({ type: 'keyDown', key: 'a' })
    expect(keyboardOnly).toHaveBeenCalledTimes(1)
  })
})
