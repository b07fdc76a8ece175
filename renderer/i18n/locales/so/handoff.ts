import type { handoff as english } from '../en/handoff'
import type { Translation } from '../../translation'

export const handoff: Translation<typeof english> = {
  title: 'Portal-ka bukaanka',
  loading: 'Bogga portal-ka waa la furayaa…',
  ready: 'Bogga portal-ku halkan ayuu ku furan yahay.',
  previewPlaceholder:
    'Mashiinka dhabta ah, bogga portal-ku halkan ayuu ka muuqdaa. Tijaabadan laguma furo. Ciwaanku waa:',
  informationPage:
    'Boggan koowaad wuxuu kuu sheegayaa portal-ka. Taabo xiriirkiisa (link) si aad isu diiwaangeliso ama u gasho.',
  keyboardTip: 'Si aad wax ugu qorto bogga portal-ka, taabo “Tus kiiboodhka”.',
  prefill: {
    button: 'Ku buuxi foomka portal-ka xogtayda',
    filled:
      'Waa la buuxiyay {{count}} meelood. Mid kasta ku hubi bogga portal-ka kahor intaadan sii wadin.',
    none: 'Waxba lama buuxin karin. Fadlan xogtaada ku qor bogga portal-ka.',
  },
  failed: {
    title: 'Boggu ma furmin',
    body: 'Internetku wuu go’an karaa, ama portal-ku wuu mashquul noqon karaa. Isku day mar kale, ama weydii caawimaad.',
    retry: 'Isku day mar kale',
    help: 'Caawimaad',
  },
  blocked: {
    title: 'Boggaasi kama mid aha portal-ka bukaanka',
    body: 'Mashiinkan wuxuu muujiyaa portal-ka bukaanka oo keliya. Wuxuu joojiyay bog ka yimid goob kale.',
    origin: 'Boggu wuxuu ka yimid:',
    back: 'Ku noqo bogga portal-ka',
  },
  more: {
    show: 'Wax kale',
    hide: 'Wax yar',
    label: 'Wax kale oo ku saabsan boggan',
    address: 'Cinwaanka boggan:',
  },
  keys: {
    previousField: 'Meeshii hore',
    nextField: 'Meesha xigta',
    left: 'U dhaqaaji bidix',
    right: 'U dhaqaaji midig',
    enter: 'Geli',
    insertCode: 'Geli koodhkayga hawlgelinta',
  },
  finished: 'Portal-ka waan ku dhammeeyay',
  official: {
    title: 'Portal-ka rasmiga ah ee bukaanka',
    loading: 'Bogga rasmiga ah waa la furayaa…',
    ready: 'Bogga rasmiga ahi halkan ayuu ku furan yahay.',
    previewPlaceholder:
      'Mashiinka dhabta ah, bogga rasmiga ahi halkan ayuu ka muuqdaa. Tijaabadan laguma furo. Ciwaanku waa:',
    keyboardTip: 'Si aad wax ugu qorto bogga portal-ka, taabo “Tus kiiboodhka”.',
    back: 'Ku noqo bogga rasmiga ah',
  },
}
