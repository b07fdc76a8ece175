import type { accountHolder as english } from '../en/account-holder'
import type { Translation } from '../../translation'

export const accountHolder: Translation<typeof english> = {
  title: '¿Para quién es la cuenta?',
  legend: 'La cuenta es para',
  self: { label: 'Para mí', description: 'La cuenta es para mí y tengo 18 años o más.' },
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
      'Para ver en línea la información de salud de otra persona, necesita acceso como representante. Eso quiere decir que usa su propia cuenta para ver el expediente de esa persona.',
    notTheirLogin:
      'No entre con el usuario ni la contraseña de la otra persona. Use su propia cuenta.',
    authorized:
      'Se pide por el proceso oficial de la clínica. La persona, o su representante legal, debe estar de acuerdo.',
    adult: 'Debe tener 18 años o más para tener acceso como representante.',
    underAge:
      'Si tiene de 13 a 17 años, puede crear su propia cuenta de adolescente con su madre, padre o tutor.',
    teenPath: 'Tengo de 13 a 17 años',
    staff: {
      ask: 'Pregunte en la recepción cómo pedir aquí el acceso como representante.',
      yes: 'En la recepción de aquí tienen el formulario y le pueden explicar los pasos.',
      no: 'La recepción de aquí no tiene el formulario. Llame a la línea de ayuda para saber cómo pedirlo.',
    },
    ownAccountFirst:
      'Puede crear su propia cuenta ahora. Cuando aprueben el acceso, verá la información de esa persona desde su cuenta.',
    askStaff: 'Preguntar al personal por el acceso',
    setUpMine: 'Crear mi propia cuenta',
  },
  teenInfo: {
    title: 'Crear la cuenta de un adolescente',
    intro:
      'Los adolescentes de 13 a 17 años pueden tener su propia cuenta. Se crea con su madre, padre o tutor.',
    parentView:
      'Desde los 13 años, la madre, el padre o el tutor ve menos del expediente en línea. Por ejemplo, ya no ve los resultados de pruebas.',
    waysHeading: 'Cómo crearla',
    staff: {
      ask: 'Con la madre, el padre o el tutor aquí, pregunte en la recepción si pueden ayudar a crearla.',
      yes: 'Con la madre, el padre o el tutor aquí, en la recepción pueden ayudar a crearla.',
      no: 'La recepción de aquí no crea cuentas de adolescentes. Use otra de estas formas.',
    },
    phone: 'O llame al {{phone}} con la madre, el padre o el tutor presente.',
    phoneWithOption:
      'O llame al {{phone}} con la madre, el padre o el tutor presente, y elija la opción {{option}}.',
    withCode: 'Si el adolescente ya tiene un código de activación, pueden seguir aquí juntos.',
    askStaff: 'Pedir ayuda al personal',
    continueWithCode: 'Seguir con el código del adolescente',
  },
}
