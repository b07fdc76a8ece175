/** "Finish on your own phone instead": the official sign-up address to take away. */
export const ownPhone = {
  title: 'Finish on your own phone',
  intro:
    'Your own phone is a safer place for your health information than a shared kiosk. Scan this code to open the sign-up page there.',
  qrLabel: 'QR code of the address {{address}}',
  qrHint:
    'Point your phone’s camera at the code. The code holds only the address. It holds nothing about you.',
  informationPage:
    'This is the information page about the portal. Use its link to sign up or sign in.',
  noSearch:
    'Don’t search for the portal online. Some sites look like it but are not the real one. Scan the code or type the address.',
  endNote: 'When you are ready, end your session here. Everything on this kiosk is erased.',
  endHere: 'End my session here',
} as const
