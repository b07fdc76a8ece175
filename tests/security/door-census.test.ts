// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

/**
 * The door census: every way Electron 45's sources show a page (the official portal, or a frame
 * it may show) reaching native UI on the kiosk, the control that closes it, and the tests that
 * prove it. The table in docs/security.md ("Door census") is this list in prose; this file fails
 * if a door is missing there, or a control's code or a test it names disappears.
 */
interface Door {
  /** As written in the first column of the docs table. */
  readonly door: string
  readonly code: readonly { readonly file: string; readonly marker: string }[]
  readonly tests: readonly { readonly file: string; readonly title: string }[]
}

const T = {
  headers: 'tests/main/portal/portal-response-headers.test.ts',
  notices: 'tests/main/portal/portal-notices.test.ts',
  pageWorld: 'tests/main/portal/page-world-doors.test.ts',
  dialogs: 'tests/main/portal/no-os-dialogs.test.ts',
  chromium: 'tests/e2e/portal-headers-chromium.e2e.ts',
  electron: 'tests/e2e/electron/native-doors.e2e.ts',
  shellE2e: 'tests/e2e/electron/field-ready-shell.e2e.ts',
  prefs: 'tests/main/portal/portal-web-preferences.test.ts',
  view: 'tests/main/portal/portal-view.test.ts',
  guard: 'tests/main/web-contents-guard.test.ts',
  permissions: 'tests/main/permissions.test.ts',
  window: 'tests/main/kiosk-window.test.ts',
  menu: 'tests/main/application-menu.test.ts',
  shortcuts: 'tests/main/kiosk-shortcuts.test.ts',
  close: 'tests/main/window-close-guard.test.ts',
} as const
const C = {
  headers: 'electron/main/portal/portal-response-headers.ts',
  pageWorld: 'electron/main/portal/page-world-doors.ts',
  dialogs: 'electron/main/portal/no-os-dialogs.ts',
  session: 'electron/main/portal/portal-session-guard.ts',
  prefs: 'electron/main/portal/portal-web-preferences.ts',
  locked: 'electron/main/locked-web-preferences.ts',
} as const

