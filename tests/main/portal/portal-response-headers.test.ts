// @vitest-environment node
import { describe, expect, it } from 'vitest'

import {
  PORTAL_DOCUMENT_SANDBOX,
  PORTAL_PERMISSIONS_POLICY,
  rewritePortalResponse,
} from '../../../electron/main/portal/portal-response-headers'
import { createKioskHarness } from '../support/kiosk-harness'

const html = { 'Content-Type': ['text/html; charset=utf-8'] }

async function portalSession() {
  const kiosk = createKioskHarness()
  await kiosk.invoke('session:start', { language: 'en' })
  await kiosk.invoke('portal:open', { portalId: 'mayo-clinic', entry: 'sign-up' })
  const view = kiosk.currentView()
  if (view === undefined) throw new Error('no portal view was created')
  return view.webContents.session
}

describe('the portal session’s response headers', () => {
  it('turns every PDF into a download, whatever asked for it and however it is spelled', () => {
    for (const resourceType of ['mainFrame', 'subFrame', 'object', 'xhr']) {
      for (const type of ['application/pdf', 'Application/PDF; name=bill.pdf', 'text/pdf']) {
        const headers = rewritePortalResponse({
          resourceType,
          responseHeaders: {
            'content-type': [type],
            'content-disposition': ['inline; filename="visit-summary.pdf"'],
          },
        })
        expect(headers['Content-Disposition']).toEqual(['attachment'])
        expect(headers).not.toHaveProperty('content-disposition')
      }
    }
  })

  it('leaves other responses’ disposition alone', () => {
    const headers = rewritePortalResponse({ resourceType: 'mainFrame', responseHeaders: html })
    expect(headers).not.toHaveProperty('Content-Disposition')
    expect(headers['Content-Type']).toEqual(html['Content-Type'])
  })

  it('sandboxes every document without allow-modals (no print) but keeps its origin', () => {
    for (const resourceType of ['mainFrame', 'subFrame', 'object']) {
      const headers = rewritePortalResponse({ resourceType, responseHeaders: html })
      expect(headers['Content-Security-Policy']).toEqual([PORTAL_DOCUMENT_SANDBOX])
    }
    const tokens = PORTAL_DOCUMENT_SANDBOX.split(' ')
    expect(tokens[0]).toBe('sandbox')
    expect(tokens).not.toContain('allow-modals')
    expect(tokens).not.toContain('allow-top-navigation-to-custom-protocols')
    expect(tokens).not.toContain('allow-presentation')
    // What a portal needs to keep working: its cookies and storage, forms, pop-ups (loaded in
    // place by the kiosk), and downloads reaching `will-download` (so the patient is told).
    for (const needed of [
      'allow-scripts',
      'allow-same-origin',
      'allow-forms',
      'allow-popups',
      'allow-downloads',
    ])
      expect(tokens).toContain(needed)
  })

  it('keeps the page’s own policies and adds ours after them', () => {
    const headers = rewritePortalResponse({
      resourceType: 'mainFrame',
      responseHeaders: {
        ...html,
        'content-security-policy': ["default-src 'self'"],
        'Permissions-Policy': ['publickey-credentials-get=(self)'],
      },
    })
    expect(headers['Content-Security-Policy']).toEqual([
      "default-src 'self'",
      PORTAL_DOCUMENT_SANDBOX,
    ])
    // A repeated member of a structured-field dictionary: the last one wins (RFC 8941).
    expect(headers['Permissions-Policy']).toEqual([
      'publickey-credentials-get=(self)',
      PORTAL_PERMISSIONS_POLICY,
    ])
    expect(headers).not.toHaveProperty('content-security-policy')
  })

  it('refuses passkeys, federated and digital credentials and Picture-in-Picture to documents', () => {
    const headers = rewritePortalResponse({ resourceType: 'subFrame', responseHeaders: html })
    const policy = headers['Permissions-Policy']?.join(', ') ?? ''
    for (const feature of [
      'publickey-credentials-create',
      'publickey-credentials-get',
      'identity-credentials-get',
      'digital-credentials-get',
      'picture-in-picture',
      'fullscreen',
    ])
      expect(policy).toContain(`${feature}=()`)
    // Valid structured-field syntax: every member is `name=()`, separated by ", ".
    expect(policy).toMatch(/^[a-z-]+=\(\)(, [a-z-]+=\(\))*$/)
  })

  it('keeps Chromium from sniffing an untyped document into a PDF', () => {
    const untyped = rewritePortalResponse({ resourceType: 'mainFrame', responseHeaders: {} })
    expect(untyped['X-Content-Type-Options']).toEqual(['nosniff'])
    const typed = rewritePortalResponse({ resourceType: 'mainFrame', responseHeaders: html })
    expect(typed).not.toHaveProperty('X-Content-Type-Options')
  })

  it('adds no document policy to scripts, styles or data requests', () => {
    for (const resourceType of ['script', 'stylesheet', 'xhr', 'image']) {
      const headers = rewritePortalResponse({
        resourceType,
        responseHeaders: { 'Content-Type': ['application/javascript'] },
      })
      expect(headers).toEqual({ 'Content-Type': ['application/javascript'] })
    }
  })

  it('gives HTML fetched by a script or a service worker the same policies (it may become a page)', () => {
    const headers = rewritePortalResponse({ resourceType: 'xhr', responseHeaders: html })
    expect(headers['Content-Security-Policy']).toEqual([PORTAL_DOCUMENT_SANDBOX])
    expect(headers['Permissions-Policy']).toEqual([PORTAL_PERMISSIONS_POLICY])
  })

  it('is installed on each patient’s portal partition before its page loads', async () => {
    const session = await portalSession()
    const pdf = session.webRequest.respond({
      resourceType: 'mainFrame',
      responseHeaders: { 'Content-Type': ['application/pdf'] },
    })
    expect(pdf.cancel).toBeUndefined()
    expect(pdf.responseHeaders['Content-Disposition']).toEqual(['attachment'])
    const page = session.webRequest.respond({ resourceType: 'mainFrame', responseHeaders: html })
    expect(page.responseHeaders['Content-Security-Policy']).toEqual([PORTAL_DOCUMENT_SANDBOX])
  })
})
