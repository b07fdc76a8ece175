import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

import { ToggleButton } from '../components/ToggleButton'

export interface DisplayPreferences {
  readonly largeText: boolean
  readonly highContrast: boolean
  setLargeText(on: boolean): void
  setHighContrast(on: boolean): void
}

const DisplayPreferencesContext = createContext<DisplayPreferences | null>(null)

/**
 * Large text and high contrast, applied as attributes on <html> so plain CSS can react.
 * They belong to one patient: a new `session` (a wipe) resets them to the defaults for the next
 * person ("Start over" hands them over as `initial`). The provider wraps the whole shell, so the
 * top band's screen-settings button reaches them; the reset happens during the render that
 * sees the new session, so no frame of the next session shows the previous patient's settings.
 */
export function DisplayPreferencesProvider({
  children,
  initial,
  session = 0,
}: {
  readonly children: ReactNode
  /** Carried over by "Start over" (the only ending that keeps them). */
  readonly initial?: { readonly largeText: boolean; readonly highContrast: boolean } | null
  /** The session generation: when it changes, the settings start again from `initial`. */
  readonly session?: number
}) {
  const [largeText, setLargeText] = useState(initial?.largeText ?? false)
  const [highContrast, setHighContrast] = useState(initial?.highContrast ?? false)
  const [seen, setSeen] = useState(session)
  if (seen !== session) {
    setSeen(session)
    setLargeText(initial?.largeText ?? false)
    setHighContrast(initial?.highContrast ?? false)
  }
  useEffect(() => {
    const root = document.documentElement
    root.dataset['textSize'] = largeText ? 'large' : 'normal'
    root.dataset['contrast'] = highContrast ? 'high' : 'normal'
  }, [largeText, highContrast])
  const value = useMemo(
    () => ({ largeText, highContrast, setLargeText, setHighContrast }),
    [largeText, highContrast],
  )
  return (
    <DisplayPreferencesContext.Provider value={value}>
      {children}
    </DisplayPreferencesContext.Provider>
  )
}

/**
 * The two display switches with their heading: on the welcome screen and in Help, so a patient
 * who finds the text hard to read can change it at any step, not only before Start.
 */
export function DisplaySettings({ headingId }: { readonly headingId: string }) {
  const { t } = useTranslation('ui')
  const display = useDisplayPreferences()
  return (
    <div role="group" aria-labelledby={headingId} className="kiosk-stack">
      <h2 id={headingId} className="kiosk-subtitle">
        {t('display.heading')}
      </h2>
      <div className="kiosk-row">
        <ToggleButton pressed={display.largeText} onPressedChange={display.setLargeText}>
          {t('display.largeText')}
        </ToggleButton>
        <ToggleButton pressed={display.highContrast} onPressedChange={display.setHighContrast}>
          {t('display.highContrast')}
        </ToggleButton>
      </div>
    </div>
  )
}

export function useDisplayPreferences(): DisplayPreferences {
  const value = useContext(DisplayPreferencesContext)
  if (value === null)
    throw new Error('useDisplayPreferences() outside <DisplayPreferencesProvider>')
  return value
}
