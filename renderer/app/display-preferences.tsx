import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'

export interface DisplayPreferences {
  readonly largeText: boolean
  readonly highContrast: boolean
  setLargeText(on: boolean): void
  setHighContrast(on: boolean): void
}

const DisplayPreferencesContext = createContext<DisplayPreferences | null>(null)

/**
 * Large text and high contrast, applied as attributes on <html> so plain CSS can react.
 * They belong to one patient: the provider sits inside the per-session tree, so a wipe resets
 * them to the defaults for the next person.
 */
export function DisplayPreferencesProvider({ children }: { readonly children: ReactNode }) {
  const [largeText, setLargeText] = useState(false)
  const [highContrast, setHighContrast] = useState(false)
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

export function useDisplayPreferences(): DisplayPreferences {
  const value = useContext(DisplayPreferencesContext)
  if (value === null)
    throw new Error('useDisplayPreferences() outside <DisplayPreferencesProvider>')
  return value
}
