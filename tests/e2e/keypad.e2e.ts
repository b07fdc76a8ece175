import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchDebianChromium } from '../../scripts/debian-chromium.mjs'
import { PREVIEW_DEMO_PIN } from '../../renderer/bridge/preview/preview-staff'
import { button, copy, heading, keyboard, portalName } from './support/flow-walk'
import { kioskViewports, openKioskPage } from './support/kiosk-browser'

/**
 * The whole flow with keys only (page.keyboard, never a tap or a click), at the portrait kiosk
 * size: arrows to move, Enter to press, F1 Help, F2 Back, F3 Listen, as an EZ-Access-style
 * keypad sends them. After every arrow press the focused control must show a focus ring at
 * least 3 px thick with at least 3:1 contrast against what is around it.
 */
let browser: Browser
let page: Page
let pageErrors: string[]

beforeAll(async () => {
  browser = await launchDebianChromium()
})
afterAll(async () => {
  await browser?.close()
})
afterEach(async () => {
  expect(pageErrors).toEqual([])
  await page?.context().close()
})

async function open(query = ''): Promise<void> {
  // Generous: the machine is shared (2 cores). Keys only: no touch screen.
  ;({ page, errors: pageErrors } = await openKioskPage(browser, kioskViewports.portrait, {
    timeout: 10_000,
    touch: false,
    consoleErrors: false,
  }))
  await page.goto(`${inject('previewUrl')}${query}`)
  await heading(page, copy('en').welcome.title).waitFor()
  // The welcome is prerendered: keys count once React has taken it over, which it shows by
  // moving focus to the heading (a key pressed before that is the browser's alone).
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1')
}

interface FocusRing {
  readonly what: string
  readonly visible: boolean
  readonly width: number
  readonly contrast: number
}

/** The focused control's ring: :focus-visible, its outline width, and its contrast. */
async function focusRing(): Promise<FocusRing> {
  return page.evaluate(() => {
    const element = document.activeElement
    if (!(element instanceof HTMLElement) || element === document.body)
      return { what: 'nothing', visible: false, width: 0, contrast: 0 }
    const rgb = (colour: string) => {
      const [r = 0, g = 0, b = 0, a = 1] = (colour.match(/[\d.]+/g) ?? []).map(Number)
      return { r, g, b, a }
    }
    const luminance = ({ r, g, b }: { r: number; g: number; b: number }) => {
      const lin = (v: number) => {
        const s = v / 255
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
      }
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
    }
    // The outline sits outside the control (outline-offset): around it is the nearest opaque
    // background of an ancestor (the canvas is the page's background).
    let behind = rgb(getComputedStyle(document.body).backgroundColor)
    for (let node = element.parentElement; node !== null; node = node.parentElement) {
      const colour = rgb(getComputedStyle(node).backgroundColor)
      if (colour.a > 0.5) {
        behind = colour
        break
      }
    }
    const style = getComputedStyle(element)
    const ring = rgb(style.outlineColor)
    const [light, dark] = [luminance(ring), luminance(behind)].sort((a, b) => b - a) as [
      number,
      number,
    ]
    return {
      what: `${element.tagName.toLowerCase()} “${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 40)}”`,
      visible: element.matches(':focus-visible') && style.outlineStyle !== 'none',
      width: Number.parseFloat(style.outlineWidth),
      contrast: (light + 0.05) / (dark + 0.05),
    }
  })
}

async function expectFocusVisible(): Promise<void> {
  const ring = await focusRing()
  expect(ring.visible, `no visible focus on ${ring.what}`).toBe(true)
  expect(ring.width, `thin focus on ${ring.what}`).toBeGreaterThanOrEqual(3)
  expect(ring.contrast, `faint focus on ${ring.what}`).toBeGreaterThanOrEqual(3)
}

const hasFocus = (target: Locator) =>
  target.evaluate((element) => element === document.activeElement).catch(() => false)

/** Presses `key` until `target` has focus, checking the focus ring after each press. */
async function moveTo(target: Locator, key = 'ArrowDown', most = 60): Promise<void> {
  await target.waitFor()
  for (let press = 0; press < most; press += 1) {
    if (await hasFocus(target)) return
    await page.keyboard.press(key)
    await expectFocusVisible()
  }
  throw new Error(`${key} never reached ${target.toString()}`)
}

/** Moves to `target` and presses Enter on it. */
async function press(target: Locator, key = 'ArrowDown'): Promise<void> {
  await moveTo(target, key)
  await page.keyboard.press('Enter')
}

