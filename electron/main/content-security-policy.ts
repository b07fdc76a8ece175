/**
 * The UI's Content-Security-Policy, sent as a header by the app:// handler (the same policy is
 * in renderer/index.html as a meta tag for the browser preview; a test keeps the two equal).
 * No inline script, no eval, no remote anything: the UI only talks to main over IPC.
 */
export const UI_CSP_DIRECTIVES = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
] as const

/** `frame-ancestors` is ignored in a meta tag, so only the header carries it. */
export const UI_CSP_HEADER = [...UI_CSP_DIRECTIVES, "frame-ancestors 'none'"].join('; ')
