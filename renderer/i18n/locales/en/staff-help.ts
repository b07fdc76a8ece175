export const staffHelp = {
  title: 'Staff help',
  forStaff: 'Staff: this patient would like help with the patient portal kiosk.',
  forPatient: 'Please wave to a staff member or go to the front desk. Show them this screen.',
  privacy: 'Staff may help you, but don’t tell anyone your password or passcodes.',
  close: 'Back to where I was',
} as const
