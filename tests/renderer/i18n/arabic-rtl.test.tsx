import { fireEvent, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'

import { createPreviewBridge } from '../../../renderer/bridge/preview/install-preview-bridge'
import { createPreviewCallLog } from '../../../renderer/bridge/preview/preview-call-log'
import { StaffLanguages } from '../../../renderer/features/staff/StaffLanguages'
import { createKioskI18n } from '../../../renderer/i18n/i18n'
import { renderApp } from '../support/render-app'
import { renderWithKiosk } from '../support/render-with-kiosk'

function previewWith(search: string) {
  const log = createPreviewCallLog()
  return { ...renderApp(createPreviewBridge(log, { search })), log }
}

afterEach(() => {
  document.documentElement.removeAttribute('dir')
  document.documentElement.lang = 'en'
})

describe('Arabic turns the page right to left, and back', () => {
  it('sets <html lang="ar" dir="rtl"> when Arabic is chosen and ltr again for English', async () => {
    const { user } = previewWith('?languages=ar')
    const root = document.documentElement
    await user.click(await screen.findByRole('button', { name: 'العربية' }))
    expect(
      screen.getByRole('heading', { level: 1, name: 'أنشئ حسابك في بوابة المرضى' }),
    ).toBeInTheDocument()
    expect(root.lang).toBe('ar')
    expect(root.dir).toBe('rtl')
    await user.click(screen.getByRole('button', { name: 'English' }))
    expect(root.lang).toBe('en')
    expect(root.dir).toBe('ltr')
  })

  it('starts the session in Arabic, still right to left', async () => {
    const { user, log } = previewWith('?languages=ar')
    await user.click(await screen.findByRole('button', { name: 'العربية' }))
    await user.click(screen.getByRole('button', { name: 'ابدأ' }))
    expect(log.calls).toContainEqual({ method: 'startSession', request: { language: 'ar' } })
    expect(document.documentElement.dir).toBe('rtl')
    expect(await screen.findByRole('button', { name: 'انتهيت — امسح جلستي' })).toBeInTheDocument()
  })

  it('shows the free language help notice in the chosen language', async () => {
    const { user } = previewWith('?languages=ar')
    expect(
      await screen.findByText('Free language help is available. Ask at the front desk.'),
    ).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'العربية' }))
    expect(
      screen.getByText('تتوفر مساعدة لغوية مجانية. اسأل في مكتب الاستقبال.'),
    ).toBeInTheDocument()
  })
})

describe('a pending language without the clinic’s opt-in', () => {
  it('locks the kiosk with the problem spelled out, and offers only reviewed languages', async () => {
    previewWith('?languages=ar-unreviewed')
    // Patients see the calm sign; the problem is for staff, behind the staff gesture.
    await screen.findByRole('heading', { level: 1, name: 'This kiosk is resting' })
    fireEvent.keyDown(document, { code: 'KeyK', ctrlKey: true, altKey: true, shiftKey: true })
    const list = await screen.findByRole('list', { name: '1 problem' })
    expect(within(list).getByRole('listitem').textContent).toBe(
      'languages.enabled.2 "ar" (العربية) is machine-drafted and not yet reviewed by a qualified translator; to offer it anyway, add "ar" to languages.allowPendingReview',
    )
    expect(screen.getByRole('button', { name: 'English' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'العربية' })).not.toBeInTheDocument()
    expect(document.documentElement.dir).toBe('ltr')
  })
})

describe('Arabic counts', () => {
  it('uses the Arabic plural forms and Western digits', () => {
    const i18n = createKioskI18n('ar')
    const countdown = (count: number) => i18n.t('idleWarning:countdown', { count })
    expect(countdown(1)).toBe('المسح بعد ثانية واحدة (1)')
    expect(countdown(2)).toBe('المسح بعد ثانيتين (2)')
    expect(countdown(5)).toBe('المسح بعد 5 ثوانٍ')
    expect(countdown(25)).toBe('المسح بعد 25 ثانية')
  })
})

describe('the staff panel’s language list', () => {
  it('shows each enabled language by its own name with its review status', () => {
    renderWithKiosk(<StaffLanguages enabled={['en', 'es', 'ar']} />)
    const terms = screen.getAllByRole('term')
    expect(terms.map((term) => term.textContent)).toEqual([
      'English (en)',
      'Español (es)',
      'العربية (ar)',
    ])
    const status = screen.getAllByRole('definition').map((item) => item.textContent)
    expect(status[0]).toBe('Reviewed by a qualified translator')
    expect(status[2]).toMatch(/^Machine-drafted, not yet reviewed/)
    expect(within(terms[2] as HTMLElement).getByText('العربية')).toHaveAttribute('dir', 'rtl')
  })
})
