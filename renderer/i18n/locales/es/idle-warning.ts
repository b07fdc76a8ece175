import type { idleWarning as english } from '../en/idle-warning'
import type { Translation } from '../../translation'

export const idleWarning: Translation<typeof english> = {
  title: '¿Sigue ahí?',
  body: 'Para proteger su privacidad, este quiosco borrará todo lo que escribió y volverá a empezar.',
  countdown_one: 'Se borrará en {{count}} segundo',
  countdown_other: 'Se borrará en {{count}} segundos',
  announce_one: 'Queda {{count}} segundo antes de borrar su sesión.',
  announce_other: 'Quedan {{count}} segundos antes de borrar su sesión.',
  moreTime: 'Necesito más tiempo',
  endNow: 'Terminé: borrar ahora',
  extensionsLeft_one: 'Puede pedir más tiempo {{count}} vez más.',
  extensionsLeft_other: 'Puede pedir más tiempo {{count}} veces más.',
  noExtensions: 'Ya usó todo el tiempo adicional. Si necesita ayuda, pregunte en la recepción.',
}
