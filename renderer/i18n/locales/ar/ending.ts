import type { ending as english } from '../en/ending'
import type { ArabicPluralForms, Translation } from '../../translation'

export const ending: Translation<typeof english, ArabicPluralForms> = {
  confirm: {
    startOver: {
      title: 'هل تريد البدء من الخطوة الأولى؟',
      body: 'ستُمسح إجاباتك وكل ما كتبته. تبقى لغتك وإعدادات الشاشة كما هي.',
      keep: 'لا، أريد المتابعة',
      confirm: 'نعم، ابدأ من جديد',
    },
    imDone: {
      title: 'هل تريد مسح جلستك الآن؟',
      body: 'سيُمسح كل ما أدخلته على هذا الجهاز، ويبدأ الشخص التالي من جديد.',
      keep: 'لا، أريد المتابعة',
      confirm: 'نعم، امسحها',
    },
    leave: {
      title: 'هل تريد العودة إلى شاشة اللغة؟',
      body: 'هذا يُنهي زيارتك. تُمسح إجاباتك وإعدادات الشاشة.',
      keep: 'لا، أبقَ هنا',
      confirm: 'نعم، ارجع',
    },
  },
  countdown: {
    text_zero: 'تُمسح هذه الشاشة تلقائيًا بعد {{count}} ثانية.',
    text_one: 'تُمسح هذه الشاشة تلقائيًا بعد ثانية واحدة ({{count}}).',
    text_two: 'تُمسح هذه الشاشة تلقائيًا بعد ثانيتين ({{count}}).',
    text_few: 'تُمسح هذه الشاشة تلقائيًا بعد {{count}} ثوانٍ.',
    text_many: 'تُمسح هذه الشاشة تلقائيًا بعد {{count}} ثانية.',
    text_other: 'تُمسح هذه الشاشة تلقائيًا بعد {{count}} ثانية.',
    announce_zero: 'بقي {{count}} ثانية قبل مسح هذه الجلسة.',
    announce_one: 'بقيت ثانية واحدة ({{count}}) قبل مسح هذه الجلسة.',
    announce_two: 'بقيت ثانيتان ({{count}}) قبل مسح هذه الجلسة.',
    announce_few: 'بقيت {{count}} ثوانٍ قبل مسح هذه الجلسة.',
    announce_many: 'بقيت {{count}} ثانية قبل مسح هذه الجلسة.',
    announce_other: 'بقيت {{count}} ثانية قبل مسح هذه الجلسة.',
    moreTime: 'أحتاج إلى وقت أطول',
  },
}
