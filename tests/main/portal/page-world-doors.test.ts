// @vitest-environment node
import { createRequire } from 'node:module'

import { describe, expect, it, vi } from 'vitest'

import { PAGE_WORLD_OVERRIDES } from '../../../electron/main/portal/no-os-dialogs'
import { PAGE_WORLD_DOORS, PASSKEY_ASKED } from '../../../electron/main/portal/page-world-doors'

/**
 * A document with the Chromium APIs jsdom lacks, shaped as Blink exposes them (the IDL files
 * named below, under third_party/blink/renderer/), each recording whether the real thing ran:
 * - `Document.execCommand` (core/dom/document.idl; 'print' reaches ChromeClient::Print through
 *   core/editing/commands/editor_command.cc);
 * - `navigator.credentials` as a `CredentialsContainer` (modules/credentialmanagement/
 *   credentials_container.idl) and `PublicKeyCredential`'s static checks
 *   (public_key_credential.idl);
 * - `HTMLVideoElement.requestPictureInPicture` / `disablePictureInPicture` and
 *   `Document.pictureInPictureEnabled` (modules/picture_in_picture/*.idl);
 * - `navigator.virtualKeyboard.show()` (modules/virtualkeyboard/virtual_keyboard.idl);
 * - `window.EyeDropper` (modules/eyedropper/eye_dropper.idl).
 * Then the page-world script runs as `Page.addScriptToEvaluateOnNewDocument` runs it: before
 * any of the page's scripts.
 */
/** jsdom (the renderer tests' DOM) ships no type declarations: the little used here. */
const { JSDOM } = createRequire(import.meta.url)('jsdom') as {
  JSDOM: new (
    html: string,
    options: { runScripts: 'outside-only' },
  ) => { window: Window & typeof globalThis }
}

function chromiumLikePage(html = '<!doctype html><body></body>') {
  const dom = new JSDOM(html, { runScripts: 'outside-only' })
  const window = dom.window as unknown as Window & typeof globalThis & Record<string, unknown>
  const reached: string[] = []
  const win = dom.window as unknown as Record<string, unknown> & {
    Document: { prototype: object }
    HTMLVideoElement: { prototype: object }
    navigator: object
  }
  Object.defineProperty(win.Document.prototype, 'execCommand', {
    configurable: true,
    writable: true,
    value(command: string) {
      reached.push(`execCommand:${command}`)
      return true
    },
  })
  Object.defineProperty(win.Document.prototype, 'pictureInPictureEnabled', {
    configurable: true,
    get: () => true,
  })
  Object.defineProperty(win.HTMLVideoElement.prototype, 'requestPictureInPicture', {
    configurable: true,
    writable: true,
    value() {
      reached.push('pip')
      return Promise.resolve({})
    },
  })
  Object.defineProperty(win.HTMLVideoElement.prototype, 'disablePictureInPicture', {
    configurable: true,
    get(this: Element) {
      return this.hasAttribute('disablepictureinpicture')
    },
    set(this: Element, on: boolean) {
      if (on) this.setAttribute('disablepictureinpicture', '')
      else this.removeAttribute('disablepictureinpicture')
    },
  })
  class CredentialsContainer {
    create(options: unknown) {
      reached.push(`credentials.create:${Object.keys(options as object).join(',')}`)
      return Promise.resolve({ id: 'new' })
    }
    get(options: unknown) {
      reached.push(`credentials.get:${Object.keys(options as object).join(',')}`)
      return Promise.resolve({ id: 'old' })
    }
  }
  const PublicKeyCredential = {
    isUserVerifyingPlatformAuthenticatorAvailable: () => Promise.resolve(true),
    isConditionalMediationAvailable: () => Promise.resolve(true),
  }
  win['CredentialsContainer'] = CredentialsContainer
  win['PublicKeyCredential'] = PublicKeyCredential
  win['EyeDropper'] = function EyeDropper() {}
  const virtualKeyboard = {
    show() {
      reached.push('virtualKeyboard.show')
    },
  }
  Object.defineProperty(win.navigator, 'credentials', { value: new CredentialsContainer() })
  Object.defineProperty(win.navigator, 'virtualKeyboard', { value: virtualKeyboard })
  const logged: unknown[][] = []
  vi.spyOn(dom.window.console, 'info').mockImplementation((...args: unknown[]) => {
    logged.push(args)
  })
  dom.window.eval(PAGE_WORLD_OVERRIDES)
  return { dom, window, document: dom.window.document, reached, logged }
}

/** MutationObserver callbacks run as microtasks (as in Chromium). */
const observed = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('the page-world script: print through execCommand', () => {
  it('execCommand("print") returns false and never reaches Blink’s print; other commands do', () => {
    const { document, reached } = chromiumLikePage()
    expect(document.execCommand('print')).toBe(false)
    expect(document.execCommand('PRINT')).toBe(false)
    expect(document.execCommand('copy')).toBe(true)
    expect(reached).toEqual(['execCommand:copy'])
  })

  it('cannot be put back by the page', () => {
    const { dom, document, reached } = chromiumLikePage()
    expect(() =>
      dom.window.eval(
        `'use strict'; Document.prototype.execCommand = function () { return 'reopened' }`,
      ),
    ).toThrow()
    expect(document.execCommand('print')).toBe(false)
    expect(reached).toEqual([])
  })
})

