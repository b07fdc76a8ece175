import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import {
  button,
  copy,
  type Details,
  heading,
  imDone,
  passFeatures,
  passPrivacyTips,
  startOver,
  typeDetails,
  walkToDetails,
} from './support/flow-walk'
import { liveHeapStrings } from './support/heap-strings'
import { openKiosk, type KioskBrowser } from './support/kiosk-browser'

/**
 * The privacy soak looks at everything a next patient could *see*; this looks at the renderer's
 * memory. After a patient types their details on the on-screen keyboard and the session ends,
 * a full GC and a V8 heap snapshot must find none of what they typed — however the session
 * ended. (A detached form kept alive by the browser or by React once held all of it:
 * renderer/app/release-patient-screen.ts.)
 */
const patient: Details = {
  code: 'QXZKW12345VBJYM',
  first: 'Zyxwvquoth',
  last: 'Jkqzplomb',
  dob: ['3', '14', '1971'],
  email: 'zyxwvquoth@example.org',
  mayoNumber: '97531864',
}
// Whole values only: the test's own source never reaches the page, so any hit was typed there.
const typed = ['QXZKW12345VBJYM', 'QXZKW-12345-VBJYM', 'Zyxwvquoth', 'Jkqzplomb', '97531864']
const tracesIn = (strings: readonly string[]) =>
  typed.filter((value) => strings.some((text) => text.includes(value)))

let kiosk: KioskBrowser
beforeAll(async () => {
  kiosk = await openKiosk(inject('previewUrl'))
})
afterAll(async () => {
  await kiosk?.close()
})

/** A fresh preview (`query`: e.g. a short idle time), then the details typed on the keyboard. */
async function typeOnTheForm(page: Page, query = ''): Promise<void> {
  // `?prefill=demo`: the full details form (the embedded default asks for the code only).
  await page.goto(`${inject('previewUrl')}?prefill=demo${query}`)
  await walkToDetails(page, 'en')
  await typeDetails(page, 'en', patient)
}

describe('nothing a patient typed stays in the renderer’s memory (V8 heap snapshot)', () => {
  it('finds the typed values while the session runs (the scan is not blind)', async () => {
    await typeOnTheForm(kiosk.page)
    // The code is kept in its canonical form only; the rest exactly as typed.
    expect(tracesIn(await liveHeapStrings(kiosk.page))).toEqual(typed.slice(1))
    await imDone(kiosk.page, 'en')
  })

  it('after "I’m done" tapped with the form and its keyboard on screen', async () => {
    await typeOnTheForm(kiosk.page)
    await imDone(kiosk.page, 'en')
    expect(tracesIn(await liveHeapStrings(kiosk.page))).toEqual([])
  })

  it('after "Start over" on the form', async () => {
    await typeOnTheForm(kiosk.page)
    await startOver(kiosk.page, 'en')
    expect(tracesIn(await liveHeapStrings(kiosk.page))).toEqual([])
    await imDone(kiosk.page, 'en')
  })

  it('after the hand-off and "I’m done"', async () => {
    const { page } = kiosk
    const text = copy('en')
    await typeOnTheForm(page)
    await button(page, text.ui.keyboard.done).tap()
    await button(page, text.activation.submit).tap()
    await passFeatures(page, 'en')
    await passPrivacyTips(page, 'en')
    await imDone(page, 'en')
    expect(tracesIn(await liveHeapStrings(page))).toEqual([])
  })

  it('after the idle time-out with a field focused (fake clock)', async () => {
    // Its own context for the fake clock, at the kiosk's screen size like the cases above: at
    // 1280 × 900 the top band (Listen, "Read back my code", Text size) and the docked keyboard
    // leave no room between them, so no field below the code can be seen or tapped.
    const context = await kiosk.browser.newContext({
      viewport: { width: 1080, height: 1920 },
      hasTouch: true,
    })
    try {
      const page = await context.newPage()
      page.setDefaultTimeout(5_000)
      await page.clock.install()
      await typeOnTheForm(page, '&idle=3&warning=20')
      await page.clock.fastForward(3_000)
      await page.getByRole('alertdialog').waitFor()
      await page.clock.fastForward(20_000)
      await heading(page, copy('en').welcome.title).waitFor()
      expect(tracesIn(await liveHeapStrings(page))).toEqual([])
    } finally {
      await context.close()
    }
  })
})
