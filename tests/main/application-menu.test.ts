// @vitest-environment node
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

import type { Menu } from 'electron'
import { describe, expect, it } from 'vitest'

import { removeApplicationMenu } from '../../electron/main/application-menu'
import { asElectron, FakeMenu } from './fakes/fake-electron'

describe('the application menu', () => {
  it('is removed before Electron can install its default one (DevTools accelerators)', () => {
    const menu = new FakeMenu()
    removeApplicationMenu(asElectron<Pick<typeof Menu, 'setApplicationMenu'>>(menu))
    menu.finishLaunching()
    expect(menu.getApplicationMenu()).toBeNull()
  })

  it('left alone, Electron would install its default menu (what the fake models)', () => {
    const menu = new FakeMenu()
    menu.finishLaunching()
    expect(menu.getApplicationMenu()).toBe('default')
  })

  it('is removed in the composition root before `ready` and before any window', () => {
    const index = readFileSync(resolve(import.meta.dirname, '../../electron/main/index.ts'), 'utf8')
    const removed = index.indexOf('removeApplicationMenu(Menu)')
    expect(removed).toBeGreaterThan(0)
    expect(removed).toBeLessThan(index.indexOf('app.whenReady()'))
    expect(removed).toBeLessThan(index.indexOf('createKioskWindow('))
  })
})
