/**
 * What the kiosk's shell (main process) tells patients and staff about the official page:
 * parts it did not show, fields its keyboard cannot reach, and how it restarts (issue 10).
 */
export const shell = {
  partBlocked:
    'Part of the portal page was not shown on this kiosk. If something seems to be missing or you can’t go on, tap “Get staff help”.',
  /** Something the official page asked for that the kiosk refused, and where to do it. */
  notice: {
    document:
      'This document opens on your own device, not on this kiosk. To see it, sign in to the portal later on your phone or computer.',
    passkey:
      'Passkeys can’t be set up on this shared kiosk. Set up a passkey later on your own phone or computer.',
  },
  typing: {
    unreachable:
      'The kiosk keyboard can’t type into this box of the portal page. Please tap “Get staff help” and someone will help you.',
    noField: 'First tap the box on the portal page where you want to type.',
  },
  staff: {
    heading: 'Restarts and blocked page parts',
    dailyRestart: 'Daily restart',
    dailyRestartAt: 'Every day at {{hour}}:00, when no patient is using the kiosk',
    dailyRestartOff: 'Off (turned off in the configuration file)',
    sessionLimit: 'Restart after',
    sessionLimitValue: '{{limit}} patients (so far: {{served}})',
    blockedFrames: 'Blocked parts of pages today',
    blockedFramesNone: 'None',
    blockedFramesHint:
      'If the official page needs one of these, IT can add it to the portal’s allowedFrameOrigins.',
    blockedFrameCount: '{{origin}} × {{times}}',
  },
} as const
