import type { shell as english } from '../en/shell'
import type { Translation } from '../../translation'

export const shell: Translation<typeof english> = {
  partBlocked:
    'Qayb ka mid ah bogga portal-ka laguma muujin mashiinkan. Haddii ay u muuqato in wax maqan yihiin ama aadan sii wadi karin, taabo “Ka hel caawimaad shaqaalaha”.',
  notice: {
    document:
      'Dukumeentigan wuxuu ka furmaa qalabkaaga gaarka ah, kuma furmo mashiinkan. Si aad u aragto, mar dambe ka gal portal-ka taleefankaaga ama kombiyuutarkaaga.',
    passkey:
      'Furaha sirta ah (passkey) laguma samayn karo mashiinkan la wadaago. Mar dambe ku samee taleefankaaga ama kombiyuutarkaaga.',
  },
  typing: {
    unreachable:
      'Kiiboodhka mashiinku kuma qori karo sanduuqan bogga portal-ka. Fadlan taabo “Ka hel caawimaad shaqaalaha” qof ayaa ku caawin doona.',
    noField: 'Marka hore taabo sanduuqa bogga portal-ka ee aad rabto inaad wax ku qorto.',
  },
  staff: {
    heading: 'Dib-u-shidid iyo qaybo bogag ah oo la xannibay',
    dailyRestart: 'Dib-u-shidid maalinle ah',
    dailyRestartAt: 'Maalin kasta saacadda {{hour}}:00, marka aanu bukaan isticmaalayn mashiinka',
    dailyRestartOff: 'Dansan (waa laga demiyay faylka habaynta)',
    sessionLimit: 'Dib u shid kadib',
    sessionLimitValue: '{{limit}} bukaan (ilaa hadda: {{served}})',
    blockedFrames: 'Qaybaha bogagga ee maanta la xannibay',
    blockedFramesNone: 'Midna',
    blockedFramesHint:
      'Haddii bogga rasmiga ahi u baahdo mid ka mid ah kuwan, IT waxay ku dari kartaa allowedFrameOrigins-ka portal-ka.',
    blockedFrameCount: '{{origin}} × {{times}}',
  },
}
