import type { ui as english } from '../en/ui'
import type { ArabicPluralForms, Translation } from '../../translation'

export const ui: Translation<typeof english, ArabicPluralForms> = {
  back: 'رجوع',
  lanIdNote: 'صفحة الدخول التي تطلب «LAN ID» مخصصة للموظفين، وليست للمرضى. لن تحتاج إلى LAN ID.',
  display: {
    heading: 'إعدادات الشاشة',
    largeText: 'خط كبير',
    highContrast: 'تباين عالٍ',
  },
  officialForm: {
    heading: 'ستطلب منك صفحة البوابة',
    name: 'اسمك القانوني كما هو في بطاقة هويتك (بالحروف اللاتينية)',
    birthDate: 'تاريخ ميلادك',
    email: 'بريدك الإلكتروني',
    mayoNumber: 'رقمك في Mayo Clinic، إن كنت تعرفه',
    passcode: 'هاتفك أو بريدك الإلكتروني، لتتلقى رمزًا لمرة واحدة',
  },
  keyboard: {
    label: 'لوحة المفاتيح على الشاشة',
    shift: 'الحروف الكبيرة',
    backspace: 'حذف',
    space: 'مسافة',
    done: 'إخفاء لوحة المفاتيح',
    moreLetters: 'حروف أخرى',
    moreLettersTitle: 'اختر الحرف الأساسي، ثم الشكل الذي تحتاجه',
    variantsOf: 'حروف مثل {{letter}}',
    backToLetters: 'العودة إلى ABC',
    next: 'التالي',
    codeProgress_zero: 'لم يبقَ أي حرف ({{count}})',
    codeProgress_one: 'بقي حرف واحد ({{count}})',
    codeProgress_two: 'بقي حرفان ({{count}})',
    codeProgress_few: 'بقيت {{count}} حروف',
    codeProgress_many: 'بقي {{count}} حرفًا',
    codeProgress_other: 'بقي {{count}} حرف',
    codeComplete: 'أُدخلت كل الحروف الخمسة عشر',
    codeTooLong: 'أكثر من 15 حرفًا: يُرجى التحقق من الرمز',
    codeShown: 'الرمز حتى الآن',
    layouts: {
      letters: 'ABC',
      code: 'الرمز',
      digits: '123',
      email: '@ بريد',
      symbols: '123 #?!',
      arabic: 'أ ب ت',
    },
  },
}
