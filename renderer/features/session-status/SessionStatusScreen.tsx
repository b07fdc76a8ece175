import { useTranslation } from 'react-i18next'

import { Screen } from '../../components/Screen'

export interface SessionStatusScreenProps {
  readonly status: 'loading' | 'wiping' | 'out-of-order'
}

/** Screens with nothing to do but wait, or find staff. */
export function SessionStatusScreen({ status }: SessionStatusScreenProps) {
  const { t } = useTranslation('session')
  return (
    <Screen title={t(`status.${status}.title`)}>
      <p className="kiosk-lead" role="status">
        {t(`status.${status}.body`)}
      </p>
    </Screen>
  )
}
