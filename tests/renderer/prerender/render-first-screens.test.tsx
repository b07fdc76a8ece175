import { act } from '@testing-library/react'
import { hydrateRoot } from 'react-dom/client'
import { afterEach, describe, expect, it } from 'vitest'

import { defaultConfig } from '../../../shared/config/default-config'
import { toPublicConfig } from '../../../shared/config/public-config'
import { attractScreenKey, FirstCommit } from '../../../renderer/kiosk-state/boot-snapshot'
import { App } from '../../../renderer/app/App'
import { createPreviewBridge } from '../../../renderer/bridge/preview/install-preview-bridge'
import { createKioskI18n } from '../../../renderer/i18n/i18n'
import { resources } from '../../../renderer/i18n/resources'
import { renderFirstScreens } from '../../../renderer/prerender/render-first-screens'

afterEach(() => {
  document.body.innerHTML = ''
})

describe('the prerendered first screens', () => {
  it('is the attract screen with Start, labelled as a preview only in the preview build', () => {
    const preview = renderFirstScreens('preview')
    const electron = renderFirstScreens('electron')
    for (const screens of [preview, electron]) {
      expect(screens.attract).toContain(`>${resources.en.welcome.start}</button>`)
      expect(screens.attract).not.toContain('<script')
    }
    expect(preview.attract).toContain(resources.en.common.previewBanner)
    expect(electron.attract).not.toContain(resources.en.common.previewBanner)
    expect(preview.key).not.toBe(electron.key)
  })

  it('has a calm "One moment" for recovery in every language of the default configuration', () => {
    const { recovering } = renderFirstScreens('electron')
    for (const language of defaultConfig.languages.enabled) {
      expect(recovering).toContain(`lang="${language}"`)
      expect(recovering).toContain(resources[language].session.status.loading.title)
    }
    expect(recovering).toMatch(/^<div id="recovering"[^>]*role="status"/)
  })

  it('hydrates without a mismatch: React keeps the very same Start button', async () => {
    const { attract, key } = renderFirstScreens('preview')
    const root = document.createElement('div')
    root.innerHTML = attract
    document.body.append(root)
    const prerenderedStart = [...root.querySelectorAll('button')].find(
      (button) => button.textContent === resources.en.welcome.start,
    )
    const snapshot = {
      view: { phase: 'attract', generation: 0 },
      config: { status: 'ready', config: toPublicConfig(defaultConfig) },
      info: { appVersion: 'preview', runtime: 'preview' },
    } as const
    expect(attractScreenKey(snapshot, 'en')).toBe(key)

    const problems: unknown[] = []
    let committed = false
    await act(async () => {
      hydrateRoot(
        root,
        <FirstCommit onCommit={() => (committed = true)}>
          <App bridge={createPreviewBridge()} i18n={createKioskI18n('en')} initial={snapshot} />
        </FirstCommit>,
        {
          onRecoverableError: (error) => problems.push(error),
          onUncaughtError: (error) => problems.push(error),
        },
      )
    })
    expect(problems).toEqual([])
    expect(committed).toBe(true)
    const start = [...root.querySelectorAll('button')].find(
      (button) => button.textContent === resources.en.welcome.start,
    )
    expect(start).toBe(prerenderedStart)
  })

  it('does not match a clinic whose configuration differs (then the boot draws instead)', () => {
    const { key } = renderFirstScreens('electron')
    const config = { ...toPublicConfig(defaultConfig), clinicName: 'Another clinic' }
    const snapshot = {
      view: { phase: 'attract', generation: 0 },
      config: { status: 'ready', config },
      info: { appVersion: '1', runtime: 'electron' },
    } as const
    expect(attractScreenKey(snapshot, 'en')).not.toBe(key)
    expect(
      attractScreenKey(
        { ...snapshot, config: { status: 'ready', config: toPublicConfig(defaultConfig) } },
        'es',
      ),
    ).not.toBe(key)
    expect(
      attractScreenKey({ ...snapshot, view: { phase: 'wiping', generation: 3 } }, 'en'),
    ).toBeNull()
    // The build prerenders no logo: a clinic with one is drawn, never hydrated without it.
    const withLogo = {
      ...toPublicConfig(defaultConfig),
      clinicLogo: { src: 'data:image/png;base64,AAAA', width: 240, height: 96 },
    }
    expect(
      attractScreenKey({ ...snapshot, config: { status: 'ready', config: withLogo } }, 'en'),
    ).not.toBe(key)
  })
})
