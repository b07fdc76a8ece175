import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ALargeSmall } from 'lucide-react'

import { Button } from '../components/Button'
import { PatientDialog } from '../components/PatientDialog'
import { DisplaySettings } from '../display/display-preferences'

/**
 * The small "Aa" in the top band, on the welcome and on every step: opens the screen settings
 * (large text, high contrast) over the current screen, so a patient who cannot read the screen
 * does not have to find Help first. Nothing of the step underneath changes.
 */
export function ScreenSettingsButton() {
  const { t } = useTranslation('ui')
  const [open, setOpen] = useState(false)
  return (
    <>
      <Button
        variant="secondary"
        className="kiosk-band__settings"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        <ALargeSmall aria-hidden="true" className="kiosk-icon" />
        {t('display.open')}
      </Button>
      {open && <ScreenSettingsDialog onClose={() => setOpen(false)} />}
    </>
  )
}

function ScreenSettingsDialog({ onClose }: { readonly onClose: () => void }) {
  const { t } = useTranslation('ui')
  const id = useId()
  return (
    <PatientDialog labelledBy={`${id}-heading`} onEscape={onClose}>
      <DisplaySettings headingId={`${id}-heading`} />
      <Button className="kiosk-button--hero" onClick={onClose}>
        {t('display.close')}
      </Button>
    </PatientDialog>
  )
}
