import type { done as english } from '../en/done'
import type { Translation } from '../../translation'

export const done: Translation<typeof english> = {
  title: 'تم كل شيء',
  atHome: 'لتسجيل الدخول لاحقًا من المنزل، اذهب إلى هذا العنوان الرسمي:',
  atHomeAddress: 'لتسجيل الدخول لاحقًا من المنزل، اذهب إلى هذا العنوان:',
  informationPage: 'هذه صفحة المعلومات عن البوابة. استخدم الرابط فيها لتسجيل الدخول.',
  noSearch: 'لا تبحث عن البوابة في الإنترنت: بعض المواقع تشبهها لكنها مزيّفة.',
  qrLabel: 'رمز QR للعنوان {{address}}',
  qrHint: 'وجّه كاميرا هاتفك نحو الرمز لتفتح العنوان. يحتوي الرمز على العنوان فقط — لا شيء عنك.',
  eraseNote: 'اضغط الزر أدناه لتمسح كل ما كتبته على هذا الجهاز.',
  erase: 'انتهيت — امسح جلستي',
}
