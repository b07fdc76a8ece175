import type { portalChoice as english } from '../en/portal-choice'
import type { Translation } from '../../translation'

export const portalChoice: Translation<typeof english> = {
  title: 'أين تتلقى الرعاية؟',
  intro: 'تساعدنا إجابتك على معرفة بوابة المرضى الخاصة بك.',
  looksDifferent:
    'تبدو صفحات تسجيل الدخول والمساعدة في كل بوابة مختلفة قليلًا، حتى عندما تؤدي إلى السجلات نفسها.',
  legend: 'اختر إجابة واحدة',
  notSure: {
    label: 'لست متأكدًا',
    description: 'سنساعدك على معرفة ذلك من أوراقك.',
  },
  pleaseChoose: 'يُرجى اختيار إجابة واحدة أولًا.',
  continue: 'متابعة',
  helper: {
    title: 'ما البوابة الخاصة بك؟',
    intro:
      'انظر إلى أوراق زيارتك، أو فاتورة، أو رسالة التفعيل. ربما وصلتك الرسالة بالبريد الإلكتروني، أو برسالة نصية، أو على ورق.',
    checkOrder: 'ابدأ بالسطر الأول في الأعلى. اختر أول اسم يظهر في أوراقك: تلك هي بوابتك.',
    caption: 'أي بوابة تختار حسب الاسم المكتوب في أوراقك',
    papersSay: 'المكتوب في أوراقك',
    yourPortal: 'بوابتك',
    quoted: '«{{name}}»',
    choose: 'اختر {{name}}',
    stillUnsure: 'ما زلت غير متأكد؟',
    askOrCall: 'يمكنك السؤال في مكتب الاستقبال، أو الاتصال بالرقم \u2066{{phone}}\u2069.',
    staff: 'اطلب من الموظفين البحث عنها',
  },
}
