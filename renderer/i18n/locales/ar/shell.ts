import type { shell as english } from '../en/shell'
import type { Translation } from '../../translation'

export const shell: Translation<typeof english> = {
  partBlocked:
    'لم يُعرض جزء من صفحة البوابة على هذا الجهاز. إذا بدا لك أن شيئًا ناقص أو لم تستطع المتابعة، فاضغط «اطلب مساعدة موظف».',
  notice: {
    document:
      'يُفتح هذا المستند على جهازك الخاص، وليس على هذا الجهاز. لرؤيته، سجّل الدخول إلى البوابة لاحقًا من هاتفك أو حاسوبك.',
    passkey:
      'لا يمكن إعداد مفتاح مرور على هذا الجهاز المشترك. أعدّ مفتاح المرور لاحقًا على هاتفك أو حاسوبك الخاص.',
  },
  typing: {
    unreachable:
      'لا تستطيع لوحة مفاتيح الجهاز الكتابة في هذا المربع من صفحة البوابة. يُرجى الضغط على «اطلب مساعدة موظف» وسيساعدك أحد.',
    noField: 'اضغط أولًا على المربع في صفحة البوابة حيث تريد أن تكتب.',
  },
  // Staff screens follow `staff.language`, which is always a reviewed language (never Arabic
  // while Arabic is pending); these are drafted only so the namespace is complete.
  staff: {
    heading: 'إعادة التشغيل وأجزاء الصفحات المحجوبة',
    dailyRestart: 'إعادة التشغيل اليومية',
    dailyRestartAt: 'كل يوم الساعة {{hour}}:00، عندما لا يستخدم أي مريض الجهاز',
    dailyRestartOff: 'متوقفة (أوقفت في ملف الإعدادات)',
    sessionLimit: 'إعادة التشغيل بعد',
    sessionLimitValue: '{{limit}} مريض (حتى الآن: {{served}})',
    blockedFrames: 'أجزاء الصفحات المحجوبة اليوم',
    blockedFramesNone: 'لا شيء',
    blockedFramesHint:
      'إذا احتاجت الصفحة الرسمية إلى أحد هذه الأجزاء، يستطيع قسم تقنية المعلومات إضافته إلى allowedFrameOrigins الخاصة بالبوابة.',
    blockedFrameCount: '{{origin}} × {{times}}',
  },
}
