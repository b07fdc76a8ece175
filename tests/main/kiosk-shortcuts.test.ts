// @vitest-environment node
import type { WebContents } from 'electron'
import { describe, expect, it } from 'vitest'

import { isBlockedShortcut, swallowKioskShortcuts } from '../../electron/main/kiosk-shortcuts'
import { asElectron, fakeEvent, FakeWebContents } from './fakes/fake-electron'

const key = (
  k: string,
  mods: Partial<{ control: boolean; meta: boolean; alt: boolean; shift: boolean }> = {},
) => ({
  type: 'keyDown' as const,
  key: k,
  control: false,
  meta: false,
  alt: false,
  shift: false,
  ...mods,
})

describe('kiosk shortcuts', () => {
  it.each([
    ['reload', key('r', { control: true })],
    ['hard reload', key('R', { control: true, shift: true })],
    ['F5 reload', key('F5')],
    ['devtools', key('I', { control: true, shift: true })],
    ['devtools F12', key('F12')],
    ['zoom in', key('+', { control: true })],
    ['zoom in (=)', key('=', { control: true })],
    ['zoom out', key('-', { control: true })],
    ['zoom reset', key('0', { control: true })],
    ['print', key('p', { control: true })],
    ['close window', key('w', { control: true })],
    ['quit', key('q', { meta: true })],
    ['Alt+F4', key('F4', { alt: true })],
    ['back', key('ArrowLeft', { alt: true })],
    ['full screen toggle', key('F11')],
    ['view source', key('u', { control: true })],
    ['browser back key', key('BrowserBack')],
  ])('blocks %s', (_name, input) => {
    expect(isBlockedShortcut(input)).toBe(true)
  })

  it.each([
    ['a letter', key('a')],
    ['a capital letter', key('A', { shift: true })],
    ['Backspace', key('Backspace')],
    ['Tab', key('Tab')],
    ['Enter', key('Enter')],
    ['copy', key('c', { control: true })],
    ['paste', key('v', { control: true })],
    ['select all', key('a', { control: true })],
  ])('lets %s through (typing and paste must work)', (_name, input) => {
    expect(isBlockedShortcut(input)).toBe(false)
  })

  it('swallows a blocked shortcut before the page sees it and pins zoom', () => {
    const contents = new FakeWebContents()
    swallowKioskShortcuts(asElectron<WebContents>(contents))
    const reload = fakeEvent()
    contents.emit('before-input-event', reload, key('r', { control: true }))
    expect(reload.defaultPrevented).toBe(true)
    const letter = fakeEvent()
    contents.emit('before-input-event', letter, key('r'))
    expect(letter.defaultPrevented).toBe(false)
    expect(contents.zoomLimits).toEqual([1, 1])
  })

  it('lets the keypad keys (F1 Help, F2 Back, F3 Listen) reach the kiosk screen only', () => {
    const ui = new FakeWebContents()
    swallowKioskShortcuts(asElectron<WebContents>(ui), { keypad: true })
    const portal = new FakeWebContents()
    swallowKioskShortcuts(asElectron<WebContents>(portal))
    for (const name of ['F1', 'F3', 'Help', 'F2']) {
      const onUi = fakeEvent()
      ui.emit('before-input-event', onUi, key(name))
      expect(onUi.defaultPrevented, name).toBe(false)
    }
    const onPortal = fakeEvent()
    portal.emit('before-input-event', onPortal, key('F1'))
    expect(onPortal.defaultPrevented).toBe(true)
    // Only the plain key: with a modifier the usual rules apply.
    const reload = fakeEvent()
    ui.emit('before-input-event', reload, key('F5'))
    expect(reload.defaultPrevented).toBe(true)
    const ctrlF3 = fakeEvent()
    ui.emit('before-input-event', ctrlF3, key('F3', { control: true }))
    expect(ctrlF3.defaultPrevented).toBe(true)
  })

  it('takes Help, Back and Listen from the portal page to the kiosk screen, focused', () => {
    const portal = new FakeWebContents()
    const ui = new FakeWebContents()
    swallowKioskShortcuts(asElectron<WebContents>(portal), {
      keypadTo: asElectron<WebContents>(ui),
    })
    for (const [name, sent] of [
      ['F1', 'F1'],
      ['Help', 'F1'],
      ['F2', 'F2'],
      ['F3', 'F3'],
    ] as const) {
      ui.inputEvents.length = 0
      const press = fakeEvent()
      portal.emit('before-input-event', press, key(name))
      expect(press.defaultPrevented, name).toBe(true)
      expect(ui.inputEvents).toEqual([
        { type: 'keyDown', keyCode: sent },
        { type: 'keyUp', keyCode: sent },
      ])
    }
    expect(ui.hasFocus).toBe(true)
    // The release stays out of the page too, and is not sent twice.
    ui.inputEvents.length = 0
    const release = fakeEvent()
    portal.emit('before-input-event', release, { ...key('F1'), type: 'keyUp' as const })
    expect(release.defaultPrevented).toBe(true)
    expect(ui.inputEvents).toEqual([])
    // Typing and the page's own keys stay with the page.
    for (const name of ['a', 'Tab', 'Enter', 'ArrowDown', 'Escape']) {
      const typed = fakeEvent()
      portal.emit('before-input-event', typed, key(name))
      expect(typed.defaultPrevented, name).toBe(false)
    }
    expect(ui.inputEvents).toEqual([])
  })
})
