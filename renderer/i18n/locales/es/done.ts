import type { done as english } from '../en/done'
import type { Translation } from '../../translation'

export const done: Translation<typeof english> = {
  title: 'Todo listo',
  atHomeAddress: 'Para entrar más tarde desde casa, vaya a esta dirección:',
  informationPage: 'Esta es la página de información sobre el portal. Use su enlace para entrar.',
  noSearch: 'No busque el portal en internet: hay sitios que se parecen, pero son falsos.',
  atHome: 'Para entrar más tarde desde casa, vaya a esta dirección oficial:',
  qrLabel: 'Código QR de la dirección {{address}}',
  qrHint:
    'Apunte la cámara de su teléfono al código para abrir la dirección. El código solo contiene la dirección, nada sobre usted.',
  eraseNote: 'Toque el botón de abajo para borrar todo lo que escribió en este quiosco.',
  erase: 'Terminé: borrar mi sesión',
}
