// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

/**
 * Electron's security checklist (electronjs.org/docs/latest/tutorial/security), item by item:
 * where the code satisfies it and which tests prove it. This file fails if a referenced file,
 * the code marker in it, or a referenced test disappears — so the matrix cannot silently rot.
 */
interface CodeRef {
  readonly file: string
  /** Text that must appear in the file (the function or setting that does the work). */
  readonly marker: string
}
interface TestRef {
  readonly file: string
  /** The test's (or suite's) title exactly as written in the file. */
  readonly title: string
}
interface ChecklistItem {
  readonly recommendation: string
  readonly code: readonly CodeRef[]
  readonly tests: readonly TestRef[]
  /** How the kiosk meets it, when it is met by never using the feature at all. */
  readonly note?: string
}

const T = {
  window: 'tests/main/kiosk-window.test.ts',
  portalPrefs: 'tests/main/portal/portal-web-preferences.test.ts',
  portalView: 'tests/main/portal/portal-view.test.ts',
  guard: 'tests/main/web-contents-guard.test.ts',
  permissions: 'tests/main/permissions.test.ts',
  protocol: 'tests/main/app-protocol.test.ts',
  router: 'tests/main/ipc/ipc-router.test.ts',
  preload: 'tests/main/preload.test.ts',
  policy: 'tests/shared/navigation-policy.test.ts',
  config: 'tests/shared/config/config-schema.test.ts',
  scan: 'tests/security/source-scan.test.ts',
  packaging: 'tests/packaging/electron-builder-config.test.ts',
  welcomeE2e: 'tests/e2e/welcome.e2e.ts',
} as const

