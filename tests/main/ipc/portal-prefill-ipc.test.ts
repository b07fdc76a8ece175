// @vitest-environment node
import { describe, expect, it } from 'vitest'

import { toPrefillValues } from '../../../electron/main/ipc/portal-ipc'
import { activationSchema } from '../../../shared/activation/activation-schema'
import { defaultConfig } from '../../../shared/config/default-config'
import type { KioskConfig } from '../../../shared/config/kiosk-config'
import { createKioskHarness } from '../support/kiosk-harness'

const withSelectors: KioskConfig = {
  ...defaultConfig,
  portals: defaultConfig.portals.map((portal) => ({
    ...portal,
    prefillSelectors: {
      activationCode: '#code',
      firstName: '#first',
      lastName: '#last',
      dateOfBirth: '#dob',
      email: '#email',
    },
  })),
}

const details = {
  accountHolder: 'self',
  activationCode: 'abcde 12345 fghij',
  firstName: 'José',
  lastName: 'O’Brien-Núñez',
  dateOfBirth: { month: '2', day: '29', year: '1984' },
  email: 'jose@example.org',
  mayoClinicNumber: '',
}

async function openedPortal(config: KioskConfig) {
  const kiosk = createKioskHarness({ config })
  await kiosk.invoke('session:start', { language: 'en' })
  await kiosk.invoke('portal:open', { portalId: 'mayo-clinic', entry: 'sign-up' })
  const view = kiosk.currentView()
  if (view === undefined) throw new Error('no portal view')
  view.webContents.scriptResult = 5
  return { kiosk, contents: view.webContents }
}

describe('portal:prefill', () => {
  it('checks the details with the form schema and fills the named fields as data', async () => {
    const { kiosk, contents } = await openedPortal(withSelectors)
    await expect(kiosk.invoke('portal:prefill', { details })).resolves.toEqual({
      ok: true,
      value: { filled: 5 },
    })
    const script = contents.isolatedScripts.at(-1)?.code ?? ''
    expect(script).toContain('JSON.parse(')
    expect(script).toContain('ABCDE-12345-FGHIJ') // normalised by the schema
    expect(script).toContain('02/29/1984')
  })

  it('refuses details the form schema refuses, before touching the page', async () => {
    const { kiosk, contents } = await openedPortal(withSelectors)
    // A code of another shape is allowed (the patient checked it); a made-up name is not.
    const bad = { ...details, firstName: 'R2D2' }
    await expect(kiosk.invoke('portal:prefill', { details: bad })).resolves.toEqual({
      ok: false,
      error: { code: 'invalid-request' },
    })
    expect(contents.isolatedScripts).toEqual([])
  })

  it('fills nothing for a profile without field selectors', async () => {
    const { kiosk, contents } = await openedPortal(defaultConfig)
    await expect(kiosk.invoke('portal:prefill', { details })).resolves.toEqual({
      ok: true,
      value: { filled: 0 },
    })
    expect(contents.isolatedScripts).toEqual([])
  })

  it('maps checked details to what the official form expects', () => {
    const parsed = activationSchema.parse({ ...details, mayoClinicNumber: '12-345-678' })
    expect(toPrefillValues(parsed)).toEqual({
      activationCode: 'ABCDE-12345-FGHIJ',
      firstName: 'José',
      lastName: 'O’Brien-Núñez',
      dateOfBirth: '02/29/1984',
      email: 'jose@example.org',
      mayoClinicNumber: '12345678',
    })
  })
})
