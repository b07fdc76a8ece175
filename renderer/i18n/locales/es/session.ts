import type { session as english } from '../en/session'
import type { Translation } from '../../translation'

export const session: Translation<typeof english> = {
  started: 'Comencemos',
  imDone: 'Terminé: borrar mi sesión',
  status: {
    loading: { title: 'Un momento', body: 'El quiosco se está preparando.' },
    wiping: { title: 'Borrando su sesión', body: 'Se está borrando todo lo que escribió.' },
    'out-of-order': {
      title: 'Este quiosco necesita atención',
      body: 'Por favor, acuda a la recepción. El personal puede reiniciar este quiosco.',
    },
  },
}
