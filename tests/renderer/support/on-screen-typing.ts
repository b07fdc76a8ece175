import { screen, within } from '@testing-library/react'
import type { UserEvent } from '@testing-library/user-event'

import type { LanguageCode } from '../../../shared/languages'
import { letterVariants } from '../../../renderer/components/keyboard-more-letters'
import { resources } from '../../../renderer/i18n/resources'

/** The plain letter whose "more letters" panel holds `letter`, or null. */
export function baseOf(letter: string): string | null {
  for (const base of 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ') {
    if (letterVariants(base).includes(letter)) return base
  }
  return null
}

/**
 * Types `text` by clicking on-screen keys only, as a patient would: a key in view if there is
 * one, Shift when the case is wrong (automatic capitals may be on), and otherwise "More
 * letters" → the plain letter → the form. Throws if a character cannot be reached.
 */
export async function typeOnScreen(
  user: UserEvent,
  text: string,
  language: LanguageCode = 'en',
): Promise<void> {
  const keys = resources[language].ui.keyboard
  const region = () => screen.getByRole('region', { name: keys.label })
  const key = (name: string) => within(region()).queryByRole('button', { name })
  for (const character of text) {
    const name = character === ' ' ? keys.space : character
    if (key(name) === null)
      await user.click(within(region()).getByRole('button', { name: keys.shift }))
    const direct = key(name)
    if (direct !== null) {
      await user.click(direct)
      continue
    }
    const base = baseOf(character)
    if (base === null) throw new Error(`no key reaches ${character}`)
    await user.click(
      within(region()).getByRole('button', { name: new RegExp(`^${keys.moreLetters}`) }),
    )
    const panel = keys.variantsOf.replace('{{letter}}', base)
    if (key(panel) === null)
      await user.click(within(region()).getByRole('button', { name: keys.shift }))
    await user.click(within(region()).getByRole('button', { name: panel }))
    await user.click(within(region()).getByRole('button', { name: character }))
  }
}
