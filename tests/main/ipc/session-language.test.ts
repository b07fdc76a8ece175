import { describe, expect, it } from 'vitest'

import { defaultConfig, parseConfig } from '../../../shared/config/default-config'
import type { KioskConfig } from '../../../shared/config/kiosk-config'
import { arabicSampleConfig } from '../../../renderer/bridge/preview/preview-config'
import { createKioskHarness } from '../support/kiosk-harness'

function arabicConfig(): KioskConfig {
  const parsed = parseConfig(arabicSampleConfig(true))
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems))
  return parsed.config
}

/**
 * Main starts a session only in a language the loaded configuration offers: a language
 * pending review that the clinic did not opt in to is refused, whatever the UI sends.
 */
describe('session:start and the configured languages', () => {
  it('refuses Arabic when the configuration does not offer it', async () => {
    const kiosk = createKioskHarness({ config: defaultConfig })
    expect(await kiosk.invoke('session:start', { language: 'ar' })).toEqual({
      ok: false,
      error: { code: 'rejected', detail: 'language-not-enabled' },
    })
    const state = (await kiosk.invoke('session:get-state', {})) as {
      value: { phase: string }
    }
    expect(state.value.phase).toBe('attract')
  })

  it('starts in Arabic once the clinic has opted in', async () => {
    const kiosk = createKioskHarness({ config: arabicConfig() })
    const started = (await kiosk.invoke('session:start', { language: 'ar' })) as {
      ok: boolean
      value: { phase: string }
    }
    expect(started.ok).toBe(true)
    expect(started.value.phase).toBe('active')
  })
})
