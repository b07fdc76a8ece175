export const welcome = {
  title: 'Set up your patient portal account',
  intro: 'This kiosk walks you through finding the right patient portal and creating your account.',
  chooseLanguage: 'Choose your language',
  start: 'Touch to begin',
  sharedNotice: 'This kiosk is shared. All you type is erased when you finish or walk away.',
} as const
