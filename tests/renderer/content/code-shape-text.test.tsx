import { screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'

import { CodeProgress } from '../../../renderer/components/keyboard-code-progress'
import {
  noReadinessAnswers,
  ReadinessScreen,
} from '../../../renderer/features/readiness/ReadinessScreen'
import { renderWithKiosk } from '../support/render-with-kiosk'

/** The code's shape is a per-portal setting: every mention follows it, none says "15". */
describe('the activation code’s shape comes from the configuration', () => {
  const shape = { groups: 2, groupLength: 4 }

  it('the readiness hint gives the configured shape, as what a code often looks like', () => {
    renderWithKiosk(
      <ReadinessScreen
        initial={noReadinessAnswers}
        codeShape={shape}
        onContinue={vi.fn()}
        onBack={vi.fn()}
      />,
    )
    expect(
      screen.getByText(/The code often has 2 groups of 4 letters and numbers\./),
    ).toBeInTheDocument()
    expect(document.body.textContent).not.toMatch(/three groups of five|3 groups of 5/)
  })

  it('the Spanish hint too', () => {
    renderWithKiosk(
      <ReadinessScreen
        initial={noReadinessAnswers}
        codeShape={shape}
        onContinue={vi.fn()}
        onBack={vi.fn()}
      />,
      'es',
    )
    expect(screen.getByText(/suele tener 2 grupos de 4 letras y números/)).toBeInTheDocument()
  })

  it('the keyboard counts to the configured length', () => {
    const { unmount } = renderWithKiosk(<CodeProgress value="ABCD1234" shape={shape} />)
    expect(screen.getByRole('status')).toHaveTextContent('All 8 characters entered')
    unmount()
    renderWithKiosk(<CodeProgress value="ABCD12345" shape={shape} />)
    expect(screen.getByRole('status')).toHaveTextContent(
      'More than 8 characters: please check the code',
    )
  })
})
