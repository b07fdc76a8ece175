import type { i18n } from 'i18next'
import { useEffect, useState } from 'react'

import type { LanguageCode } from '../../../shared/languages'
import { loadKioskI18n } from '../../i18n/load-kiosk-i18n'

/**
 * The staff screens' own i18next instance, in the configured staff language, so a patient's
 * Spanish session does not turn the PIN pad and the panel into Spanish. It loads that language's
 * chunk only (the same chunk the patient flow uses, cached once per page), keeping the initial
 * bundle free of every other language's strings. Null until loaded (a few milliseconds).
 */
export function useStaffI18n(language: LanguageCode): i18n | null {
  const [loaded, setLoaded] = useState<{ language: LanguageCode; i18n: i18n } | null>(null)
  useEffect(() => {
    let live = true
    void loadKioskI18n(language).then((instance) => {
      if (live) setLoaded({ language, i18n: instance })
    })
    return () => {
      live = false
    }
  }, [language])
  return loaded?.language === language ? loaded.i18n : null
}
