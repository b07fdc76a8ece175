import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { ipcFail } from '../../../shared/ipc/ipc-result'
import { createPreviewBridge } from '../../../renderer/bridge/preview/install-preview-bridge'
import { createPreviewCallLog } from '../../../renderer/bridge/preview/preview-call-log'
import { renderApp } from '../support/render-app'

/** The pre-fill variant of step 4 (the preview's demo profile): the full details form. */
const withPrefill = () => renderApp(undefined, { search: '?prefill=demo' })

async function toDetails(
  user: ReturnType<typeof renderApp>['user'],
  title = 'Your details',
): Promise<void> {
  await user.click(await screen.findByRole('button', { name: 'Touch to begin' }))
  await user.click(await screen.findByRole('radio', { name: 'Mayo Clinic' }))
  await user.click(screen.getByRole('button', { name: 'Continue' }))
  await user.click(screen.getByRole('radio', { name: 'Me' }))
  await user.click(screen.getByRole('button', { name: 'Continue' }))
  await user.click(screen.getByRole('radio', { name: 'Yes, I have my code' }))
  await user.click(screen.getByRole('button', { name: 'Continue' }))
  await screen.findByRole('heading', { level: 1, name: title })
}

describe('the patient flow as a whole', () => {
  it('shows the session bar and a step counter on every step', async () => {
    const { user } = renderApp()
    await user.click(await screen.findByRole('button', { name: 'Touch to begin' }))
    const bar = await screen.findByRole('navigation', { name: 'Help and session' })
    for (const name of ['Help', 'Get staff help', 'Start over', 'I’m done — erase my session'])
      expect(bar).toContainElement(screen.getByRole('button', { name }))
    expect(screen.getByText('Step 1 of 7')).toBeInTheDocument()
  })

  it('names the step in the top band and puts its actions in the bottom bar (issue 13)', async () => {
    const { user } = renderApp()
    await user.click(await screen.findByRole('button', { name: 'Touch to begin' }))
    const band = await screen.findByRole('banner')
    const progress = screen.getByRole('group', { name: 'Your progress' })
    expect(band).toContainElement(progress)
    expect(progress).toHaveTextContent('Step 1 of 7: Your portal')
    expect(progress.querySelector('[aria-current="step"]')).toHaveTextContent('Your portal')
    expect(band).toContainElement(screen.getByRole('button', { name: 'Text size' }))
    const continueButton = screen.getByRole('button', { name: 'Continue' })
    const actionBar = continueButton.closest('.kiosk-action-bar')
    expect(actionBar).not.toBeNull()
    expect(actionBar).toContainElement(screen.getByRole('button', { name: 'Back' }))
    // The bar is not inside the step's content region, so it stays put while that scrolls.
    expect(continueButton.closest('.kiosk-content')).toBeNull()
  })

  it('submits the details form from the bottom bar (the button names its form)', async () => {
    const { user } = withPrefill()
    await toDetails(user)
    const submit = screen.getByRole('button', { name: 'Continue' })
    expect(submit.closest('form')).toBeNull()
    await user.click(submit)
    // Submitted: the form's checks ran and say what is missing.
    expect((await screen.findAllByRole('alert')).length).toBeGreaterThan(0)
  })

  it('keeps typed values while Help is open, and returns focus to the step', async () => {
    const { user } = withPrefill()
    await toDetails(user)
    await user.type(screen.getByLabelText('Legal first name'), 'Ana')
    await user.click(screen.getByRole('button', { name: 'Help' }))
    expect(screen.getByRole('heading', { level: 1, name: 'Help' })).toHaveFocus()
    expect(screen.queryByRole('heading', { level: 1, name: 'Your details' })).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Back to where I was' }))
    expect(screen.getByRole('heading', { level: 1, name: 'Your details' })).toHaveFocus()
    expect(screen.getByLabelText('Legal first name')).toHaveValue('Ana')
  })

  it('Help offers large text and high contrast at any step, kept until the session ends', async () => {
    const { user } = withPrefill()
    await toDetails(user)
    await user.type(screen.getByLabelText('Legal first name'), 'Ana')
    await user.click(screen.getByRole('button', { name: 'Help' }))
    await user.click(screen.getByRole('button', { name: 'Large text', pressed: false }))
    await user.click(screen.getByRole('button', { name: 'High contrast', pressed: false }))
    expect(document.documentElement.dataset['textSize']).toBe('large')
    expect(document.documentElement.dataset['contrast']).toBe('high')
    await user.click(screen.getByRole('button', { name: 'Back to where I was' }))
    expect(screen.getByLabelText('Legal first name')).toHaveValue('Ana')
    expect(document.documentElement.dataset['textSize']).toBe('large')
    await user.click(screen.getByRole('button', { name: /I’m done/ }))
    await user.click(screen.getByRole('button', { name: 'Yes, erase it' }))
    await screen.findByRole('button', { name: 'Touch to begin' })
    expect(document.documentElement.dataset['textSize']).toBe('normal')
    expect(document.documentElement.dataset['contrast']).toBe('normal')
  })

  it('“I’m done” from the middle of the form erases every value from the DOM and the log', async () => {
    const log = createPreviewCallLog()
    const { user, container } = renderApp(createPreviewBridge(log, { search: '?prefill=demo' }))
    await toDetails(user)
    await user.type(screen.getByLabelText('Legal first name'), 'Qzvcanary')
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await user.click(screen.getByRole('button', { name: 'I’m done — erase my session' }))
    await user.click(screen.getByRole('button', { name: 'Yes, erase it' }))
    await screen.findByRole('button', { name: 'Touch to begin' })
    expect(container.innerHTML).not.toMatch(/qzv/i)
    expect([...document.querySelectorAll('input')].map((input) => input.value)).not.toContain(
      'Qzvcanary',
    )
    expect(log.calls).toEqual([{ method: 'endSession', request: { reason: 'patient-done' } }])
    // A new session starts clean.
    await user.click(screen.getByRole('button', { name: 'Touch to begin' }))
    expect(
      await screen.findByRole('radio', { name: 'Mayo Clinic', checked: false }),
    ).toBeInTheDocument()
  })

  it('without pre-fill (the embedded default), step 4 asks for the activation code only', async () => {
    const { user, log } = renderApp()
    await toDetails(user, 'Your activation code')
    // The one and only field of the step is the code.
    expect([...document.querySelectorAll('[data-step] input')]).toEqual([
      screen.getByLabelText('Activation code'),
    ])
    for (const label of ['Legal first name', 'Legal last name', 'Month', 'Email address'])
      expect(screen.queryByLabelText(label)).toBeNull()
    const asks = screen.getByRole('region', { name: 'The portal page will ask for' })
    expect(asks).toHaveTextContent('Your legal name, as it is on your ID')
    expect(asks).toHaveTextContent('Your date of birth')
    expect(asks).toHaveTextContent('Your email address')
    expect(asks).toHaveTextContent('Your Mayo Clinic number, if you know it')
    await user.type(screen.getByLabelText('Activation code'), 'qzcde 12345 fghij')
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await screen.findByRole('heading', { level: 1, name: 'What you can do online' })
    // Only the session's own calls: the code is never sent anywhere before the hand-off.
    expect(JSON.stringify(log.calls)).not.toMatch(/qz/i)
  })

  it('with the embedded default’s unconfirmed addresses, nothing says “official” up to the hand-off', async () => {
    const { user } = renderApp()
    await toDetails(user, 'Your activation code')
    await user.type(screen.getByLabelText('Activation code'), 'ABCDE 12345 FGHIJ')
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await screen.findByRole('heading', { level: 1, name: 'What you can do online' })
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await user.click(await screen.findByRole('button', { name: 'Open the portal' }))
    expect(
      await screen.findByRole('heading', { level: 1, name: 'The patient portal' }),
    ).toBeInTheDocument()
    expect(document.querySelector('[data-step]')?.textContent).not.toMatch(/official/i)
  })

  it('“Trouble signing in” offers every portal’s address before a choice, then only the chosen one', async () => {
    const { user } = renderApp()
    await user.click(await screen.findByRole('button', { name: 'Touch to begin' }))
    // On Help, the page a patient with a question opens first.
    await user.click(await screen.findByRole('button', { name: 'Help' }))
    await user.click(await screen.findByRole('button', { name: 'Trouble signing in at home' }))
    expect(screen.getAllByRole('img', { name: /^QR code of the address / })).toHaveLength(2)
    await user.click(screen.getByRole('button', { name: 'Back to where I was' }))
    await user.click(await screen.findByRole('radio', { name: 'Mayo Clinic' }))
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await screen.findByRole('radio', { name: 'Me' })
    await user.click(screen.getByRole('button', { name: 'Help' }))
    await user.click(await screen.findByRole('button', { name: 'Trouble signing in at home' }))
    expect(screen.getAllByRole('img', { name: /^QR code of the address / })).toEqual([
      screen.getByRole('img', {
        name: 'QR code of the address https://onlineservices.mayoclinic.org/patientportal',
      }),
    ])
  })

  it('Start over ends the session with its own reason, then starts a new one at step 1', async () => {
    const { user, log } = renderApp()
    await user.click(await screen.findByRole('button', { name: 'Touch to begin' }))
    await user.click(await screen.findByRole('button', { name: 'Start over' }))
    await user.click(screen.getByRole('button', { name: 'Yes, start over' }))
    await screen.findByRole('radio', { name: 'Mayo Clinic', checked: false })
    expect(log.calls.map((call) => call.method)).toEqual(['endSession', 'startSession'])
    expect(log.calls[0]?.request).toEqual({ reason: 'start-over' })
  })

  it('offers no Start and sends patients to the front desk when the configuration cannot be read', async () => {
    const bridge = {
      ...createPreviewBridge(),
      getPublicConfig: () => Promise.resolve(ipcFail('internal-error')),
    }
    renderApp(bridge)
    expect(await screen.findByText(/Please see the front desk/)).toHaveAttribute('role', 'status')
    expect(screen.queryByRole('button', { name: 'Touch to begin' })).not.toBeInTheDocument()
  })
})
