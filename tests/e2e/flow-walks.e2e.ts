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
  enterCode,
  fillDetails,
  heading,
  passFeatures,
  passPrivacyTips,
  type PortalAnswer,
  portalName,
  PREFILL_DEMO,
  reset,
  sampleDetails,
  startSession,
  walkToActivation,
  walkToDetails,
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
      // No pre-fill in the embedded default: step 4 has one field, the code, and no personal one.
      await heading(page, text.activation.codeOnly.title).waitFor()
      expect(await page.locator('[data-step] input').count()).toBe(1)
      for (const label of [text.activation.firstName.label, text.activation.email.label])
        expect(await page.getByLabel(label, { exact: true }).count()).toBe(0)
      await page.getByRole('region', { name: text.ui.officialForm.heading }).waitFor()
      await enterCode(page, language, sampleDetails.code)
      await passFeatures(page, language)
      await passPrivacyTips(page, language)

      // "Insert my activation code" types the code the patient gave, in its canonical form.
      await button(page, text.flow.bar.showKeyboard).tap()
      await button(page, text.handoff.keys.insertCode).tap()
      expect(await calls(page)).toContainEqual({
        method: 'typeIntoPortal',
        request: { text: 'ABCDE-12345-FGHIJ' },
      })
      await button(page, text.flow.bar.showKeyboard).tap()
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

  it.each(['en', 'es'] as const)(
    'with pre-fill set up (%s): the full details form, and the hand-off offers to fill the official form',
    async (language) => {
      const { page } = kiosk
      const text = copy(language)
      await reset(page, `${inject('previewUrl')}${PREFILL_DEMO}`)
      await walkToDetails(page, language)
      await fillDetails(page, language, sampleDetails)
      await button(page, text.activation.submit).tap()
      await passFeatures(page, language)
      await passPrivacyTips(page, language)
      await button(page, text.handoff.prefill.button).tap()
      // The preview has no official page to fill; the details never reach its call log.
      await page.getByText(text.handoff.prefill.none).waitFor()
      expect(JSON.stringify(await calls(page))).not.toMatch(/josé|jose@/i)
      expect(kiosk.pageErrors).toEqual([])
    },
  )

  it('keeps every answer when going Back through the steps', async () => {
    const { page } = kiosk
    const text = copy('en')
    await walkToActivation(page, 'en')
    await enterCode(page, 'en', sampleDetails.code)
    await passFeatures(page, 'en')
    await heading(page, text.privacyTips.title).waitFor()
    await button(page, text.ui.back).tap()
    await heading(page, text.portalFeatures.title).waitFor()
    await button(page, text.ui.back).tap()
    await heading(page, text.activation.codeOnly.title).waitFor()
    expect(
      await page.getByLabel(text.activation.activationCode.label, { exact: true }).inputValue(),
    ).toBe('ABCDE-12345-FGHIJ')
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
