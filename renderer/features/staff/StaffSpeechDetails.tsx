import { Fragment } from 'react'
import { useTranslation } from 'react-i18next'

import { languageEndonyms, type LanguageCode } from '../../../shared/languages'
import { useInstalledVoices } from '../../speech/installed-voices'
import { pickVoice, type VoiceLike } from '../../speech/voices'

export interface StaffSpeechDetailsProps {
  /** The languages this clinic offers patients. */
  readonly languages: readonly LanguageCode[]
  /** Injected in tests; the browser's installed voices otherwise. */
  readonly voices?: readonly VoiceLike[]
}

/**
 * Which offered languages "Listen" can read aloud on this kiosk: the voice it would use, or a
 * clear "no voice installed" (then IT installs one, docs/clinic-it.md, "Speech output").
 */
export function StaffSpeechDetails({ languages, voices }: StaffSpeechDetailsProps) {
  const { t } = useTranslation('speech')
  const installed = useInstalledVoices()
  const available = voices ?? installed
  if (languages.length === 0) return null
  const missing = languages.filter((language) => pickVoice(available, language) === null)
  return (
    <section aria-labelledby="staff-speech-heading" className="kiosk-stack">
      <h3 id="staff-speech-heading" className="staff-heading">
        {t('staff.heading')}
      </h3>
      <dl className="staff-facts">
        {languages.map((language) => {
          const voice = pickVoice(available, language)
          return (
            <Fragment key={language}>
              <dt lang={language}>{languageEndonyms[language]}</dt>
              <dd>
                {voice === null ? (
                  <strong>{t('staff.noVoice')}</strong>
                ) : (
                  t('staff.voice', { name: voice.name })
                )}
              </dd>
            </Fragment>
          )
        })}
      </dl>
      {missing.length > 0 && <p className="kiosk-hint">{t('staff.noVoiceHint')}</p>}
    </section>
  )
}
