import { parseConfig, type KioskConfig } from '../../../shared/config/kiosk-config'

/** The variable a developer or the real-Electron e2e sets to point every portal at a stand-in. */
export const DEV_PORTAL_ENV = 'KIOSK_DEV_PORTAL_URL'

/**
 * For unpackaged runs only: `KIOSK_DEV_PORTAL_URL=https://127.0.0.1:8443/portal` makes every
 * portal profile open that address and allow only its origin. A packaged kiosk ignores it, so
 * nothing on a clinic's machine can redirect patients through the environment.
 */
export function applyDevPortalOverride(
  config: KioskConfig,
  env: Readonly<Record<string, string | undefined>>,
  isPackaged: boolean,
): KioskConfig {
  const url = env[DEV_PORTAL_ENV]
  if (isPackaged || url === undefined || url === '') return config
  let origin: string
  try {
    origin = new URL(url).origin
  } catch {
    throw new Error(`${DEV_PORTAL_ENV} is not a URL`)
  }
  const result = parseConfig({
    ...config,
    portals: config.portals.map((portal) => {
      const standIn = { ...portal, signUpUrl: url, signInUrl: url, allowedOrigins: [origin] }
      delete standIn.selfSignupUrl
      return standIn
    }),
  })
  if (!result.ok) {
    throw new Error(
      `${DEV_PORTAL_ENV} is not usable: ${result.problems.map((p) => p.message).join('; ')}`,
    )
  }
  return result.config
}
