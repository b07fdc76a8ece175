import type { session as english } from '../en/session'
import type { Translation } from '../../translation'

export const session: Translation<typeof english> = {
  started: 'لنبدأ',
  imDone: 'انتهيت — امسح جلستي',
  status: {
    loading: { title: 'لحظة من فضلك', body: 'الجهاز يستعد.' },
    wiping: { title: 'جارٍ مسح جلستك', body: 'يُمسح الآن كل ما أدخلته.' },
    'out-of-order': {
      title: 'هذا الجهاز في استراحة',
      body: 'يُرجى التوجّه إلى مكتب الاستقبال. سيسعدهم مساعدتك.',
    },
  },
  language: 'اللغة',
}
