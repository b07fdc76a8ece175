export const staffHelp = {
  title: 'Staff help',
  forStaff:
    'Staff: this patient would like help with the patient portal kiosk. Unlocking the staff panel now gives them more time (assisted mode).',
  forPatient: 'Please wave to a staff member or go to the front desk. Show them this screen.',
  moreTime:
    'When a staff member signs in to help you, you get more time before the kiosk erases your session.',
  privacy: 'Staff may help you, but don’t tell anyone your password or passcodes.',
  close: 'Back to where I was',
} as const
