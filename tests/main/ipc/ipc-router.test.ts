// @vitest-environment node
import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import { describe, expect, it, vi } from 'vitest'

import { createIpcRouter } from '../../../electron/main/ipc/ipc-router'
import { isTrustedSender } from '../../../electron/main/ipc/trusted-sender'
import { createUiOrigin } from '../../../electron/main/ui-origin'
import { IpcRejection } from '../../../shared/ipc/ipc-result'
import { asElectron, FakeIpcMain, fakeInvokeEvent } from '../fakes/fake-electron'
import { createRecordingAuditLog } from '../fakes/recording-audit-log'

const UI_CONTENTS_ID = 7
const uiOrigin = createUiOrigin()

function setup() {
  const ipcMain = new FakeIpcMain()
  const audit = createRecordingAuditLog()
  const router = createIpcRouter({
    ipcMain: asElectron<Pick<IpcMain, 'handle'>>(ipcMain),
    isTrustedSender: (event) => isTrustedSender(event, UI_CONTENTS_ID, uiOrigin),
    audit,
  })
  return { ipcMain, audit, router }
}

const fromUi = fakeInvokeEvent({ contentsId: UI_CONTENTS_ID, url: 'app://kiosk/index.html' })

describe('IPC choke point', () => {
  it('answers a well-formed request from our UI with the handler result', async () => {
    const { ipcMain, router } = setup()
    const handler = vi.fn(() => null)
    router.handle('session:activity', handler)
    await expect(
      ipcMain.invoke('session:activity', fromUi, { source: 'pointer' }),
    ).resolves.toEqual({ ok: true, value: null })
    expect(handler).toHaveBeenCalledWith({ source: 'pointer' })
  })

  it.each([
    [
      'another webContents (the portal view)',
      fakeInvokeEvent({ contentsId: 99, url: 'app://kiosk/index.html' }),
    ],
    [
      'a foreign origin in our webContents',
      fakeInvokeEvent({ contentsId: UI_CONTENTS_ID, url: 'https://evil.example/' }),
    ],
    [
      'a look-alike host',
      fakeInvokeEvent({ contentsId: UI_CONTENTS_ID, url: 'app://kiosk.evil/index.html' }),
    ],
    [
      'a subframe of our UI',
      fakeInvokeEvent({
        contentsId: UI_CONTENTS_ID,
        url: 'app://kiosk/index.html',
        isMainFrame: false,
      }),
    ],
    ['a destroyed frame', fakeInvokeEvent({ contentsId: UI_CONTENTS_ID, frame: null })],
    [
      'a file:// page',
      fakeInvokeEvent({ contentsId: UI_CONTENTS_ID, url: 'file:///tmp/index.html' }),
    ],
  ])('rejects %s before parsing or calling the handler', async (_name, event) => {
    const { ipcMain, audit, router } = setup()
    const handler = vi.fn(() => null)
    router.handle('session:activity', handler)
    await expect(ipcMain.invoke('session:activity', event, { source: 'pointer' })).resolves.toEqual(
      {
        ok: false,
        error: { code: 'forbidden-sender' },
      },
    )
    expect(handler).not.toHaveBeenCalled()
    expect(audit.events).toEqual([
      { event: 'ipc-rejected', fields: { channel: 'session:activity', code: 'forbidden-sender' } },
    ])
  })

  it.each([
    ['a missing payload', undefined],
    ['a wrong type', { source: 42 }],
    ['an unknown enum value', { source: 'telepathy' }],
    ['extra fields', { source: 'pointer', name: 'Jane Doe' }],
    ['a string', 'pointer'],
  ])('rejects %s as invalid-request without logging the payload', async (_name, payload) => {
    const { ipcMain, audit, router } = setup()
    const handler = vi.fn(() => null)
    router.handle('session:activity', handler)
    await expect(ipcMain.invoke('session:activity', fromUi, payload)).resolves.toEqual({
      ok: false,
      error: { code: 'invalid-request' },
    })
    expect(handler).not.toHaveBeenCalled()
    expect(JSON.stringify(audit.events)).not.toContain('Jane Doe')
  })

  it('turns a thrown error into internal-error and logs only its name', async () => {
    const { ipcMain, audit, router } = setup()
    router.handle('kiosk:get-info', () => {
      throw new TypeError('secret detail 123-45-6789')
    })
    await expect(ipcMain.invoke('kiosk:get-info', fromUi, {})).resolves.toEqual({
      ok: false,
      error: { code: 'internal-error' },
    })
    expect(audit.events).toEqual([
      {
        event: 'ipc-handler-failed',
        fields: { channel: 'kiosk:get-info', errorName: 'TypeError' },
      },
    ])
  })

  it('turns an IpcRejection into a coded rejected result', async () => {
    const { ipcMain, router } = setup()
    router.handle('kiosk:get-info', () => {
      throw new IpcRejection('locked-out')
    })
    await expect(ipcMain.invoke('kiosk:get-info', fromUi, {})).resolves.toEqual({
      ok: false,
      error: { code: 'rejected', detail: 'locked-out' },
    })
  })

  it('strips response fields the contract does not declare', async () => {
    const { ipcMain, router } = setup()
    router.handle(
      'kiosk:get-info',
      () => ({ appVersion: '1.0.0', runtime: 'electron', pinHash: 'never-sent' }) as never,
    )
    await expect(ipcMain.invoke('kiosk:get-info', fromUi, {})).resolves.toEqual({
      ok: true,
      value: { appVersion: '1.0.0', runtime: 'electron' },
    })
  })

  it('refuses a response that breaks its schema', async () => {
    const { ipcMain, router } = setup()
    router.handle('kiosk:get-info', () => ({ appVersion: 1 }) as never)
    await expect(ipcMain.invoke('kiosk:get-info', fromUi, {})).resolves.toEqual({
      ok: false,
      error: { code: 'internal-error' },
    })
  })

  it('refuses to register a channel twice', () => {
    const { router } = setup()
    router.handle('kiosk:get-info', () => ({ appVersion: '1', runtime: 'electron' }))
    expect(() =>
      router.handle('kiosk:get-info', () => ({ appVersion: '1', runtime: 'electron' })),
    ).toThrow(/twice/)
  })
})

describe('isTrustedSender in dev mode', () => {
  it('accepts only the dev server origin, not other localhost ports', () => {
    const dev = createUiOrigin('http://localhost:5173/')
    const event = (url: string) =>
      asElectron<IpcMainInvokeEvent>(fakeInvokeEvent({ contentsId: 1, url }))
    expect(isTrustedSender(event('http://localhost:5173/index.html'), 1, dev)).toBe(true)
    expect(isTrustedSender(event('http://localhost:5174/index.html'), 1, dev)).toBe(false)
    expect(isTrustedSender(event('app://kiosk/index.html'), 1, dev)).toBe(false)
  })
})
