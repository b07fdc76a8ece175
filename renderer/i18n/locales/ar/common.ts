import type { common as english } from '../en/common'
import type { Translation } from '../../translation'

// Modern Standard Arabic, machine-drafted: `review: 'pending'` in shared/languages.ts until a
// qualified translator has checked it. Values such as phone numbers are wrapped in U+2066/U+2069
// (left-to-right isolates) where they sit inside an Arabic sentence, so they read left to right.
export const common: Translation<typeof english> = {
  appName: 'جهاز بوابة المرضى',
  previewBanner: 'معاينة في المتصفح — ليست جهاز خدمة ذاتية. لا يُرسَل أي شيء من هنا.',
  languageHelp: 'تتوفر مساعدة لغوية مجانية. اسأل في مكتب الاستقبال.',
  errors: {
    bridgeUnavailable: 'هذا الجهاز لا يعمل الآن. يُرجى التوجه إلى مكتب الاستقبال.',
  },
}
