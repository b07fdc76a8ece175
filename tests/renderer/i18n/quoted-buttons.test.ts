import { describe, expect, it } from 'vitest'

import { resources } from '../../../renderer/i18n/resources'
import { supportedLanguages } from '../../../shared/languages'

/**
 * A sentence that tells the patient to tap a button quotes that button's label: the two must
 * agree, or the patient looks for a button that is not there. (The Spanish text once quoted
 * «Llenar el formulario…» and «Insertar mi código…» while the buttons said otherwise.)
 */
describe('button names quoted in instructions match the buttons', () => {
  it.each(supportedLanguages)('%s', (language) => {
    const text = resources[language]
    expect(text.activation.intro).toContain(text.handoff.prefill.button)
    expect(text.activation.codeOnly.intro).toContain(text.handoff.keys.insertCode)
    // One finishing wording: the privacy tip names the hand-off's own way to finish.
    expect(text.privacyTips.tips.imDone.title).toContain(text.handoff.finished)
    expect(text.privacyTips.tips.imDone.body).toContain(text.handoff.finished)
  })
})
