import { act, fireEvent, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { createPreviewBridge } from '../../../renderer/bridge/preview/install-preview-bridge'
import { createPreviewCallLog } from '../../../renderer/bridge/preview/preview-call-log'
import { PREVIEW_DEMO_PIN } from '../../../renderer/bridge/preview/preview-staff'
import { renderApp } from '../support/render-app'

async function tapClinicName(times = 5) {
  const name = await screen.findByText('Mayo Clinic', { selector: '.kiosk-header__clinic' })
  for (let tap = 0; tap < times; tap += 1) fireEvent.pointerUp(name)
}

async function typePin(user: ReturnType<typeof renderApp>['user'], pin: string) {
  const dialog = await screen.findByRole('dialog', { name: 'Staff sign-in' })
  for (const digit of pin)
    await user.click(within(dialog).getByRole('button', { name: `Digit ${digit}` }))
  await user.click(within(dialog).getByRole('button', { name: 'Unlock' }))
}

describe('entering staff mode', () => {
  it('shows the clinic name from the configuration in the header', async () => {
    renderApp()
    expect(
      await screen.findByText('Mayo Clinic', { selector: '.kiosk-header__clinic' }),
    ).toBeVisible()
  })

  it('opens the PIN pad after five taps on the clinic name, not after four', async () => {
    renderApp()
    await tapClinicName(4)
    await act(async () => {})
    expect(screen.queryByRole('dialog')).toBeNull()
    await tapClinicName(1)
    expect(await screen.findByRole('dialog', { name: 'Staff sign-in' })).toBeVisible()
  })

  it('opens the PIN pad with Ctrl+Alt+Shift+K', async () => {
    const { user } = renderApp()
    await screen.findByText('Mayo Clinic', { selector: '.kiosk-header__clinic' })
    await user.keyboard('{Control>}{Alt>}{Shift>}K{/Shift}{/Alt}{/Control}')
    expect(await screen.findByRole('dialog', { name: 'Staff sign-in' })).toBeVisible()
  })

  it('masks the PIN, supports Back and Clear, and never puts the PIN in the page', async () => {
    const { user, container } = renderApp()
    await tapClinicName()
    const dialog = await screen.findByRole('dialog', { name: 'Staff sign-in' })
    for (const digit of '1593')
      await user.click(within(dialog).getByRole('button', { name: `Digit ${digit}` }))
    expect(within(dialog).getByRole('status')).toHaveTextContent('4 digits entered')
    await user.click(within(dialog).getByRole('button', { name: 'Delete last digit' }))
    expect(within(dialog).getByRole('status')).toHaveTextContent('3 digits entered')
    expect(container.ownerDocument.body.textContent).not.toContain('159')
    await user.click(within(dialog).getByRole('button', { name: 'Clear' }))
    expect(within(dialog).getByRole('status')).toHaveTextContent('0 digits entered')
    expect(within(dialog).getByRole('button', { name: 'Unlock' })).toBeDisabled()
  })

  it('says how many tries are left after a wrong PIN, then locks out after five', async () => {
    const { user } = renderApp()
    await tapClinicName()
    await typePin(user, '000000')
    expect(await screen.findByRole('alert')).toHaveTextContent('4 tries left')
    for (let attempt = 0; attempt < 4; attempt += 1) await typePin(user, '000000')
    expect(await screen.findByRole('alert')).toHaveTextContent('Staff sign-in is locked until')
    expect(screen.queryByRole('button', { name: 'Unlock' })).toBeNull()
  })

  it('says staff mode is off when no PIN is configured', async () => {
    const bridge = createPreviewBridge(createPreviewCallLog(), { search: '?staff=off' })
    renderApp(bridge)
    await tapClinicName()
    expect(await screen.findByRole('alert')).toHaveTextContent('Staff mode is off on this kiosk')
  })

  it('traps focus in the dialog and closes on Escape', async () => {
    const { user } = renderApp()
    await tapClinicName()
    const dialog = await screen.findByRole('dialog', { name: 'Staff sign-in' })
    expect(dialog).toContainElement(document.activeElement as HTMLElement)
    for (let tab = 0; tab < 20; tab += 1) {
      await user.tab()
      expect(dialog).toContainElement(document.activeElement as HTMLElement)
    }
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).toBeNull()
  })
})

