import { inspectLogoImage, type PublicClinicLogo } from '../../../shared/config/clinic-logo'

/**
 * `?logo=demo`: a stand-in clinic logo (240×96 PNG, a cross and three bars, made for this
 * preview), so the welcome screen's logo can be seen and tested in a browser. It passes through
 * the same header check main applies to a configured logo (shared/config/clinic-logo.ts).
 */
const SAMPLE_LOGO_PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAPAAAABgCAYAAAAjM//RAAABeUlEQVR42u3csQ3AIBAEQapzEe6B2OXjlAAJCSKOWelKmIynFEmSJEmSJEmSJEmS+urXrp4ELcwSuCBL8EIsgAGW4IVYAhhgAWwAC16IJYABlgAGWAAbwAJ4sN0AFsAAAyyAAV7oeZtdPIABNoABBtgABhhgAxhgAxhggA1ggAE2gAEG2AAG2AAGGGADGGCADWCADWCAATaAAQbYAAYYYAMYYAMYYIANYIABtgDA6flSR9Ff6gAMsAAGWAIYYAEMMMACGGAJYIAlgAEWwAADLIABlgAGWAIYYAEMsGMGxwQAAwwRwAADbAADDDDA8YAd9AMMMMAAAwwwwAAbwAADDDDAAAMMMMAAG8AAA2wAAwwwwAADLAEMsAQwwAIYYIAFMMASwAALYIABFsAASwB7yOFBhQAGGGCAAQYYYIABBhjgNMDHD2CAAQYYYAEMMMAAG8AAQwyvBDDAEsAAC2KDVwADLEEMrwQyuIIZWkmSJEmSJEmSJEmSpFk/TepSyaFTT3MAAAAASUVORK5CYII='

/** What a configuration naming the sample would hold (the hash is the PNG's real SHA-256). */
export const sampleLogoSetting = {
  path: 'preview-samples/clinic-logo.png',
  sha256: '2da98e93ad1fab86d92c6110263598352dd95ef9e12ebe33e003ef956be8d806',
  alt: { en: 'Sample clinic logo', es: 'Logotipo de muestra de la clínica' },
} as const

export function sampleLogoImage(): Pick<PublicClinicLogo, 'src' | 'width' | 'height'> {
  const bytes = Uint8Array.from(atob(SAMPLE_LOGO_PNG_BASE64), (char) => char.charCodeAt(0))
  const image = inspectLogoImage(bytes)
  if (!image.ok) throw new Error(`the preview's sample logo ${image.message}`)
  return {
    src: `data:${image.type};base64,${SAMPLE_LOGO_PNG_BASE64}`,
    width: image.width,
    height: image.height,
  }
}
