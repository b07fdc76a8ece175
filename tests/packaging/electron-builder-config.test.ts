// @vitest-environment node
import { describe, expect, it } from 'vitest'

import config, { fuses } from '../../electron-builder.config.mjs'

describe('packaging', () => {
  it('flips every fuse the security baseline asks for', () => {
    expect(config.electronFuses).toBe(fuses)
    expect(fuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
      loadBrowserProcessSpecificV8Snapshot: false,
    })
  })

  it('packs into an ASAR archive (required by the integrity fuses)', () => {
    expect(config.asar).toBe(true)
  })

  it('ships only the build output, without source maps', () => {
    expect(config.files).toEqual(['out/**', '!out/**/*.map', 'package.json'])
  })

  it('builds AppImage + deb for Linux and NSIS for Windows, with no auto-update channel', () => {
    expect(config.linux?.target).toEqual(['AppImage', 'deb'])
    expect(config.win?.target).toEqual(['nsis'])
    expect(config.publish).toBeNull()
  })
})
