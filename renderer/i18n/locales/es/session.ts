import type { session as english } from '../en/session'
import type { Translation } from '../../translation'

export const session: Translation<typeof english> = {
  started: 'Comencemos',
  imDone: 'Terminé: borrar mi sesión',
  status: {
    loading: { title: 'Un momento', body: 'El quiosco se está preparando.' },
    wiping: { title: 'Borrando su sesión', body: 'Se está borrando todo lo que escribió.' },
    'out-of-order': {
      title: 'Este quiosco está descansando',
      body: 'Por favor, acuda a la recepción. Allí le ayudarán con gusto.',
    },
  },
  language: 'Idioma',
}
