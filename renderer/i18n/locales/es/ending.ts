import type { ending as english } from '../en/ending'
import type { Translation } from '../../translation'

export const ending: Translation<typeof english> = {
  confirm: {
    startOver: {
      title: '¿Volver al primer paso?',
      body: 'Se borrarán sus respuestas y todo lo que escribió. Su idioma y los ajustes de pantalla se mantienen.',
      keep: 'No, seguir aquí',
      confirm: 'Sí, empezar de nuevo',
    },
    imDone: {
      title: '¿Borrar su sesión ahora?',
      body: 'Se borrará todo lo que escribió en este quiosco y la próxima persona empezará desde cero.',
      keep: 'No, seguir aquí',
      confirm: 'Sí, borrarla',
    },
    leave: {
      title: '¿Volver a la pantalla de idioma?',
      body: 'Así termina su visita. Se borran sus respuestas y los ajustes de pantalla.',
      keep: 'No, quedarme aquí',
      confirm: 'Sí, volver',
    },
  },
  countdown: {
    text_one: 'Esta pantalla se borrará sola en {{count}} segundo.',
    text_other: 'Esta pantalla se borrará sola en {{count}} segundos.',
    announce_one: 'Queda {{count}} segundo antes de borrar esta sesión.',
    announce_other: 'Quedan {{count}} segundos antes de borrar esta sesión.',
    moreTime: 'Necesito más tiempo',
  },
}
