/**
 * Patient activity from every frame of the portal page, cross-site frames included.
 *
 * `input-event` is observed on the primary main frame's widget only
 * (shell/browser/api/electron_api_web_contents.cc), so a patient typing into a captcha or an
 * ID-check widget in a frame from another site looks idle: the warning would cover the page
 * and the wipe end the session mid-task. Two ways were weighed:
 * - OS idle time (`powerMonitor.getSystemIdleTime()`): counts input anywhere on the device, and
 *   on Linux it is read through X11's screensaver extension, which a Wayland session does not
 *   feed — a reading stuck at "active" would keep a patient's page on screen forever (fails
 *   open). Rejected.
 * - A listener in every frame that reports through a narrow channel: chosen. It rides on the
 *   DevTools-protocol session the dialog guard already holds for the page and for each
 *   cross-site frame's own target (`Target.setAutoAttach` with flatten; no-os-dialogs.ts), so
 *   it reaches exactly the frames that guard reaches and fails the same way (closed: no
 *   reports means the normal idle warning, which the patient can dismiss).
 * The channel: `Runtime.addBinding` with `executionContextName` exposes one function only in
 * our own isolated world, never to the page's scripts (browser_protocol.pdl / js_protocol.pdl,
 * Runtime.addBinding); `Page.addScriptToEvaluateOnNewDocument` with `worldName` runs the
 * listener in that world in every document of the target. Isolated worlds share the DOM, so
 * the listener hears the patient's real events (`isTrusted` only; a page cannot forge those),
 * and calls the binding at most once a second with an empty payload: nothing typed ever leaves
 * the frame. Each call arrives as `Runtime.bindingCalled` on our debugger.
 */
export const ACTIVITY_BINDING = 'kioskPatientActivity'
export const ACTIVITY_WORLD = 'kiosk-activity'

/** A constant: no data is ever interpolated into it. */
export const ACTIVITY_LISTENER = `(function () {
  var last = 0;
  function seen(event) {
    if (!event.isTrusted) return;
    var now = Date.now();
    if (now - last < 1000) return;
    last = now;
    var report = globalThis['${ACTIVITY_BINDING}'];
    if (typeof report === 'function') {
      try { report(''); } catch (error) {}
    }
  }
  ['pointerdown', 'touchstart', 'keydown', 'input', 'wheel'].forEach(function (type) {
    window.addEventListener(type, seen, { capture: true, passive: true });
  });
})();`

/** The commands that set the listener up in one target (the page, or a cross-site frame). */
export function activitySetup(): { method: string; params?: object }[] {
  return [
    // No `Runtime.enable`: an enabled Runtime domain is one of the signals bot-detection
    // scripts (captchas) look for, and a binding's calls are reported without it, as far as v8's
    // V8RuntimeAgentImpl goes (automation tools rely on this to avoid Runtime.enable). Not run
    // on our binary here: the real-Electron case in page-tricks.e2e.ts checks it.
    {
      method: 'Runtime.addBinding',
      params: { name: ACTIVITY_BINDING, executionContextName: ACTIVITY_WORLD },
    },
    {
      method: 'Page.addScriptToEvaluateOnNewDocument',
      params: { source: ACTIVITY_LISTENER, worldName: ACTIVITY_WORLD, runImmediately: true },
    },
  ]
}

/** A `Runtime.bindingCalled` event from our activity binding (any target). */
export function isActivityReport(method: string, params: unknown): boolean {
  return (
    method === 'Runtime.bindingCalled' &&
    typeof params === 'object' &&
    params !== null &&
    'name' in params &&
    params.name === ACTIVITY_BINDING
  )
}
