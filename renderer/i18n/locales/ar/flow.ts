import type { flow as english } from '../en/flow'
import type { Translation } from '../../translation'

export const flow: Translation<typeof english> = {
  stepCounter: 'الخطوة {{number}} من {{count}}',
  steps: {
    label: 'تقدّمك',
    completed: '(تمّت)',
    /** The last screen, after step 7: every segment of the bar complete. */
    allDone: 'اكتملت كل الخطوات',
    s1: 'بوابتك',
    s2: 'لمن الحساب',
    s3: 'الاستعداد',
    s4: 'رمزك',
    s5: 'ما يوجد على الإنترنت',
    s6: 'الخصوصية',
    s7: 'التسجيل',
  },
  loading: 'لحظة من فضلك',
  unavailable: {
    title: 'لا يستطيع هذا الجهاز عرض الخطوة التالية',
    body: 'يُرجى التوجه إلى مكتب الاستقبال، أو اضغط «انتهيت» لتبدأ من جديد.',
  },
  bar: {
    label: 'المساعدة والجلسة',
    help: 'مساعدة',
    staffHelp: 'اطلب مساعدة موظف',
    showKeyboard: 'إظهار لوحة المفاتيح',
    startOver: 'البدء من جديد',
    imDone: 'انتهيت — امسح جلستي',
  },
}