const doors: readonly Door[] = [
  {
    door: 'File chooser (`<input type=file>`, `showPicker`)',
    code: [{ file: C.dialogs, marker: 'Page.setInterceptFileChooserDialog' }],
    tests: [
      {
        file: T.dialogs,
        title: 'intercepts file choosers and overrides print through the page’s debugger',
      },
      { file: T.shellE2e, title: 'item 5: no file chooser, no print dialog, no HTTP-auth prompt' },
    ],
  },
  {
    door: 'File System Access pickers',
    code: [
      { file: C.prefs, marker: 'FileSystemAccessLocal' },
      {
        file: C.dialogs,
        marker: "'showOpenFilePicker', 'showSaveFilePicker', 'showDirectoryPicker'",
      },
    ],
    tests: [
      {
        file: T.prefs,
        title: 'switches off EyeDropper, local File System Access and Document Picture-in-Picture',
      },
      {
        file: T.dialogs,
        title: 'the override makes each File System Access picker reject with AbortError',
      },
    ],
  },
  {
    door: 'Print: `window.print()`',
    code: [
      { file: C.headers, marker: 'export const PORTAL_DOCUMENT_SANDBOX' },
      { file: C.dialogs, marker: "lock('print', function print() {});" },
    ],
    tests: [
      {
        file: T.headers,
        title: 'sandboxes every document without allow-modals (no print) but keeps its origin',
      },
      {
        file: T.chromium,
        title: 'print is refused on every script path (window.print, execCommand, a fresh frame)',
      },
      {
        file: T.dialogs,
        title: 'the print override makes window.print do nothing and cannot be undone',
      },
    ],
  },
  {
    door: "Print: `document.execCommand('print')`",
    code: [
      { file: C.headers, marker: 'export const PORTAL_DOCUMENT_SANDBOX' },
      { file: C.pageWorld, marker: "String(command).toLowerCase() === 'print'" },
    ],
    tests: [
      {
        file: T.pageWorld,
        title:
          'execCommand("print") returns false and never reaches Blink’s print; other commands do',
      },
      {
        file: T.chromium,
        title: 'print is refused on every script path (window.print, execCommand, a fresh frame)',
      },
      { file: T.electron, title: 'execCommand("print") returns at once without printing' },
    ],
  },
  {
    door: 'Print: a fresh `about:blank` frame',
    code: [{ file: C.headers, marker: 'export const PORTAL_DOCUMENT_SANDBOX' }],
    tests: [
      {
        file: T.chromium,
        title: 'print is refused on every script path (window.print, execCommand, a fresh frame)',
      },
    ],
  },
  {
    door: 'Print: Ctrl+P',
    code: [{ file: 'electron/main/kiosk-shortcuts.ts', marker: 'swallowKioskShortcuts' }],
    tests: [
      {
        file: T.shortcuts,
        title: 'swallows a blocked shortcut before the page sees it and pins zoom',
      },
    ],
  },
  {
    door: 'PDF viewer (its Print, Save and Save As)',
    code: [
      { file: C.headers, marker: "set(headers, 'Content-Disposition', 'attachment')" },
      { file: C.headers, marker: "'X-Content-Type-Options', 'nosniff'" },
      {
        file: 'electron/main/portal/pdf-viewer-watch.ts',
        marker: 'export function watchForPdfViewer',
      },
    ],
    tests: [
      {
        file: T.headers,
        title: 'turns every PDF into a download, whatever asked for it and however it is spelled',
      },
      {
        file: T.chromium,
        title: 'a PDF becomes a download; the viewer never starts (and does without the rewrite)',
      },
      {
        file: T.chromium,
        title: 'a PDF the page makes itself (blob:) shows no viewer in a frame (and does without)',
      },
      {
        file: T.notices,
        title: 'takes the page off screen if the PDF viewer ever starts in it anyway',
      },
      {
        file: T.electron,
        title:
          'a PDF (link or embed) never opens the viewer: a refused download and the patient is told',
      },
    ],
  },
  {
    door: 'Downloads (the Save As dialog)',
    code: [{ file: C.session, marker: "session.on('will-download'" }],
    tests: [
      {
        file: T.view,
        title: 'denies every permission request, check and device, and cancels downloads',
      },
      {
        file: T.notices,
        title:
          'a document (every PDF arrives as a download) is refused and opens on their own device',
      },
    ],
  },
  {
    door: 'Passkeys (Windows Security / Windows Hello)',
    code: [
      { file: C.headers, marker: "'publickey-credentials-create'" },
      { file: C.pageWorld, marker: "lock(Credentials.prototype, 'create'" },
    ],
    tests: [
      {
        file: T.headers,
        title:
          'refuses passkeys, federated and digital credentials and Picture-in-Picture to documents',
      },
      {
        file: T.pageWorld,
        title: 'create() and get() with publicKey reject with NotAllowedError and tell main',
      },
      { file: T.chromium, title: 'a passkey create() fails at once with NotAllowedError' },
      {
        file: T.notices,
        title: 'a passkey the page asked for (reported by the page-world script) gets its note',
      },
      {
        file: T.electron,
        title: 'a passkey create() is refused at once (no Windows Security dialog) with the note',
      },
    ],
  },
  {
    door: 'Federated sign-in (FedCM) and Digital Credentials',
    code: [
      { file: C.headers, marker: "'identity-credentials-get'" },
      { file: C.headers, marker: "'digital-credentials-get'" },
    ],
    tests: [
      {
        file: T.headers,
        title:
          'refuses passkeys, federated and digital credentials and Picture-in-Picture to documents',
      },
    ],
  },
  {
    door: 'Windows touch keyboard',
    code: [
      { file: C.pageWorld, marker: "element.setAttribute('virtualkeyboardpolicy', 'manual')" },
    ],
    tests: [
      {
        file: T.pageWorld,
        title: 'every field, present or added later, asks Chromium for no OS keyboard',
      },
      {
        file: T.pageWorld,
        title: 'puts it back when the page changes it, and reaches into open shadow roots',
      },
      { file: T.pageWorld, title: 'navigator.virtualKeyboard.show() does nothing' },
      {
        file: T.electron,
        title: 'Windows: a field tapped by touch tells Chromium to ask for no OS touch keyboard',
      },
    ],
  },
  {
    door: 'Application menu accelerators (DevTools, reload)',
    code: [
      { file: 'electron/main/application-menu.ts', marker: 'menu.setApplicationMenu(null)' },
      { file: 'electron/main/kiosk-window.ts', marker: 'window.removeMenu()' },
    ],
    tests: [
      {
        file: T.menu,
        title: 'is removed before Electron can install its default one (DevTools accelerators)',
      },
      {
        file: T.menu,
        title: 'is removed in the composition root before `ready` and before any window',
      },
      { file: T.window, title: 'removes the menu and shows itself only on ready-to-show' },
    ],
  },
  {
    door: 'DevTools',
    code: [{ file: C.locked, marker: 'devTools: false' }],
    tests: [{ file: T.prefs, title: 'has no preload, and every field of the security checklist' }],
  },
  {
    door: 'EyeDropper (screen-wide overlay)',
    code: [
      { file: C.prefs, marker: 'EyeDropperAPI' },
      { file: C.pageWorld, marker: "lock(window, 'EyeDropper', undefined)" },
    ],
    tests: [
      {
        file: T.prefs,
        title: 'switches off EyeDropper, local File System Access and Document Picture-in-Picture',
      },
      { file: T.pageWorld, title: 'EyeDropper and Document Picture-in-Picture are absent' },
      { file: T.electron, title: 'no EyeDropper, and Picture-in-Picture is refused' },
    ],
  },
  {
    door: 'Picture-in-Picture (video and document)',
    code: [
      { file: C.headers, marker: "'picture-in-picture'" },
      { file: C.prefs, marker: 'DocumentPictureInPictureAPI' },
      { file: C.pageWorld, marker: 'element.disablePictureInPicture = true' },
    ],
    tests: [
      {
        file: T.pageWorld,
        title: 'video Picture-in-Picture rejects, is reported off, and each video disables it',
      },
      {
        file: T.chromium,
        title: 'Picture-in-Picture is off in the page (and on without the rewrite)',
      },
      { file: T.electron, title: 'no EyeDropper, and Picture-in-Picture is refused' },
    ],
  },
  {
    door: 'HTML full screen over the kiosk',
    code: [{ file: C.headers, marker: "'fullscreen'" }],
    tests: [
      {
        file: T.headers,
        title:
          'refuses passkeys, federated and digital credentials and Picture-in-Picture to documents',
      },
    ],
  },
  {
    door: 'Dragging content out of the page',
    code: [{ file: C.pageWorld, marker: "window.addEventListener('dragstart'" }],
    tests: [{ file: T.pageWorld, title: 'a drag out of the page never starts' }],
  },
  {
    door: 'Dropping a file onto the page',
    code: [{ file: C.locked, marker: 'navigateOnDragDrop: false' }],
    tests: [{ file: T.prefs, title: 'has no preload, and every field of the security checklist' }],
  },
  {
    door: 'Spellchecker suggestions',
    code: [{ file: C.locked, marker: 'spellcheck: false' }],
    tests: [
      {
        file: T.prefs,
        title: 'keeps spellcheck off in the portal and in our UI (Electron turns it on when unset)',
      },
    ],
  },
  {
    door: 'JavaScript `alert` / `confirm` / `prompt`',
    code: [{ file: C.prefs, marker: 'disableDialogs: true' }],
    tests: [{ file: T.prefs, title: 'never lets the page open a native alert/confirm/prompt box' }],
  },
  {
    door: 'HTTP authentication prompt',
    code: [{ file: C.dialogs, marker: 'export function refuseHttpAuth' }],
    tests: [
      {
        file: T.dialogs,
        title: 'is refused app-wide: no prompt, the request cancelled, logged by origin',
      },
    ],
  },
  {
    door: 'Permission prompts and device choosers (camera, location, USB, HID, serial, Bluetooth, screen capture)',
    code: [
      { file: 'electron/main/permissions.ts', marker: 'export function denyAllPermissions' },
      { file: C.headers, marker: "'display-capture'" },
    ],
    tests: [
      { file: T.permissions, title: 'denies HID, serial and USB devices' },
      { file: T.permissions, title: 'denies screen capture' },
    ],
  },
  {
    door: 'External protocols (`mailto:`, `tel:`, `ms-settings:`)',
    code: [
      { file: 'shared/navigation-policy.ts', marker: "parsed.protocol !== 'https:'" },
      { file: C.headers, marker: 'allow-top-navigation-by-user-activation' },
    ],
    tests: [
      {
        file: T.headers,
        title: 'sandboxes every document without allow-modals (no print) but keeps its origin',
      },
      { file: T.guard, title: 'lets a webContents nobody claimed navigate nowhere' },
    ],
  },
  {
    door: 'New windows and `<webview>`',
    code: [{ file: 'electron/main/web-contents-guard.ts', marker: "return { action: 'deny' }" }],
    tests: [
      { file: T.guard, title: 'denies window.open and target=_blank' },
      { file: T.guard, title: 'denies <webview> attachment' },
    ],
  },
  {
    door: 'Closing the kiosk window from outside (Alt+F4)',
    code: [
      { file: 'electron/main/window-close-guard.ts', marker: 'export function guardWindowClose' },
    ],
    tests: [
      { file: T.close, title: 'refuses a close from the window manager (Alt+F4) and logs it' },
    ],
  },
]

