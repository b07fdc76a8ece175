import type { ownPhone as english } from '../en/own-phone'
import type { Translation } from '../../translation'

export const ownPhone: Translation<typeof english> = {
  title: 'Ku dhammee telefoonkaaga',
  intro:
    'Telefoonkaagu waa meel ka ammaan badan mashiin la wadaago oo loogu talagalay macluumaadkaaga caafimaadka. Iskaan garee koodhkan si aad halkaas ugu furto bogga isdiiwaangelinta.',
  qrLabel: 'Koodhka QR ee ciwaanka {{address}}',
  qrHint:
    'Kaamirada telefoonkaaga u jeedi koodhka. Koodhku wuxuu hayaa ciwaanka oo keliya. Waxba adiga kuma saabsana.',
  informationPage:
    'Kani waa bogga macluumaadka ee portal-ka. Isticmaal xiriirkiisa si aad isu diiwaangeliso ama u gasho.',
  noSearch:
    'Ha ka raadin portal-ka onlayn. Goobo qaar ayaa u eg laakiin ma aha kan dhabta ah. Iskaan garee koodhka ama qor ciwaanka.',
  endNote:
    'Marka aad diyaar tahay, halkan ku dhammee fadhigaaga. Wax kasta oo mashiinkan ku jira waa la tirtirayaa.',
  endHere: 'Halkan ku dhammee fadhigayga',
}
