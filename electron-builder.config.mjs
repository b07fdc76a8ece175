// @ts-check
// Packaging for Linux (AppImage + deb) and Windows (NSIS): `npm run dist`.
// electron-builder downloads Electron for each target, which the project's development and CI
// machines cannot do; the configuration is unit-tested instead (tests/packaging).

/**
 * Electron fuses are flipped in the packaged binary itself, so they hold even if someone edits
 * the app's files or environment on the kiosk.
 * @type {import('electron-builder').Configuration['electronFuses']}
 */
export const fuses = {
  runAsNode: false, // ELECTRON_RUN_AS_NODE cannot turn the kiosk into a Node.js shell
  enableNodeOptionsEnvironmentVariable: false, // NODE_OPTIONS cannot inject code
  enableNodeCliInspectArguments: false, // --inspect cannot attach a debugger
  // A modified app.asar refuses to load — enforced by Electron on macOS and Windows only; the
  // Linux packages rely on a root-owned, read-only install (README, "Deploying").
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true, // no loose app folder can replace app.asar
  enableCookieEncryption: true, // cookies on disk are encrypted with the OS key store
  grantFileProtocolExtraPrivileges: false, // file:// gets no special powers (we use app://)
  loadBrowserProcessSpecificV8Snapshot: false,
}

/** @type {import('electron-builder').Configuration} */
const config = {
  appId: 'org.portalkiosk.kiosk',
  productName: 'Portal Kiosk',
  directories: { output: 'dist', buildResources: 'build' },
  // Only the build output ships: no sources, tests, configs or maps.
  files: ['out/**', '!out/**/*.map', 'package.json'],
  asar: true,
  electronFuses: fuses,
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Utility',
    maintainer: 'Clinic IT <it@example.org>',
  },
  deb: { priority: 'optional' },
  win: { target: ['nsis'] },
  nsis: {
    oneClick: false,
    perMachine: true,
    allowToChangeInstallationDirectory: false,
    createDesktopShortcut: false,
  },
  publish: null, // no auto-update channel: clinics roll out versions through their own IT
}

export default config
