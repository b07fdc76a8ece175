import type { staffHelp as english } from '../en/staff-help'
import type { Translation } from '../../translation'

export const staffHelp: Translation<typeof english> = {
  title: 'Ayuda del personal',
  forStaff: 'Personal: este paciente necesita ayuda con el quiosco del portal del paciente.',
  forPatient:
    'Haga una señal a un miembro del personal o vaya a la recepción. Muéstreles esta pantalla.',
  privacy: 'El personal puede ayudarle, pero no le diga a nadie su contraseña ni sus códigos.',
  close: 'Volver a donde estaba',
}
