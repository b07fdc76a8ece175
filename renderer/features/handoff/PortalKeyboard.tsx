import { useState } from 'react'
import { useTranslation } from 'react-i18next'

import type { portalSpecialKeys } from '../../../shared/ipc/portal-channels'
import { KeyButton, OnScreenKeyboard } from '../../components/OnScreenKeyboard'
import type { KeyboardLayoutName } from '../../components/keyboard-layouts'
import { usePortalTyping } from './use-portal-typing'

type PortalKey = (typeof portalSpecialKeys)[number]

export interface PortalKeyboardProps {
  /** The canonical activation code, when the patient entered one: offered as one key. */
  readonly activationCode: string | null
  readonly onDone: () => void
}

const portalLayouts: readonly KeyboardLayoutName[] = ['letters', 'symbols', 'email']
/**
 * In Arabic the Arabic letters are one more layer, never the first one: the portal's sign-up
 * fields (username, password, names as on the ID, email) take Latin letters, so the keyboard
 * still opens on ABC.
 */
const arabicPortalLayouts: readonly KeyboardLayoutName[] = [...portalLayouts, 'arabic']

/**
 * The on-screen keyboard for the official page: main types each key into the page's focused
 * field (the page itself gets no access to us). Tab keys move between the page's fields.
 */
export function PortalKeyboard({ activationCode, onDone }: PortalKeyboardProps) {
  const { t, i18n } = useTranslation('handoff')
  const { t: tShell } = useTranslation('shell')
  const { typeText, pressKey, problem } = usePortalTyping()
  const [layout, setLayout] = useState<KeyboardLayoutName>('letters')
  const press = (key: PortalKey) => () => pressKey(key)
  return (
    <>
      {problem !== null && (
        <p role="status" className="kiosk-notice">
          {tShell(problem === 'unreachable' ? 'typing.unreachable' : 'typing.noField')}
        </p>
      )}
      <OnScreenKeyboard
        layout={layout}
        switchableLayouts={i18n.language === 'ar' ? arabicPortalLayouts : portalLayouts}
        onLayoutChange={setLayout}
        onText={typeText}
        onBackspace={press('Backspace')}
        onDone={onDone}
        layoutRowKeys={
          <>
            {/* These move the caret in the official page's field, which is left to right:
                ◀ stays on the left even when our layout mirrors. */}
            <span className="kiosk-keyboard__pair" dir="ltr">
              <KeyButton onPress={press('ArrowLeft')} label={t('keys.left')}>
                ◀
              </KeyButton>
              <KeyButton onPress={press('ArrowRight')} label={t('keys.right')}>
                ▶
              </KeyButton>
            </span>
            <KeyButton wide onPress={press('Enter')}>
              {t('keys.enter')}
            </KeyButton>
          </>
        }
        extraKeys={
          <>
            <KeyButton wide onPress={press('Shift+Tab')}>
              <span aria-hidden="true">⇤</span> {t('keys.previousField')}
            </KeyButton>
            <KeyButton wide onPress={press('Tab')}>
              {t('keys.nextField')} <span aria-hidden="true">⇥</span>
            </KeyButton>
            {activationCode !== null && (
              <KeyButton
                wide
                className="kiosk-key--insert"
                onPress={() => typeText(activationCode)}
              >
                {t('keys.insertCode')}
              </KeyButton>
            )}
          </>
        }
      />
    </>
  )
}
