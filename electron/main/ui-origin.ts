/**
 * Where our own UI lives. Packaged and normal runs load it from the privileged `app://kiosk`
 * scheme; an unpackaged `--dev` run may load it from electron-vite's dev server instead.
 */
export const APP_SCHEME = 'app'
export const APP_HOST = 'kiosk'
export const UI_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`

export interface UiOrigin {
  /** The URL the kiosk window loads. */
  readonly entryUrl: string
  /** True when `url` belongs to our UI (same scheme, host and port). */
  isUiUrl(url: string): boolean
}

function sameSchemeHostPort(a: URL, b: URL): boolean {
  // `URL.origin` is "null" for non-special schemes such as app:, so compare the parts.
  return a.protocol === b.protocol && a.host === b.host
}

export function createUiOrigin(devServerUrl?: string): UiOrigin {
  const entryUrl = devServerUrl ?? UI_ENTRY_URL
  const base = new URL(entryUrl)
  return {
    entryUrl,
    isUiUrl(url: string): boolean {
      try {
        const candidate = new URL(url)
        return (
          candidate.username === '' &&
          candidate.password === '' &&
          sameSchemeHostPort(candidate, base)
        )
      } catch {
        return false
      }
    },
  }
}
