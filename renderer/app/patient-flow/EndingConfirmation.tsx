import { useTranslation } from 'react-i18next'

import { ConfirmDialog } from '../../components/ConfirmDialog'

/** The three patient actions that erase their work, and so ask first. */
export type Ending = 'start-over' | 'im-done' | 'leave'

const keyOf = { 'start-over': 'startOver', 'im-done': 'imDone', leave: 'leave' } as const

/** "Are you sure?" for one ending, in the patient's language. */
export function EndingConfirmation({
  ending,
  onKeep,
  onConfirm,
}: {
  readonly ending: Ending
  readonly onKeep: () => void
  readonly onConfirm: () => void
}) {
  const { t } = useTranslation('ending')
  const key = keyOf[ending]
  return (
    <ConfirmDialog
      title={t(`confirm.${key}.title`)}
      body={t(`confirm.${key}.body`)}
      keepLabel={t(`confirm.${key}.keep`)}
      confirmLabel={t(`confirm.${key}.confirm`)}
      onKeep={onKeep}
      onConfirm={onConfirm}
    />
  )
}
