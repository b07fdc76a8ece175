import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { I18nextProvider, useTranslation } from 'react-i18next'

import type { StaffAccessView } from '../../../shared/ipc/staff-channels'
import { directionOf, type LanguageCode } from '../../../shared/languages'
import { useBootSnapshot } from '../../kiosk-state/boot-snapshot'
import { useBridge } from '../../bridge/kiosk-bridge'
import { ConfigProblemsDialog } from './ConfigProblemsDialog'
import { PinPad } from './PinPad'
import { StaffPanel } from './StaffPanel'
import { createTapCounter, isStaffChord } from './tap-gesture'
import { useStaffI18n } from './use-staff-i18n'

export interface StaffModeProps {
  /**
   * True while the kiosk is locked as "not configured". The clinic name is read again when
   * this changes and after staff reload the configuration — not per patient, so a patient's
   * session adds nothing to the call log.
   */
  readonly configError: boolean
  /**
   * The configuration the patient screens read for this generation (it changes after a live
   * reload between patients). When present it is the freshest, so the header's name and the
   * staff language follow a new file without an extra call; null while locked or loading.
   */
  readonly currentConfig?: {
    readonly clinicName: string
    readonly staffLanguage: LanguageCode
    /** The patient languages: review status and whether each has a voice for "Listen". */
    readonly languages: { readonly enabled: readonly LanguageCode[] }
  } | null
  /** Told when the PIN pad or the panel opens and closes (the portal page must not cover them). */
  readonly onOpenChange?: (open: boolean) => void
  /** Injected in tests; the real clock otherwise. */
  readonly now?: () => number
}

type Open =
  | { view: 'closed' }
  | { view: 'pin'; access: StaffAccessView }
  | { view: 'panel' }
  | { view: 'config-problems' }

/**
 * The kiosk's header with the clinic name, and the hidden way into staff mode: five taps on
 * the name within three seconds, or Ctrl+Alt+Shift+K. The name is deliberately not a button:
 * patients should not be invited to press it, and the key chord serves keyboard users.
 */
export function StaffMode({
  configError,
  currentConfig = null,
  onOpenChange,
  now = Date.now,
}: StaffModeProps) {
  const { t, i18n: appI18n } = useTranslation('staff')
  const bridge = useBridge()
  const nameRef = useRef<HTMLParagraphElement>(null)
  const boot = useBootSnapshot()
  const [fetchedName, setClinicName] = useState<string | null>(() =>
    boot?.config.status === 'ready' ? boot.config.config.clinicName : null,
  )
  const [fetchedLanguage, setStaffLanguage] = useState<LanguageCode>(() =>
    boot?.config.status === 'ready' ? boot.config.config.staffLanguage : 'en',
  )
  const [fetchedEnabled, setEnabled] = useState<readonly LanguageCode[] | undefined>(() =>
    boot?.config.status === 'ready' ? boot.config.config.languages.enabled : undefined,
  )
  const clinicName = currentConfig?.clinicName ?? fetchedName
  const enabledLanguages = currentConfig?.languages.enabled ?? fetchedEnabled
  const staffLanguage = currentConfig?.staffLanguage ?? fetchedLanguage
  // Until the staff language's strings are loaded (milliseconds), the app's own instance.
  const staffI18n = useStaffI18n(staffLanguage) ?? appI18n
  const [opened, setOpen] = useState<Open>({ view: 'closed' })
  // Once the file is fixed (live reload, "Check the file again"), its problems close with it.
  const open: Open = opened.view === 'config-problems' && !configError ? { view: 'closed' } : opened
  const [configReloads, setConfigReloads] = useState(0)
  const taps = useMemo(() => createTapCounter(now), [now])

  useEffect(() => {
    let live = true
    void bridge.getPublicConfig().then((answer) => {
      if (!live) return
      setClinicName(answer.ok ? answer.value.clinicName : null)
      if (answer.ok) setStaffLanguage(answer.value.staffLanguage)
      setEnabled(answer.ok ? answer.value.languages.enabled : undefined)
    })
    return () => {
      live = false
    }
  }, [bridge, configError, configReloads])

  const enter = useCallback(async () => {
    // Locked as "not configured": there is no PIN to check (the file is what is broken), and
    // what staff need is the list of problems, which patients no longer see on the sign.
    if (configError) return setOpen({ view: 'config-problems' })
    const answer = await bridge.getStaffAccess()
    if (!answer.ok) return
    setOpen(
      answer.value.access === 'unlocked'
        ? { view: 'panel' }
        : { view: 'pin', access: answer.value },
    )
  }, [bridge, configError])

  useEffect(() => {
    const name = nameRef.current
    const onTap = () => {
      if (taps.tap()) void enter()
    }
    const onKey = (event: KeyboardEvent) => {
      if (!isStaffChord(event)) return
      event.preventDefault()
      void enter()
    }
    name?.addEventListener('pointerup', onTap)
    document.addEventListener('keydown', onKey)
    return () => {
      name?.removeEventListener('pointerup', onTap)
      document.removeEventListener('keydown', onKey)
    }
  }, [enter, taps])

  useEffect(() => {
    onOpenChange?.(open.view !== 'closed')
  }, [open.view, onOpenChange])

  const close = useCallback(() => setOpen({ view: 'closed' }), [])
  const unlocked = useCallback(() => setOpen({ view: 'panel' }), [])

  return (
    <>
      <div className="kiosk-header__bar">
        <p ref={nameRef} className="kiosk-header__clinic">
          {clinicName ?? t('header.fallbackName')}
        </p>
      </div>
      {open.view !== 'closed' && (
        <I18nextProvider i18n={staffI18n}>
          {/* Staff read their own (reviewed, left-to-right) language even over an Arabic page. */}
          <div lang={staffLanguage} dir={directionOf(staffLanguage)}>
            {open.view === 'pin' && (
              <PinPad access={open.access} onUnlocked={unlocked} onClose={close} />
            )}
            {open.view === 'config-problems' && <ConfigProblemsDialog onClose={close} />}
            {open.view === 'panel' && (
              <StaffPanel
                languages={enabledLanguages}
                onClose={close}

                onConfigReloaded={() => setConfigReloads((count) => count + 1)}
              />
            )}
          </div>
        </I18nextProvider>
      )}
    </>
  )
}
