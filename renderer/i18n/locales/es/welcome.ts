import type { welcome as english } from '../en/welcome'
import type { Translation } from '../../translation'

export const welcome: Translation<typeof english> = {
  title: 'Cree su cuenta del portal del paciente',
  intro: 'Este quiosco le ayuda a encontrar el portal del paciente correcto y a crear su cuenta.',
  chooseLanguage: 'Elija su idioma',
  start: 'Toque para comenzar',
  sharedNotice:
    'Este quiosco es compartido. Todo lo que escriba se borra cuando termine o se vaya.',
}
