import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest'

import { defaultConfig } from '../../shared/config/default-config'
import type { LanguageCode } from '../../shared/languages'
import { openKiosk, type KioskBrowser } from './support/kiosk-browser'
import {
  answerReadiness,
  button,
  calls,
  chooseHolder,
  choosePortal,
  copy,
  fillDetails,
  heading,
  portalName,
  reset,
  sampleDetails,
  startSession,
  type PortalAnswer,
} from './support/flow-walk'

let kiosk: KioskBrowser

beforeAll(async () => {
  kiosk = await openKiosk(inject('previewUrl'))
})
beforeEach(async () => {
  await reset(kiosk.page, inject('previewUrl'))
})
afterAll(async () => {
  await kiosk?.close()
})

const walks: [PortalAnswer, LanguageCode][] = [
  ['mayo-clinic', 'en'],
  ['mayo-clinic', 'es'],
  ['mayo-clinic-health-system', 'en'],
  ['mayo-clinic-health-system', 'es'],
  ['not-sure', 'en'],
  ['not-sure', 'es'],
]

describe('a full walk through the patient flow, by touch (browser preview)', () => {
  it.each(walks)(
    '%s in %s: from Start to the take-home QR code and back',
    async (answer, language) => {
      const { page } = kiosk
      const text = copy(language)
      await startSession(page, language)
      await choosePortal(page, language, answer)
      // "Not sure" goes through the decision table; here the papers say Mayo Clinic Health System.
      const portalId = answer === 'not-sure' ? 'mayo-clinic-health-system' : answer
      if (answer === 'not-sure') {
        await heading(page, text.portalChoice.helper.title).waitFor()
        const name = portalName(portalId, language)
        await button(page, text.portalChoice.helper.choose.replace('{{name}}', name)).tap()
      }
      await chooseHolder(page, language, 'self')
      await answerReadiness(page, language, true)
      await heading(page, text.activation.title).waitFor()
      await fillDetails(page, language, sampleDetails)
      await button(page, text.activation.submit).tap()

      await heading(page, text.privacyTips.title).waitFor()
      await button(page, text.privacyTips.continue).tap()

      await heading(page, text.handoff.title).waitFor()
      const portal = defaultConfig.portals.find((candidate) => candidate.id === portalId)
      await page.getByText(portal?.signUpUrl ?? '?', { exact: true }).waitFor()
      const handoffCalls = await calls(page)
      expect(handoffCalls).toContainEqual({
        method: 'openPortal',
        request: { portalId, entry: 'sign-up' },
      })
      const bounds = handoffCalls.filter((call) => call.method === 'setPortalBounds')
      expect(bounds.at(-1)?.request).toMatchObject({ visible: true })

      await button(page, text.handoff.finished).tap()
      await heading(page, text.done.title).waitFor()
      await page
        .getByRole('img', {
          name: text.done.qrLabel.replace('{{address}}', portal?.signInUrl ?? '?'),
        })
        .waitFor()
      expect(
        (await calls(page)).filter((call) => call.method === 'setPortalBounds').at(-1)?.request,
      ).toMatchObject({
        visible: false,
      })

      await button(page, text.done.erase).tap()
      await heading(page, copy('en').welcome.title).waitFor()
      expect(await calls(page)).toContainEqual({
        method: 'endSession',
        request: { reason: 'patient-done' },
      })
      expect(kiosk.pageErrors).toEqual([])
    },
  )

  it('keeps every answer when going Back through the steps', async () => {
    const { page } = kiosk
    const text = copy('en')
    await startSession(page, 'en')
    await choosePortal(page, 'en', 'mayo-clinic')
    await chooseHolder(page, 'en', 'self')
    await answerReadiness(page, 'en', true)
    await fillDetails(page, 'en', sampleDetails)
    await button(page, text.activation.submit).tap()
    await heading(page, text.privacyTips.title).waitFor()
    await button(page, text.ui.back).tap()
    await heading(page, text.activation.title).waitFor()
    expect(
      await page.getByLabel(text.activation.firstName.label, { exact: true }).inputValue(),
    ).toBe('José')
    await button(page, text.ui.back).tap()
    await page.getByRole('radio', { name: text.readiness.code.yes, checked: true }).waitFor()
    await button(page, text.ui.back).tap()
    await button(page, text.ui.back).tap()
    await page.getByRole('radio', { name: 'Mayo Clinic', exact: true, checked: true }).waitFor()
    // The first step's Back returns to the language screen (a fresh session), after asking.
    await button(page, text.ui.back).tap()
    await button(page, text.ending.confirm.leave.confirm).tap()
    await heading(page, text.welcome.title).waitFor()
    expect(await calls(page)).toEqual([{ method: 'endSession', request: { reason: 'start-over' } }])
  })
})