const root = join(import.meta.dirname, '../..')
const read = (file: string) => readFileSync(join(root, file), 'utf8')

describe('the door census', () => {
  it.each(doors.map((door) => [door.door, door] as const))(
    '%s: its control is in the code',
    (_name, door) => {
      for (const ref of door.code) {
        expect(existsSync(join(root, ref.file)), ref.file).toBe(true)
        expect(read(ref.file), `${ref.file} should contain ${ref.marker}`).toContain(ref.marker)
      }
    },
  )

  it.each(doors.map((door) => [door.door, door] as const))('%s: its tests exist', (_name, door) => {
    expect(door.tests.length).toBeGreaterThan(0)
    for (const ref of door.tests) {
      expect(read(ref.file), `${ref.file} should have the test “${ref.title}”`).toContain(ref.title)
    }
  })

  it('is the table in docs/security.md, door by door', () => {
    const docs = read('docs/security.md')
    const section = docs.slice(docs.indexOf('## Door census'))
    expect(section.startsWith('## Door census')).toBe(true)
    // First cells of the table's rows (Prettier pads the columns).
    const rows = section
      .split('\n')
      .filter((line) => line.startsWith('|'))
      .map((line) => line.split('|')[1]?.trim())
    expect(rows.slice(2)).toEqual(doors.map(({ door }) => door))
  })
})
