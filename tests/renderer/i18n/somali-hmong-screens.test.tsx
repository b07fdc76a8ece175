import { screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'

import { languageEndonyms } from '../../../shared/languages'
import {
  noReadinessAnswers,
  ReadinessScreen,
} from '../../../renderer/features/readiness/ReadinessScreen'
import { WelcomeScreen } from '../../../renderer/features/welcome/WelcomeScreen'
import { resources } from '../../../renderer/i18n/resources'
import { renderWithKiosk } from '../support/render-with-kiosk'

/** Every English sentence of a namespace (words, not names), to prove none is left on screen. */
function englishSentences(namespace: 'welcome' | 'readiness'): string[] {
  const out: string[] = []
  const walk = (value: unknown) => {
    if (typeof value === 'string') {
      if (value.split(' ').length > 2) out.push(value)
    } else for (const child of Object.values(value as object)) walk(child)
  }
  walk(resources.en[namespace])
  return out
}

/**
 * The typecheck proves the Somali and Hmong files are complete; this proves the screens really
 * show them: the welcome screen and one step, rendered in each language, with no English
 * sentence and no raw key left (a wiring mistake shows keys like `readiness:code.legend`).
 */
describe.each(['so', 'hmn'] as const)('screens in %s', (language) => {
  const text = resources[language]

  it('the welcome screen: heading, free language help, native language names, Start', () => {
    renderWithKiosk(
      <WelcomeScreen
        languages={['en', 'es', 'so', 'hmn']}
        clinicName="Mayo Clinic"
        onStart={vi.fn()}
      />,
      language,
    )
    expect(screen.getByRole('heading', { level: 1, name: text.welcome.title })).toBeInTheDocument()
    expect(screen.getByText(text.common.languageHelp)).toBeInTheDocument()
    expect(
      screen.getByRole('button', { name: languageEndonyms[language], pressed: true }),
    ).toHaveAttribute('lang', language)
    expect(screen.getByRole('button', { name: text.welcome.start })).toBeInTheDocument()
    const shown = document.body.textContent ?? ''
    for (const sentence of englishSentences('welcome')) expect(shown).not.toContain(sentence)
    expect(shown).not.toMatch(/welcome[:.]/)
  })

  it('a step (do you have what you need?): questions, choices and the error', async () => {
    const { user } = renderWithKiosk(
      <ReadinessScreen initial={noReadinessAnswers} onContinue={vi.fn()} onBack={vi.fn()} />,
      language,
    )
    expect(
      screen.getByRole('heading', { level: 1, name: text.readiness.title }),
    ).toBeInTheDocument()
    expect(screen.getByRole('radiogroup', { name: text.readiness.code.legend })).toBeInTheDocument()
    expect(screen.getByRole('radio', { name: text.readiness.code.yes })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: text.readiness.continue }))
    expect(screen.getByRole('alert')).toHaveTextContent(text.readiness.answerCode)
    const shown = document.body.textContent ?? ''
    for (const sentence of englishSentences('readiness')) expect(shown).not.toContain(sentence)
    expect(shown).not.toMatch(/readiness[:.]|ui[:.]/)
  })
})