const checklist: readonly ChecklistItem[] = [
  {
    recommendation: '1. Only load secure content',
    code: [
      { file: 'shared/navigation-policy.ts', marker: 'export function isAllowedUrl' },
      { file: 'shared/config/url-rules.ts', marker: "url.protocol === 'https:'" },
      {
        file: 'electron/main/portal/portal-session-guard.ts',
        marker: 'refuseUntrustedCertificates',
      },
    ],
    tests: [
      { file: T.policy, title: 'refuses %s' },
      { file: T.portalView, title: 'never trusts a certificate error' },
      { file: T.config, title: 'parseConfig reports each mistake precisely' },
    ],
  },
  {
    recommendation: '2. Do not enable Node.js integration for remote content',
    code: [
      { file: 'electron/main/locked-web-preferences.ts', marker: 'nodeIntegration: false' },
      { file: 'electron/main/portal/portal-web-preferences.ts', marker: 'lockedWebPreferences()' },
    ],
    tests: [
      { file: T.portalPrefs, title: 'has no preload, and every field of the security checklist' },
      { file: T.window, title: 'has every webPreference of the security checklist' },
    ],
  },
  {
    recommendation: '3. Enable context isolation',
    code: [
      { file: 'electron/main/locked-web-preferences.ts', marker: 'contextIsolation: true' },
      { file: 'electron/main/kiosk-window.ts', marker: 'lockedWebPreferences()' },
    ],
    tests: [
      { file: T.window, title: 'has every webPreference of the security checklist' },
      {
        file: T.preload,
        title: 'exposes only window.kiosk, frozen, with exactly the contract methods',
      },
    ],
  },
  {
    recommendation: '4. Enable process sandboxing',
    code: [
      { file: 'electron/main/index.ts', marker: 'app.enableSandbox()' },
      { file: 'electron/main/locked-web-preferences.ts', marker: 'sandbox: true' },
    ],
    tests: [
      {
        file: T.window,
        title: 'is windowed with devtools only in --dev runs, and keeps the sandbox there too',
      },
      { file: T.scan, title: 'never uses %s' },
    ],
  },
  {
    recommendation: '5. Handle session permission requests from remote content',
    code: [{ file: 'electron/main/permissions.ts', marker: 'export function denyAllPermissions' }],
    tests: [
      { file: T.permissions, title: 'denies a request for %s' },
      {
        file: T.guard,
        title: 'denies every permission request, check and device on the webContents session',
      },
      {
        file: T.portalView,
        title: 'denies every permission request, check and device, and cancels downloads',
      },
    ],
  },
  {
    recommendation: '6. Do not disable webSecurity',
    code: [{ file: 'electron/main/locked-web-preferences.ts', marker: 'webSecurity: true' }],
    tests: [
      { file: T.window, title: 'has every webPreference of the security checklist' },
      { file: T.scan, title: 'never uses %s' },
    ],
  },
  {
    recommendation: '7. Define a Content Security Policy',
    code: [
      { file: 'electron/main/content-security-policy.ts', marker: 'UI_CSP_HEADER' },
      { file: 'renderer/index.html', marker: 'Content-Security-Policy' },
    ],
    tests: [
      { file: T.protocol, title: 'serves the UI with the strict CSP and no caching' },
      { file: T.protocol, title: 'has the same policy in the header and in index.html' },
      { file: T.welcomeE2e, title: 'renders under the strict CSP with no page errors' },
    ],
  },
  {
    recommendation: '8. Do not enable allowRunningInsecureContent',
    code: [
      {
        file: 'electron/main/locked-web-preferences.ts',
        marker: 'allowRunningInsecureContent: false',
      },
    ],
    tests: [
      { file: T.window, title: 'has every webPreference of the security checklist' },
      { file: T.scan, title: 'never uses %s' },
    ],
  },
  {
    recommendation: '9. Do not enable experimental features',
    code: [
      { file: 'electron/main/locked-web-preferences.ts', marker: 'experimentalFeatures: false' },
    ],
    tests: [
      { file: T.window, title: 'has every webPreference of the security checklist' },
      { file: T.scan, title: 'never uses %s' },
    ],
  },
  {
    recommendation: '10. Do not use enableBlinkFeatures',
    note: 'Never used; the source scan keeps it that way.',
    code: [],
    tests: [{ file: T.scan, title: 'never uses %s' }],
  },
  {
    recommendation: '11. <webview>: Do not use allowpopups',
    note: 'No <webview> at all: webviewTag is off and every attachment is denied.',
    code: [
      { file: 'electron/main/locked-web-preferences.ts', marker: 'webviewTag: false' },
      { file: 'electron/main/web-contents-guard.ts', marker: "'will-attach-webview'" },
    ],
    tests: [
      { file: T.guard, title: 'denies <webview> attachment' },
      { file: T.scan, title: 'never uses %s' },
    ],
  },
  {
    recommendation: '12. <webview>: Verify options and params',
    note: 'Stricter than verifying: will-attach-webview is always prevented.',
    code: [{ file: 'electron/main/web-contents-guard.ts', marker: "'will-attach-webview'" }],
    tests: [{ file: T.guard, title: 'denies <webview> attachment' }],
  },
  {
    recommendation: '13. Disable or limit navigation',
    code: [
      { file: 'electron/main/web-contents-guard.ts', marker: "'will-frame-navigate'" },
      { file: 'shared/navigation-policy.ts', marker: 'export function isAllowedUrl' },
    ],
    tests: [
      { file: T.guard, title: 'blocks %s away from our UI and reports it' },
      { file: T.portalView, title: 'blocks a redirect from the portal to a foreign origin' },
      { file: T.guard, title: 'lets a webContents nobody claimed navigate nowhere' },
    ],
  },
  {
    recommendation: '14. Disable or limit creation of new windows',
    code: [{ file: 'electron/main/web-contents-guard.ts', marker: 'setWindowOpenHandler' }],
    tests: [
      { file: T.guard, title: 'denies window.open and target=_blank' },
      { file: T.portalView, title: 'denies new windows; an allowed target loads in the same view' },
    ],
  },
  {
    recommendation: '15. Do not use shell.openExternal with untrusted content',
    note: 'Never used at all; the source scan keeps it that way.',
    code: [],
    tests: [{ file: T.scan, title: 'never uses %s' }],
  },
  {
    recommendation: '16. Use a current version of Electron',
    code: [{ file: 'package.json', marker: '"electron": "45.5.0"' }],
    tests: [{ file: T.scan, title: 'pins a current Electron exactly' }],
  },
  {
    recommendation: '17. Validate the sender of all IPC messages',
    code: [
      { file: 'electron/main/ipc/trusted-sender.ts', marker: 'export function isTrustedSender' },
      { file: 'electron/main/ipc/ipc-router.ts', marker: "ipcFail('forbidden-sender')" },
    ],
    tests: [
      { file: T.router, title: 'rejects %s before parsing or calling the handler' },
      {
        file: T.portalView,
        title: 'refuses IPC from the portal webContents even if it could send some',
      },
    ],
  },
  {
    recommendation: '18. Avoid usage of the file:// protocol and prefer usage of custom protocols',
    code: [{ file: 'electron/main/app-protocol.ts', marker: 'registerSchemesAsPrivileged' }],
    tests: [
      {
        file: T.protocol,
        title: 'is registered as standard and secure (a real origin, not file://)',
      },
      { file: T.scan, title: 'never uses %s' },
    ],
  },
  {
    recommendation: '19. Check which fuses you can change',
    code: [
      { file: 'electron-builder.config.mjs', marker: 'export const fuses' },
      // Truthful packaging notes: the fuse is not a tamper check on Linux.
      { file: 'electron-builder.config.mjs', marker: 'on macOS and Windows only' },
      { file: 'docs/clinic-it.md', marker: 'ASAR integrity is enforced on macOS and Windows only' },
    ],
    tests: [{ file: T.packaging, title: 'flips every fuse the security baseline asks for' }],
    note:
      'The embedded-ASAR-integrity fuse is enforced on macOS and Windows only. On Linux the ' +
      'app.asar is protected by the install itself: the .deb installs under /opt owned by root, ' +
      'the kiosk runs as an unprivileged user who cannot write there, and the AppImage is a ' +
      'read-only squashfs image kept in a root-owned folder.',
  },
  {
    recommendation: '20. Do not expose Electron APIs to untrusted web content',
    code: [
      { file: 'electron/preload/index.ts', marker: "exposeInMainWorld('kiosk'" },
      {
        file: 'electron/main/portal/portal-web-preferences.ts',
        marker: 'export function portalWebPreferences',
      },
    ],
    tests: [
      { file: T.preload, title: 'never exposes ipcRenderer or a generic send/invoke' },
      { file: T.portalPrefs, title: 'has no preload, and every field of the security checklist' },
    ],
  },
]

const root = join(import.meta.dirname, '../..')
const read = (file: string) => readFileSync(join(root, file), 'utf8')

describe("Electron's security checklist", () => {
  it('covers all 20 recommendations, in order', () => {
    expect(checklist.map((item) => Number.parseInt(item.recommendation, 10))).toEqual(
      Array.from({ length: 20 }, (_, index) => index + 1),
    )
  })

  it.each(checklist.map((item) => [item.recommendation, item] as const))(
    '%s: the code and tests it names exist',
    (_name, item) => {
      expect(item.tests.length).toBeGreaterThan(0)
      if (item.code.length === 0) expect(item.note).toBeTruthy()
      for (const { file, marker } of item.code) {
        expect(existsSync(join(root, file)), file).toBe(true)
        expect(read(file), `${file} should contain ${marker}`).toContain(marker)
      }
      for (const { file, title } of item.tests) {
        expect(existsSync(join(root, file)), file).toBe(true)
        expect(read(file), `${file} should have the test "${title}"`).toContain(title)
      }
    },
  )
})
