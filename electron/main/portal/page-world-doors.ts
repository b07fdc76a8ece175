import type { WebContents } from 'electron'

import type { PortalNotice } from '../../../shared/ipc/portal-channels'

/**
 * What the page-world script writes to the console when the page asks for a passkey. Main
 * watches the portal's `console-message` for exactly this text (docs/api/web-contents.md,
 * "Event: 'console-message'", every frame of the contents). A page that writes it itself only
 * earns itself the same calm note: nothing else follows from it.
 */
export const PASSKEY_ASKED = 'portal-kiosk: passkey refused'

/**
 * Overrides run in the page's own (main) world of every document, before its scripts (added to
 * the DevTools-protocol script the dialog guard installs in the page and in each cross-site
 * frame's target, and run again in every frame after each load). Each door is also closed
 * outside the page's reach where Chromium allows it (the portal session's response headers,
 * `disableBlinkFeatures`); this is the layer the page sees, so it gets a clear answer:
 * - `document.execCommand('print')` returns false without reaching `ChromeClient::Print`
 *   (Blink editor_command.cc, ExecutePrint), like `window.print` beside it;
 * - passkeys: `navigator.credentials.create/get` with `publicKey` reject with NotAllowedError
 *   (what WebAuthn returns when the user declines) and tell main, which shows the patient
 *   "set up a passkey later on your own device"; the platform authenticator and conditional
 *   (autofill) passkeys are reported unavailable, so a portal does not offer them;
 * - the OS touch keyboard: every field gets `inputmode="none"` and
 *   `virtualkeyboardpolicy="manual"` as it appears (a MutationObserver, open shadow roots too),
 *   so Chromium never asks Windows for its keyboard on a tap: Blink reads both from the focused
 *   element into the text-input state it sends the browser (InputMethodController::
 *   VirtualKeyboardPolicyOfFocusedElement, core/editing/ime/input_method_controller.cc), where
 *   mode NONE hides the keyboard and policy MANUAL shows it only on a `virtualKeyboard.show()`
 *   request — which does nothing here. The kiosk's own keyboard types through main and is not
 *   affected;
 * - EyeDropper and Document Picture-in-Picture are absent; video Picture-in-Picture rejects,
 *   `pictureInPictureEnabled` is false, and every video gets `disablePictureInPicture` (which
 *   also hides the button in the video's own controls);
 * - dragging out of the page (a link, an image, selected text to another program or the desktop)
 *   never starts.
 * Non-writable and non-configurable where it replaces something. Idempotent: a second run in the
 * same document changes nothing. Built from constants only: no data is ever put into it.
 */
export const PAGE_WORLD_DOORS = `(function () {
  var DONE = 'portalKioskDoors';
  if (Object.prototype.hasOwnProperty.call(window, DONE)) return;
  try {
    Object.defineProperty(window, DONE, { value: true, writable: false, configurable: false });
  } catch (error) {}
  var apply = Reflect.apply;
  var console_ = window.console;
  var info = console_ && console_.info;
  function lock(target, name, value) {
    try {
      Object.defineProperty(target, name, { value: value, writable: false, configurable: false });
    } catch (error) {}
  }
  function lockGetter(target, name, get) {
    try {
      Object.defineProperty(target, name, { get: get, configurable: false });
    } catch (error) {}
  }
  function refusal(message) {
    return Promise.reject(new window.DOMException(message, 'NotAllowedError'));
  }

  var Doc = window.Document;
  if (Doc && Doc.prototype.execCommand) {
    var execCommand = Doc.prototype.execCommand;
    lock(Doc.prototype, 'execCommand', function execCommand_(command) {
      if (String(command).toLowerCase() === 'print') return false;
      return apply(execCommand, this, arguments);
    });
  }

  var Credentials = window.CredentialsContainer;
  if (Credentials) {
    var create = Credentials.prototype.create;
    var get = Credentials.prototype.get;
    var passkey = function (options, reportIt) {
      if (!options || typeof options !== 'object' || !('publicKey' in options)) return null;
      if (reportIt && info) {
        try { apply(info, console_, ['${PASSKEY_ASKED}']); } catch (error) {}
      }
      return refusal('Passkeys are not available on this device.');
    };
    lock(Credentials.prototype, 'create', function create_(options) {
      return passkey(options, true) || apply(create, this, arguments);
    });
    lock(Credentials.prototype, 'get', function get_(options) {
      var silent = !!options && typeof options === 'object' && options.mediation === 'conditional';
      return passkey(options, !silent) || apply(get, this, arguments);
    });
  }
  var PublicKey = window.PublicKeyCredential;
  if (PublicKey) {
    lock(PublicKey, 'isUserVerifyingPlatformAuthenticatorAvailable', function () {
      return Promise.resolve(false);
    });
    lock(PublicKey, 'isConditionalMediationAvailable', function () {
      return Promise.resolve(false);
    });
  }

  lock(window, 'EyeDropper', undefined);
  lock(window, 'documentPictureInPicture', undefined);
  if (window.HTMLVideoElement) {
    lock(window.HTMLVideoElement.prototype, 'requestPictureInPicture', function () {
      return refusal('Picture-in-Picture is not available on this device.');
    });
  }
  if (Doc) lockGetter(Doc.prototype, 'pictureInPictureEnabled', function () { return false; });
  var keyboard = window.navigator && window.navigator.virtualKeyboard;
  if (keyboard) lock(keyboard, 'show', function () {});

  if (window.addEventListener) {
    window.addEventListener('dragstart', function (event) { event.preventDefault(); }, true);
  }

  if (!window.MutationObserver || !window.document) return;
  var TARGETS = 'input, textarea, [contenteditable], video';
  var quiet = function (element) {
    if (element.localName === 'video') {
      if (!element.disablePictureInPicture) element.disablePictureInPicture = true;
      return;
    }
    if (element.getAttribute('inputmode') !== 'none') element.setAttribute('inputmode', 'none');
    if (element.getAttribute('virtualkeyboardpolicy') !== 'manual') {
      element.setAttribute('virtualkeyboardpolicy', 'manual');
    }
  };
  var sweep = function (root) {
    if (root.nodeType === 1 && root.matches(TARGETS)) quiet(root);
    if (root.querySelectorAll) root.querySelectorAll(TARGETS).forEach(quiet);
  };
  var observer = new window.MutationObserver(function (records) {
    records.forEach(function (record) {
      if (record.type === 'attributes') sweep(record.target);
      else record.addedNodes.forEach(function (node) { if (node.nodeType === 1) sweep(node); });
    });
  });
  var watch = function (root) {
    observer.observe(root, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['inputmode', 'virtualkeyboardpolicy', 'contenteditable', 'disablepictureinpicture'],
    });
    sweep(root);
  };
  var Element_ = window.Element;
  if (Element_ && Element_.prototype.attachShadow) {
    var attachShadow = Element_.prototype.attachShadow;
    lock(Element_.prototype, 'attachShadow', function attachShadow_() {
      var shadow = apply(attachShadow, this, arguments);
      try { watch(shadow); } catch (error) {}
      return shadow;
    });
  }
  watch(window.document);
})();`

/** Listens for what the page-world script reports; anything else the page logs is ignored. */
export function watchPageNotices(
  contents: Pick<WebContents, 'on'>,
  onNotice: (notice: PortalNotice) => void,
): void {
  contents.on('console-message', (details) => {
    if (details.message === PASSKEY_ASKED) onNotice('passkey')
  })
}
