import type { welcome as english } from '../en/welcome'
import type { Translation } from '../../translation'

export const welcome: Translation<typeof english> = {
  title: 'Teeb koj tus as khauj rau lub portal neeg mob',
  intro:
    'Lub tshuab no pab koj nrhiav lub portal neeg mob uas yog koj li thiab tsim koj tus as khauj.',
  chooseLanguage: 'Xaiv koj hom lus',
  start: 'Pib',
  sharedNotice:
    'Lub tshuab no ntau tus neeg siv ua ke. Txhua yam koj ntaus yuav raug tshem tawm thaum koj nias “Kuv ua tiav lawm”. Nws kuj raug tshem tawm yog tias tsis muaj leej twg siv lub tshuab ob peb feeb.',
}