/** From the welcome, in English: optionally high contrast, then Start — all by keys. */
async function startByKeys(highContrast = false): Promise<void> {
  const en = copy('en')
  if (highContrast) {
    await press(page.getByRole('button', { name: en.ui.display.highContrast }))
    await expect
      .poll(() => page.evaluate(() => document.documentElement.dataset['contrast']))
      .toBe('high')
  }
  await press(button(page, en.welcome.start))
  await heading(page, en.portalChoice.title).waitFor()
}

/**
 * A new step is shown: its heading has focus (Screen moves it there) and, reached by a key,
 * shows the ring too, so a keypad user sees where they are before the first arrow.
 */
async function arrived(title: string): Promise<void> {
  const shown = heading(page, title)
  await shown.waitFor()
  await expect.poll(() => hasFocus(shown)).toBe(true)
  await expectFocusVisible()
}

const radio = (name: string) =>
  page.getByRole('radio').filter({ has: page.getByText(name, { exact: true }) })

describe('keypad and keyboard operation (browser preview, 1080×1920)', () => {
  it('reaches the hand-off and ends the session with keys only', async () => {
    await open()
    // The attract screen at boot: its heading has focus but no ring (nobody has used keys yet).
    expect((await focusRing()).visible).toBe(false)
    const es = copy('es')
    // The welcome: choose Español, then Start. The welcome is not a step: choosing a language
    // keeps focus on the chosen tile (the patient's place), from where Start is the next key.
    const espanol = page.getByRole('button', { name: 'Español' })
    await press(espanol)
    await heading(page, es.welcome.title).waitFor()
    await expect.poll(() => hasFocus(espanol)).toBe(true)
    await expectFocusVisible()
    await press(button(page, es.welcome.start))
    await arrived(es.portalChoice.title)

    // Step 1: browse the answers with the arrows, choose one with Enter, continue.
    await press(radio(portalName('mayo-clinic', 'es')))
    await expect
      .poll(() => radio(portalName('mayo-clinic', 'es')).getAttribute('aria-checked'))
      .toBe('true')
    await press(button(page, es.portalChoice.continue))
    await arrived(es.accountHolder.title)
    await press(radio(es.accountHolder.self.label))
    await press(button(page, es.accountHolder.continue))
    await arrived(es.readiness.title)
    await press(page.getByRole('radio', { name: es.readiness.code.yes }))
    await press(
      page
        .getByRole('radiogroup', { name: es.readiness.passcode.legend })
        .getByRole('radio', { name: es.readiness.passcode.yes, exact: true }),
    )
    await press(button(page, es.readiness.continue))

    // Step 4: the code. Into the field (the on-screen keyboard opens), down into the keys,
    // A B C typed with arrows + Enter on the on-screen keyboard, the rest on the physical one.
    await arrived(es.activation.codeOnly.title)
    const field = page.getByLabel(es.activation.activationCode.label, { exact: true })
    await moveTo(field)
    const keys = keyboard(page, 'es')
    await keys.waitFor()
    await page.keyboard.press('ArrowDown')
    expect(await keys.evaluate((region) => region.contains(document.activeElement))).toBe(true)
    await expectFocusVisible()
    for (const character of 'ABC') {
      await press(keys.getByRole('button', { name: character, exact: true }), 'ArrowRight')
    }
    await expect.poll(() => field.inputValue()).toBe('ABC')
    await page.keyboard.press('Escape')
    expect(await hasFocus(field)).toBe(true)
    await page.keyboard.press('End')
    await page.keyboard.type('DE12345FGHIJ')
    await expect.poll(() => field.inputValue()).toBe('ABCDE12345FGHIJ')
    await press(button(page, es.activation.submit))

    await arrived(es.portalFeatures.title)
    await press(button(page, es.portalFeatures.continue))
    await arrived(es.privacyTips.title)
    await press(button(page, es.privacyTips.continue))
    await arrived(es.handoff.title)

    // The hand-off: "I'm done", then the confirmation's erase button, and the welcome again.
    await press(button(page, es.flow.bar.imDone))
    const confirm = page.getByRole('alertdialog', { name: es.ending.confirm.imDone.title })
    await confirm.waitFor()
    // The safe choice has focus first; the arrows stay inside the dialog.
    expect(await hasFocus(button(page, es.ending.confirm.imDone.keep))).toBe(true)
    await press(button(page, es.ending.confirm.imDone.confirm))
    await heading(page, copy('en').welcome.title).waitFor()
  })

  it('Back and Help keys: F2 goes back a step, F1 opens Help and F2 closes it; F3 asks for speech', async () => {
    await open()
    await startByKeys()
    const en = copy('en')
    await press(radio(portalName('mayo-clinic', 'en')))
    await press(button(page, en.portalChoice.continue))
    await heading(page, en.accountHolder.title).waitFor()
    await page.keyboard.press('F2')
    await heading(page, en.portalChoice.title).waitFor()
    // The answer survives Back.
    expect(await radio(portalName('mayo-clinic', 'en')).getAttribute('aria-checked')).toBe('true')
    await page.evaluate(() => {
      document.addEventListener('kiosk:listen', (event) => {
        ;(window as unknown as { heard?: string }).heard = (event.target as Element).tagName
      })
    })
    await moveTo(button(page, en.portalChoice.continue))
    await page.keyboard.press('F3')
    expect(await page.evaluate(() => (window as unknown as { heard?: string }).heard)).toBe(
      'BUTTON',
    )
    await page.keyboard.press('F1')
    await heading(page, en.help.title).waitFor()
    // Back closes Help: the step is there as it was.
    await page.keyboard.press('F2')
    await heading(page, en.portalChoice.title).waitFor()
    expect(await radio(portalName('mayo-clinic', 'en')).getAttribute('aria-checked')).toBe('true')
  })

  it('confirm dialog: arrows stay inside, F2 and Escape mean keep going', async () => {
    await open()
    await startByKeys()
    const en = copy('en')
    const ask = en.ending.confirm.startOver
    const dialog = page.getByRole('alertdialog', { name: ask.title })
    for (const leave of ['F2', 'Escape']) {
      await press(button(page, en.flow.bar.startOver))
      await dialog.waitFor()
      for (let step = 0; step < 5; step += 1) {
        await page.keyboard.press('ArrowDown')
        await expectFocusVisible()
        expect(await dialog.evaluate((root) => root.contains(document.activeElement))).toBe(true)
      }
      await page.keyboard.press(leave)
      await dialog.waitFor({ state: 'detached' })
      await heading(page, en.portalChoice.title).waitFor()
    }
  })

  it('idle warning: focus inside, arrows stay inside, F2 asks for more time', async () => {
    // ?idle=3: the warning comes after 3 s without input (the warning itself lasts 20 s).
    await open('?idle=3&warning=20')
    await startByKeys(true)
    const en = copy('en')
    const dialog = page.getByRole('alertdialog', { name: en.idleWarning.title })
    await dialog.waitFor()
    for (let step = 0; step < 3; step += 1) {
      await page.keyboard.press('ArrowDown')
      await expectFocusVisible()
      expect(await dialog.evaluate((root) => root.contains(document.activeElement))).toBe(true)
    }
    await page.keyboard.press('F2')
    await dialog.waitFor({ state: 'detached' })
    await heading(page, en.portalChoice.title).waitFor()
    // Escape means the same when it comes back.
    await dialog.waitFor()
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'detached' })
    expect(await page.evaluate(() => document.documentElement.dataset['contrast'])).toBe('high')
  })

  it('staff PIN pad: opened by the key chord, arrows stay inside, digits and Enter unlock', async () => {
    await open()
    await page.keyboard.press('Control+Alt+Shift+KeyK')
    const pad = page.getByRole('dialog', { name: 'Staff sign-in' })
    await pad.waitFor()
    for (let step = 0; step < 14; step += 1) {
      await page.keyboard.press('ArrowDown')
      await expectFocusVisible()
      expect(await pad.evaluate((root) => root.contains(document.activeElement))).toBe(true)
    }
    // F2 closes it like Escape; the chord opens it again.
    await page.keyboard.press('F2')
    await pad.waitFor({ state: 'detached' })
    await page.keyboard.press('Control+Alt+Shift+KeyK')
    await pad.waitFor()
    await page.keyboard.type(PREVIEW_DEMO_PIN)
    await page.keyboard.press('Enter')
    await page.getByRole('dialog', { name: 'Staff panel' }).waitFor()
  })

  it('keeps the focus ring thick and clear in the high-contrast theme', async () => {
    await open()
    await startByKeys(true)
    const en = copy('en')
    await moveTo(button(page, en.flow.bar.imDone), 'ArrowUp')
    await moveTo(button(page, en.portalChoice.continue))
  })
})
