import { speech as english } from '../en/speech'
import type { ArabicPluralForms, Translation } from '../../translation'

// Machine-drafted (review pending). The staff part follows the staff language (always reviewed):
// it stays English, like the rest of the staff screens.
export const speech: Translation<typeof english, ArabicPluralForms> = {
  control: {
    label: 'القراءة بصوت عالٍ',
    listen: 'استمع',
    pause: 'إيقاف مؤقت',
    resume: 'تابِع',
    repeat: 'أعِد',
    slower: 'أبطأ',
    faster: 'أسرع',
    stop: 'توقّف',
    readBackCode: 'اقرأ لي رمزي',
    speed: 'السرعة: {{rate}}×',
    noVoice: 'لا يستطيع هذا الجهاز القراءة بالعربية. يُرجى طلب المساعدة من مكتب الاستقبال.',
  },
  words: {
    selected: '{{name}}، محدَّد',
    notSelected: '{{name}}، غير محدَّد',
    textBox: '{{label}}، مربع نص',
    button: '{{name}}، زر',
    focused: 'أنت الآن عند: {{name}}',
    error: 'مشكلة: {{text}}',
    codeIntro: 'رمزك، حرفًا حرفًا ورقمًا رقمًا:',
    noCode: 'لا يوجد رمز في المربع بعد.',
  },
  staff: english.staff,
}
