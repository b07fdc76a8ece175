import type { welcome as english } from '../en/welcome'
import type { Translation } from '../../translation'

export const welcome: Translation<typeof english> = {
  title: 'Samee akoonkaaga portal-ka bukaanka',
  intro:
    'Mashiinkani wuxuu kaa caawinayaa inaad hesho portal-ka bukaanka ee saxda ah oo aad samayso akoonkaaga.',
  chooseLanguage: 'Dooro luqaddaada',
  start: 'Bilow',
  sharedNotice:
    'Mashiinkan dad badan ayaa wadaaga. Wax kasta oo aad qorto waa la tirtirayaa marka aad taabato “Waan dhammeeyay”. Sidoo kale waa la tirtirayaa haddii aan cidna isticmaalin mashiinka dhowr daqiiqo.',
}
