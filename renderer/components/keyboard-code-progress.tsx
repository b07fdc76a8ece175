import { useTranslation } from 'react-i18next'

import {
  ACTIVATION_CODE_GROUP_LENGTH,
  ACTIVATION_CODE_LENGTH,
} from '../../shared/activation/activation-code'

/** The code as typed so far, in groups of five (`ABCDE-12345-FG`), ignoring dashes and spaces. */
export function groupedCode(value: string): { readonly shown: string; readonly typed: number } {
  const compact = value.replace(/[\s-]/g, '').toUpperCase()
  const groups: string[] = []
  for (let start = 0; start < compact.length; start += ACTIVATION_CODE_GROUP_LENGTH) {
    groups.push(compact.slice(start, start + ACTIVATION_CODE_GROUP_LENGTH))
  }
  return { shown: groups.join('-'), typed: compact.length }
}

/**
 * Above the code keyboard: what has been typed, grouped like the letter shows it, and how many
 * characters are left, so a patient copying from paper can find their place again.
 */
export function CodeProgress({ value }: { readonly value: string }) {
  const { t } = useTranslation('ui')
  const { shown, typed } = groupedCode(value)
  const left = ACTIVATION_CODE_LENGTH - typed
  const status =
    left === 0
      ? t('keyboard.codeComplete')
      : left < 0
        ? t('keyboard.codeTooLong')
        : t('keyboard.codeProgress', { count: left })
  return (
    <div className="kiosk-code-progress">
      <p className="kiosk-code-progress__code">
        <span className="visually-hidden">{t('keyboard.codeShown')}: </span>
        <span className="kiosk-code-progress__groups">{shown === '' ? '—' : shown}</span>
      </p>
      <p className="kiosk-code-progress__left" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  )
}
