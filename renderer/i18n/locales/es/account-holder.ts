import type { accountHolder as english } from '../en/account-holder'
import type { Translation } from '../../translation'

export const accountHolder: Translation<typeof english> = {
  title: '¿Para quién es la cuenta?',
  legend: 'La cuenta es para',
  self: { label: 'Para mí', description: 'La cuenta es para mí y tengo 13 años o más.' },
  caregiver: {
    label: 'Para alguien a quien cuido',
    description: 'Un hijo, uno de mis padres u otra persona a quien ayudo con su atención médica.',
  },
  teen: {
    label: 'Para un adolescente de 13 a 17 años',
    description: 'El adolescente y su madre, padre o tutor están aquí juntos.',
  },
  pleaseChoose: 'Primero elija una respuesta.',
  continue: 'Continuar',
  caregiverInfo: {
    title: 'Ayudar a otra persona con su atención médica',
    intro:
      'Para ver en línea la información de salud de otra persona, necesita acceso como representante (proxy).',
    notTheirLogin:
      'El acceso como representante se vincula a su propia cuenta. No entre con el usuario ni la contraseña de la otra persona.',
    authorized:
      'Se solicita mediante el proceso oficial de la clínica, y la persona (o su representante legal) debe estar de acuerdo.',
    adult: 'Debe tener 18 años o más para tener acceso como representante.',
    staff:
      'El personal de la recepción puede darle el formulario de solicitud y explicarle los pasos.',
    ownAccountFirst:
      'Puede crear ahora su propia cuenta. Cuando se apruebe el acceso, verá la información de esa persona desde su cuenta.',
    askStaff: 'Preguntar al personal sobre el acceso',
    setUpMine: 'Crear mi propia cuenta',
  },
  teenInfo: {
    title: 'Crear la cuenta de un adolescente',
    intro:
      'Los adolescentes de 13 a 17 años pueden tener su propia cuenta. Se crea junto con su madre, padre o tutor.',
    parentView:
      'Desde los 13 años, los padres ven menos del expediente del adolescente en línea; por ejemplo, los resultados de pruebas.',
    waysHeading: 'Formas de crearla',
    staff: 'Con la madre, el padre o el tutor presente, pida ayuda al personal de la recepción.',
    phone: 'O llame al {{phone}} con la madre, el padre o el tutor presente.',
    phoneWithOption:
      'O llame al {{phone}} con la madre, el padre o el tutor presente, y elija la opción {{option}}.',
    withCode: 'Si el adolescente ya tiene un código de activación, pueden continuar aquí juntos.',
    askStaff: 'Pedir al personal que ayude a crearla',
    continueWithCode: 'Continuar con el código del adolescente',
  },
}
