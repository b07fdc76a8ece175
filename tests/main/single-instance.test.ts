// @vitest-environment node
import type { App, BrowserWindow } from 'electron'
import { describe, expect, it } from 'vitest'

import { focusOnSecondInstance } from '../../electron/main/single-instance'
import { asElectron, FakeApp } from './fakes/fake-electron'

/** The window calls docs/api/browser-window.md names: isMinimized(), restore(), focus(). */
function fakeWindow(minimized: boolean) {
  const calls: string[] = []
  return {
    calls,
    window: {
      isMinimized: () => minimized,
      restore: () => void calls.push('restore'),
      focus: () => void calls.push('focus'),
    },
  }
}

describe('a second start of the kiosk', () => {
  it('brings the running kiosk back: restored if minimized, then focused', () => {
    const app = new FakeApp()
    const { calls, window } = fakeWindow(true)
    focusOnSecondInstance(asElectron<App>(app), asElectron<BrowserWindow>(window))
    expect(calls).toEqual([])
    app.emit('second-instance')
    expect(calls).toEqual(['restore', 'focus'])
  })

  it('only focuses a window that is not minimized', () => {
    const app = new FakeApp()
    const { calls, window } = fakeWindow(false)
    focusOnSecondInstance(asElectron<App>(app), asElectron<BrowserWindow>(window))
    app.emit('second-instance')
    expect(calls).toEqual(['focus'])
  })
})
