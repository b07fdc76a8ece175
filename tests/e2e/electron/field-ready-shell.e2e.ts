import type { ElectronApplication, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { electronSkipReason, launchKiosk, until, type RunningKiosk } from './electron-harness'
import { startShellPortal, type ShellPortal } from './stand-in-shell-portal'

/**
 * Issue 10 in the real Electron 45, with the stand-in portal: activity from taps and scrolls
 * (item 1), sub-frames on their own list (4), no OS dialogs (5), a window that cannot be closed
 * from outside (6), and the restart after N sessions (2). Where the binary cannot run (these CI
 * machines) every case is SKIPPED with the printed reason — never passed.
 */
const skipReason = electronSkipReason()
if (skipReason !== null) {
  console.warn(`[electron e2e] SKIPPED field-ready-shell: ${skipReason}. This is not a pass.`)
}

type Running = RunningKiosk<ShellPortal>

/** Launches the built kiosk on a config file pointing at the stand-in shell portal. */
const launch = (
  changes: { restartAfterSessions?: number } = {},
  env: Record<string, string> = {},
): Promise<Running> =>
  launchKiosk({
    name: 'shell',
    startPortal: startShellPortal,
    env,
    configure: (config, portal) => ({
      ...config,
      timing: { ...config.timing, idleSeconds: 30, warningSeconds: 20 },
      restartAfterSessions: changes.restartAfterSessions ?? 100,
      portals: config.portals.map((profile) => ({
        ...profile,
        allowedFrameOrigins: [portal.frameOrigin],
      })),
    }),
  })

/** A patient starts and the official page is shown over the whole window. */
async function openPortal(running: Running): Promise<void> {
  const { ui, portal } = running
  const loadsBefore = portal.events.filter((name) => name.startsWith('print-')).length
  await ui.getByRole('button', { name: 'Touch to begin' }).click()
  const opened = await ui.evaluate(async () => {
    const result = await window.kiosk?.openPortal({ portalId: 'mayo-clinic', entry: 'sign-up' })
    await window.kiosk?.setPortalBounds({
      visible: true,
      bounds: { x: 0, y: 0, width: 800, height: 600 },
    })
    return result
  })
  expect(opened).toMatchObject({ ok: true })
  await until(
    () => portal.events.filter((name) => name.startsWith('print-')).length > loadsBefore,
    'the page to load',
  )
}

/** A real mouse click on an element of the portal page, sent to its webContents. */
async function clickInPortal(app: ElectronApplication, selector: string): Promise<void> {
  const clicked = await app.evaluate(async ({ webContents }, target) => {
    const page = webContents.getAllWebContents().find((wc) => wc.getURL().endsWith('/portal'))
    if (page === undefined) return false
    page.focus()
    const [x, y] = (await page.executeJavaScript(
      `(() => { const r = document.querySelector(${JSON.stringify(target)}).getBoundingClientRect();
        return [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)]; })()`,
    )) as [number, number]
    page.sendInputEvent({ type: 'mouseDown', x, y, button: 'left', clickCount: 1 })
    page.sendInputEvent({ type: 'mouseUp', x, y, button: 'left', clickCount: 1 })
    return true
  }, selector)
  expect(clicked).toBe(true)
}

const phase = (ui: Page) =>
  ui.evaluate(async () => {
    const state = await window.kiosk?.getSessionState({})
    return state?.ok === true ? state.value.phase : null
  })

describe('real Electron: the field-ready shell', () => {
  it.skipIf(skipReason !== null)(
    'item 1: taps and scrolls in the portal keep the session alive (no keys at all)',
    async () => {
      const running = await launch()
      try {
        await openPortal(running)
        // 45 s of pointer-only use: longer than the 30 s idle time.
        for (let second = 0; second < 45; second += 3) {
          await running.app.evaluate(({ webContents }) => {
            const page = webContents
              .getAllWebContents()
              .find((wc) => wc.getURL().endsWith('/portal'))
            page?.sendInputEvent({ type: 'mouseWheel', x: 300, y: 300, deltaY: -40 })
            page?.sendInputEvent({ type: 'mouseDown', x: 400, y: 50, button: 'left' })
            page?.sendInputEvent({ type: 'mouseUp', x: 400, y: 50, button: 'left' })
          })
          await new Promise((resolve) => setTimeout(resolve, 3000))
        }
        expect(await phase(running.ui)).toBe('active')
      } finally {
        await running.cleanUp()
      }
    },
    120_000,
  )

  it.skipIf(skipReason !== null)(
    'item 4: a frame from allowedFrameOrigins loads, any other is blocked and logged by origin',
    async () => {
      const running = await launch()
      try {
        await openPortal(running)
        const blockedOrigin = running.portal.frameOrigin.replace('127.0.0.1', 'localhost')
        await until(
          () =>
            running
              .audit()
              .some(
                (line) =>
                  line.event === 'navigation-blocked' &&
                  line['kind'] === 'subframe' &&
                  line['origin'] === blockedOrigin,
              ),
          'the blocked frame to be logged',
        )
        expect(running.portal.frameHosts.some((host) => host.startsWith('127.0.0.1'))).toBe(true)
        expect(running.portal.frameHosts.some((host) => host.startsWith('localhost'))).toBe(false)
      } finally {
        await running.cleanUp()
      }
    },
    120_000,
  )

  it.skipIf(skipReason !== null)(
    'item 5: no file chooser, no print dialog, no HTTP-auth prompt',
    async () => {
      const running = await launch()
      try {
        await openPortal(running)
        expect(running.portal.events).toContain('print-overridden')
        await until(() => running.portal.events.includes('auth-401'), 'the auth request to fail')
        await clickInPortal(running.app, '#upload')
        await until(
          () =>
            running
              .audit()
              .some((line) => line.event === 'dialog-refused' && line['kind'] === 'file-chooser'),
          'the file chooser to be refused',
        )
        expect(running.portal.events).not.toContain('file-change')
        await clickInPortal(running.app, '#print')
        // A native print dialog is modal: print() would not return while it is open.
        await until(() => running.portal.events.includes('print-returned'), 'print() to return')
        expect(
          running
            .audit()
            .some((line) => line.event === 'dialog-refused' && line['kind'] === 'http-auth'),
        ).toBe(true)
      } finally {
        await running.cleanUp()
      }
    },
    120_000,
  )

  it.skipIf(skipReason !== null)(
    'item 5: the File System Access pickers never open (AbortError, even with a user gesture)',
    async () => {
      const running = await launch()
      try {
        await openPortal(running)
        // userGesture: true, so Chromium's "must be handling a user gesture" check cannot be
        // what refuses them. A native picker is modal: the call would not settle while open.
        const results = await running.app.evaluate(async ({ webContents }) => {
          const page = webContents.getAllWebContents().find((wc) => wc.getURL().endsWith('/portal'))
          if (page === undefined) return null
          return (await page.executeJavaScript(
            `Promise.all(['showOpenFilePicker', 'showSaveFilePicker', 'showDirectoryPicker'].map(
              (name) => window[name]().then(() => 'opened', (error) => error.name)))`,
            true,
          )) as string[]
        })
        expect(results).toEqual(['AbortError', 'AbortError', 'AbortError'])
      } finally {
        await running.cleanUp()
      }
    },
    120_000,
  )

  it.skipIf(skipReason !== null)(
    'item 6: closing the window from outside is refused and logged',
    async () => {
      const running = await launch()
      try {
        const stillOpen = await running.app.evaluate(async ({ BrowserWindow }) => {
          const window = BrowserWindow.getAllWindows()[0]
          window?.close() // what Alt+F4 from the window manager ends in
          await new Promise((resolve) => setTimeout(resolve, 500))
          return window !== undefined && !window.isDestroyed()
        })
        expect(stillOpen).toBe(true)
        expect(running.audit().some((line) => line.event === 'window-close-refused')).toBe(true)
      } finally {
        await running.cleanUp()
      }
    },
    120_000,
  )

  it.skipIf(skipReason !== null)(
    'item 2: after restartAfterSessions patients the kiosk restarts between patients, logged',
    async () => {
      // Supervised, so the test's kiosk exits instead of leaving a relaunched one behind.
      const running = await launch({ restartAfterSessions: 2 }, { PORTAL_KIOSK_SUPERVISED: '1' })
      const exited = new Promise<void>((resolve) =>
        running.app.process().once('exit', () => resolve()),
      )
      try {
        for (let patient = 0; patient < 2; patient += 1) {
          await openPortal(running)
          const ended = await running.ui.evaluate(() =>
            window.kiosk?.endSession({ reason: 'patient-done' }),
          )
          expect(ended).toMatchObject({ ok: true })
        }
        await exited
        const lines = running.audit()
        expect(lines).toContainEqual(
          expect.objectContaining({
            event: 'app-restart',
            reason: 'session-limit',
            via: 'supervisor',
          }),
        )
        const ends = lines.filter((line) => line.event === 'wipe-finished')
        expect(ends).toHaveLength(2)
        expect(ends.every((line) => line['result'] === 'verified')).toBe(true)
      } finally {
        await running.cleanUp()
      }
    },
    180_000,
  )
})
