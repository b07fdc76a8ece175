import { useCallback, useEffect, useRef, useState } from 'react'

import type { SessionView } from '../../shared/ipc/session-channels'
import type { LanguageCode } from '../../shared/languages'

/**
 * What "Start over" carries from one session into the next: the patient's language and screen
 * settings, nothing they entered; the next session opens at its first step at once, in that
 * language. (Every other ending — "I'm done", Back on the first step, the idle time-out, staff,
 * a crash — carries nothing: the welcome screen is what the next person in line sees.)
 */
export interface KeptSettings {
  readonly language: LanguageCode
  readonly largeText: boolean
  readonly highContrast: boolean
}

interface Pending extends KeptSettings {
  /**
   * The generation that asked. The settings belong to the next one only (the wipe adds exactly
   * one); any later generation — the next patient — gets the defaults again.
   */
  readonly from: number
}

export interface KeptSettingsControl {
  /** The settings the tree of `generation` starts with, if a start-over asked for them. */
  readonly forGeneration: (generation: number) => KeptSettings | null
  /** Remember the settings, then the caller ends the session. */
  readonly keep: (settings: KeptSettings) => void
}

/**
 * Holds kept settings outside the per-patient tree (which the wipe remounts) for the one
 * generation after the start-over wipe. They are read there for the language and the screen
 * settings (the config of the new generation may arrive late, so they are not dropped early),
 * and start the new session once.
 */
export function useKeptSettings(
  view: SessionView | null,
  startSession: (language: LanguageCode) => void,
): KeptSettingsControl {
  const [pending, setPending] = useState<Pending | null>(null)
  const started = useRef<number | null>(null)
  const generation = view?.generation ?? 0
  const phase = view?.phase ?? null

  useEffect(() => {
    if (pending === null || generation !== pending.from + 1) return
    if (phase !== 'attract' || started.current === generation) return
    started.current = generation
    startSession(pending.language)
  }, [pending, generation, phase, startSession])

  const forGeneration = useCallback(
    (asked: number) => (pending !== null && asked === pending.from + 1 ? pending : null),
    [pending],
  )
  const keep = useCallback(
    (settings: KeptSettings) => setPending({ ...settings, from: generation }),
    [generation],
  )
  return { forGeneration, keep }
}