describe('the page-world script: passkeys', () => {
  // Only `publicKey`'s presence matters to the script; the rest of a real request is omitted.
  const publicKey = {
    publicKey: { challenge: new Uint8Array(16) },
  } as unknown as CredentialCreationOptions & CredentialRequestOptions

  it('create() and get() with publicKey reject with NotAllowedError and tell main', async () => {
    const { dom, reached, logged } = chromiumLikePage()
    const credentials = (dom.window.navigator as unknown as { credentials: CredentialsContainer })
      .credentials
    await expect(credentials.create(publicKey)).rejects.toMatchObject({ name: 'NotAllowedError' })
    await expect(credentials.get(publicKey)).rejects.toMatchObject({ name: 'NotAllowedError' })
    expect(reached).toEqual([])
    expect(logged).toEqual([[PASSKEY_ASKED], [PASSKEY_ASKED]])
  })

  it('a conditional (autofill) get is refused quietly, and other credentials pass through', async () => {
    const { dom, reached, logged } = chromiumLikePage()
    const credentials = (dom.window.navigator as unknown as { credentials: CredentialsContainer })
      .credentials
    await expect(credentials.get({ ...publicKey, mediation: 'conditional' })).rejects.toMatchObject(
      { name: 'NotAllowedError' },
    )
    expect(logged).toEqual([])
    await expect(credentials.get({ password: true } as CredentialRequestOptions)).resolves.toEqual({
      id: 'old',
    })
    expect(reached).toEqual(['credentials.get:password'])
  })

  it('no platform authenticator and no passkey autofill are offered', async () => {
    const { window } = chromiumLikePage()
    const pkc = window['PublicKeyCredential'] as typeof PublicKeyCredential
    expect(await pkc.isUserVerifyingPlatformAuthenticatorAvailable()).toBe(false)
    expect(await pkc.isConditionalMediationAvailable()).toBe(false)
  })
})

describe('the page-world script: only the kiosk’s keyboard', () => {
  it('every field, present or added later, asks Chromium for no OS keyboard', async () => {
    const { document } = chromiumLikePage(
      '<!doctype html><body><input id="a"><textarea id="b"></textarea></body>',
    )
    const late = document.createElement('input')
    const editable = document.createElement('div')
    editable.setAttribute('contenteditable', '')
    document.body.append(late, editable)
    await observed()
    for (const field of [
      document.getElementById('a'),
      document.getElementById('b'),
      late,
      editable,
    ]) {
      expect(field?.getAttribute('inputmode')).toBe('none')
      expect(field?.getAttribute('virtualkeyboardpolicy')).toBe('manual')
    }
  })

  it('puts it back when the page changes it, and reaches into open shadow roots', async () => {
    const { document } = chromiumLikePage('<!doctype html><body><input id="a"></body>')
    const field = document.getElementById('a')
    field?.setAttribute('inputmode', 'numeric')
    const host = document.createElement('div')
    document.body.append(host)
    const shadow = host.attachShadow({ mode: 'open' })
    const inner = document.createElement('input')
    shadow.append(inner)
    await observed()
    expect(field?.getAttribute('inputmode')).toBe('none')
    expect(inner.getAttribute('inputmode')).toBe('none')
    expect(inner.getAttribute('virtualkeyboardpolicy')).toBe('manual')
  })

  it('navigator.virtualKeyboard.show() does nothing', () => {
    const { dom, reached } = chromiumLikePage()
    ;(
      dom.window.navigator as unknown as { virtualKeyboard: { show(): void } }
    ).virtualKeyboard.show()
    expect(reached).toEqual([])
  })
})

describe('the page-world script: EyeDropper, Picture-in-Picture, dragging out', () => {
  it('EyeDropper and Document Picture-in-Picture are absent', () => {
    const { window } = chromiumLikePage()
    expect(window['EyeDropper']).toBeUndefined()
    expect(window['documentPictureInPicture']).toBeUndefined()
  })

  it('video Picture-in-Picture rejects, is reported off, and each video disables it', async () => {
    const { document, reached } = chromiumLikePage('<!doctype html><body><video></video></body>')
    const video = document.querySelector('video') as HTMLVideoElement
    await expect(video.requestPictureInPicture()).rejects.toMatchObject({
      name: 'NotAllowedError',
    })
    expect(reached).toEqual([])
    expect(document.pictureInPictureEnabled).toBe(false)
    const late = document.createElement('video')
    document.body.append(late)
    await observed()
    expect(video.disablePictureInPicture).toBe(true)
    expect(late.disablePictureInPicture).toBe(true)
  })

  it('a drag out of the page never starts', () => {
    const { dom, document } = chromiumLikePage('<!doctype html><body><a href="/x">x</a></body>')
    const drag = new dom.window.Event('dragstart', { bubbles: true, cancelable: true })
    document.querySelector('a')?.dispatchEvent(drag)
    expect(drag.defaultPrevented).toBe(true)
  })
})

describe('the page-world script as a whole', () => {
  it('runs once per document however often it is injected (after every frame load)', async () => {
    const { dom, document, reached } = chromiumLikePage('<!doctype html><body></body>')
    // Count what a second run would add: observers and listeners.
    let observers = 0
    const Base = dom.window.MutationObserver
    dom.window.MutationObserver = class extends Base {
      constructor(callback: MutationCallback) {
        super(callback)
        observers += 1
      }
    }
    const listeners = vi.spyOn(dom.window, 'addEventListener')
    dom.window.eval(PAGE_WORLD_DOORS)
    dom.window.eval(PAGE_WORLD_OVERRIDES)
    expect(observers).toBe(0)
    expect(listeners).not.toHaveBeenCalled()
    expect(document.execCommand('print')).toBe(false)
    expect(reached).toEqual([])
    await observed()
  })

  it('is part of what the dialog guard injects into every document', () => {
    expect(PAGE_WORLD_OVERRIDES).toContain(PAGE_WORLD_DOORS)
  })
})
