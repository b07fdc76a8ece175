import { describe, expect, it } from 'vitest'

import { supportedLanguages } from '../../../shared/languages'
import { loadLanguageBundle } from '../../../renderer/i18n/language-bundles'
import { loadKioskI18n } from '../../../renderer/i18n/load-kiosk-i18n'
import { resources } from '../../../renderer/i18n/resources'

describe('loading one language at a time', () => {
  it.each(supportedLanguages)(
    'the %s chunk holds exactly the strings resources.ts types (no namespace lost or extra)',
    async (language) => {
      expect(await loadLanguageBundle(language)).toEqual(resources[language])
    },
  )

  it('starts with only the chosen language, and loads another when a patient picks it', async () => {
    const i18n = await loadKioskI18n('en')
    expect(i18n.t('welcome:start')).toBe(resources.en.welcome.start)
    expect(i18n.hasResourceBundle('en', 'welcome')).toBe(true)
    expect(i18n.hasResourceBundle('es', 'welcome')).toBe(false)

    await i18n.changeLanguage('es')
    expect(i18n.language).toBe('es')
    expect(i18n.t('welcome:start')).toBe(resources.es.welcome.start)
    expect(i18n.t('session:status.loading.title')).toBe(resources.es.session.status.loading.title)
  })

  it('can start in Spanish without loading English', async () => {
    const i18n = await loadKioskI18n('es')
    expect(i18n.t('welcome:title')).toBe(resources.es.welcome.title)
    expect(i18n.hasResourceBundle('en', 'welcome')).toBe(false)
  })
})
