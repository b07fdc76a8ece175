import { useTranslation } from 'react-i18next'

import {
  DEFAULT_CODE_SHAPE,
  type ActivationCodeShape,
} from '../../shared/activation/activation-code'

/**
 * The code as typed so far, in the portal's groups (`ABCDE-12345-FG` for the default 3×5),
 * ignoring dashes and spaces.
 */
export function groupedCode(
  value: string,
  shape: ActivationCodeShape = DEFAULT_CODE_SHAPE,
): { readonly shown: string; readonly typed: number } {
  const compact = value.replace(/[\s-]/g, '').toUpperCase()
  const groups: string[] = []
  for (let start = 0; start < compact.length; start += shape.groupLength) {
    groups.push(compact.slice(start, start + shape.groupLength))
  }
  return { shown: groups.join('-'), typed: compact.length }
}

/**
 * Above the code keyboard: what has been typed, grouped like the letter shows it, and how many
 * characters are left, so a patient copying from paper can find their place again.
 */
export function CodeProgress({
  value,
  shape = DEFAULT_CODE_SHAPE,
}: {
  readonly value: string
  /** The portal's usual code shape (a per-portal setting): what "left" counts towards. */
  readonly shape?: ActivationCodeShape
}) {
  const { t } = useTranslation('ui')
  const { shown, typed } = groupedCode(value, shape)
  const total = shape.groups * shape.groupLength
  const left = total - typed
  // The count comes from the portal's configured shape, never a fixed "15".
  const status =
    left === 0
      ? t('keyboard.codeComplete', { total })
      : left < 0
        ? t('keyboard.codeTooLong', { total })
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
