import type { ownPhone as english } from '../en/own-phone'
import type { Translation } from '../../translation'

export const ownPhone: Translation<typeof english> = {
  title: 'Terminar en su propio teléfono',
  intro:
    'Su propio teléfono es un lugar más seguro para su información de salud que un quiosco compartido. Escanee este código para abrir allí la página de registro.',
  qrLabel: 'Código QR de la dirección {{address}}',
  qrHint:
    'Apunte la cámara de su teléfono al código. El código solo tiene la dirección. No tiene nada sobre usted.',
  informationPage:
    'Esta es la página de información sobre el portal. Use su enlace para registrarse o entrar.',
  noSearch:
    'No busque el portal en internet. Hay sitios que se parecen, pero no son el verdadero. Escanee el código o escriba la dirección.',
  endNote: 'Cuando esté listo, termine aquí su sesión. Todo lo de este quiosco se borra.',
  endHere: 'Terminar mi sesión aquí',
}
