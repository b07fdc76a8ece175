import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { installInPageDriver } from '../../scripts/bench/in-page-driver.mjs'
import { walkFullSession } from '../../scripts/bench/patient-walk.mjs'
import { openKiosk, type KioskBrowser } from './support/kiosk-browser'

/**
 * The privacy soak: 1,000 complete patient sessions in a row through the real renderer (in
 * Chromium, on the preview bridge), each typing unique canary values into every field. After
 * every session the DOM, every input, the bridge's record, localStorage, sessionStorage and
 * IndexedDB must hold no canary of any earlier session. Runs in the page (no round trip per
 * tap) so it fits in about a minute.
 */
const SESSIONS = 1000
const BATCH = 100

let kiosk: KioskBrowser

beforeAll(async () => {
  // `?prefill=demo`: the details form with every personal field, so every field gets a canary.
  kiosk = await openKiosk(`${inject('previewUrl')}?prefill=demo`, undefined, [installInPageDriver])
})
afterAll(async () => {
  await kiosk?.close()
})

describe('privacy soak', () => {
  it(`leaves no trace of any of ${SESSIONS} patients`, { timeout: 180_000 }, async () => {
    const failures: unknown[] = []
    let sessions = 0
    for (let offset = 0; offset < SESSIONS; offset += BATCH) {
      const result = await kiosk.page.evaluate(walkFullSession, {
        count: BATCH,
        offset,
        check: true,
      })
      sessions += result.sessions
      failures.push(...result.failures)
      if (failures.length > 0) break
    }
    expect(failures.slice(0, 3)).toEqual([])
    expect(sessions).toBe(SESSIONS)
    expect(kiosk.pageErrors).toEqual([])
  })

  it('would notice a leftover (the check is not blind)', async () => {
    // Plant a canary-shaped value the way a leak would leave it, and expect the walk to fail.
    await kiosk.page.evaluate(() => sessionStorage.setItem('draft', 'Qzleak'))
    const result = await kiosk.page.evaluate(walkFullSession, { count: 1, offset: 0, check: true })
    await kiosk.page.evaluate(() => sessionStorage.clear())
    expect(result.failures).toEqual([{ session: 0, problem: 'leftover in sessionStorage' }])
  })
})
