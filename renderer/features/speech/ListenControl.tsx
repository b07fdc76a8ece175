import './ListenControl.css'

import { useEffect, useRef, useState, useSyncExternalStore, type RefObject } from 'react'
import { useTranslation } from 'react-i18next'

import { LISTEN_EVENT } from '../../speech/listen-event'
import { Button } from '../../components/Button'
import { createSpeech, type Speech } from '../../speech/speech'
import { spellOut } from '../../speech/spell-out'
import { readScreen, screenParts } from './read-screen'

export interface ListenControlProps {
  /**
   * Changes whenever what the patient sees changes (a step, an overlay, a question). A reading
   * of the old screen stops; once the patient has asked to listen, the new screen is read.
   */
  readonly screenKey: string
  /** The activation step: offer "Read back my code" (the field has `data-speech-readback`). */
  readonly offerCodeReadBack?: boolean
  /** A test double; the browser's `speechSynthesis` otherwise. */
  readonly speech?: Speech
}

/**
 * "Listen": reads the screen on show aloud in the patient's language, with pause, repeat and
 * slower/faster. A new language is a new instance (keyed), so a language change forgets
 * everything, as does the wipe (the whole patient tree unmounts).
 */
export default function ListenControl(props: ListenControlProps) {
  const { i18n } = useTranslation()
  return <ListenFor key={i18n.language} {...props} />
}

function ListenFor({ screenKey, offerCodeReadBack = false, speech: injected }: ListenControlProps) {
  const { t, i18n } = useTranslation('speech')
  const language = i18n.language
  const [speech] = useState(() => injected ?? browserSpeech())
  const [listening, setListening] = useState(false)
  const [noVoice, setNoVoice] = useState(false)
  const box = useRef<HTMLDivElement>(null)
  const lastFocus = useLastFocusOutside(box)
  const view = useSyncExternalStore(
    speech?.subscribe ?? noSubscribe,
    () => (speech === null ? 'none' : `${speech.state} ${speech.rate}`),
    () => 'none',
  )
  const [state = 'idle', rate = '1'] = view.split(' ')

  // The wipe and a language change unmount this instance: stop and forget what it was told.
  useEffect(() => () => speech?.forget(), [speech])

  const readNow = () => {
    if (speech === null) return
    // Found from the document, not from where this control sits (it is in the top band).
    const screen = screenParts(document)
    if (screen.length === 0) return
    const said = speech.speak(
      readScreen(screen, lastFocus(), {
        selected: (name) => t('words.selected', { name }),
        notSelected: (name) => t('words.notSelected', { name }),
        textBox: (label) => t('words.textBox', { label }),
        button: (name) => t('words.button', { name }),
        focused: (name) => t('words.focused', { name }),
        error: (text) => t('words.error', { text }),
      }),
      language,
    )
    setNoVoice(!said)
  }
  const read = useRef(readNow)
  useEffect(() => {
    read.current = readNow
  })

  // The keypad's Listen key (F3) sends this from wherever focus is: the same as tapping
  // Listen, and the focused control is read last ("You are on: …").
  useEffect(() => {
    const onListenKey = () => {
      setListening(true)
      read.current()
    }
    document.addEventListener(LISTEN_EVENT, onListenKey)
    return () => document.removeEventListener(LISTEN_EVENT, onListenKey)
  }, [])

  // A new screen: stop the old reading; read the new one if the patient is listening.
  const seen = useRef(screenKey)
  useEffect(() => {
    if (seen.current === screenKey) return
    seen.current = screenKey
    if (listening) read.current()
    else speech?.forget()
  }, [screenKey, listening, speech])

  if (speech === null) return null
  const active = listening || state !== 'idle'

  const readBack = () => {
    const field = screenParts(document)
      .map((part) => part.querySelector<HTMLInputElement>('input[data-speech-readback]'))
      .find((found) => found !== null)
    const code = spellOut(field?.value ?? '')
    const said = speech.speak(
      code.length === 0 ? [t('words.noCode')] : [t('words.codeIntro'), ...code],
      language,
      { keep: false },
    )
    setNoVoice(!said)
  }

  return (
    <div ref={box} role="group" aria-label={t('control.label')} className="kiosk-listen">
      <Button
        // Quiet like "Text size" beside it: the step's question and its primary action stay the
        // loudest things on screen (KIOSK-UX); keypad users have F3.
        variant="secondary"
        className="kiosk-listen__main"
        onClick={() => {
          setListening(true)
          readNow()
        }}
      >
        <SpeakerIcon />
        {t('control.listen')}
      </Button>
      {offerCodeReadBack && (
        <Button variant="secondary" onClick={readBack}>
          {t('control.readBackCode')}
        </Button>
      )}
      {active && (
        <>
          {state === 'paused' ? (
            <Button variant="secondary" onClick={() => speech.resume()}>
              {t('control.resume')}
            </Button>
          ) : (
            <Button
              variant="secondary"
              disabled={state !== 'speaking'}
              onClick={() => speech.pause()}
            >
              {t('control.pause')}
            </Button>
          )}
          <Button variant="secondary" onClick={() => setNoVoice(!speech.repeat())}>
            {t('control.repeat')}
          </Button>
          <Button variant="secondary" onClick={() => speech.slower()}>
            {t('control.slower')}
          </Button>
          <Button variant="secondary" onClick={() => speech.faster()}>
            {t('control.faster')}
          </Button>
          <Button
            variant="secondary"
            onClick={() => {
              setListening(false)
              speech.forget()
            }}
          >
            {t('control.stop')}
          </Button>
          <p className="kiosk-listen__speed">
            {t('control.speed', { rate: Number(rate).toLocaleString(language) })}
          </p>
        </>
      )}
      {noVoice && (
        <p role="status" className="kiosk-listen__problem">
          {t('control.noVoice')}
        </p>
      )}
    </div>
  )
}

const noSubscribe = () => () => undefined

/** A speaker, drawn (an emoji would depend on the kiosk's fonts); mirrored by nothing. */
function SpeakerIcon() {
  return (
    <svg
      aria-hidden="true"
      className="kiosk-listen__icon"
      viewBox="0 0 24 24"
      width="28"
      height="28"
    >
      <path d="M3 9v6h4l5 4V5L7 9H3z" fill="currentColor" />
      <path
        d="M15.5 8.5a5 5 0 0 1 0 7M18 6a8.5 8.5 0 0 1 0 12"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
      />
    </svg>
  )
}

/** The real engine, or null where the browser has none (then no control is shown). */
function browserSpeech(): Speech | null {
  return typeof window.speechSynthesis === 'undefined' ? null : createSpeech()
}

/**
 * The control the patient was on before tapping a Listen button (tapping moves focus to the
 * button, which is not what they want to hear about).
 */
function useLastFocusOutside(box: RefObject<HTMLElement | null>): () => Element | null {
  const last = useRef<Element | null>(null)
  useEffect(() => {
    const onFocus = (event: FocusEvent) => {
      const target = event.target
      if (target instanceof Element && !(box.current?.contains(target) ?? false))
        last.current = target
    }
    document.addEventListener('focusin', onFocus)
    return () => {
      document.removeEventListener('focusin', onFocus)
      last.current = null
    }
  }, [box])
  return () => (last.current?.isConnected === true ? last.current : null)
}
