import type { common as english } from '../en/common'
import type { Translation } from '../../translation'

export const common: Translation<typeof english> = {
  appName: 'Quiosco del portal del paciente',
  previewBanner:
    'Vista previa en el navegador: no es un quiosco. Nada de aquí se envía a ningún lugar.',
  languageHelp: 'Hay ayuda gratuita con el idioma. Pregunte en la recepción.',
  errors: {
    bridgeUnavailable: 'Este quiosco no funciona en este momento. Por favor, acuda a la recepción.',
  },
}
