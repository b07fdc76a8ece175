import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest'

import { defaultConfig } from '../../shared/config/default-config'
import {
  answerReadiness,
  button,
  calls,
  chooseHolder,
  choosePortal,
  copy,
  heading,
  imDone,
  PREFILL_DEMO,
  reset,
  startOver,
  startSession,
  walkToActivation,
} from './support/flow-walk'
import { openKiosk, type KioskBrowser } from './support/kiosk-browser'

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

const mchs = defaultConfig.portals[1]

describe('the branches of the patient flow lead somewhere useful (browser preview, touch)', () => {
  it('no code: explains the options, and "Open the portal page" opens it', async () => {
    const { page } = kiosk
    const text = copy('en')
    await walkToActivation(page, 'en', { portal: 'mayo-clinic-health-system', hasCode: false })
    await heading(page, text.readiness.noCode.title).waitFor()
    await page.getByText(defaultConfig.support.phone, { exact: false }).waitFor()
    // The default portals have no self sign-up address, so that option is not offered.
    expect(await button(page, text.readiness.noCode.selfSignupButton).count()).toBe(0)
    await button(page, text.readiness.noCode.staffButton).tap()
    await heading(page, text.staffHelp.title).waitFor()
    await button(page, text.staffHelp.close).tap()
    await button(page, text.readiness.noCode.officialPageButton).tap()
    // Where its label says: the portal's page, not "What you can do online" on the way.
    await heading(page, text.handoff.title).waitFor()
    await button(page, text.flow.bar.showKeyboard).tap()
    // Without a code there is nothing to insert.
    expect(await button(page, text.handoff.keys.insertCode).count()).toBe(0)
    expect(await calls(page)).toContainEqual({
      method: 'openPortal',
      request: { portalId: mchs?.id, entry: 'sign-up' },
    })
  })

  it('someone I care for (proxy): explains proxy access, then sets up the caregiver’s own account', async () => {
    const { page } = kiosk
    const text = copy('es')
    // The age rule applies where the kiosk asks for a date of birth: the pre-fill variant.
    await reset(page, `${inject('previewUrl')}${PREFILL_DEMO}`)
    await startSession(page, 'es')
    await choosePortal(page, 'es', 'mayo-clinic')
    await chooseHolder(page, 'es', 'caregiver')
    await heading(page, text.accountHolder.caregiverInfo.title).waitFor()
    await page.getByText(text.accountHolder.caregiverInfo.adult).waitFor()
    await button(page, text.accountHolder.caregiverInfo.askStaff).tap()
    await heading(page, text.staffHelp.title).waitFor()
    // Staff may not read Spanish: the message is repeated in English.
    await page.getByText(copy('en').staffHelp.forStaff).waitFor()
    await button(page, text.staffHelp.close).tap()
    await button(page, text.accountHolder.caregiverInfo.setUpMine).tap()
    await answerReadiness(page, 'es', true)
    await heading(page, text.activation.title).waitFor()
    await page.getByText(text.activation.holderNote.caregiver).waitFor()
    // A proxy must be an adult: a 17-year-old's own account is refused with the reason.
    await page.getByLabel(text.activation.dateOfBirth.day, { exact: true }).fill('1')
    await page.getByLabel(text.activation.dateOfBirth.month, { exact: true }).fill('1')
    const year = String(new Date().getFullYear() - 17)
    await page.getByLabel(text.activation.dateOfBirth.year, { exact: true }).fill(year)
    await button(page, text.activation.submit).tap()
    await page.getByText(text.activation.errors.dateOfBirth.caregiverTooYoung).waitFor()
    // Not a dead end: a 13–17-year-old is offered the teen path.
    await button(page, text.activation.otherPath.teen).tap()
    await heading(page, text.accountHolder.teenInfo.title).waitFor()
  })

  it('a teen 13–17: shows the parent-present ways, but no unconfirmed phone option', async () => {
    const { page } = kiosk
    const text = copy('en')
    await reset(page, `${inject('previewUrl')}${PREFILL_DEMO}`)
    await startSession(page, 'en')
    await choosePortal(page, 'en', 'mayo-clinic-health-system')
    await chooseHolder(page, 'en', 'teen')
    await heading(page, text.accountHolder.teenInfo.title).waitFor()
    // The default's menu option and hours are flagged "verify": not shown to patients.
    await page
      .getByText(`Or call ${defaultConfig.support.phone} with the parent or guardian present.`)
      .waitFor()
    expect(await page.getByText('choose option', { exact: false }).count()).toBe(0)
    await button(page, text.accountHolder.teenInfo.continueWithCode).tap()
    await answerReadiness(page, 'en', true)
    await page.getByText(text.activation.holderNote.teen).waitFor()
    // The teen rule: an adult's date of birth is refused on this branch.
    await page.getByLabel(text.activation.dateOfBirth.month, { exact: true }).fill('1')
    await page.getByLabel(text.activation.dateOfBirth.day, { exact: true }).fill('1')
    await page.getByLabel(text.activation.dateOfBirth.year, { exact: true }).fill('1980')
    await button(page, text.activation.submit).tap()
    await page.getByText(text.activation.errors.dateOfBirth.teenTooOld).waitFor()
    await button(page, text.activation.otherPath.self).tap()
    await heading(page, text.readiness.title).waitFor()
  })

  it('hand-off: a failed page offers Retry and Help; a blocked page names its origin and a way back', async () => {
    const { page } = kiosk
    const text = copy('en')
    await walkToActivation(page, 'en', { portal: 'mayo-clinic-health-system', hasCode: false })
    await button(page, text.readiness.noCode.officialPageButton).tap()
    await heading(page, text.handoff.title).waitFor()
    await page.getByText(text.handoff.previewPlaceholder).waitFor()

    await page.evaluate(() => window.__kioskPreview?.simulatePortalStatus?.({ state: 'failed' }))
    await page.getByText(text.handoff.failed.title).waitFor()
    const lastBounds = async () =>
      (await calls(page)).filter((call) => call.method === 'setPortalBounds').at(-1)?.request
    // Our message must be seen: the portal view is hidden.
    expect(await lastBounds()).toMatchObject({ visible: false })
    await button(page, text.handoff.failed.retry).tap()
    await page.getByText(text.handoff.previewPlaceholder).waitFor()
    expect(await calls(page)).toContainEqual({ method: 'reloadPortal', request: {} })
    expect(await lastBounds()).toMatchObject({ visible: true })

    await page.evaluate(() =>
      window.__kioskPreview?.simulatePortalStatus?.({
        state: 'blocked',
        blockedOrigin: 'https://mayoclinicportal.us',
      }),
    )
    await page.getByText(text.handoff.blocked.title).waitFor()
    await page.getByText('https://mayoclinicportal.us', { exact: true }).waitFor()
    await button(page, text.handoff.blocked.back).tap()
    await page.getByText(text.handoff.previewPlaceholder).waitFor()

    // Help covers the screen: the portal view hides, and comes back when Help closes.
    await button(page, text.flow.bar.help).tap()
    await page.getByText(defaultConfig.support.phone, { exact: true }).waitFor()
    expect(await lastBounds()).toMatchObject({ visible: false })
    await button(page, text.help.close).tap()
    await page.getByText(text.handoff.previewPlaceholder).waitFor()
    expect(await lastBounds()).toMatchObject({ visible: true })

    await startOver(page, 'en')
    expect(await calls(page)).toContainEqual({
      method: 'endSession',
      request: { reason: 'start-over' },
    })
  })

  it('sign-in trouble at home shows per-browser steps, scrolled into view, and the address to take home', async () => {
    const { page } = kiosk
    const text = copy('es')
    await startSession(page, 'es')
    // On Help, the page a patient with a question opens first.
    await button(page, text.flow.bar.help).tap()
    await button(page, text.help.signInTrouble).tap()
    await heading(page, text.signInTrouble.title).waitFor()
    for (const browser of ['chrome', 'edge', 'safari', 'firefox'] as const) {
      const radio = page.getByRole('radio', { name: text.signInTrouble.browsers[browser].name })
      // As a patient who scrolled just far enough to see the buttons: the steps are below them.
      await radio.evaluate((element) => element.scrollIntoView({ block: 'end' }))
      await radio.tap()
      await page.getByText(text.signInTrouble.browsers[browser].cookies).waitFor()
      // The chosen browser's steps are brought into view (their heading is on screen).
      const name = text.signInTrouble.browsers.stepsFor.replace(
        '{{browser}}',
        text.signInTrouble.browsers[browser].name,
      )
      const steps = page.getByRole('heading', { level: 2, name, exact: true })
      // On screen and not clipped by the scrolling region: the heading is what is at its centre.
      const inView = await steps.evaluate((element) => {
        const { top, bottom, left, right } = element.getBoundingClientRect()
        const hit = document.elementFromPoint((left + right) / 2, (top + bottom) / 2)
        return top >= 0 && bottom <= window.innerHeight && hit !== null && element.contains(hit)
      })
      expect(inView).toBe(true)
    }
    // No portal chosen yet: each portal's sign-in address to take home, as a QR code.
    for (const portal of defaultConfig.portals)
      await page
        .getByRole('img', {
          name: text.signInTrouble.takeHome.qrLabel.replace('{{address}}', portal.signInUrl),
        })
        .waitFor()
    await button(page, text.signInTrouble.close).tap()
    await heading(page, text.portalChoice.title).waitFor()
    await imDone(page, 'es')
  })
})