describe('the staff panel', () => {
  async function openPanel() {
    const context = renderApp()
    await tapClinicName()
    await typePin(context.user, PREVIEW_DEMO_PIN)
    const panel = await screen.findByRole('dialog', { name: 'Staff panel' })
    await within(panel).findByText('Built-in default (no file)')
    return { ...context, panel }
  }

  it('unlocks with the PIN and shows status and today’s counts', async () => {
    const { panel } = await openPanel()
    expect(within(panel).getByText('Version').nextElementSibling).toHaveTextContent('preview')
    expect(within(panel).getByText('Last erase').nextElementSibling).toHaveTextContent(
      'Not available yet',
    )
    expect(within(panel).getByText('Sessions').nextElementSibling).toHaveTextContent('0')
  })

  it('lists every unverified setting of the configuration in a banner, and counts own-phone finishes', async () => {
    const { panel } = await openPanel()
    const banner = within(panel).getByRole('region', {
      name: '7 settings still need checking by IT',
    })
    for (const path of [
      'portals.0',
      'portals.1',
      'support.hours',
      'support.teenPhoneOption',
      'frontDesk.issuesActivationCodes',
    ])
      expect(within(banner).getByText(path)).toBeInTheDocument()
    expect(
      within(panel).getByText('Finished on their own phone').nextElementSibling,
    ).toHaveTextContent('0')
  })

  it('resets a running session through the bridge', async () => {
    const { panel, user, bridge } = await openPanel()
    await bridge.startSession({ language: 'en' })
    await user.click(within(panel).getByRole('button', { name: 'Reset now (erase this session)' }))
    expect(await within(panel).findByRole('status')).toHaveTextContent('The session was erased')
    expect(await bridge.getSessionState()).toMatchObject({
      ok: true,
      value: { phase: 'attract', generation: 1 },
    })
  })

  it('explains that assisted mode needs a running session', async () => {
    const { panel, user } = await openPanel()
    await user.click(within(panel).getByRole('button', { name: 'Turn assisted mode on' }))
    expect(await within(panel).findByRole('alert')).toHaveTextContent('needs a patient’s session')
  })

  it('turns assisted mode on for a running session', async () => {
    const { panel, user, bridge } = await openPanel()
    await bridge.startSession({ language: 'en' })
    expect(within(panel).getByText('Assisted mode: OFF — normal time limits')).toBeVisible()
    await user.click(within(panel).getByRole('button', { name: 'Turn assisted mode on' }))
    // The control now says what it will do next, and the state is in words.
    expect(
      await within(panel).findByRole('button', { name: 'Turn assisted mode off' }),
    ).toBeVisible()
    expect(
      within(panel).getByText('Assisted mode: ON — longer time limits for this patient'),
    ).toBeVisible()
  })

  it('speaks the staff language (English by default) during a Spanish session', async () => {
    const { user, bridge } = renderApp()
    await user.click(await screen.findByRole('button', { name: 'Español' }))
    await user.click(screen.getByRole('button', { name: 'Toque para comenzar' }))
    await screen.findByRole('button', { name: 'Ayuda' })
    await tapClinicName()
    const pin = await screen.findByRole('dialog', { name: 'Staff sign-in' })
    expect(pin.closest('[lang]')).toHaveAttribute('lang', 'en')
    await typePin(user, PREVIEW_DEMO_PIN)
    const panel = await screen.findByRole('dialog', { name: 'Staff panel' })
    expect(within(panel).getByRole('button', { name: 'Reload configuration' })).toBeVisible()
    // The patient's screen underneath stays in Spanish.
    expect(document.documentElement.lang).toBe('es')
    expect(await bridge.getSessionState()).toMatchObject({ value: { phase: 'active' } })
  })

  it('reloads the configuration and says so', async () => {
    const { panel, user, log } = await openPanel()
    await user.click(within(panel).getByRole('button', { name: 'Reload configuration' }))
    expect(await within(panel).findByRole('status')).toHaveTextContent(
      'The configuration was reloaded.',
    )
    expect(log.calls.map((call) => call.method)).toContain('reloadConfig')
  })

  it('erases a running patient session before reloading, as main does', async () => {
    const { panel, user, bridge } = await openPanel()
    const started = await bridge.startSession({ language: 'en' })
    expect(started).toMatchObject({ ok: true, value: { phase: 'active' } })
    const before = started.ok ? started.value.generation : Number.NaN
    await user.click(within(panel).getByRole('button', { name: 'Reload configuration' }))
    expect(await within(panel).findByRole('status')).toHaveTextContent(
      'The configuration was reloaded.',
    )
    const after = await bridge.getSessionState()
    expect(after).toMatchObject({ ok: true, value: { phase: 'attract' } })
    expect(after.ok && after.value.generation).toBeGreaterThan(before)
  })

  it('asks before exiting the kiosk', async () => {
    const { panel, user, log } = await openPanel()
    await user.click(within(panel).getByRole('button', { name: 'Exit kiosk' }))
    expect(within(panel).getByText(/Exit the kiosk\?/)).toBeVisible()
    await user.click(within(panel).getByRole('button', { name: 'Keep the kiosk running' }))
    expect(log.calls.some((call) => call.method === 'exitKiosk')).toBe(false)
  })

  it('closes and locks when staff close it', async () => {
    const { panel, user, bridge } = await openPanel()
    await user.click(within(panel).getByRole('button', { name: 'Close and lock' }))
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(await bridge.getStaffAccess()).toMatchObject({ value: { access: 'locked' } })
  })
})
