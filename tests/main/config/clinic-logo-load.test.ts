// @vitest-environment node
import { generateKeyPairSync, sign } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import type { IpcMain } from 'electron'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { readRegularFile as readFile } from '../../../electron/main/config/regular-file'

import { checkConfigFile } from '../../../electron/main/config/check-config-file'
import { createConfigStore } from '../../../electron/main/config/config-store'
import { loadConfig } from '../../../electron/main/config/load-config'
import { registerConfigIpc } from '../../../electron/main/ipc/config-ipc'
import { createIpcRouter } from '../../../electron/main/ipc/ipc-router'
import { publicConfigSchema } from '../../../shared/config/public-config'
import { withChange } from '../../shared/config/config-fixtures'
import { makePng, sha256Hex } from '../../shared/config/logo-fixtures'
import { asElectron, FakeIpcMain } from '../fakes/fake-electron'
import { createRecordingAuditLog } from '../fakes/recording-audit-log'
import { useTempDirs } from './temp-dir'

const tempDir = useTempDirs()
const png = makePng(300, 100)

/** A kiosk's user-data folder holding a configuration that names `logo` (and the image). */
function kiosk(logo: Record<string, unknown>, image: Buffer | null = png, imageName = 'logo.png') {
  const userData = tempDir()
  if (image !== null) writeFileSync(join(userData, imageName), image)
  const configPath = join(userData, 'kiosk.config.json')
  const bytes = Buffer.from(JSON.stringify(withChange('clinicLogo', logo)))
  writeFileSync(configPath, bytes)
  const machine = tempDir()
  const publicKeyPath = join(machine, 'config-signing-key.pem')
  const load = () =>
    loadConfig({ argv: [], env: {}, cwd: '/', userDataPath: userData, readFile, publicKeyPath })
  return { userData, configPath, bytes, publicKeyPath, load }
}

const problemsOf = async (k: ReturnType<typeof kiosk>) => {
  const result = await k.load()
  return result.ok ? [] : result.problems
}

describe('the clinic logo, read by main when the configuration loads', () => {
  it('reads the image beside the configuration (relative path) and sends it as a data: URL', async () => {
    const k = kiosk({ path: 'logo.png', sha256: sha256Hex(png) })
    const result = await k.load()
    expect(result.ok && result.logo).toEqual({
      src: `data:image/png;base64,${png.toString('base64')}`,
      width: 300,
      height: 100,
    })
  })

  it('takes an absolute path and an upper-case hash (Get-FileHash writes one)', async () => {
    const folder = tempDir()
    mkdirSync(join(folder, 'brand'))
    writeFileSync(join(folder, 'brand', 'mark.png'), png)
    const k = kiosk(
      { path: join(folder, 'brand', 'mark.png'), sha256: sha256Hex(png).toUpperCase() },
      null,
    )
    expect((await k.load()).ok).toBe(true)
  })

  it('locks the kiosk when the image is missing — no silent "no logo"', async () => {
    const k = kiosk({ path: 'logo.png', sha256: sha256Hex(png) }, null)
    expect(await problemsOf(k)).toEqual([
      {
        path: 'clinicLogo.path',
        message: `names ${join(k.userData, 'logo.png')}, which does not exist`,
      },
    ])
  })

  it('locks the kiosk when the image is not the one the configuration pins', async () => {
    const other = makePng(300, 100, [200, 0, 0])
    const k = kiosk({ path: 'logo.png', sha256: sha256Hex(png) }, other)
    expect(await problemsOf(k)).toEqual([
      {
        path: 'clinicLogo.sha256',
        message: `does not match ${join(k.userData, 'logo.png')} (its SHA-256 is ${sha256Hex(other)}): the image changed, or the hash is wrong`,
      },
    ])
  })

  it('refuses an SVG renamed .png even with the right hash (magic bytes, not the name)', async () => {
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    )
    const k = kiosk({ path: 'logo.png', sha256: sha256Hex(svg) }, svg)
    expect(await problemsOf(k)).toEqual([
      {
        path: 'clinicLogo.path',
        message: `names ${join(k.userData, 'logo.png')}, which is an SVG: not accepted (it can carry script); export it as PNG`,
      },
    ])
  })

  it('refuses a folder named like an image', async () => {
    const k = kiosk({ path: 'logo.png', sha256: sha256Hex(png) }, null)
    mkdirSync(join(k.userData, 'logo.png'))
    const [problem] = await problemsOf(k)
    expect(problem?.path).toBe('clinicLogo.path')
    expect(problem?.message).toMatch(/which is a folder, not a file$/)
  })

  it('a signed configuration signs its image through the pinned hash', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519')
    const k = kiosk({ path: 'logo.png', sha256: sha256Hex(png) })
    writeFileSync(k.publicKeyPath, publicKey.export({ type: 'spki', format: 'pem' }))
    writeFileSync(`${k.configPath}.sig`, sign(null, k.bytes, privateKey).toString('base64'))
    expect((await k.load()).ok).toBe(true)
    // Whoever can write the image folder but holds no signing key cannot change the logo.
    writeFileSync(join(k.userData, 'logo.png'), makePng(300, 100, [255, 0, 0]))
    expect((await problemsOf(k))[0]?.path).toBe('clinicLogo.sha256')
  })

  it('npm run check-config checks the image as the kiosk does', async () => {
    const checkOptions = {
      readFile,
      publicKeyPath: join(tempDir(), 'config-signing-key.pem'),
      keyGiven: false,
    }
    const good = kiosk({ path: 'logo.png', sha256: sha256Hex(png) })
    expect((await checkConfigFile(good.configPath, checkOptions)).problems).toEqual([])
    const bad = kiosk({ path: 'logo.png', sha256: sha256Hex(png) }, makePng(8, 8))
    const check = await checkConfigFile(bad.configPath, checkOptions)
    expect(check.problems.map((problem) => problem.path)).toEqual(['clinicLogo.sha256'])
  })

  it('reaches the UI through config:get-public, passing the response schema', async () => {
    const k = kiosk({ path: 'logo.png', sha256: sha256Hex(png), alt: { en: 'Gonda', es: 'Gonda' } })
    const audit = createRecordingAuditLog()
    const store = createConfigStore({ audit, load: k.load })
    await store.reload()
    const ipcMain = new FakeIpcMain()
    const router = createIpcRouter({
      ipcMain: asElectron<Pick<IpcMain, 'handle'>>(ipcMain),
      isTrustedSender: () => true,
      audit,
    })
    registerConfigIpc(router, { config: store })
    const answer = (await ipcMain.invoke('config:get-public', {}, {})) as {
      ok: boolean
      value: unknown
    }
    expect(answer.ok).toBe(true)
    const value = publicConfigSchema.parse(answer.value)
    expect(value.clinicLogo).toMatchObject({ width: 300, height: 100, alt: { en: 'Gonda' } })
    expect(JSON.stringify(answer)).not.toContain(k.userData)
  })
})
