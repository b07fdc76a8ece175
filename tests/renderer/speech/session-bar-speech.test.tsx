import { screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'

import { SessionBar } from '../../../renderer/app/patient-flow/SessionBar'
import { readScreen, screenParts } from '../../../renderer/features/speech/read-screen'
import { words } from './screen-words'
import { resources } from '../../../renderer/i18n/resources'
import { renderWithKiosk } from '../support/render-with-kiosk'

/**
 * The real session strip, as the flow renders it under every step: "Listen" does not read its
 * buttons with each screen (data-speech="skip"), but still says which one the patient is on.
 */
describe('the session strip and "Listen"', () => {
  const bar = resources.en.flow.bar

  function renderStrip() {
    return renderWithKiosk(
      <main>
        <section className="kiosk-screen">
          <h1>Whose account is it?</h1>
        </section>
        <SessionBar onOverlay={vi.fn()} onStartOver={vi.fn()} onImDone={vi.fn()} showImDone />
      </main>,
    )
  }

  it('is not read with the screen', () => {
    renderStrip()
    expect(screen.getByRole('button', { name: bar.imDone })).toBeVisible()
    expect(readScreen(screenParts(document), null, words)).toEqual(['Whose account is it?'])
  })

  it('says which of its buttons the patient is on', () => {
    renderStrip()
    const imDone = screen.getByRole('button', { name: bar.imDone })
    expect(readScreen(screenParts(document), imDone, words)).toEqual([
      'Whose account is it?',
      `You are on: ${bar.imDone}, button`,
    ])
  })
})
