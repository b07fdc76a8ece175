import type { staffHelp as english } from '../en/staff-help'
import type { Translation } from '../../translation'

export const staffHelp: Translation<typeof english> = {
  title: 'مساعدة الموظفين',
  forStaff:
    'للموظفين: يريد هذا المريض مساعدة في جهاز بوابة المرضى. فتح لوحة الموظفين الآن يعطيه وقتًا أطول (وضع المساعدة).',
  forPatient: 'يُرجى التلويح لأحد الموظفين أو التوجه إلى مكتب الاستقبال. أرِهم هذه الشاشة.',
  moreTime: 'عندما يسجّل أحد الموظفين الدخول لمساعدتك، تحصل على وقت أطول قبل أن يمسح الجهاز جلستك.',
  privacy: 'يمكن للموظفين مساعدتك، لكن لا تُخبر أحدًا بكلمة المرور أو الرموز لمرة واحدة.',
  close: 'العودة إلى حيث كنت',
}
