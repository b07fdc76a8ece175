import type { configError as english } from '../en/config-error'
import type { ArabicPluralForms, Translation } from '../../translation'

export const configError: Translation<typeof english, ArabicPluralForms> = {
  title: 'هذا الجهاز غير مُعَدّ بعد',
  language: 'اللغة',
  patients: 'يُرجى التوجه إلى مكتب الاستقبال. لا يمكن استخدام هذا الجهاز الآن.',
  staffHeading: 'للموظفين وقسم تقنية المعلومات',
  staffIntro:
    'في ملف إعدادات الجهاز أخطاء، لذلك يبقى الجهاز مقفلًا. صحّح كل مشكلة أدناه واحفظ الملف، ثم اضغط «افحص الملف مرة أخرى» (أو أعد تشغيل الجهاز).',
  file: 'الملف',
  noFile: '(لا يوجد مسار للملف)',
  fingerprint: 'SHA-256',
  problems_zero: 'لا مشكلات ({{count}})',
  problems_one: 'مشكلة واحدة ({{count}})',
  problems_two: 'مشكلتان ({{count}})',
  problems_few: '{{count}} مشكلات',
  problems_many: '{{count}} مشكلة',
  problems_other: '{{count}} مشكلة',
  recheck: 'افحص الملف مرة أخرى',
  checking: 'جارٍ فحص الملف…',
  stillBroken: 'ما زالت في الملف مشكلات.',
  loading: 'جارٍ قراءة الإعدادات…',
  unavailable: 'تعذّرت قراءة حالة الإعدادات. أعد تشغيل الجهاز.',
}
