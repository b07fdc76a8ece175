import type { idleWarning as english } from '../en/idle-warning'
import type { ArabicPluralForms, Translation } from '../../translation'

// Arabic counts have six plural forms (Intl.PluralRules 'ar'): zero, one, two, few (3–10),
// many (11–99) and other (100 and up).
export const idleWarning: Translation<typeof english, ArabicPluralForms> = {
  title: 'هل ما زلت هنا؟',
  body: 'للحفاظ على خصوصية بياناتك، سيمسح الجهاز قريبًا كل ما كتبته ويبدأ من جديد.',
  countdown_zero: 'المسح بعد {{count}} ثانية',
  countdown_one: 'المسح بعد ثانية واحدة ({{count}})',
  countdown_two: 'المسح بعد ثانيتين ({{count}})',
  countdown_few: 'المسح بعد {{count}} ثوانٍ',
  countdown_many: 'المسح بعد {{count}} ثانية',
  countdown_other: 'المسح بعد {{count}} ثانية',
  announce_zero: 'بقي {{count}} ثانية قبل مسح جلستك.',
  announce_one: 'بقيت ثانية واحدة ({{count}}) قبل مسح جلستك.',
  announce_two: 'بقيت ثانيتان ({{count}}) قبل مسح جلستك.',
  announce_few: 'بقيت {{count}} ثوانٍ قبل مسح جلستك.',
  announce_many: 'بقيت {{count}} ثانية قبل مسح جلستك.',
  announce_other: 'بقيت {{count}} ثانية قبل مسح جلستك.',
  moreTime: 'أحتاج إلى وقت أطول',
  endNow: 'انتهيت — امسح الآن',
  extensionsLeft_zero: 'لم يبقَ لك طلب وقت إضافي ({{count}}).',
  extensionsLeft_one: 'يمكنك طلب وقت إضافي مرة واحدة أخرى ({{count}}).',
  extensionsLeft_two: 'يمكنك طلب وقت إضافي مرتين أخريين ({{count}}).',
  extensionsLeft_few: 'يمكنك طلب وقت إضافي {{count}} مرات أخرى.',
  extensionsLeft_many: 'يمكنك طلب وقت إضافي {{count}} مرة أخرى.',
  extensionsLeft_other: 'يمكنك طلب وقت إضافي {{count}} مرة أخرى.',
  noExtensions:
    'لقد استخدمت كل الوقت الإضافي. إذا احتجت إلى مساعدة، يُرجى السؤال في مكتب الاستقبال.',
}
