import type { welcome as english } from '../en/welcome'
import type { Translation } from '../../translation'

export const welcome: Translation<typeof english> = {
  title: 'أنشئ حسابك في بوابة المرضى',
  intro: 'يرشدك هذا الجهاز خطوة بخطوة لتجد بوابة المرضى المناسبة لك وتنشئ حسابك.',
  chooseLanguage: 'اختر لغتك',
  start: 'ابدأ',
  sharedNotice:
    'هذا الجهاز يستخدمه الجميع. كل ما تكتبه يُمسح عندما تضغط «انتهيت». ويُمسح أيضًا إذا لم يستخدم أحد الجهاز لبضع دقائق.',
}
