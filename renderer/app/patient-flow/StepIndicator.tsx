import { useTranslation } from 'react-i18next'

import { InTopBand } from '../shell-slots'
import { STEP_COUNT, stepNumber, type Step } from './flow-state'

const numbers = Array.from({ length: STEP_COUNT }, (_, index) => index + 1)

/**
 * Where the patient is and how much is left, in the top band: "Step 2 of 7: Whose account"
 * over a bar of segments named for screen readers (after the U.S. Web Design System's step
 * indicator). Side screens share their parent step's number; the last screen shows every step
 * done, so the band keeps its height there too.
 */
export function StepIndicator({ step }: { readonly step: Step }) {
  const { t } = useTranslation('flow')
  const number = stepNumber[step]
  // The last screen comes after step 7: every segment complete.
  const current = number ?? STEP_COUNT + 1
  const label = (number: number) => t(`steps.s${number as 1 | 2 | 3 | 4 | 5 | 6 | 7}`)
  return (
    <InTopBand>
      <div role="group" aria-label={t('steps.label')} className="kiosk-steps">
        <p className="kiosk-steps__heading">
          {number === null ? (
            <span className="kiosk-steps__counter">{t('steps.allDone')}</span>
          ) : (
            <>
              <span className="kiosk-steps__counter">
                {t('stepCounter', { number, count: STEP_COUNT })}
              </span>
              <span aria-hidden="true">: </span>
              <span className="kiosk-steps__name">{label(number)}</span>
            </>
          )}
        </p>
        <ol className="kiosk-steps__segments">
          {numbers.map((number) => {
            const state =
              number < current ? 'complete' : number === current ? 'current' : 'upcoming'
            return (
              <li
                key={number}
                className={`kiosk-steps__segment kiosk-steps__segment--${state}`}
                aria-current={state === 'current' ? 'step' : undefined}
              >
                <span className="kiosk-steps__label">
                  {label(number)}
                  {state === 'complete' && (
                    <span className="visually-hidden"> {t('steps.completed')}</span>
                  )}
                </span>
              </li>
            )
          })}
        </ol>
      </div>
    </InTopBand>
  )
}
